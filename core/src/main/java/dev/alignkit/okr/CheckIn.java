package dev.alignkit.okr;

import dev.alignkit.common.HasAttributes;
import dev.alignkit.internal.Checks;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A dated value of a key result or development measure, with the author's confidence of reaching
 * the target. Immutable and thread-safe.
 *
 * <p><b>Create</b> one with {@link #of(LocalDate, double, double)}, from the instant a tool recorded
 * with {@link #of(OffsetDateTime, ZoneId, double)}, or, with a note or an author, with
 * {@link #builder()}:
 * <pre>{@code
 * CheckIn july = CheckIn.of(LocalDate.of(2026, 7, 15), 140, 0.8);
 * CheckIn recorded = CheckIn.of(OffsetDateTime.parse("2023-09-30T22:00:00Z"), ZoneId.of("Europe/Zurich"), 12);
 * // recorded.date() is 2023-10-01: local midnight in Zurich
 * CheckIn august = CheckIn.builder().date(LocalDate.of(2026, 8, 1)).value(150)
 *     .note("Two teams joined").authorId("p-7").build();
 * }</pre>
 *
 * <p><b>Date and instant.</b> Every check-in has a {@link #date()}; it may also keep the instant
 * {@link #at()} it was recorded. When both are given, the date wins and both are kept. A check-in
 * built with an instant alone takes its date from the zone passed to
 * {@link #of(OffsetDateTime, ZoneId, double)} (the JSON reader passes the document's zone), or,
 * through the builder, the date of the instant at its own offset.
 *
 * <p><b>Invariants.</b> Building fails with an {@link IllegalArgumentException} naming the field
 * and the value when neither a date nor an instant is set ({@code check-in: date must be set, or
 * at: neither is}), the value is NaN or infinite ({@code check-in of 2026-07-15: value must be a
 * finite number: NaN}), the confidence lies outside [0, 1] ({@code check-in of 2026-07-15:
 * confidence must be within [0, 1]: 1.4}) or an attribute name is blank. The rules report a
 * check-in dated outside its objective's cycle ({@code okr.check-in.date}) and a key result without
 * a recent one ({@code okr.check-in.stale}).
 *
 * <p><b>Equality:</b> two check-ins are equal when date, instant, value, confidence, note, author
 * and attributes are equal.
 */
@Value.Immutable
public abstract class CheckIn implements HasAttributes {
  CheckIn() {}

  /**
   * The day the value was measured; when only {@link #at()} was given, the day that instant falls
   * on at its own offset.
   *
   * @throws IllegalArgumentException when building a check-in with neither a date nor an instant
   */
  @Value.Default
  public LocalDate date() {
    return at().map(OffsetDateTime::toLocalDate).orElseThrow(
        () -> new IllegalArgumentException("check-in: date must be set, or at: neither is"));
  }

  /**
   * The instant the value was recorded, with the offset the source gave, if known. A check-in built
   * with {@code at} alone is dated at the instant's own offset; to date it in the organization's
   * zone, build it with {@link #of(OffsetDateTime, ZoneId, double)} or
   * {@link Builder#dateFrom(OffsetDateTime, ZoneId)}.
   */
  public abstract Optional<OffsetDateTime> at();

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

  /**
   * A check-in recorded at an instant, dated on the day that instant falls on in {@code zone}: a
   * tool that stores local midnight in UTC writes {@code 2023-09-30T22:00:00Z} for a check-in of
   * 1 October in Zurich, and {@code CheckIn.of(at, ZoneId.of("Europe/Zurich"), value)} dates it
   * 2023-10-01.
   *
   * @param at the instant; not null
   * @param zone the zone the date is read in, usually the snapshot's {@code zone}; not null
   * @param value a finite number
   * @throws IllegalArgumentException if {@code value} is NaN or infinite, or the instant has no
   *     date in {@code zone} (at the very ends of the year range)
   * @throws NullPointerException if an argument is null
   */
  public static CheckIn of(OffsetDateTime at, ZoneId zone, double value) {
    return builder().dateFrom(at, zone).value(value).build();
  }

  /** The day {@code at} falls on in {@code zone}. */
  private static LocalDate dateIn(OffsetDateTime at, ZoneId zone) {
    try {
      return at.atZoneSameInstant(zone).toLocalDate();
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("check-in: at " + at + " has no date in zone " + zone, e);
    }
  }

  /** Returns a builder; {@code value}, and {@code date} or {@code at}, are required. */
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

    /**
     * Sets {@code at} and the {@code date} it falls on in {@code zone}, usually the snapshot's
     * {@link dev.alignkit.org.OrganizationSnapshot#zone() zone}; a {@code date} set after this call
     * replaces that date (and both are kept).
     *
     * @throws IllegalArgumentException if the instant has no date in {@code zone} (at the very ends
     *     of the year range)
     * @throws NullPointerException if an argument is null
     */
    public Builder dateFrom(OffsetDateTime at, ZoneId zone) {
      date(dateIn(at, zone));
      at(at);
      return this;
    }
  }
}
