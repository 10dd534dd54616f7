package dev.alignkit.okr;

import dev.alignkit.common.HasAttributes;
import dev.alignkit.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A dated value of a key result or development measure, with the author's confidence of reaching
 * the target. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class CheckIn implements HasAttributes {
  CheckIn() {}

  /** The day the value was measured. */
  public abstract LocalDate date();

  /** The measured value: a number, a zone index or 0/1 for a milestone. */
  public abstract double value();

  /** The author's confidence in [0, 1] of reaching the target, if given. */
  public abstract OptionalDouble confidence();

  /** A free-text note. */
  public abstract Optional<String> note();

  /** The id of the person who checked in. */
  public abstract Optional<String> authorId();

  /**
   * A check-in with a value only.
   *
   * @param date the day of the measurement; not null
   * @param value a finite number
   */
  public static CheckIn of(LocalDate date, double value) {
    return builder().date(date).value(value).build();
  }

  /**
   * A check-in with a value and a confidence.
   *
   * @param date the day of the measurement; not null
   * @param value a finite number
   * @param confidence within [0, 1]
   */
  public static CheckIn of(LocalDate date, double value, double confidence) {
    return builder().date(date).value(value).confidence(confidence).build();
  }

  /** Returns a builder; {@code date} and {@code value} are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks.requireFinite(value(), "check-in of %s: value", date());
    if (confidence().isPresent()) {
      Checks.requireUnitInterval(confidence().getAsDouble(), "check-in of %s: confidence", date());
    }
    Checks.requireAttributeNames(attributes(), "check-in of %s", date());
  }

  /** Builds a {@link CheckIn}. */
  public static final class Builder extends ImmutableCheckIn.Builder {
    Builder() {}
  }
}
