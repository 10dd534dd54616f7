/**
 * Privacy: who may see what of a snapshot, and the snapshot, report, advice and readiness a
 * given viewer may be shown; and erasure of a person's personal data.
 *
 * <p>Start from {@link dev.alignkit.privacy.Privacy}: {@code Privacy.view(snapshot, viewer, asOf,
 * policy)} gives a {@link dev.alignkit.privacy.View} for one viewer (for example one HTTP request),
 * whose {@link dev.alignkit.privacy.Access} answers "may this viewer see this item?". The
 * guarantees are stated in {@code docs/concepts.md}, "Privacy", and on each method.
 *
 * <p>This package depends on the model, progress, rules and advice; none of them depends on it.
 */
@ValueStyle
@NullMarked
package dev.alignkit.privacy;

import dev.alignkit.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
