/**
 * Advice on development goals ({@code docs/concepts.md}, "Advice"): how each goal aligns with the
 * role, the target role and the organization's work, and, when a goal is tangential, ranked
 * suggestions a manager can act on. Advice never changes anything; it explains.
 *
 * <p>A finding of {@code dev.goal.tangential} carries these {@link dev.alignkit.advice.Suggestion}s,
 * so {@code dev.alignkit.rules} depends on this package and not the other way round.
 */
@ValueStyle
@NullMarked
package dev.alignkit.advice;

import dev.alignkit.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
