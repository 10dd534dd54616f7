/**
 * The review as one value: {@link dev.alignkit.review.ReviewDocument} bundles what a review of an
 * organization, or of one person, shows as of a date (roll-ups, status counts, the objectives at
 * risk, the scorecards of ended cycles, readiness, the validation report and the advice on
 * tangential goals), so that every binding writes the same document.
 *
 * <p>It sits above {@code progress}, {@code rules} and {@code advice}, whose results it holds, and
 * no package depends on it.
 */
@ValueStyle
@NullMarked
package dev.alignkit.review;

import dev.alignkit.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
