package dev.alignkit.progress;

import dev.alignkit.career.Importance;
import dev.alignkit.internal.Checks;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One line of a gap report: how a person stands on one skill against a role's requirement.
 * Immutable and thread-safe.
 *
 * <p><b>Get</b> them from {@link Readiness#gaps()} (every category, in report order) or
 * {@link RoleOption#gaps()} (MISSING and UNDER only):
 * <pre>{@code
 * for (GapEntry gap : readiness.gaps(GapCategory.UNDER)) {
 *   System.out.println(gap.skillId() + " short by " + gap.shortfall());
 * }
 * }</pre>
 *
 * <p>{@link #builder()} builds one, for a client that reads a gap report back or a test.
 *
 * <p><b>Invariants.</b> {@link Readiness#of} builds it. The numbers are finite and the shortfall
 * is not negative, else building fails with an {@link IllegalArgumentException} naming the field
 * and the value; a missing category, skill id, shortfall or stale flag fails with an
 * {@link IllegalStateException}.
 *
 * <p><b>Equality:</b> two entries are equal when all their fields are equal.
 */
@Value.Immutable
public abstract class GapEntry {
  GapEntry() {}

  /** How the person stands. */
  public abstract GapCategory category();

  /** The skill's id. */
  public abstract String skillId();

  /** The requirement; empty for SURPLUS. */
  public abstract OptionalDouble required();

  /** The effective assessment's proficiency; empty for MISSING. */
  public abstract OptionalDouble assessed();

  /** The importance; empty for SURPLUS. */
  public abstract Optional<Importance> importance();

  /**
   * How far the person is from the requirement: {@code required - assessed} for UNDER,
   * {@code required - scale min} for MISSING, 0 otherwise.
   */
  public abstract double shortfall();

  /** Whether the assessment used is older than the policy's staleness limit. */
  public abstract boolean stale();

  /** Returns a builder; category, skill id, shortfall and stale flag are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    if (required().isPresent()) {
      Checks.requireFinite(required().getAsDouble(), "gap required");
    }
    if (assessed().isPresent()) {
      Checks.requireFinite(assessed().getAsDouble(), "gap assessed");
    }
    if (!(Checks.requireFinite(shortfall(), "gap shortfall") >= 0)) {
      throw new IllegalArgumentException("gap shortfall must not be negative: " + shortfall());
    }
  }

  /** Builds a {@link GapEntry}. */
  public static final class Builder extends ImmutableGapEntry.Builder {
    Builder() {}
  }
}
