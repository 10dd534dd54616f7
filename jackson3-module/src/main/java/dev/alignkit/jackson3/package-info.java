/**
 * Alignkit's JSON formats for Jackson 3: {@link dev.alignkit.jackson3.AlignkitModule} and
 * {@link dev.alignkit.jackson3.AlignkitJsonException}.
 */
@NullMarked
package dev.alignkit.jackson3;

import org.jspecify.annotations.NullMarked;
