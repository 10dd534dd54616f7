/**
 * Objectives and key results: cycles, owners, objectives, alignment links, key results,
 * initiatives and check-ins. All values are immutable and thread-safe.
 */
@ValueStyle
@NullMarked
package dev.alignkit.okr;

import dev.alignkit.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
