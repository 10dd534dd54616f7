package dev.alignkit.progress;

import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.KeyResultKind;
import dev.alignkit.okr.Objective;
import dev.alignkit.policy.Policy;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * The per-node formulas of the roll-up, shared by the full roll-up and the incremental index so
 * that both give the same numbers. Each node is computed from its own items and its children's
 * results, never by adding or subtracting deltas. Mutable (it reuses its means) and confined, with
 * its {@link Graph}, to one thread.
 */
final class Calculator {
  private final LocalDate asOf;
  private final Policy policy;
  // The means of one node at a time, reset for each: a roll-up of millions allocates none of them.
  // A calculator belongs to one graph, which is confined to one thread.
  private final Expectations expectationOfAll = new Expectations();
  private final Expectations expectationOfPace = new Expectations();
  private final Mean all = new Mean();
  private final Mean pace = new Mean();
  private final Mean forecast = new Mean();
  private final Mean rollupMean = new Mean();
  private final Mean rollupForecast = new Mean();
  // The key result being computed, read once.
  private final KeyResultProgress.Reading reading = new KeyResultProgress.Reading();
  // Where the date lies in the cycle of the node computed last; see dateIn(Cycle).
  private final CycleAsOf cycleAsOf = new CycleAsOf();

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

  /**
   * The result of key result {@code k} of objective {@code i}; a ROLLUP one from its contributors'
   * results. From the cycle's last day on it knows whether it met its expectation; in a cycle that
   * has ended it is ENDED, without risk or forecast, with its grade ({@code docs/concepts.md},
   * "Closing a cycle"). Also writes its weight ({@link Graph#rowWeight}).
   */
  void keyResult(Graph graph, int i, int k) {
    keyResult(graph, i, k, true);
  }

  /**
   * As {@link #keyResult}, unless key result {@code k} of objective {@code i} is a ROLLUP one,
   * whose result waits for its contributors': of that one it writes its weight alone and answers
   * false. Every other key result needs nothing of the graph but its objective's cycle and type.
   */
  boolean keyResultUnlessRolledUp(Graph graph, int i, int k) {
    return keyResult(graph, i, k, false);
  }

  private boolean keyResult(Graph graph, int i, int k, boolean contributorsKnown) {
    KeyResultResults results = graph.keyResultResults;
    int j = results.row(i, k);
    KeyResult keyResult = graph.keyResults[j];
    KeyResultProgress.Reading read = reading.read(keyResult, asOf, policy);
    if (read.kind == KeyResultKind.ROLLUP) {
      if (!contributorsKnown) {
        return false;
      }
      rollupKeyResult(graph, i, k, results, j);
    } else {
      measured(graph, i, keyResult, read, results, j);
    }
    closed(graph, i, results, j);
    return true;
  }

  /**
   * From the cycle's last day on, a key result knows whether it met its expectation; in a cycle
   * that has ended it is ENDED, without risk or forecast, with its grade ({@code docs/concepts.md},
   * "Closing a cycle").
   */
  private void closed(Graph graph, int i, KeyResultResults results, int j) {
    Cycle cycle = graph.cycles[i];
    if (cycle == null) {
      return;
    }
    CycleAsOf date = dateIn(cycle);
    boolean ended = date.ended;
    if (!ended && !date.lastDayReached) {
      return;
    }
    double p = results.progressOrNaN(j);
    if (!Double.isNaN(p)) {
      results.graded(j, Pace.grade(p, ended, policy), p >= results.expectation(j) - Policy.EPSILON);
    }
    if (ended) {
      results.status(j, PaceStatus.ENDED);
      results.riskReason(j, null);
      results.forecast(j, Double.NaN, Double.NaN);
    }
  }

  /**
   * Writes the result of {@code keyResult}, of objective {@code i} and not ROLLUP, to row
   * {@code j} of {@code results}: its progress and forecast as numbers, from what {@code read}
   * read of it and {@link Forecast#projectedValue}, the same functions that build a
   * {@link KeyResultProgress} and a {@link Forecast}.
   */
  private void measured(Graph graph, int i, KeyResult keyResult, KeyResultProgress.Reading read,
      KeyResultResults results, int j) {
    KeyResultKind kind = read.kind;
    Cycle cycle = graph.cycles[i];
    double expectation = Pace.expectation(read.isZoned(), graph.types[i], policy);
    results.clear(j, read, PaceStatus.NO_DATA, expectation);
    double p = results.progressOrNaN(j);
    if (kind != null && kind.isPaceable()) {
      if (cycle == null || Double.isNaN(p)) {
        paced(results, j, p, expectation, cycle, Double.NaN, Double.NaN);
        return;
      }
      // What Forecast.of gives (measurable, as the progress p says).
      double projected = Double.NaN;
      double projectedProgress = Double.NaN;
      if (Forecast.looksAhead(kind, dateIn(cycle).within)) {
        projected = Forecast.projectedValue(keyResult.checkIns(), cycle, asOf, policy);
        if (!Double.isNaN(projected)) {
          projectedProgress = KeyResultProgress.clamp(Levels.raw(kind == KeyResultKind.INCREASE, read.start,
              read.commit, read.target, read.stretch, projected, policy));
        }
      }
      paced(results, j, p, expectation, cycle, projected, projectedProgress);
      return;
    }
    if (Double.isNaN(p)) {
      return;
    }
    if (cycle != null && !dateIn(cycle).started) {
      results.status(j, PaceStatus.NOT_STARTED);
      return;
    }
    boolean held = p >= 1.0;
    if (kind == KeyResultKind.ACHIEVE && held) {
      results.status(j, PaceStatus.DONE);
      return;
    }
    if (kind != KeyResultKind.ACHIEVE) {
      if (!held) {
        results.status(j, PaceStatus.AT_RISK);
        results.riskReason(j, RiskReason.THRESHOLD_BROKEN);
        return;
      }
    }
    PaceStatus status = PaceStatus.ON_TRACK;
    if (read.latest != null) {
      OptionalDouble confidence = read.latest.confidence();
      if (confidence.isPresent()) {
        status = Pace.statusOfConfidence(confidence.getAsDouble(), policy);
      }
    }
    results.status(j, status);
    if (status == PaceStatus.AT_RISK) {
      results.riskReason(j, RiskReason.LOW_CONFIDENCE);
    }
  }

  /**
   * The pace of a pace-able key result: {@code expected = elapsed * expectation}, its gap and status,
   * and BEHIND_PACE when AT_RISK or TREND when the forecast falls short of the expectation while
   * ON_TRACK; NO_DATA without a cycle or progress. Row {@code j} holds its progress {@code p} (NaN
   * when undefined) and expectation, status NO_DATA and nothing else yet; its forecast is
   * {@code projected} and {@code projectedProgress}, NaN for none.
   */
  private void paced(KeyResultResults results, int j, double p, double expectation, @Nullable Cycle cycle,
      double projected, double projectedProgress) {
    if (cycle == null) {
      return;
    }
    CycleAsOf date = dateIn(cycle);
    double expected = date.elapsed * expectation;
    results.expected(j, expected);
    if (Double.isNaN(p)) {
      return;
    }
    PaceStatus status = Pace.status(p, expected, date.started, policy);
    results.status(j, status);
    // Its gap is expected - p, which the results derive (KeyResultResults.gap).
    results.forecast(j, projected, projectedProgress);
    if (status == PaceStatus.AT_RISK) {
      results.riskReason(j, RiskReason.BEHIND_PACE);
    } else if (status == PaceStatus.ON_TRACK && !Double.isNaN(projectedProgress)
        && projectedProgress < expectation - Policy.EPSILON) {
      results.riskReason(j, RiskReason.TREND);
    }
  }

  /**
   * A ROLLUP key result ({@code docs/concepts.md}, "Key results measured by contributors"): the
   * weighted mean of its counted contributors' progress (clamped; raw: of their raw progress) by
   * the weights of their links, skipping contributors without progress (those on an alignment
   * cycle among them) or whose weight is not above 0; NO_DATA when none is left. Paced against its
   * objective type's expectation; its forecast is the same mean over the contributors' forecasts.
   */
  private void rollupKeyResult(Graph graph, int i, int k, KeyResultResults out, int j) {
    double expectation = Pace.expectation(graph.types[i], policy);
    Mean progress = rollupMean.reset();
    Mean forecast = rollupForecast.reset();
    int r = graph.rollupOf(i, k);
    if (r >= 0) {
      ObjectiveResults results = graph.results;
      for (int e = graph.rollupStart[r]; e < graph.rollupStart[r + 1]; e++) {
        int c = graph.rollupChild[e];
        double weight = graph.rollupWeight[e];
        if (!graph.counts[c] || graph.isOnCycle(c) || !(weight > 0)) {
          continue;
        }
        if (Double.isNaN(results.progress(c))) {
          continue;
        }
        progress.add(weight, results.progress(c), results.rawProgress(c));
        if (!Double.isNaN(results.forecast(c))) {
          forecast.add(weight, results.forecast(c), 0);
        }
      }
    }
    double p = progress.isEmpty() ? Double.NaN : progress.value();
    out.clearRolledUp(j, p, progress.isEmpty() ? Double.NaN : progress.rawValue(), PaceStatus.NO_DATA, expectation);
    // A ROLLUP key result's forecast has no projected value (Forecast.rolledUp).
    paced(out, j, p, expectation, graph.cycles[i], Double.NaN, forecast.isEmpty() ? Double.NaN : forecast.value());
  }

  /**
   * The roll-up of objective {@code i} from its key results' results and those of the children
   * that count directly in it ({@link Graph#inStart}), written to its row of the graph's results;
   * {@code atRiskBelow} is its count of distinct AT_RISK objectives below it.
   */
  void objective(Graph graph, int i, int atRiskBelow) {
    Cycle cycle = graph.cycles[i];
    KeyResultResults keyResults = graph.keyResultResults;
    int row = keyResults.row(i, 0);
    Expectations expectationOfAll = this.expectationOfAll.reset();
    Expectations expectationOfPace = this.expectationOfPace.reset();
    Mean all = this.all.reset();
    Mean pace = this.pace.reset();
    Mean forecast = this.forecast.reset();
    boolean partial = false;
    PaceStatus others = PaceStatus.NO_DATA;
    int othersSource = ObjectiveResults.NO_SOURCE;
    RiskReason othersReason = null;
    int trendSource = ObjectiveResults.NO_SOURCE;

    for (int j = row; j < graph.rowStart[i + 1]; j++) {
      double weight = graph.rowWeight[j];
      if (Double.isNaN(weight)) {
        continue;
      }
      boolean paceable = keyResults.isPaceable(j);
      if (weight > 0) {
        expectationOfAll.add(weight, keyResults.expectation(j));
        if (paceable) {
          expectationOfPace.add(weight, keyResults.expectation(j));
        }
      }
      double p = keyResults.progressOrNaN(j);
      if (Double.isNaN(p) || !(weight > 0)) {
        partial = true;
        continue;
      }
      all.add(weight, p, keyResults.rawOrNaN(j));
      if (paceable) {
        pace.add(weight, p, 0);
        double projected = keyResults.projectedProgressOrNaN(j);
        if (!Double.isNaN(projected)) {
          forecast.add(weight, projected, 0);
        }
        if (trendSource == ObjectiveResults.NO_SOURCE && keyResults.riskReason(j) == RiskReason.TREND) {
          trendSource = ObjectiveResults.keyResultSource(j);
        }
      } else {
        PaceStatus worse = others.worse(keyResults.status(j));
        if (worse != others && worse == PaceStatus.AT_RISK) {
          othersSource = ObjectiveResults.keyResultSource(j);
          othersReason = keyResults.riskReason(j);
        }
        others = worse;
      }
    }

    ObjectiveResults results = graph.results;
    for (int e = graph.inStart[i]; e < graph.inStart[i + 1]; e++) {
      int c = graph.inChild[e];
      if (!graph.counts[c]) {
        continue;
      }
      double weight = graph.inWeight[e];
      if (weight > 0) {
        expectationOfAll.add(weight, results.expectation(c));
        expectationOfPace.add(weight, results.expectation(c));
      }
      double p = results.progress(c);
      if (Double.isNaN(p) || !(weight > 0)) {
        partial = true;
        continue;
      }
      all.add(weight, p, results.rawProgress(c));
      pace.add(weight, p, 0);
      if (!Double.isNaN(results.forecast(c))) {
        forecast.add(weight, results.forecast(c), 0);
      }
      if (trendSource == ObjectiveResults.NO_SOURCE && results.atRiskByTrend(c)) {
        trendSource = ObjectiveResults.objectiveSource(c);
      }
    }

    double expectation = expectationOfAll.isEmpty() ? Pace.expectation(graph.types[i], policy)
        : expectationOfAll.value();
    double paceExpectation = expectationOfPace.isEmpty() ? expectation : expectationOfPace.value();
    CycleAsOf date = cycle == null ? null : dateIn(cycle);
    double expected = date == null ? Double.NaN : date.elapsed * paceExpectation;
    PaceStatus paceStatus = PaceStatus.NO_DATA;
    double gap = Double.NaN;
    if (!pace.isEmpty() && date != null) {
      double paceProgress = pace.value();
      paceStatus = Pace.status(paceProgress, expected, date.started, policy);
      gap = expected - paceProgress;
    }
    PaceStatus status = paceStatus.worse(others);
    results.clear(i, status, expectation, atRiskBelow);
    results.partial(i, partial);
    results.expected(i, expected);
    results.gap(i, gap);
    boolean byTrend = false;
    if (!forecast.isEmpty()) {
      double projected = forecast.value();
      results.forecast(i, projected);
      byTrend = status == PaceStatus.ON_TRACK && projected < paceExpectation - Policy.EPSILON;
    }
    results.atRiskByTrend(i, byTrend);
    if (status == PaceStatus.AT_RISK) {
      if (paceStatus == PaceStatus.AT_RISK) {
        results.risk(i, RiskReason.BEHIND_PACE, ObjectiveResults.NO_SOURCE);
      } else {
        results.risk(i, othersReason, othersSource);
      }
    } else if (byTrend) {
      results.risk(i, RiskReason.TREND, trendSource);
    }
    if (all.isEmpty()) {
      results.noProgress(i, ObjectiveRollup.NoProgress.NO_DATA);
      endedIfSo(results, i, cycle);
      return;
    }
    double progress = all.value();
    results.progress(i, progress, all.rawValue());
    // On the cycle's last day the whole expectation is due, so whether it was met is known; the
    // grade waits for the cycle to end (or to be closed).
    if (date != null && (date.lastDayReached || date.ended)) {
      results.graded(i, Pace.grade(progress, date.ended, policy), progress >= expectation - Policy.EPSILON);
    }
    endedIfSo(results, i, cycle);
  }

  /**
   * An objective of a cycle that has ended is ENDED, with nothing that needs attention: no risk
   * reason or source, no trend, no forecast ({@code docs/concepts.md}, "Closing a cycle").
   */
  private void endedIfSo(ObjectiveResults results, int i, @Nullable Cycle cycle) {
    if (cycle != null && dateIn(cycle).ended) {
      results.status(i, PaceStatus.ENDED);
      results.risk(i, null, ObjectiveResults.NO_SOURCE);
      results.atRiskByTrend(i, false);
      results.forecast(i, Double.NaN);
    }
  }

  /**
   * The result of an objective on a cycle of alignment links: no rolled-up progress, and why. Its
   * expectations are those of its key results alone: its children's would depend on itself. It
   * still counts the distinct AT_RISK objectives below it ({@code atRiskBelow}).
   */
  void onAlignmentCycle(ObjectiveResults results, int at, Objective objective, @Nullable Cycle cycle,
      int atRiskBelow) {
    Expectations expectationOfAll = this.expectationOfAll.reset();
    Expectations expectationOfPace = this.expectationOfPace.reset();
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
    results.clear(at, PaceStatus.NO_DATA, expectation, atRiskBelow);
    results.noProgress(at, ObjectiveRollup.NoProgress.ALIGNMENT_CYCLE);
    if (cycle != null) {
      results.expected(at, dateIn(cycle).elapsed
          * (expectationOfPace.isEmpty() ? expectation : expectationOfPace.value()));
    }
    endedIfSo(results, at, cycle);
  }

  /**
   * Where {@link #asOf} lies in {@code cycle}. Computed again only when the cycle is not the one
   * asked for last: the objectives of a cycle and their key results come in long runs, and each
   * asked for its elapsed part and its position in the cycle through date arithmetic.
   */
  private CycleAsOf dateIn(Cycle cycle) {
    if (cycle != cycleAsOf.cycle) {
      cycleAsOf.set(cycle, asOf);
    }
    return cycleAsOf;
  }

  /** Where a date lies in one cycle, by the functions the rest of the package asks. Mutable and reused. */
  private static final class CycleAsOf {
    private @Nullable Cycle cycle;
    /** {@link Pace#elapsed}. */
    double elapsed;
    /** Not before the cycle's first day: without it a pace is NOT_STARTED ({@link Pace#status}). */
    boolean started;
    /** On or after the cycle's last day: whether an expectation was met is known. */
    boolean lastDayReached;
    /** {@link Cycle#hasEnded}. */
    boolean ended;
    /** {@link Cycle#contains}: a forecast looks ahead only from within the cycle ({@link Forecast#looksAhead}). */
    boolean within;

    void set(Cycle cycle, LocalDate asOf) {
      this.cycle = cycle;
      elapsed = Pace.elapsed(cycle, asOf);
      started = !asOf.isBefore(cycle.startInclusive());
      lastDayReached = !asOf.isBefore(cycle.endInclusive());
      ended = cycle.hasEnded(asOf);
      within = cycle.contains(asOf);
    }
  }

  /**
   * A weighted mean of expectations that is exactly the common value when all are equal, as they
   * are for an objective without zoned items: its expectation is then its type's, to the bit.
   */
  private static final class Expectations {
    // A mean of its own rather than a Mean: it needs no raw sum.
    private double weights;
    private double weighted;
    private double first = Double.NaN;
    private boolean uniform = true;

    Expectations reset() {
      weights = 0;
      weighted = 0;
      first = Double.NaN;
      uniform = true;
      return this;
    }

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

    Mean reset() {
      weights = 0;
      weighted = 0;
      weightedRaw = 0;
      return this;
    }

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
