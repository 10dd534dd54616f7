/**
 * Validation: rules that read a snapshot and report findings with stable codes, severities,
 * paths and named arguments, under a {@link dev.alignkit.policy.Policy}. Start with
 * {@link dev.alignkit.rules.Validator}; applications add their own rules through the
 * {@link dev.alignkit.rules.Rule} SPI.
 *
 * <p>Two types a finding uses live elsewhere, so that the packages form no cycle:
 * {@link dev.alignkit.policy.Severity} beside the {@code Policy} that assigns severities (the
 * rules read the policy, which must not read them), and the advice a finding may carry,
 * {@link dev.alignkit.advice.Suggestion}, beside the {@code Advisor} that ranks it (a rule asks
 * the advisor, so the advisor must not know the rules).
 */
@ValueStyle
@NullMarked
package dev.alignkit.rules;

import dev.alignkit.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
