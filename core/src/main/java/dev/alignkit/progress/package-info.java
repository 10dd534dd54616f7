/**
 * The numbers computed from a snapshot: key-result values and progress as of a date, and where
 * people stand on their career ladders ({@link dev.alignkit.progress.CareerPaths},
 * {@link dev.alignkit.progress.Readiness} and its gap report). Every number is computed by one
 * named function whose javadoc gives the formula. Readiness lives here, not in
 * {@code dev.alignkit.career}, because it is derived from the policy and an as-of date, and the
 * career values stay free of both.
 */
@ValueStyle
@NullMarked
package dev.alignkit.progress;

import dev.alignkit.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
