package dev.alignkit.development;

import dev.alignkit.common.HasAttributes;
import dev.alignkit.common.Visibility;
import dev.alignkit.internal.Checks;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A career vision session's outcome (seed 003): strengths, weaknesses and where the person wants
 * to be in ten years or more. Personal data, PRIVATE by default. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class CareerVision implements HasAttributes {
  CareerVision() {}

  /** The vision's id. */
  public abstract String id();

  /** The person whose vision it is. */
  public abstract String personId();

  /** When it was written. */
  public abstract Optional<LocalDate> date();

  /** What the person does well. */
  public abstract List<String> strengths();

  /** What holds the person back. */
  public abstract List<String> weaknesses();

  /** Where the person wants to be in ten years or more. */
  public abstract Optional<String> longTermVision();

  /** The vision's own visibility; empty means the policy's default (PRIVATE). */
  public abstract Optional<Visibility> visibility();

  /** Returns a builder; id and person id are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks.requireId(id(), "career vision id");
    Checks.requireId(personId(), "career vision '%s': personId", id());
    Checks.requireAttributeNames(attributes(), "career vision '%s'", id());
  }

  /** Builds a {@link CareerVision}. */
  public static final class Builder extends ImmutableCareerVision.Builder {
    Builder() {}
  }
}
