/**
 * Objectives and key results: cycles, owners, objectives, alignment links, key results,
 * initiatives and check-ins. All values are immutable and thread-safe.
 *
 * <p>Start with {@link dev.alignkit.okr.Objective#builder()} and the key-result factories, such as
 * {@link dev.alignkit.okr.KeyResult#increase KeyResult.increase}. Each value's javadoc says how to
 * create one, what fails at construction, which rules report the rest, and when two are equal
 * ({@code docs/concepts.md}, "Building values").
 *
 * <p>In every builder, a null argument throws a {@link NullPointerException} naming the field,
 * and {@code build()} without a required field throws an {@link IllegalStateException} naming it.
 */
@ValueStyle
@NullMarked
package dev.alignkit.okr;

import dev.alignkit.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
