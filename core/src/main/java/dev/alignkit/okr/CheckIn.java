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
 *
 * <p><b>Create</b> one with {@link #of(LocalDate, double, double)} or, with a note or an author,
 * with {@link #builder()}:
 * <pre>{@code
 * CheckIn july = CheckIn.of(LocalDate.of(2026, 7, 15), 140, 0.8);
 * CheckIn august = CheckIn.builder().date(LocalDate.of(2026, 8, 1)).value(150)
 *     .note("Two teams joined").authorId("p-7").build();
 * }</pre>
 *
 * <p><b>Invariants.</b> Building fails with an {@link IllegalArgumentException} naming the field
 * and the value when the value is NaN or infinite ({@code check-in of 2026-07-15: value must be a
 * finite number: NaN}), the confidence lies outside [0, 1] ({@code check-in of 2026-07-15:
 * confidence must be within [0, 1]: 1.4}) or an attribute name is blank. The rules report a
 * check-in dated outside its objective's cycle ({@code okr.check-in.date}) and a key result without
 * a recent one ({@code okr.check-in.stale}).
 *
 * <p><b>Equality:</b> two check-ins are equal when date, value, confidence, note, author and
 * attributes are equal.
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
   * @throws IllegalArgumentException if {@code value} is NaN or infinite
   * @throws NullPointerException if {@code date} is null
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
   * @throws IllegalArgumentException if {@code value} is NaN or infinite, or {@code confidence} lies
   *     outside [0, 1]
   * @throws NullPointerException if {@code date} is null
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
