/**
 * The codecs behind the JSON module: one small field table per model type and one generic reader
 * and writer that walk it. Not exported; nothing here appears in a public signature.
 */
@NullMarked
package dev.alignkit.jackson.internal;

import org.jspecify.annotations.NullMarked;
