/**
 * Alignkit's JSON formats for Jackson 3: {@link dev.alignkit.jackson3.AlignkitModule} and
 * {@link dev.alignkit.json.AlignkitJsonException}.
 */
@NullMarked
package dev.alignkit.jackson3;

import dev.alignkit.json.AlignkitJsonException;
import org.jspecify.annotations.NullMarked;
