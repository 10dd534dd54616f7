package dev.alignkit.progress;

import dev.alignkit.okr.ObjectiveOutcome;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The verdict on one cycle's objectives once it has ended ({@code docs/concepts.md}, "Closing a
 * cycle"): how many met their expectation, how many were graded GREEN, YELLOW or RED, and which
 * outcomes people recorded. Only counted objectives (not DRAFT or CANCELLED) appear. Immutable and
 * thread-safe.
 *
 * <p><b>Get</b> one from a {@link Rollup}: {@link Rollup#scorecardOfOrganization},
 * {@link Rollup#scorecardOfTeam} or {@link Rollup#scorecardOfPerson}:
 * <pre>{@code
 * Scorecard q2 = Rollup.of(snapshot, asOf, policy).scorecardOfOrganization("2026-Q2");
 * String line = q2.met() + " of " + q2.total() + " met";
 * }</pre>
 * A cycle that still runs has objectives but no grades and nothing met yet; an unknown cycle id
 * gives an empty scorecard.
 *
 * <p><b>Equality:</b> two scorecards are equal when cycle, objectives (in order), met count, grade
 * counts and outcome counts are equal.
 */
@Value.Immutable
public abstract class Scorecard {
  Scorecard() {}

  /** The cycle scored. */
  public abstract String cycleId();

  /** The ids of the cycle's counted objectives in scope, in snapshot order. */
  public abstract List<String> objectiveIds();

  /** The number of objectives that met their expectation ({@link ObjectiveRollup#met()} true). */
  public abstract int met();

  /** The number of objectives per grade; every grade is present, zero when none. */
  public abstract Map<Grade, Integer> grades();

  /** The number of objectives per recorded outcome; every outcome is present, zero when none. */
  public abstract Map<ObjectiveOutcome, Integer> outcomes();

  /** The number of objectives scored. */
  public final int total() {
    return objectiveIds().size();
  }

  /** The number of objectives without a grade: without data, or of a cycle that has not ended. */
  public final int ungraded() {
    return total() - sum(grades());
  }

  /** The number of objectives without a recorded outcome. */
  public final int withoutOutcome() {
    return total() - sum(outcomes());
  }

  private static int sum(Map<?, Integer> counts) {
    int sum = 0;
    for (int count : counts.values()) {
      sum += count;
    }
    return sum;
  }

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutableScorecard.Builder {}
}
