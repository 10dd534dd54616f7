/**
 * Advice on development goals ({@code docs/concepts.md}, "Advice"): how each goal aligns with the
 * role, the target role and the organization's work, and, when a goal is tangential, ranked
 * suggestions a manager can act on. Advice never changes anything; it explains.
 */
@ValueStyle
@NullMarked
package dev.alignkit.advice;

import dev.alignkit.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
