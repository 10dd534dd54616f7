/**
 * Careers: roles on career ladders. Later issues add the skill catalog, ladders and profiles.
 */
@ValueStyle
@NullMarked
package dev.alignkit.career;

import dev.alignkit.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
