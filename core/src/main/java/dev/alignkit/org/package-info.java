/**
 * The organization: its snapshot (the root aggregate every computation and rule reads), people,
 * teams and waivers. All values are immutable and thread-safe.
 *
 * <p>Start with {@link dev.alignkit.org.OrganizationSnapshot#builder()}. Each value's javadoc says
 * how to create one, what fails at construction, which rules report the rest, and when two are
 * equal ({@code docs/concepts.md}, "Building values").
 *
 * <p>In every builder, a null argument throws a {@link NullPointerException} naming the field,
 * and {@code build()} without a required field throws an {@link IllegalStateException} naming it.
 */
@ValueStyle
@NullMarked
package dev.alignkit.org;

import dev.alignkit.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
