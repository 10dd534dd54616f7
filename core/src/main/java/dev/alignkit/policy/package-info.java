/**
 * The policy: every limit, band and switch that an embedding application may change, with the
 * defaults {@code docs/concepts.md} states. Computations, rules and advice all read it.
 *
 * <p>{@link dev.alignkit.policy.Severity} lives here, not beside the findings in
 * {@code dev.alignkit.rules}: the policy assigns severities (overrides by rule code), and the
 * rules depend on the policy, so the policy cannot depend on the rules without a cycle.
 */
@ValueStyle
@NullMarked
package dev.alignkit.policy;

import dev.alignkit.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
