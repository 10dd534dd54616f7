package dev.alignkit.development;

import dev.alignkit.common.HasAttributes;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** A coaching conversation about a plan (seed 003: monthly). Immutable and thread-safe. */
@Value.Immutable
public abstract class CoachingCheckIn implements HasAttributes {
  CoachingCheckIn() {}

  /** The day of the conversation. */
  public abstract LocalDate date();

  /** The coach's person id. */
  public abstract Optional<String> coachId();

  /** What was discussed. */
  public abstract Optional<String> note();

  /** A coaching check-in on {@code date} by {@code coachId}. */
  public static CoachingCheckIn of(LocalDate date, String coachId) {
    return builder().date(date).coachId(coachId).build();
  }

  /** Returns a builder; the date is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CoachingCheckIn}. */
  public static final class Builder extends ImmutableCoachingCheckIn.Builder {
    Builder() {}
  }
}
