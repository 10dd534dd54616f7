/**
 * The codecs behind the JSON bindings: one small field table per model type and one generic reader
 * and writer that walk it, over a {@link dev.alignkit.json.format.TokenReader} and a
 * {@link dev.alignkit.json.format.TokenWriter} that each binding implements. Exported only to the
 * bindings; nothing here appears in a public signature.
 */
@NullMarked
package dev.alignkit.json.format;

import org.jspecify.annotations.NullMarked;
