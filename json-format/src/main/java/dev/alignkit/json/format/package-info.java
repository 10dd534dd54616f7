/**
 * The codecs behind the JSON bindings: one small field table per model type and one generic reader
 * and writer that walk it, over a {@link dev.alignkit.json.format.TokenReader} and a
 * {@link dev.alignkit.json.format.TokenWriter} that each binding implements; and what needs no JSON
 * library in the bindings: the cutting, reading and checking of JSON Lines ({@link
 * dev.alignkit.json.format.LineParser} over a binding's {@link dev.alignkit.json.format.LineTokens}),
 * the copying of raw values ({@link dev.alignkit.json.format.RawValues}) and the serializers' and
 * deserializers' work around a codec ({@link dev.alignkit.json.format.Bindings}). Exported only to the
 * bindings and the Spring Boot starter (for the texts of results in a request's locale); nothing
 * here appears in a public signature.
 */
@NullMarked
package dev.alignkit.json.format;

import org.jspecify.annotations.NullMarked;
