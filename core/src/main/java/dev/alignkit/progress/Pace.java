package dev.alignkit.progress;

import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.ObjectiveType;
import dev.alignkit.policy.Policy;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** The pace formulas of {@code docs/concepts.md}: elapsed time, expectations, status and grade. */
public final class Pace {
  private Pace() {}

  /**
   * The elapsed part of a cycle: {@code clamp((asOf - start + 1) / (end - start + 1), 0, 1)} in
   * days, both ends inclusive. In the middle of a 92-day cycle (day 46) it is 0.5.
   */
  public static double elapsed(Cycle cycle, LocalDate asOf) {
    double days = ChronoUnit.DAYS.between(cycle.startInclusive(), asOf) + 1;
    return KeyResultProgress.clamp(days / cycle.lengthInDays());
  }

  /**
   * The progress a plain key result of an objective of {@code type} is expected to reach by its
   * cycle's end: the policy's committed (1.0) or aspirational (0.7) expectation.
   */
  public static double expectation(ObjectiveType type, Policy policy) {
    return type == ObjectiveType.COMMITTED ? policy.committedExpectation() : policy.aspirationalExpectation();
  }

  /**
   * The progress {@code keyResult} is expected to reach by its cycle's end: a zoned one
   * ({@link KeyResult#isZoned()}) its TARGET zone score ({@link Policy#targetScore()}, 0.7),
   * whatever its objective's type; any other, and a ROLLUP one whatever levels it carries, the
   * expectation of its objective's {@code type}.
   * An objective expects the weighted mean of its items' expectations
   * ({@link ObjectiveRollup#expectation()}).
   *
   * @param keyResult not null
   * @param type the type of the key result's objective; not null
   * @param policy not null
   */
  public static double expectation(KeyResult keyResult, ObjectiveType type, Policy policy) {
    return expectation(keyResult.isZoned() && !keyResult.isRollup(), type, policy);
  }

  /** As {@link #expectation(KeyResult, ObjectiveType, Policy)}, for a key result known to be zoned and not ROLLUP or not. */
  static double expectation(boolean zonedNotRollup, ObjectiveType type, Policy policy) {
    return zonedNotRollup ? policy.targetScore() : expectation(type, policy);
  }

  /**
   * The status of a progress against its expectation: NOT_STARTED before the cycle; DONE at
   * progress 1; then by {@code gap = expected - progress}: ON_TRACK up to {@code onTrackGap},
   * BEHIND up to {@code behindGap}, else AT_RISK. Bands are compared with {@link Policy#EPSILON}.
   *
   * @param progress the clamped progress
   * @param expected {@code elapsed * expectation}
   */
  public static PaceStatus status(double progress, double expected, Cycle cycle, LocalDate asOf, Policy policy) {
    return status(progress, expected, !asOf.isBefore(cycle.startInclusive()), policy);
  }

  /** As {@link #status(double, double, Cycle, LocalDate, Policy)}, knowing whether the cycle has started as of the date. */
  static PaceStatus status(double progress, double expected, boolean started, Policy policy) {
    if (!started) {
      return PaceStatus.NOT_STARTED;
    }
    if (progress >= 1.0 - Policy.EPSILON) {
      return PaceStatus.DONE;
    }
    double gap = expected - progress;
    if (gap <= policy.onTrackGap() + Policy.EPSILON) {
      return PaceStatus.ON_TRACK;
    }
    if (gap <= policy.behindGap() + Policy.EPSILON) {
      return PaceStatus.BEHIND;
    }
    return PaceStatus.AT_RISK;
  }

  /**
   * The status a confidence gives: below {@code atRiskConfidence} AT_RISK, below
   * {@code behindConfidence} BEHIND, else ON_TRACK.
   */
  public static PaceStatus statusOfConfidence(double confidence, Policy policy) {
    if (confidence < policy.atRiskConfidence() - Policy.EPSILON) {
      return PaceStatus.AT_RISK;
    }
    if (confidence < policy.behindConfidence() - Policy.EPSILON) {
      return PaceStatus.BEHIND;
    }
    return PaceStatus.ON_TRACK;
  }

  /**
   * The grade of a progress once the cycle has ended: GREEN from {@code greenGrade} (0.7), YELLOW
   * from {@code yellowGrade} (0.4), else RED; empty while the cycle runs.
   */
  public static Optional<Grade> grade(double progress, Cycle cycle, LocalDate asOf, Policy policy) {
    return grade(progress, cycle.hasEnded(asOf), policy);
  }

  /** As {@link #grade(double, Cycle, LocalDate, Policy)}, knowing whether the cycle has ended as of the date. */
  static Optional<Grade> grade(double progress, boolean ended, Policy policy) {
    if (!ended) {
      return Optional.empty();
    }
    if (progress >= policy.greenGrade() - Policy.EPSILON) {
      return Optional.of(Grade.GREEN);
    }
    return Optional.of(progress >= policy.yellowGrade() - Policy.EPSILON ? Grade.YELLOW : Grade.RED);
  }
}
