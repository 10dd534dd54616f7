package dev.alignkit.development;

import dev.alignkit.common.HasAttributes;
import dev.alignkit.internal.Checks;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A step of a GROW session's way forward: when, how likely, what if not, and which development goal
 * or measure tracks it; steps become development goals ({@code docs/concepts.md}, "Career visions
 * and GROW sessions"). Immutable and thread-safe.
 *
 * <p><b>Create</b> one with {@link #of(String, Horizon)}, or with {@link #builder()}:
 * <pre>{@code
 * WayForwardStep step = WayForwardStep.builder().description("Lead a segment of the client call")
 *     .horizon(Horizon.THIS_MONTH).likelihood(0.4).contingency("Shadow Mo's call instead")
 *     .trackedBy("g-1").build();
 * }</pre>
 *
 * <p><b>Invariants.</b> Building fails with an {@link IllegalArgumentException} naming the field
 * and the value when the likelihood lies outside [0, 1] ({@code way-forward step 'Call': likelihood
 * must be within [0, 1]: 1.4}) or an attribute name is blank. The rules report a step without a
 * horizon, or without a contingency
 * while its likelihood is below 0.5 ({@code dev.grow.incomplete}), and one no goal or measure
 * tracks ({@code dev.grow.steps-untracked}).
 *
 * <p><b>Equality:</b> two steps are equal when all their fields are equal, attributes included.
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

  /**
   * A step with a description and a horizon.
   *
   * @param description what the person will do; not null
   * @param horizon when; not null
   * @throws NullPointerException if an argument is null
   */
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
    Checks.requireAttributeNames(attributes(), "way-forward step '%s'", description());
  }

  /** Builds a {@link WayForwardStep}. */
  public static final class Builder extends ImmutableWayForwardStep.Builder {
    Builder() {}
  }
}
