/**
 * The Jackson 2 binding of the format that {@code dev.alignkit.json.format} defines: its token
 * reader and writer over Jackson's parser and generator, the serializers and deserializers that
 * {@code AlignkitModule} registers, and the parser of a JSON Lines line. Not exported; nothing
 * here appears in a public signature.
 */
@NullMarked
package dev.alignkit.jackson.internal;

import org.jspecify.annotations.NullMarked;
