/**
 * Validation: rules that read a snapshot and report findings with stable codes, severities,
 * paths and named arguments, under a {@link dev.alignkit.policy.Policy}. Start with
 * {@link dev.alignkit.rules.Validator}; applications add their own rules through the
 * {@link dev.alignkit.rules.Rule} SPI.
 */
@ValueStyle
@NullMarked
package dev.alignkit.rules;

import dev.alignkit.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
