/**
 * The Jackson 3 binding of the format that {@code dev.alignkit.json.format} defines: its token
 * reader and writer over Jackson 3's parser and generator, and the serializers and deserializers
 * that {@code AlignkitModule} registers. Not exported.
 */
@NullMarked
package dev.alignkit.jackson3.internal;

import org.jspecify.annotations.NullMarked;
