package dev.alignkit.progress;

import static java.util.Objects.requireNonNull;

import dev.alignkit.internal.Checks;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.KeyResultKind;
import dev.alignkit.policy.Policy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Where a key result is heading by its cycle's last day. Immutable and thread-safe.
 *
 * <ul>
 *   <li>INCREASE and DECREASE key results: the least-squares line through the check-ins (one
 *       point per date, the later in the list winning on a shared date; none after the as-of
 *       date), projected to the cycle's last day: a {@link #projectedValue()} and its
 *       {@link #projectedProgress()}. Only while the cycle runs, and only over a trend: the first
 *       and last of those dates lie at least {@link Policy#minTrendSpanDays()} apart.
 *   <li>ROLLUP key results, in a roll-up only ({@link KeyResultRollup#forecast()}): the weighted
 *       mean of the forecasts of its contributors that have one (each an objective's
 *       {@link ObjectiveRollup#forecast()}), by the weights of their links. It is a projected
 *       progress only: such a key result has no value of its own, so {@link #projectedValue()} is
 *       empty.
 * </ul>
 *
 * <p><b>Get</b> one with {@link #of(KeyResult, Cycle, LocalDate)}, or from
 * {@link KeyResultRollup#forecast()}:
 * <pre>{@code
 * Cycle q3 = Cycle.of("2026-Q3", "2026-Q3", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30));
 * KeyResult teams = KeyResult.increase("kr-1", "Weekly active teams", 120, 200, "teams")
 *     .withCheckIn(CheckIn.of(LocalDate.of(2026, 7, 15), 140, 0.8))
 *     .withCheckIn(CheckIn.of(LocalDate.of(2026, 8, 15), 160, 0.8));
 * Optional<Forecast> forecast = Forecast.of(teams, q3, LocalDate.of(2026, 8, 15));
 * // projected value 189.7, projected progress 0.87
 * }</pre>
 *
 * <p>Two check-ins a day apart, or a date outside the cycle, give none:
 * <pre>{@code
 * KeyResult noisy = KeyResult.increase("kr-2", "Weekly active teams", 120, 200, "teams")
 *     .withCheckIn(CheckIn.of(LocalDate.of(2026, 8, 14), 150, 0.8))
 *     .withCheckIn(CheckIn.of(LocalDate.of(2026, 8, 15), 160, 0.8));
 * Forecast.of(noisy, q3, LocalDate.of(2026, 8, 15));   // empty: 1 day is no trend (7 needed)
 * Forecast.of(teams, q3, LocalDate.of(2026, 10, 1));   // empty: the cycle has ended
 * }</pre>
 *
 * <p><b>Invariants:</b> none beyond its fields: a projected value is finite, the projected
 * progress lies in [0, 1] ({@link #projected} refuses others). A key result without a line has no forecast (an empty
 * {@code Optional}), never an exception.
 *
 * <p><b>Equality:</b> two forecasts are equal when projected value (or its absence) and projected
 * progress are equal.
 */
@Value.Immutable(builder = false)
public abstract class Forecast {
  /** Up to this many check-ins out of date order, the line finds its points in date order without sorting them. */
  private static final int FEW_CHECK_INS = 8;

  Forecast() {}

  /** The projected value, or NaN for a ROLLUP key result's forecast; a primitive, as the roll-up makes many. */
  @Value.Parameter
  abstract double projectedValueOrNaN();

  /**
   * The value the line reaches on the cycle's last day; empty for the forecast of a ROLLUP key
   * result, which is a projected progress only.
   */
  public final OptionalDouble projectedValue() {
    double value = projectedValueOrNaN();
    return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  /**
   * The progress of the projected value, clamped to [0, 1]: the same function as the key result's
   * own progress, piecewise through commit and stretch when it has them. For a ROLLUP key result,
   * the weighted mean of its contributors' projected progress.
   */
  @Value.Parameter
  public abstract double projectedProgress();

  /**
   * The forecast of a key result under the default policy (zone scores, and a trend of at least
   * 7 days); see {@link #of(KeyResult, Cycle, LocalDate, Policy)}.
   *
   * @param keyResult not null
   * @param cycle the key result's cycle, whose last day the line is projected to; not null
   * @param asOf check-ins after this date are left out; not null
   */
  public static Optional<Forecast> of(KeyResult keyResult, Cycle cycle, LocalDate asOf) {
    return of(keyResult, cycle, asOf, Policy.defaults());
  }

  /**
   * The forecast of a key result, or empty when there is none: not INCREASE or DECREASE (a ROLLUP
   * key result's forecast comes from a roll-up, {@link KeyResultRollup#forecast()}), not
   * measurable, {@code asOf} outside the cycle (before its start or after its end: a forecast
   * looks ahead within a running cycle, and after the end the value is known), check-ins on fewer
   * than two distinct dates up to {@code asOf}, the first and last of those dates less than
   * {@link Policy#minTrendSpanDays()} apart, or values so large that the line overflows. The
   * projected value becomes progress as the key result's value does
   * ({@link KeyResultProgress#of(KeyResult, LocalDate, Policy)}).
   *
   * <p>Cases, cycle 2026-07-01 to 2026-09-30, INCREASE 0 to 100, as of 2026-08-15, default
   * policy (days counted from the cycle's start): check-ins 10 on 08-09 and 16 on 08-15 (6 days
   * apart) give none; 10 on 08-05 (day 35) and 20 on 08-15 (day 45), 10 days apart, give the
   * line {@code 10 + (day - 35)}, projected value 66 on day 91, the cycle's last day, and
   * projected progress 0.66. As of 2026-10-01 they give none.
   *
   * @param keyResult not null
   * @param cycle the key result's cycle, whose last day the line is projected to; not null
   * @param asOf check-ins after this date are left out; a date within the cycle, both ends
   *     included, or there is no forecast; not null
   * @param policy the zone scores of a key result with commit or stretch, and the minimum span
   *     of the check-ins ({@link Policy#minTrendSpanDays()}); not null
   */
  public static Optional<Forecast> of(KeyResult keyResult, Cycle cycle, LocalDate asOf, Policy policy) {
    if (!looksAhead(keyResult.kind().orElse(null), cycle, asOf)
        || KeyResultProgress.unmeasurableReason(keyResult).isPresent()) {
      return Optional.empty();
    }
    double projected = projectedValue(keyResult.checkIns(), cycle, asOf, policy);
    if (Double.isNaN(projected)) {
      return Optional.empty();
    }
    double progress = KeyResultProgress.clamp(Levels.raw(keyResult, projected, policy));
    return Optional.of(ImmutableForecast.of(projected, progress));
  }

  /**
   * Whether a key result of {@code kind} can have a forecast as of {@code asOf}: INCREASE or
   * DECREASE, with {@code asOf} within the cycle. The roll-up asks this of the kind it has read
   * already; {@link #of(KeyResult, Cycle, LocalDate, Policy)} also requires the key result to be
   * measurable.
   */
  static boolean looksAhead(@Nullable KeyResultKind kind, Cycle cycle, LocalDate asOf) {
    return looksAhead(kind, cycle.contains(asOf));
  }

  /** As {@link #looksAhead(KeyResultKind, Cycle, LocalDate)}, knowing whether the date lies within the cycle. */
  static boolean looksAhead(@Nullable KeyResultKind kind, boolean withinCycle) {
    return (kind == KeyResultKind.INCREASE || kind == KeyResultKind.DECREASE) && withinCycle;
  }

  /**
   * The value the least-squares line through {@code checkIns} up to {@code asOf} (one point per
   * date, the later in the list winning on a shared date) reaches on the cycle's last day, or NaN
   * when there is no line: check-ins on fewer than two dates, a span shorter than
   * {@link Policy#minTrendSpanDays()}, or a line that overflows. The key result's kind, levels and
   * dates are checked by the caller ({@link #of(KeyResult, Cycle, LocalDate, Policy)}, or the
   * roll-up, which has read them already).
   */
  static double projectedValue(List<CheckIn> checkIns, Cycle cycle, LocalDate asOf, Policy policy) {
    if (checkIns.size() < 2) {
      // Most key results have one check-in or none: no line, and nothing to sort to learn it.
      return Double.NaN;
    }
    boolean ascending = ascendingUpTo(checkIns, asOf);
    if (!ascending && checkIns.size() > FEW_CHECK_INS) {
      // Many, out of order or on a shared date: one point per date, in date order, the later wins.
      TreeMap<LocalDate, CheckIn> points = new TreeMap<>();
      for (int i = 0; i < checkIns.size(); i++) {
        CheckIn checkIn = checkIns.get(i);
        if (!checkIn.date().isAfter(asOf)) {
          points.put(checkIn.date(), checkIn);
        }
      }
      checkIns = new ArrayList<>(points.values());
      ascending = true;
    }
    return line(checkIns, ascending, cycle, asOf, policy);
  }

  /** Whether the check-ins dated up to {@code asOf} come in strictly ascending date order, as they usually do. */
  private static boolean ascendingUpTo(List<CheckIn> checkIns, LocalDate asOf) {
    LocalDate last = null;
    for (int i = 0; i < checkIns.size(); i++) {
      LocalDate date = checkIns.get(i).date();
      if (date.isAfter(asOf)) {
        continue;
      }
      if (last != null && !date.isAfter(last)) {
        return false;
      }
      last = date;
    }
    return true;
  }

  /**
   * The line through the check-ins up to {@code asOf}, one point per date, projected to the
   * cycle's last day; NaN as {@link #projectedValue} says. The sums run in date order, point by
   * point ({@link #next}).
   */
  private static double line(List<CheckIn> checkIns, boolean ascending, Cycle cycle, LocalDate asOf,
      Policy policy) {
    long origin = cycle.startInclusive().toEpochDay();
    int count = 0;
    long first = 0;
    long last = 0;
    double meanX = 0;
    double meanY = 0;
    for (int p = next(checkIns, -1, ascending, asOf); p >= 0; p = next(checkIns, p, ascending, asOf)) {
      CheckIn point = checkIns.get(p);
      long day = point.date().toEpochDay();
      if (count++ == 0) {
        first = day;
      }
      last = day;
      meanX += day - origin;
      meanY += point.value();
    }
    // Two distinct dates are what a line needs; the span is what makes it a trend.
    if (count < 2 || last - first < policy.minTrendSpanDays()) {
      return Double.NaN;
    }
    meanX /= count;
    meanY /= count;
    double sxy = 0;
    double sxx = 0;
    for (int p = next(checkIns, -1, ascending, asOf); p >= 0; p = next(checkIns, p, ascending, asOf)) {
      CheckIn point = checkIns.get(p);
      double dx = point.date().toEpochDay() - origin - meanX;
      sxy += dx * (point.value() - meanY);
      sxx += dx * dx;
    }
    double endX = cycle.endInclusive().toEpochDay() - origin;
    double projected = meanY + (sxy / sxx) * (endX - meanX);
    return Double.isFinite(projected) ? projected : Double.NaN;
  }

  /**
   * The index of the point after the one at {@code previous} (-1: the first point), or -1 when
   * there is none: the check-in on the next date up to {@code asOf}, the later in the list on a
   * shared date. In a list whose dates up to {@code asOf} ascend strictly that is the next one so
   * dated; in any other (of at most {@link #FEW_CHECK_INS}) it is found by looking at them all.
   */
  private static int next(List<CheckIn> checkIns, int previous, boolean ascending, LocalDate asOf) {
    if (ascending) {
      for (int i = previous + 1; i < checkIns.size(); i++) {
        if (!checkIns.get(i).date().isAfter(asOf)) {
          return i;
        }
      }
      return -1;
    }
    LocalDate after = previous < 0 ? null : checkIns.get(previous).date();
    int best = -1;
    LocalDate bestDate = null;
    for (int i = 0; i < checkIns.size(); i++) {
      LocalDate date = checkIns.get(i).date();
      if (date.isAfter(asOf) || (after != null && !date.isAfter(after))) {
        continue;
      }
      if (best < 0 || !date.isAfter(bestDate)) {
        best = i;
        bestDate = date;
      }
    }
    return best;
  }

  /**
   * A forecast from its parts, as {@link #projectedValue()} and {@link #projectedProgress()} give
   * them: for a client that reads roll-ups back (the JSON module does) or a test. A forecast
   * without a projected value is a ROLLUP key result's.
   *
   * @param projectedValue the value projected to the cycle's last day, if any; finite; not null
   * @param projectedProgress its progress; within [0, 1]
   * @throws IllegalArgumentException if the value is not finite or the progress lies outside [0, 1]
   */
  public static Forecast projected(OptionalDouble projectedValue, double projectedProgress) {
    double value = requireNonNull(projectedValue, "projectedValue").isPresent()
        ? Checks.requireFinite(projectedValue.getAsDouble(), "forecast projectedValue") : Double.NaN;
    return ImmutableForecast.of(value, Checks.requireUnitInterval(projectedProgress, "forecast projectedProgress"));
  }

  /** The forecast of a ROLLUP key result: a projected progress in [0, 1], no projected value. */
  static Forecast rolledUp(double projectedProgress) {
    return ImmutableForecast.of(Double.NaN, projectedProgress);
  }

  @Override
  public String toString() {
    double value = projectedValueOrNaN();
    return "Forecast{" + (Double.isNaN(value) ? "" : "projectedValue=" + value + ", ")
        + "projectedProgress=" + projectedProgress() + "}";
  }
}
