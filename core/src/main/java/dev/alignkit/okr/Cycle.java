package dev.alignkit.okr;

import dev.alignkit.common.HasAttributes;
import dev.alignkit.internal.Checks;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.immutables.value.Value;

/**
 * A named, fixed time frame for objectives, such as {@code 2026-Q3}; both ends are inclusive.
 * Immutable and thread-safe.
 *
 * <p><b>Create</b> one with {@link #of(String, String, LocalDate, LocalDate)}, or with
 * {@link #builder()} to set a status:
 * <pre>{@code
 * Cycle q3 = Cycle.of("2026-Q3", "2026-Q3", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30));
 * }</pre>
 *
 * <p><b>Invariants.</b> Building fails with an {@link IllegalArgumentException} naming the field
 * and the value when the id is blank ({@code cycle id must not be blank: ' '}), the end lies before
 * the start ({@code cycle '2026-Q3': endInclusive 2026-06-30 is before startInclusive 2026-07-01}) or
 * an attribute name is blank. Two cycles with one id fail when the snapshot is built
 * ({@link dev.alignkit.common.DuplicateIdException}). The rules report objectives whose cycle lies
 * outside their parent's ({@code okr.alignment.time-frame}) and check-ins outside the cycle
 * ({@code okr.check-in.date}).
 *
 * <p><b>Equality:</b> two cycles are equal when id, name, both dates, status and attributes are
 * equal.
 */
@Value.Immutable
public abstract class Cycle implements HasAttributes {
  Cycle() {}

  /** The cycle's id; never blank. */
  public abstract String id();

  /** The cycle's display name, such as {@code "2026-Q3"}. */
  public abstract String name();

  /** The first day of the cycle. */
  public abstract LocalDate startInclusive();

  /** The last day of the cycle; never before {@link #startInclusive()}. */
  public abstract LocalDate endInclusive();

  /** The cycle's status; {@link CycleStatus#ACTIVE} unless set. */
  @Value.Default
  public CycleStatus status() {
    return CycleStatus.ACTIVE;
  }

  /**
   * Creates an active cycle.
   *
   * @param id the id; not null or blank
   * @param name the display name; not null
   * @param startInclusive the first day; not null
   * @param endInclusive the last day; not null, not before {@code startInclusive}
   * @throws IllegalArgumentException if the id is blank or the end is before the start
   * @throws NullPointerException if an argument is null
   */
  public static Cycle of(String id, String name, LocalDate startInclusive, LocalDate endInclusive) {
    return builder().id(id).name(name).startInclusive(startInclusive).endInclusive(endInclusive).build();
  }

  /** Returns a builder for a cycle. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether {@code date} lies within the cycle, both ends included. */
  public final boolean contains(LocalDate date) {
    return !date.isBefore(startInclusive()) && !date.isAfter(endInclusive());
  }

  /**
   * Whether the cycle has ended as of {@code asOf}: its status is {@link CycleStatus#CLOSED}, or
   * {@code asOf} lies after its last day. Work of an ended cycle is judged as finished, not by pace
   * ({@code docs/concepts.md}, "Closing a cycle").
   */
  public final boolean hasEnded(LocalDate asOf) {
    return status() == CycleStatus.CLOSED || asOf.isAfter(endInclusive());
  }

  /** The number of days in the cycle, both ends included; at least 1. */
  public final long lengthInDays() {
    return ChronoUnit.DAYS.between(startInclusive(), endInclusive()) + 1;
  }

  @Value.Check
  final void check() {
    Checks.requireId(id(), "cycle id");
    if (endInclusive().isBefore(startInclusive())) {
      throw new IllegalArgumentException("cycle '" + id() + "': endInclusive " + endInclusive()
          + " is before startInclusive " + startInclusive());
    }
    Checks.requireAttributeNames(attributes(), "cycle '%s'", id());
  }

  /** Builds a {@link Cycle}; {@code id}, {@code name} and both dates are required. */
  public static final class Builder extends ImmutableCycle.Builder {
    Builder() {}
  }
}
