package dev.alignkit.progress;

import dev.alignkit.internal.Checks;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One key result as of a date: its value and progress, its pace status, and its forecast.
 * Immutable and thread-safe.
 *
 * <p>INCREASE, DECREASE and ORDINAL key results are judged by pace against their
 * {@link #expectation()} ({@link Pace#status}): a zoned one's TARGET zone score, any other its
 * objective's expectation. ACHIEVE and STAY key results take their status from their
 * value and the latest check-in: an ACHIEVE one that is done is DONE; a STAY one whose value
 * breaks its threshold is AT_RISK, and a STAY one is never DONE while the cycle runs; otherwise the
 * confidence decides ({@link Pace#statusOfConfidence}), ON_TRACK when none is given. A key result
 * without progress is NO_DATA; before the cycle starts one with data is NOT_STARTED.
 *
 * <p>Once its cycle has ended (CLOSED, or the as-of date after its last day) every key result is
 * {@link PaceStatus#ENDED}, with or without data, without a risk reason or a forecast, and carries
 * its {@link #grade()}; {@link #met()} is known from the cycle's last day on
 * ({@code docs/concepts.md}, "Closing a cycle").
 *
 * <p>A ROLLUP key result ({@code docs/concepts.md}, "Key results measured by contributors") has no
 * measure of its own; the objectives that CONTRIBUTE to it (through their first link to it) measure
 * it:
 * <ul>
 *   <li>{@link #progress()}: progress = {@code sum(w_i * p_i) / sum(w_i)} over its counted
 *       contributors with progress and a link weight above 0 ({@code p_i} their clamped
 *       progress), raw progress the same mean of their raw progress; no value, no zone. Without
 *       any such contributor: no progress, {@link Undefined#NO_DATA}. Contributors at 0.5 (weight
 *       1) and 1.0 (weight 3) give 0.875. (Alone, outside a roll-up,
 *       {@link KeyResultProgress#of} says {@link Undefined#MEASURED_BY_CONTRIBUTORS}.)
 *   <li>Pace as any pace-able key result, against its objective type's expectation (whatever
 *       levels it carries): BEHIND_PACE when AT_RISK, TREND when its forecast falls short while
 *       ON_TRACK.
 *   <li>{@link #forecast()}: the same weighted mean over the contributors that have a forecast
 *       ({@link ObjectiveRollup#forecast()}): a {@link Forecast#projectedProgress()} without a
 *       {@link Forecast#projectedValue()}.
 * </ul>
 * In its objective it counts like any key result. The incremental index recomputes it when a
 * contributor changes; it takes no check-ins.
 *
 * <p><b>Get</b> one from a {@link Rollup} (or a {@link RollupIndex}):
 * <pre>{@code
 * KeyResultRollup nrr = Rollup.of(snapshot, asOf, policy).keyResult("kr-nrr").orElseThrow();
 * PaceStatus status = nrr.status();
 * }</pre>
 *
 * <p>{@link #builder()} builds one from its fields, for a client that reads roll-ups back (the
 * JSON module does) or a test; the numbers are taken as given, not recomputed.
 *
 * <p><b>Invariants.</b> The roll-up builds it. Expectation, expected and gap are finite, else
 * building fails with an {@link IllegalArgumentException} naming the field and the value; a
 * missing id, progress or status fails with an {@link IllegalStateException}. A key result that
 * cannot be measured is NO_DATA with the reason in {@link KeyResultProgress#undefined()}, never an
 * exception.
 *
 * <p><b>Equality:</b> two results are equal when all their fields are equal.
 */
@Value.Immutable
public abstract class KeyResultRollup {
  KeyResultRollup() {}

  /** The key result's id. */
  public abstract String keyResultId();

  /**
   * The value and progress as of the date; for a ROLLUP key result the weighted mean of its
   * contributors (see the class javadoc).
   */
  public abstract KeyResultProgress progress();

  /** The pace status. */
  public abstract PaceStatus status();

  /**
   * What the key result is expected to reach by its cycle's end
   * ({@link Pace#expectation(dev.alignkit.okr.KeyResult, dev.alignkit.okr.ObjectiveType,
   * dev.alignkit.policy.Policy)}): the policy's TARGET zone score (0.7) for a zoned key result,
   * else, and for a ROLLUP key result, its objective type's expectation (committed 1.0,
   * aspirational 0.7).
   */
  public abstract double expectation();

  /** {@code elapsed * expectation}, for pace-able kinds in a known cycle. */
  public abstract OptionalDouble expected();

  /** {@code expected - progress}, for pace-able kinds with progress in a known cycle. */
  public abstract OptionalDouble gap();

  /**
   * The grade of its progress once its cycle has ended ({@link PaceStatus#ENDED}), by the policy's
   * bands; empty before, and without progress.
   */
  public abstract Optional<Grade> grade();

  /**
   * Whether its progress reached its {@link #expectation()}: known from the cycle's last day on
   * (and in a cycle closed early), empty before, and without progress.
   */
  public abstract Optional<Boolean> met();

  /**
   * The forecast of an INCREASE or DECREASE key result while its cycle runs, over check-ins whose
   * dates span at least the roll-up policy's {@code minTrendSpanDays} (see {@link Forecast}); of
   * a ROLLUP key result, the weighted mean of its contributors' forecasts, a projected progress
   * without a projected value, when at least one has a forecast.
   */
  public abstract Optional<Forecast> forecast();

  /**
   * Why the key result is at risk, or at risk by trend (its forecast falls short of its
   * {@link #expectation()} while it is ON_TRACK); empty otherwise.
   */
  public abstract Optional<RiskReason> riskReason();

  /** Returns a builder; the key result id, progress, status and expectation are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks.requireFinite(expectation(), "key result roll-up expectation");
    if (expected().isPresent()) {
      Checks.requireFinite(expected().getAsDouble(), "key result roll-up expected");
    }
    if (gap().isPresent()) {
      Checks.requireFinite(gap().getAsDouble(), "key result roll-up gap");
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
    if (!(other instanceof KeyResultRollup)) {
      return false;
    }
    KeyResultRollup that = (KeyResultRollup) other;
    return keyResultId().equals(that.keyResultId())
        && progress().equals(that.progress())
        && status() == that.status()
        && Double.doubleToLongBits(expectation()) == Double.doubleToLongBits(that.expectation())
        && expected().equals(that.expected())
        && gap().equals(that.gap())
        && grade().equals(that.grade())
        && met().equals(that.met())
        && forecast().equals(that.forecast())
        && riskReason().equals(that.riskReason());
  }

  @Override
  public final int hashCode() {
    int h = 5381;
    h += (h << 5) + keyResultId().hashCode();
    h += (h << 5) + progress().hashCode();
    h += (h << 5) + status().hashCode();
    h += (h << 5) + Double.hashCode(expectation());
    h += (h << 5) + ObjectiveRollup.hash(expected());
    h += (h << 5) + ObjectiveRollup.hash(gap());
    h += (h << 5) + grade().hashCode();
    h += (h << 5) + met().hashCode();
    h += (h << 5) + forecast().hashCode();
    h += (h << 5) + riskReason().hashCode();
    return h;
  }

  /** The fields that are set, by name: {@code KeyResultRollup{keyResultId=kr-1, progress=..., ...}}. */
  @Override
  public final String toString() {
    StringBuilder text = new StringBuilder("KeyResultRollup{keyResultId=").append(keyResultId())
        .append(", progress=").append(progress())
        .append(", status=").append(status())
        .append(", expectation=").append(expectation());
    if (expected().isPresent()) {
      text.append(", expected=").append(expected().getAsDouble());
    }
    if (gap().isPresent()) {
      text.append(", gap=").append(gap().getAsDouble());
    }
    grade().ifPresent(value -> text.append(", grade=").append(value));
    met().ifPresent(value -> text.append(", met=").append(value));
    forecast().ifPresent(value -> text.append(", forecast=").append(value));
    riskReason().ifPresent(value -> text.append(", riskReason=").append(value));
    return text.append('}').toString();
  }

  /** Builds a {@link KeyResultRollup}. */
  public static final class Builder extends ImmutableKeyResultRollup.Builder {
    Builder() {}
  }
}
