/**
 * The numbers computed from a snapshot: key-result values and progress as of a date. Every
 * number is computed by one named function whose javadoc gives the formula.
 */
@ValueStyle
@NullMarked
package dev.alignkit.progress;

import dev.alignkit.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
