package dev.alignkit.org;

import dev.alignkit.common.HasAttributes;
import dev.alignkit.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An accepted exception to a rule for one subject, such as "this team may keep six objectives this
 * quarter". A finding whose code and subject id match a waiver in force on the as-of date moves to
 * the report's waived list. A waiver is in force from the day it was granted, when that is known,
 * to its last day, so that validating as of an earlier date replays what was known then
 * ({@code docs/concepts.md}, "Closing a cycle"). Immutable and thread-safe.
 *
 * <p><b>Create</b> one with {@link #of(String, String, String, String, LocalDate)}, or with
 * {@link #builder()} for a waiver without an end or a grantor, or with the day it was granted:
 * <pre>{@code
 * Waiver sixObjectives = Waiver.of("okr.objective.count", "support", "Merger quarter", "ceo",
 *     LocalDate.of(2026, 9, 30));
 * Waiver fromSeptember = Waiver.builder().from(sixObjectives)
 *     .grantedOn(LocalDate.of(2026, 9, 1)).build();
 * }</pre>
 *
 * <p><b>Invariants.</b> Building fails with an {@link IllegalArgumentException} naming the field
 * and the value when the code, the subject id or the grantor is blank ({@code waiver
 * 'okr.objective.count': subjectId must not be blank: ' '}), the last day lies before the day it
 * was granted ({@code waiver 'okr.objective.count' of 'support': untilInclusive 2026-08-31 is
 * before grantedOn 2026-09-01}) or an attribute name is blank. A waiver whose code or subject
 * matches no finding is representable and waives nothing.
 *
 * <p><b>Equality:</b> two waivers are equal when code, subject, reason, grantor, grant day, end and
 * attributes are equal.
 */
@Value.Immutable
public abstract class Waiver implements HasAttributes {
  Waiver() {}

  /** The rule code waived, such as {@code okr.objective.count}. */
  public abstract String code();

  /** The id of the item the waiver applies to. */
  public abstract String subjectId();

  /** Why the exception was accepted. */
  public abstract String reason();

  /** The id of the person who granted it. */
  public abstract Optional<String> grantedBy();

  /**
   * The day the waiver was granted, its first day in force; empty when unknown, and then it is in
   * force on every day up to its end, as before the day was recorded.
   */
  public abstract Optional<LocalDate> grantedOn();

  /** The last day the waiver is in force; empty for no end. */
  public abstract Optional<LocalDate> untilInclusive();

  /**
   * A waiver.
   *
   * @param code the rule code; not null or blank
   * @param subjectId the subject's id; not null or blank
   * @param reason why; not null
   * @param grantedBy the granting person's id; not null or blank
   * @param untilInclusive the last day in force; not null
   * @throws IllegalArgumentException if {@code code}, {@code subjectId} or {@code grantedBy} is blank
   * @throws NullPointerException if an argument is null
   */
  public static Waiver of(String code, String subjectId, String reason, String grantedBy, LocalDate untilInclusive) {
    return builder().code(code).subjectId(subjectId).reason(reason)
        .grantedBy(grantedBy).untilInclusive(untilInclusive).build();
  }

  /**
   * Returns a builder; {@code code}, {@code subjectId} and {@code reason} are required, and
   * {@code grantedBy}, {@code grantedOn} and {@code untilInclusive} optional.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether the waiver is in force on {@code date}: it was granted on or before it (or the day it
   * was granted is unknown), and it has no end or ends on or after it.
   *
   * @param date the as-of date; not null
   */
  public final boolean isInForceOn(LocalDate date) {
    return grantedOn().map(granted -> !granted.isAfter(date)).orElse(true)
        && untilInclusive().map(until -> !until.isBefore(date)).orElse(true);
  }

  @Value.Check
  final void check() {
    Checks.requireId(code(), "waiver code");
    Checks.requireId(subjectId(), "waiver '%s': subjectId", code());
    if (grantedBy().isPresent()) {
      Checks.requireId(grantedBy().get(), "waiver '%s': grantedBy", code());
    }
    if (grantedOn().isPresent() && untilInclusive().isPresent()
        && untilInclusive().get().isBefore(grantedOn().get())) {
      throw new IllegalArgumentException("waiver '" + code() + "' of '" + subjectId() + "': untilInclusive "
          + untilInclusive().get() + " is before grantedOn " + grantedOn().get());
    }
    Checks.requireAttributeNames(attributes(), "waiver '%s' of '%s'", code(), subjectId());
  }

  /** Builds a {@link Waiver}. */
  public static final class Builder extends ImmutableWaiver.Builder {
    Builder() {}
  }
}
