package dev.alignkit.progress;

import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.AlignmentKind;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.KeyResultKind;
import dev.alignkit.okr.Objective;
import dev.alignkit.policy.Policy;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The per-node formulas of the roll-up, shared by the full roll-up and the incremental index so
 * that both give the same numbers. Each node is computed from its own items and its children's
 * results, never by adding or subtracting deltas.
 */
final class Calculator {
  private final LocalDate asOf;
  private final Policy policy;

  Calculator(LocalDate asOf, Policy policy) {
    this.asOf = asOf;
    this.policy = policy;
  }

  LocalDate asOf() {
    return asOf;
  }

  Policy policy() {
    return policy;
  }

  KeyResultRollup keyResult(KeyResult keyResult, Objective objective, Cycle cycle) {
    KeyResultProgress progress = KeyResultProgress.of(keyResult, asOf, policy);
    double expectation = Pace.expectation(keyResult, objective.type(), policy);
    KeyResultRollup.Builder out = KeyResultRollup.builder().keyResultId(keyResult.id()).progress(progress)
        .expectation(expectation);
    KeyResultKind kind = keyResult.kind().orElse(null);
    if (kind != null && kind.isPaceable()) {
      if (cycle == null) {
        return out.status(PaceStatus.NO_DATA).build();
      }
      double expected = Pace.elapsed(cycle, asOf) * expectation;
      out.expected(expected);
      if (!progress.isDefined()) {
        return out.status(PaceStatus.NO_DATA).build();
      }
      double p = progress.progressOrNaN();
      PaceStatus status = Pace.status(p, expected, cycle, asOf, policy);
      out.status(status).gap(expected - p);
      Optional<Forecast> forecast = Forecast.of(keyResult, cycle, asOf, policy);
      out.forecast(forecast);
      if (status == PaceStatus.AT_RISK) {
        out.riskReason(RiskReason.BEHIND_PACE);
      } else if (status == PaceStatus.ON_TRACK && forecast.isPresent()
          && forecast.get().projectedProgress() < expectation - Policy.EPSILON) {
        out.riskReason(RiskReason.TREND);
      }
      return out.build();
    }
    if (!progress.isDefined()) {
      return out.status(PaceStatus.NO_DATA).build();
    }
    if (cycle != null && asOf.isBefore(cycle.startInclusive())) {
      return out.status(PaceStatus.NOT_STARTED).build();
    }
    boolean held = progress.progressOrNaN() >= 1.0;
    if (kind == KeyResultKind.ACHIEVE && held) {
      return out.status(PaceStatus.DONE).build();
    }
    if (kind != KeyResultKind.ACHIEVE) {
      if (!held) {
        return out.status(PaceStatus.AT_RISK).riskReason(RiskReason.THRESHOLD_BROKEN).build();
      }
      if (cycle != null && asOf.isAfter(cycle.endInclusive())) {
        return out.status(PaceStatus.DONE).build();
      }
    }
    PaceStatus status = KeyResultProgress.latestCheckInAsOf(keyResult, asOf)
        .map(CheckIn::confidence)
        .filter(OptionalDouble::isPresent)
        .map(confidence -> Pace.statusOfConfidence(confidence.getAsDouble(), policy))
        .orElse(PaceStatus.ON_TRACK);
    out.status(status);
    if (status == PaceStatus.AT_RISK) {
      out.riskReason(RiskReason.LOW_CONFIDENCE);
    }
    return out.build();
  }

  /** The roll-up of an objective from its key results' results and its children's. */
  ObjectiveRollup objective(Objective objective, Cycle cycle, List<KeyResultRollup> keyResults,
      List<Objective> children, List<ObjectiveRollup> childResults) {
    Expectations expectationOfAll = new Expectations();
    Expectations expectationOfPace = new Expectations();
    Mean all = new Mean();
    Mean pace = new Mean();
    Mean forecast = new Mean();
    boolean partial = false;
    PaceStatus others = PaceStatus.NO_DATA;
    String othersSource = null;
    RiskReason othersReason = null;
    String trendSource = null;

    List<KeyResult> items = objective.keyResults();
    for (int i = 0; i < items.size(); i++) {
      KeyResult item = items.get(i);
      if (!item.status().counts()) {
        continue;
      }
      KeyResultRollup result = keyResults.get(i);
      double weight = item.weight();
      boolean paceable = item.kind().isPresent() && item.kind().get().isPaceable();
      if (weight > 0) {
        expectationOfAll.add(weight, result.expectation());
        if (paceable) {
          expectationOfPace.add(weight, result.expectation());
        }
      }
      if (!result.progress().isDefined() || !(weight > 0)) {
        partial = true;
        continue;
      }
      all.add(weight, result.progress().progressOrNaN(), result.progress().rawOrNaN());
      if (paceable) {
        pace.add(weight, result.progress().progressOrNaN(), 0);
        if (result.forecast().isPresent()) {
          forecast.add(weight, result.forecast().get().projectedProgress(), 0);
        }
        if (trendSource == null && result.riskReason().orElse(null) == RiskReason.TREND) {
          trendSource = item.id();
        }
      } else {
        PaceStatus worse = others.worse(result.status());
        if (worse != others && worse == PaceStatus.AT_RISK) {
          othersSource = item.id();
          othersReason = result.riskReason().orElse(null);
        }
        others = worse;
      }
    }

    int atRiskBelow = 0;
    for (int i = 0; i < children.size(); i++) {
      Objective child = children.get(i);
      if (!child.status().counts()) {
        continue;
      }
      ObjectiveRollup result = childResults.get(i);
      atRiskBelow += result.atRiskBelow() + (result.status() == PaceStatus.AT_RISK ? 1 : 0);
      Alignment alignment = child.alignments().get(0);
      if (alignment.kind() != AlignmentKind.CONTRIBUTES) {
        continue;
      }
      double weight = alignment.weight();
      if (weight > 0) {
        expectationOfAll.add(weight, result.expectation());
        expectationOfPace.add(weight, result.expectation());
      }
      if (result.progress().isEmpty() || !(weight > 0)) {
        partial = true;
        continue;
      }
      double p = result.progress().getAsDouble();
      all.add(weight, p, result.rawProgress().getAsDouble());
      pace.add(weight, p, 0);
      if (result.forecast().isPresent()) {
        forecast.add(weight, result.forecast().getAsDouble(), 0);
      }
      if (trendSource == null && result.atRiskByTrend()) {
        trendSource = child.id();
      }
    }

    double expectation = expectationOfAll.isEmpty() ? Pace.expectation(objective.type(), policy)
        : expectationOfAll.value();
    double paceExpectation = expectationOfPace.isEmpty() ? expectation : expectationOfPace.value();
    Double expected = cycle == null ? null : Pace.elapsed(cycle, asOf) * paceExpectation;
    ObjectiveRollup.Builder out = ObjectiveRollup.builder()
        .objectiveId(objective.id())
        .partial(partial)
        .atRiskBelow(atRiskBelow)
        .expectation(expectation);
    if (expected != null) {
      out.expected(expected);
    }
    PaceStatus paceStatus = PaceStatus.NO_DATA;
    if (!pace.isEmpty() && expected != null) {
      double paceProgress = pace.value();
      paceStatus = Pace.status(paceProgress, expected, cycle, asOf, policy);
      out.gap(expected - paceProgress);
    }
    PaceStatus status = paceStatus.worse(others);
    out.status(status);
    boolean byTrend = false;
    if (!forecast.isEmpty()) {
      double projected = forecast.value();
      out.forecast(projected);
      byTrend = status == PaceStatus.ON_TRACK && projected < paceExpectation - Policy.EPSILON;
    }
    out.atRiskByTrend(byTrend);
    if (status == PaceStatus.AT_RISK) {
      if (paceStatus == PaceStatus.AT_RISK) {
        out.riskReason(RiskReason.BEHIND_PACE);
      } else {
        out.riskReason(Optional.ofNullable(othersReason)).riskSource(Optional.ofNullable(othersSource));
      }
    } else if (byTrend) {
      out.riskReason(RiskReason.TREND).riskSource(Optional.ofNullable(trendSource));
    }
    if (all.isEmpty()) {
      return out.noProgress(ObjectiveRollup.NoProgress.NO_DATA).build();
    }
    double progress = all.value();
    out.progress(progress).rawProgress(all.rawValue());
    // On the cycle's last day the whole expectation is due, so whether it was met is known; the
    // grade waits for the cycle to end.
    if (cycle != null && !asOf.isBefore(cycle.endInclusive())) {
      out.grade(Pace.grade(progress, cycle, asOf, policy)).met(progress >= expectation - Policy.EPSILON);
    }
    return out.build();
  }

  /**
   * The result of an objective on a cycle of alignment links: no rolled-up progress, and why. Its
   * expectations are those of its key results alone: its children's would depend on itself.
   */
  ObjectiveRollup onAlignmentCycle(Objective objective, Cycle cycle) {
    Expectations expectationOfAll = new Expectations();
    Expectations expectationOfPace = new Expectations();
    List<KeyResult> items = objective.keyResults();
    for (int i = 0; i < items.size(); i++) {
      KeyResult item = items.get(i);
      if (item.status().counts() && item.weight() > 0) {
        double itemExpectation = Pace.expectation(item, objective.type(), policy);
        expectationOfAll.add(item.weight(), itemExpectation);
        if (item.kind().isPresent() && item.kind().get().isPaceable()) {
          expectationOfPace.add(item.weight(), itemExpectation);
        }
      }
    }
    double expectation = expectationOfAll.isEmpty() ? Pace.expectation(objective.type(), policy)
        : expectationOfAll.value();
    ObjectiveRollup.Builder out = ObjectiveRollup.builder()
        .objectiveId(objective.id())
        .partial(false)
        .atRiskBelow(0)
        .status(PaceStatus.NO_DATA)
        .atRiskByTrend(false)
        .expectation(expectation)
        .noProgress(ObjectiveRollup.NoProgress.ALIGNMENT_CYCLE);
    if (cycle != null) {
      out.expected(Pace.elapsed(cycle, asOf) * (expectationOfPace.isEmpty() ? expectation : expectationOfPace.value()));
    }
    return out.build();
  }

  /**
   * A weighted mean of expectations that is exactly the common value when all are equal, as they
   * are for an objective without zoned items: its expectation is then its type's, to the bit.
   */
  private static final class Expectations {
    // A mean of its own rather than a Mean: one object per objective and kind of mean, not two.
    private double weights;
    private double weighted;
    private double first = Double.NaN;
    private boolean uniform = true;

    void add(double unscaledWeight, double expectation) {
      if (Double.isNaN(first)) {
        first = expectation;
      } else if (expectation != first) {
        uniform = false;
      }
      double weight = Math.scalb(unscaledWeight, -64);
      weights += weight;
      weighted += weight * expectation;
    }

    boolean isEmpty() {
      return Double.isNaN(first);
    }

    double value() {
      // Weights so small that their scaled sum is 0 leave the mean empty: their common value stands.
      return uniform || weights == 0 ? first : KeyResultProgress.clamp(weighted / weights);
    }
  }

  /**
   * A weighted mean: {@code sum(w_i * p_i) / sum(w_i)}. Weights are scaled by 2^-64, which is
   * exact for ordinary weights and keeps sums of huge ones from overflowing.
   */
  private static final class Mean {
    private double weights;
    private double weighted;
    private double weightedRaw;

    void add(double unscaledWeight, double value, double raw) {
      double weight = Math.scalb(unscaledWeight, -64);
      weights += weight;
      weighted += weight * value;
      weightedRaw += weight * raw;
    }

    boolean isEmpty() {
      return weights == 0;
    }

    double value() {
      return KeyResultProgress.clamp(weighted / weights);
    }

    double rawValue() {
      double raw = weightedRaw / weights;
      return Double.isFinite(raw) ? raw + 0.0 : Math.copySign(Double.MAX_VALUE, raw);
    }
  }
}
