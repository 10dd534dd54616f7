package dev.alignkit.development;

import dev.alignkit.common.HasAttributes;
import java.util.Optional;
import org.immutables.value.Value;

/** An option weighed in a GROW session, with its benefits and challenges. Immutable and thread-safe. */
@Value.Immutable
public abstract class GrowOption implements HasAttributes {
  GrowOption() {}

  /** What the person could do. */
  public abstract String description();

  /** What it would bring. */
  public abstract Optional<String> benefits();

  /** What makes it hard. */
  public abstract Optional<String> challenges();

  /** An option with a description only. */
  public static GrowOption of(String description) {
    return builder().description(description).build();
  }

  /** Returns a builder; the description is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GrowOption}. */
  public static final class Builder extends ImmutableGrowOption.Builder {
    Builder() {}
  }
}
