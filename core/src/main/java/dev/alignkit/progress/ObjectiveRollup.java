package dev.alignkit.progress;

import dev.alignkit.internal.Checks;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One objective as of a date, rolled up from its key results and contributing children.
 * Immutable and thread-safe.
 *
 * <ul>
 *   <li>{@link #progress()} = {@code sum(w_i * p_i) / sum(w_i)} over the counted key results
 *       (weight: the key result's; a ROLLUP key result counts like any other, with the progress
 *       its contributors give it, see {@link KeyResultRollup}) and counted CONTRIBUTES children
 *       (weight: the link's) whose progress is defined; items without progress or with a weight
 *       not above 0 are skipped and make the result {@link #partial()}. No item with progress:
 *       undefined, never 0. Counted means not DRAFT or CANCELLED. {@link #rawProgress()} is the
 *       same mean over raw values.
 *   <li>Several parents: a child counts in every objective it has a CONTRIBUTES link to, with that
 *       link's weight. Only a child's first link to a parent (same id and kind) counts: a later
 *       one, contributing or not, changes nothing. A child with a CONTRIBUTES link to a ROLLUP
 *       key result of this objective counts in that key result only, never also directly here,
 *       even when it has a CONTRIBUTES link to this objective as well. A CONTRIBUTES link to a
 *       key result of another kind counts as supporting.
 *   <li>{@link #expectation()} = {@code sum(w_i * e_i) / sum(w_i)} over the counted key results
 *       and CONTRIBUTES children whose weight is above 0, with or without progress, where
 *       {@code e_i} is a key result's {@link KeyResultRollup#expectation()} (a zoned one's TARGET
 *       zone score, else the objective type's expectation) and a child's own expectation; the
 *       objective type's expectation when there is no such item.
 *   <li>{@link #expected()} = {@code elapsed * E'} where {@code E'} is the same mean over the
 *       pace-able items only (INCREASE, DECREASE and ORDINAL key results, CONTRIBUTES children),
 *       {@link #expectation()} when there is none. {@link #gap()} = {@code expected - P'} where
 *       {@code P'} is the progress mean over the pace-able items only; {@link #status()} is the
 *       worse of the status of that gap and the statuses of the ACHIEVE and STAY key results
 *       ({@link PaceStatus#worse}).
 *   <li>{@link #forecast()} is the same weighted mean over the pace-able items that have a
 *       forecast (a child's own forecast); {@link #atRiskByTrend()} when it falls below
 *       {@code E'} while the status is ON_TRACK.
 *   <li>{@link #atRiskBelow()} counts the distinct counted objectives below this one whose status
 *       is AT_RISK: those that reach it through links of any kind (to it or to one of its key
 *       results) whose objectives in between all count. Each counts once however many ways lead
 *       up, so under two parents that share a grandparent it counts once there; on a tree the
 *       count is the sum over the children. An objective on an alignment cycle still counts
 *       those below it.
 *   <li>From the cycle's last day on: {@link #met()} ({@code progress >= expectation}); once the
 *       cycle has ended (after its last day, or CLOSED earlier): {@link #grade()} (by the policy's
 *       bands, whatever the expectation), and the status is {@link PaceStatus#ENDED} with or
 *       without progress: no risk reason, no trend, no forecast ({@code docs/concepts.md},
 *       "Closing a cycle").
 * </ul>
 *
 * <p><b>Get</b> one from a {@link Rollup} (or a {@link RollupIndex}):
 * <pre>{@code
 * Rollup rollup = Rollup.of(snapshot, LocalDate.of(2026, 8, 15), policy);
 * ObjectiveRollup retention = rollup.objective("o-retention").orElseThrow();
 * OptionalDouble progress = retention.progress();
 * }</pre>
 *
 * <p>{@link #builder()} builds one from its fields, for a client that reads roll-ups back (the
 * JSON module does) or a test; the numbers are taken as given, not recomputed.
 *
 * <p><b>Invariants.</b> The roll-up builds it. Progress and forecast lie within [0, 1], the
 * other numbers are finite and the at-risk count is not negative, else building fails with an
 * {@link IllegalArgumentException} naming the field and the value
 * ({@code objective roll-up progress must be within [0, 1]: 1.2}); a missing id or status fails
 * with an {@link IllegalStateException}. An objective whose progress
 * cannot be computed has an empty {@link #progress()} and a {@link #noProgress()} reason, never an
 * exception: on a cycle of links ({@link NoProgress#ALIGNMENT_CYCLE}, also through a link to a key
 * result: O -> C -> a key result of O), or without any item with progress. An objective above a
 * cycle rolls up as usual, its children on the cycle being children without progress.
 *
 * <p><b>Equality:</b> two results are equal when all their fields are equal.
 */
@Value.Immutable
public abstract class ObjectiveRollup {
  ObjectiveRollup() {}

  /** The objective's id. */
  public abstract String objectiveId();

  /** The rolled-up progress in [0, 1]; empty when no item has progress or the objective is on an alignment cycle. */
  public abstract OptionalDouble progress();

  /** The same mean over raw values; may lie outside [0, 1]. */
  public abstract OptionalDouble rawProgress();

  /** Whether some item was skipped for lack of progress or of a positive weight. */
  public abstract boolean partial();

  /** Why there is no progress, if there is none. */
  public abstract Optional<NoProgress> noProgress();

  /**
   * What the objective is expected to reach by its cycle's end: the weighted mean of its counted
   * items' expectations (see the class javadoc). An objective on an alignment cycle takes the mean
   * over its key results only, since its children's would depend on itself.
   */
  public abstract double expectation();

  /**
   * {@code elapsed * E'}, {@code E'} the expectation of the pace-able items; empty when the
   * objective has no cycle or its cycle id does not resolve.
   */
  public abstract OptionalDouble expected();

  /** {@code expected - P'} over the pace-able items. */
  public abstract OptionalDouble gap();

  /** The status. */
  public abstract PaceStatus status();

  /**
   * How many distinct counted objectives below this one are AT_RISK, each once however many
   * chains of links lead up from it (see the class javadoc).
   */
  public abstract int atRiskBelow();

  /** The projected progress at the cycle's end, where pace-able items have forecasts. */
  public abstract OptionalDouble forecast();

  /** Whether the forecast falls below the expectation while the status is ON_TRACK. */
  public abstract boolean atRiskByTrend();

  /** Why the objective is at risk, or at risk by trend; empty otherwise. */
  public abstract Optional<RiskReason> riskReason();

  /** The id of the key result or child objective that gives the risk reason, if one does. */
  public abstract Optional<String> riskSource();

  /** The grade once the cycle has ended. */
  public abstract Optional<Grade> grade();

  /**
   * Whether the progress reached the {@link #expectation()}: known from the last day of the cycle
   * on, when the whole expectation is due; empty before, and without a cycle.
   */
  public abstract Optional<Boolean> met();

  /** Why an objective has no progress. */
  public enum NoProgress {
    /** No counted item has progress. */
    NO_DATA,
    /**
     * The objective lies on a cycle of alignment links (a link to a key result being a link to its
     * objective), so its progress would depend on itself.
     */
    ALIGNMENT_CYCLE
  }

  /** Returns a builder; the objective id, expectation, status, partial, at-risk count and trend flag are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    if (progress().isPresent()) {
      Checks.requireUnitInterval(progress().getAsDouble(), "objective roll-up progress");
    }
    if (rawProgress().isPresent()) {
      Checks.requireFinite(rawProgress().getAsDouble(), "objective roll-up rawProgress");
    }
    Checks.requireFinite(expectation(), "objective roll-up expectation");
    if (expected().isPresent()) {
      Checks.requireFinite(expected().getAsDouble(), "objective roll-up expected");
    }
    if (gap().isPresent()) {
      Checks.requireFinite(gap().getAsDouble(), "objective roll-up gap");
    }
    if (forecast().isPresent()) {
      Checks.requireUnitInterval(forecast().getAsDouble(), "objective roll-up forecast");
    }
    if (atRiskBelow() < 0) {
      throw new IllegalArgumentException("objective roll-up atRiskBelow must not be negative: " + atRiskBelow());
    }
  }

  /**
   * Equal when every field is equal (numbers compared as {@link Double#equals} does); a result the
   * roll-up hands out equals the one built from the same fields.
   */
  @Override
  public final boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ObjectiveRollup)) {
      return false;
    }
    ObjectiveRollup that = (ObjectiveRollup) other;
    return objectiveId().equals(that.objectiveId())
        && progress().equals(that.progress())
        && rawProgress().equals(that.rawProgress())
        && partial() == that.partial()
        && noProgress().equals(that.noProgress())
        && Double.doubleToLongBits(expectation()) == Double.doubleToLongBits(that.expectation())
        && expected().equals(that.expected())
        && gap().equals(that.gap())
        && status() == that.status()
        && atRiskBelow() == that.atRiskBelow()
        && forecast().equals(that.forecast())
        && atRiskByTrend() == that.atRiskByTrend()
        && riskReason().equals(that.riskReason())
        && riskSource().equals(that.riskSource())
        && grade().equals(that.grade())
        && met().equals(that.met());
  }

  @Override
  public final int hashCode() {
    int h = 5381;
    h += (h << 5) + objectiveId().hashCode();
    h += (h << 5) + hash(progress());
    h += (h << 5) + hash(rawProgress());
    h += (h << 5) + Boolean.hashCode(partial());
    h += (h << 5) + noProgress().hashCode();
    h += (h << 5) + Double.hashCode(expectation());
    h += (h << 5) + hash(expected());
    h += (h << 5) + hash(gap());
    h += (h << 5) + status().hashCode();
    h += (h << 5) + atRiskBelow();
    h += (h << 5) + hash(forecast());
    h += (h << 5) + Boolean.hashCode(atRiskByTrend());
    h += (h << 5) + riskReason().hashCode();
    h += (h << 5) + riskSource().hashCode();
    h += (h << 5) + grade().hashCode();
    h += (h << 5) + met().hashCode();
    return h;
  }

  /** The hash of a number as {@link Double#hashCode(double)}, 0 when empty; shared with {@link KeyResultRollup}. */
  static int hash(OptionalDouble value) {
    return value.isPresent() ? Double.hashCode(value.getAsDouble()) : 0;
  }

  /** The fields that are set, by name: {@code ObjectiveRollup{objectiveId=o-1, progress=0.5, ...}}. */
  @Override
  public final String toString() {
    StringBuilder text = new StringBuilder("ObjectiveRollup{objectiveId=").append(objectiveId());
    field(text, "progress", progress());
    field(text, "rawProgress", rawProgress());
    text.append(", partial=").append(partial());
    noProgress().ifPresent(value -> text.append(", noProgress=").append(value));
    text.append(", expectation=").append(expectation());
    field(text, "expected", expected());
    field(text, "gap", gap());
    text.append(", status=").append(status()).append(", atRiskBelow=").append(atRiskBelow());
    field(text, "forecast", forecast());
    text.append(", atRiskByTrend=").append(atRiskByTrend());
    riskReason().ifPresent(value -> text.append(", riskReason=").append(value));
    riskSource().ifPresent(value -> text.append(", riskSource=").append(value));
    grade().ifPresent(value -> text.append(", grade=").append(value));
    met().ifPresent(value -> text.append(", met=").append(value));
    return text.append('}').toString();
  }

  private static void field(StringBuilder text, String name, OptionalDouble value) {
    if (value.isPresent()) {
      text.append(", ").append(name).append('=').append(value.getAsDouble());
    }
  }

  /** Builds an {@link ObjectiveRollup}. */
  public static final class Builder extends ImmutableObjectiveRollup.Builder {
    Builder() {}
  }
}
