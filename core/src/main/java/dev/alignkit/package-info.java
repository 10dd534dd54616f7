/** The facade {@link dev.alignkit.Alignkit}: the shortest way in. */
@NullMarked
package dev.alignkit;

import org.jspecify.annotations.NullMarked;
