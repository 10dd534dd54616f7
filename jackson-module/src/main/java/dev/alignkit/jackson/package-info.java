/**
 * Reads and writes an Alignkit {@link dev.alignkit.org.OrganizationSnapshot} as JSON: start with
 * {@link dev.alignkit.jackson.AlignkitJson#read(java.nio.file.Path)}, or register
 * {@link dev.alignkit.jackson.AlignkitModule} with your own {@code ObjectMapper}.
 *
 * <p>The format is described in {@code docs/concepts.md}, "JSON". Reading is lossless: fields the
 * model does not know are kept in each object's attributes and written back after its known fields.
 * It is also strict and bounded: no type ids are taken from the input, and {@link
 * dev.alignkit.json.JsonLimits} bound what a document may hold. A large organization goes through
 * {@link dev.alignkit.jackson.JsonLinesWriter} and {@link dev.alignkit.jackson.JsonLinesReader} one
 * line per team or person; {@link dev.alignkit.jackson.AlignkitJson#jsonSchema()} is the JSON Schema
 * of the document. {@link dev.alignkit.json.ProblemDetails} turns a failure to read, or a failed
 * validation, into an RFC 9457 problem for an HTTP answer.
 */
@NullMarked
package dev.alignkit.jackson;

import dev.alignkit.json.JsonLimits;
import dev.alignkit.json.ProblemDetails;
import org.jspecify.annotations.NullMarked;
