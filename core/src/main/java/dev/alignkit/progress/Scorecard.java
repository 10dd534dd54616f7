package dev.alignkit.progress;

import dev.alignkit.okr.ObjectiveOutcome;
import java.util.Collection;
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
 * <p>{@link #builder()} builds one from its counts, for a client that reads a review back (the
 * JSON module does) or a test.
 *
 * <p><b>Invariants.</b> The roll-up builds it. No count is negative, and the met, graded and
 * recorded counts are each at most the number of objectives scored, else building fails with an
 * {@link IllegalArgumentException} naming the count ({@code scorecard met must be within [0, 3]: 4});
 * a missing cycle id or met count fails with an {@link IllegalStateException}.
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

  /** Returns a builder; cycle id and met count are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    int total = total();
    requireWithin(met(), total, "met");
    requireCounts(grades().values(), total, "grades");
    requireCounts(outcomes().values(), total, "outcomes");
  }

  private static void requireCounts(Collection<Integer> counts, int total, String field) {
    long sum = 0;
    for (int count : counts) {
      requireWithin(count, total, field);
      sum += count;
    }
    if (sum > total) {
      throw new IllegalArgumentException("scorecard " + field + " must add up to at most " + total + ": " + sum);
    }
  }

  private static void requireWithin(int count, int total, String field) {
    if (count < 0 || count > total) {
      throw new IllegalArgumentException("scorecard " + field + " must be within [0, " + total + "]: " + count);
    }
  }

  /** Builds a {@link Scorecard}. */
  public static final class Builder extends ImmutableScorecard.Builder {
    Builder() {}
  }
}
