/**
 * Development: a person's development plans and goals (proposed by the employee, refined and
 * agreed by the manager), support activities, career visions and GROW coaching sessions. All
 * values are immutable and thread-safe.
 */
@ValueStyle
@NullMarked
package dev.alignkit.development;

import dev.alignkit.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
