/**
 * Development: a person's development plans and goals (proposed by the employee, refined and
 * agreed by the manager), support activities, career visions and GROW coaching sessions. All
 * values are immutable and thread-safe.
 *
 * <p>The bottom-up flow is a set of methods of {@link dev.alignkit.development.DevelopmentPlan}
 * that return a new plan ({@code docs/concepts.md}, "The bottom-up flow"). Each value's javadoc
 * says how to create one, what fails at construction, which rules report the rest, and when two
 * are equal.
 *
 * <p>In every builder, a null argument throws a {@link NullPointerException} naming the field,
 * and {@code build()} without a required field throws an {@link IllegalStateException} naming it.
 */
@ValueStyle
@NullMarked
package dev.alignkit.development;

import dev.alignkit.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
