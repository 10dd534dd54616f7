package dev.alignkit.development;

import dev.alignkit.common.HasAttributes;
import dev.alignkit.internal.Checks;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/** Something that helps a person reach a development goal. Immutable and thread-safe. */
@Value.Immutable
public abstract class SupportActivity implements HasAttributes {
  SupportActivity() {}

  /** The kind of support. */
  public abstract SupportKind kind();

  /** What happens, such as "Act as liaison at the weekly product feedback session". */
  public abstract String description();

  /** Who provides it: a person id, a vendor or a platform. */
  public abstract Optional<String> provider();

  /** The hours planned for it. */
  public abstract OptionalDouble plannedHours();

  /** A support activity of a kind with a description. */
  public static SupportActivity of(SupportKind kind, String description) {
    return builder().kind(kind).description(description).build();
  }

  /** Returns a builder; kind and description are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    if (plannedHours().isPresent()) {
      double hours = Checks.requireFinite(plannedHours().getAsDouble(), "support activity plannedHours");
      if (hours < 0) {
        throw new IllegalArgumentException("support activity plannedHours must not be negative: " + hours);
      }
    }
    Checks.requireAttributeNames(attributes(), "support activity '%s'", description());
  }

  /** Builds a {@link SupportActivity}. */
  public static final class Builder extends ImmutableSupportActivity.Builder {
    Builder() {}
  }
}
