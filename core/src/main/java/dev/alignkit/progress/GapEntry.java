package dev.alignkit.progress;

import dev.alignkit.career.Importance;
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
 * <p><b>Invariants:</b> none beyond its fields; {@link Readiness#of} builds it.
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

  static ImmutableGapEntry.Builder builder() {
    return ImmutableGapEntry.builder();
  }
}
