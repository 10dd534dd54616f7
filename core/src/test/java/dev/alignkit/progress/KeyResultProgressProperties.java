package dev.alignkit.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.KeyResultKind;
import dev.alignkit.testing.OrgArbitraries;
import java.time.LocalDate;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode;

/**
 * Properties of {@link KeyResultProgress} over generated key results: the bounds of clamped
 * progress, the direction of INCREASE and DECREASE progress, and where raw and clamped agree.
 */
class KeyResultProgressProperties {
  /** After every check-in the generators date, so a check-in on this day is the latest one. */
  private static final LocalDate AFTER_ALL_CHECK_INS = OrgArbitraries.WINDOW_END.plusDays(60);

  @Provide
  Arbitrary<KeyResult> anyKeyResult() {
    return OrgArbitraries.keyResults();
  }

  @Provide
  Arbitrary<LocalDate> anyDate() {
    return OrgArbitraries.dates();
  }

  @Provide
  Arbitrary<KeyResult> increasing() {
    return OrgArbitraries.keyResults(KeyResultKind.INCREASE);
  }

  @Provide
  Arbitrary<KeyResult> decreasing() {
    return OrgArbitraries.keyResults(KeyResultKind.DECREASE);
  }

  /** Values from well below to well above the generated starts and targets (-1000 to 1000). */
  @Provide
  Arbitrary<Double> value() {
    return Arbitraries.doubles().between(-3000, 3000).ofScale(3);
  }

  @Provide
  Arbitrary<Double> rise() {
    return Arbitraries.doubles().between(0, 4000).ofScale(3);
  }

  @Property
  @StatisticsReport(StatisticsReportMode.OFF)
  void clampedProgressLiesWithinZeroAndOne(@ForAll("anyKeyResult") KeyResult keyResult,
      @ForAll("anyDate") LocalDate asOf) {
    OptionalDouble progress = KeyResultProgress.of(keyResult, asOf).progress();

    Statistics.collect(progress.isPresent());
    Statistics.coverage(coverage -> coverage.check(true).percentage(p -> p >= 10));
    if (progress.isPresent()) {
      double p = progress.getAsDouble();
      assertTrue(p >= 0.0 && p <= 1.0, () -> "progress " + p + " of " + keyResult + " as of " + asOf);
    }
  }

  @Property
  void rawProgressOfIncreasingKeyResultNeverFallsAsTheValueRises(@ForAll("increasing") KeyResult keyResult,
      @ForAll("value") double lower, @ForAll("rise") double rise) {
    double higher = lower + rise;

    double atLower = rawAt(keyResult, lower);
    double atHigher = rawAt(keyResult, higher);

    assertTrue(atLower <= atHigher, () -> "raw " + atLower + " at " + lower + " > raw " + atHigher + " at " + higher);
  }

  @Property
  void clampedProgressOfIncreasingKeyResultNeverFallsAsTheValueRises(@ForAll("increasing") KeyResult keyResult,
      @ForAll("value") double lower, @ForAll("rise") double rise) {
    double higher = lower + rise;

    double atLower = clampedAt(keyResult, lower);
    double atHigher = clampedAt(keyResult, higher);

    assertTrue(atLower <= atHigher,
        () -> "progress " + atLower + " at " + lower + " > progress " + atHigher + " at " + higher);
  }

  @Property
  void rawProgressOfDecreasingKeyResultNeverRisesAsTheValueRises(@ForAll("decreasing") KeyResult keyResult,
      @ForAll("value") double lower, @ForAll("rise") double rise) {
    double higher = lower + rise;

    double atLower = rawAt(keyResult, lower);
    double atHigher = rawAt(keyResult, higher);

    assertTrue(atLower >= atHigher, () -> "raw " + atLower + " at " + lower + " < raw " + atHigher + " at " + higher);
  }

  @Property
  void clampedProgressOfDecreasingKeyResultNeverRisesAsTheValueRises(@ForAll("decreasing") KeyResult keyResult,
      @ForAll("value") double lower, @ForAll("rise") double rise) {
    double higher = lower + rise;

    double atLower = clampedAt(keyResult, lower);
    double atHigher = clampedAt(keyResult, higher);

    assertTrue(atLower >= atHigher,
        () -> "progress " + atLower + " at " + lower + " < progress " + atHigher + " at " + higher);
  }

  @Property
  @StatisticsReport(StatisticsReportMode.OFF)
  void clampedProgressEqualsRawProgressWithinZeroAndOne(@ForAll("anyKeyResult") KeyResult keyResult,
      @ForAll("anyDate") LocalDate asOf) {
    KeyResultProgress progress = KeyResultProgress.of(keyResult, asOf);
    boolean rawWithinZeroAndOne = progress.raw().isPresent()
        && progress.raw().getAsDouble() >= 0.0 && progress.raw().getAsDouble() <= 1.0;

    Statistics.collect(rawWithinZeroAndOne);
    Statistics.coverage(coverage -> coverage.check(true).percentage(p -> p >= 5));
    if (rawWithinZeroAndOne) {
      // A delta of 0 compares numerically, so a raw -0.0 (DECREASE at its start) equals 0.0.
      assertEquals(progress.raw().getAsDouble(), progress.progress().getAsDouble(), 0.0);
    }
  }

  /** Progress with {@code value} as the latest check-in, dated after every generated one. */
  private static KeyResultProgress progressAt(KeyResult keyResult, double value) {
    KeyResultProgress progress = KeyResultProgress.of(
        keyResult.withCheckIn(CheckIn.of(AFTER_ALL_CHECK_INS, value)), AFTER_ALL_CHECK_INS);
    assertTrue(progress.isDefined(), () -> "no progress for " + keyResult + " at " + value + ": " + progress);
    return progress;
  }

  private static double rawAt(KeyResult keyResult, double value) {
    return progressAt(keyResult, value).raw().getAsDouble();
  }

  private static double clampedAt(KeyResult keyResult, double value) {
    return progressAt(keyResult, value).progress().getAsDouble();
  }
}
