/**
 * Reads and writes an Alignkit {@link dev.alignkit.org.OrganizationSnapshot} as JSON: start with
 * {@link dev.alignkit.jackson.AlignkitJson#read(java.nio.file.Path)}, or register
 * {@link dev.alignkit.jackson.AlignkitModule} with your own {@code ObjectMapper}.
 *
 * <p>The format is described in {@code docs/json-format.md}. Reading is lossless: fields the
 * model does not know are kept in each object's attributes and written back after its known fields.
 */
@NullMarked
package dev.alignkit.jackson;

import org.jspecify.annotations.NullMarked;
