package dev.alignkit.development;

import dev.alignkit.common.HasAttributes;
import dev.alignkit.internal.Checks;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A step of a GROW session's way forward: when, how likely, what if not, and which development
 * goal or measure tracks it (seed 003: steps become development objectives). Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class WayForwardStep implements HasAttributes {
  WayForwardStep() {}

  /** What the person will do. */
  public abstract String description();

  /** When. */
  public abstract Optional<Horizon> horizon();

  /** How likely the person thinks it is, in [0, 1]. */
  public abstract OptionalDouble likelihood();

  /** What the person will do if it does not happen; expected when the likelihood is below 0.5. */
  public abstract Optional<String> contingency();

  /** The id of the development goal or measure that tracks the step. */
  public abstract Optional<String> trackedBy();

  /** A step with a description and a horizon. */
  public static WayForwardStep of(String description, Horizon horizon) {
    return builder().description(description).horizon(horizon).build();
  }

  /** Returns a builder; the description is required. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    if (likelihood().isPresent()) {
      Checks.requireUnitInterval(likelihood().getAsDouble(), "way-forward step '%s': likelihood", description());
    }
  }

  /** Builds a {@link WayForwardStep}. */
  public static final class Builder extends ImmutableWayForwardStep.Builder {
    Builder() {}
  }
}
