package dev.alignkit.progress;

import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One key result as of a date: its value and progress, its pace status, and its forecast.
 * Immutable and thread-safe.
 *
 * <p>INCREASE, DECREASE and ORDINAL key results are judged by pace against their
 * {@link #expectation()} ({@link Pace#status}): a zoned one's TARGET zone score, any other its
 * objective's expectation. ACHIEVE and STAY key results take their status from their
 * value and the latest check-in: an ACHIEVE one that is done is DONE; a STAY one whose value
 * breaks its threshold is AT_RISK, and DONE only after the cycle has ended; otherwise the
 * confidence decides ({@link Pace#statusOfConfidence}), ON_TRACK when none is given. A key result
 * without progress is NO_DATA; before the cycle starts one with data is NOT_STARTED.
 *
 * <p><b>Get</b> one from a {@link Rollup} (or a {@link RollupIndex}):
 * <pre>{@code
 * KeyResultRollup nrr = Rollup.of(snapshot, asOf, policy).keyResult("kr-nrr").orElseThrow();
 * PaceStatus status = nrr.status();
 * }</pre>
 *
 * <p><b>Invariants:</b> none beyond its fields; the roll-up builds it. A key result that cannot be
 * measured is NO_DATA with the reason in {@link KeyResultProgress#undefined()}, never an
 * exception.
 *
 * <p><b>Equality:</b> two results are equal when all their fields are equal.
 */
@Value.Immutable
public abstract class KeyResultRollup {
  KeyResultRollup() {}

  /** The key result's id. */
  public abstract String keyResultId();

  /** The value and progress as of the date. */
  public abstract KeyResultProgress progress();

  /** The pace status. */
  public abstract PaceStatus status();

  /**
   * What the key result is expected to reach by its cycle's end
   * ({@link Pace#expectation(dev.alignkit.okr.KeyResult, dev.alignkit.okr.ObjectiveType,
   * dev.alignkit.policy.Policy)}): the policy's TARGET zone score (0.7) for a zoned key result,
   * else its objective type's expectation (committed 1.0, aspirational 0.7).
   */
  public abstract double expectation();

  /** {@code elapsed * expectation}, for pace-able kinds in a known cycle. */
  public abstract OptionalDouble expected();

  /** {@code expected - progress}, for pace-able kinds with progress in a known cycle. */
  public abstract OptionalDouble gap();

  /** The forecast of an INCREASE or DECREASE key result with check-ins on two dates or more. */
  public abstract Optional<Forecast> forecast();

  /**
   * Why the key result is at risk, or at risk by trend (its forecast falls short of its
   * {@link #expectation()} while it is ON_TRACK); empty otherwise.
   */
  public abstract Optional<RiskReason> riskReason();

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutableKeyResultRollup.Builder {}
}
