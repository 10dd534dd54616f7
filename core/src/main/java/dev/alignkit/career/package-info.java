/**
 * Careers: the skill catalog and its proficiency scale, career ladders with their levels and
 * expectations, roles, lateral moves, openings and people's skill profiles; and the expectations
 * in effect at a level ({@link dev.alignkit.career.ExpectationResolution}). All values are
 * immutable and thread-safe.
 *
 * <p>Start with {@link dev.alignkit.career.CareerLadder#of CareerLadder.of} and
 * {@link dev.alignkit.career.SkillCatalog#builder()} ({@code docs/concepts.md}, "Careers"). Each
 * value's javadoc says how to create one, what fails at construction, which rules report the rest,
 * and when two are equal.
 *
 * <p>In every builder, a null argument throws a {@link NullPointerException} naming the field,
 * and {@code build()} without a required field throws an {@link IllegalStateException} naming it.
 */
@ValueStyle
@NullMarked
package dev.alignkit.career;

import dev.alignkit.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
