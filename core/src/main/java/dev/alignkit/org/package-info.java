/**
 * The organization: its snapshot (the root aggregate every computation and rule reads), people,
 * teams and waivers. All values are immutable and thread-safe.
 */
@ValueStyle
@NullMarked
package dev.alignkit.org;

import dev.alignkit.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
