package dev.alignkit.development;

import dev.alignkit.common.HasAttributes;
import dev.alignkit.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An option weighed in a GROW session, with its benefits and challenges. Immutable and thread-safe.
 *
 * <p><b>Create</b> one with {@link #of(String)}, or with {@link #builder()} for benefits and
 * challenges:
 * <pre>{@code
 * GrowOption option = GrowOption.builder().description("Pair with the product manager")
 *     .benefits("Learns the roadmap first-hand").challenges("Less time for tickets").build();
 * }</pre>
 *
 * <p><b>Invariants:</b> only a description is required. Building fails with an
 * {@link IllegalArgumentException} when an attribute name is blank ({@code GROW option 'Pair with
 * the product manager': attribute names must not be blank: ' '}); nothing else does.
 *
 * <p><b>Equality:</b> two options are equal when description, benefits, challenges and attributes
 * are equal.
 */
@Value.Immutable
public abstract class GrowOption implements HasAttributes {
  GrowOption() {}

  /** What the person could do. */
  public abstract String description();

  /** What it would bring. */
  public abstract Optional<String> benefits();

  /** What makes it hard. */
  public abstract Optional<String> challenges();

  /**
   * An option with a description only.
   *
   * @param description what the person could do; not null
   * @throws NullPointerException if {@code description} is null
   */
  public static GrowOption of(String description) {
    return builder().description(description).build();
  }

  /** Returns a builder; the description is required. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks.requireAttributeNames(attributes(), "GROW option '%s'", description());
  }

  /** Builds a {@link GrowOption}. */
  public static final class Builder extends ImmutableGrowOption.Builder {
    Builder() {}
  }
}
