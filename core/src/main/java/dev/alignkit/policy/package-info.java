/**
 * The policy: every limit, band and switch that an embedding application may change, with the
 * defaults {@code docs/concepts.md} states. Computations, rules and advice all read it.
 */
@ValueStyle
@NullMarked
package dev.alignkit.policy;

import dev.alignkit.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
