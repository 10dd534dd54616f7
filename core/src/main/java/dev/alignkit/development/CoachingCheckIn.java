package dev.alignkit.development;

import dev.alignkit.common.HasAttributes;
import dev.alignkit.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A coaching conversation about a development plan; the policy expects one a month
 * ({@code docs/concepts.md}, "Career visions and GROW sessions"). Immutable and thread-safe.
 *
 * <p><b>Create</b> one with {@link #of(LocalDate, String)}, or with {@link #builder()} for a note,
 * and add it with {@link DevelopmentPlan#withCoachingCheckIn(CoachingCheckIn)}:
 * <pre>{@code
 * DevelopmentPlan coached = plan.withCoachingCheckIn(CoachingCheckIn.of(LocalDate.of(2026, 8, 3), "mo"));
 * }</pre>
 *
 * <p><b>Invariants:</b> only a date is required. Building fails with an
 * {@link IllegalArgumentException} when an attribute name is blank ({@code coaching check-in of
 * 2026-08-03: attribute names must not be blank: ' '}); nothing else does. A plan whose
 * last conversation is older than its cadence is reported by {@code dev.plan.coaching-stale}.
 *
 * <p><b>Equality:</b> two check-ins are equal when date, coach, note and attributes are equal.
 */
@Value.Immutable
public abstract class CoachingCheckIn implements HasAttributes {
  CoachingCheckIn() {}

  /** The day of the conversation. */
  public abstract LocalDate date();

  /** The coach's person id. */
  public abstract Optional<String> coachId();

  /** What was discussed. */
  public abstract Optional<String> note();

  /**
   * A coaching check-in on {@code date} by {@code coachId}.
   *
   * @param date the day of the conversation; not null
   * @param coachId the coach's person id; not null
   * @throws NullPointerException if an argument is null
   */
  public static CoachingCheckIn of(LocalDate date, String coachId) {
    return builder().date(date).coachId(coachId).build();
  }

  /** Returns a builder; the date is required. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks.requireAttributeNames(attributes(), "coaching check-in of %s", date());
  }

  /** Builds a {@link CoachingCheckIn}. */
  public static final class Builder extends ImmutableCoachingCheckIn.Builder {
    Builder() {}
  }
}
