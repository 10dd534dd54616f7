package dev.alignkit.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.KeyResultKind;
import dev.alignkit.testing.Coverage;
import dev.alignkit.testing.Gens;
import dev.alignkit.testing.OkrGenerators;
import dev.alignkit.testing.Property;
import dev.alignkit.testing.Theory;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import org.quicktheories.core.Gen;

/**
 * Properties of {@link KeyResultProgress} over generated key results: the bounds of clamped
 * progress, the direction of INCREASE and DECREASE progress, where raw and clamped agree, and
 * ROLLUP key results, which have no progress of their own.
 */
class KeyResultProgressProperties {
  /** After every check-in the generators date, so a check-in on this day is the latest one. */
  private static final LocalDate AFTER_ALL_CHECK_INS = OkrGenerators.WINDOW_END.plusDays(60);

  /** Values from well below to well above the generated starts and targets (-1000 to 1000). */
  private static Gen<Double> values() {
    return Gens.decimals(-3000, 3000, 3);
  }

  private static Gen<Double> rises() {
    return Gens.decimals(0, 4000, 3);
  }

  @Property
  void clampedProgressLiesWithinZeroAndOne(Theory theory) {
    Coverage defined = new Coverage("progress defined");
    theory.forAll(OkrGenerators.keyResults(), OkrGenerators.dates()).check((keyResult, asOf) -> {
      OptionalDouble progress = KeyResultProgress.of(keyResult, asOf).progress();

      defined.count(progress.isPresent());
      if (progress.isPresent()) {
        double p = progress.getAsDouble();
        assertTrue(p >= 0.0 && p <= 1.0, () -> "progress " + p + " of " + keyResult + " as of " + asOf);
      }
    });
    defined.assertPercentAtLeast(true, 10);
  }

  @Property
  void rawProgressOfIncreasingKeyResultNeverFallsAsTheValueRises(Theory theory) {
    theory.forAll(OkrGenerators.keyResults(KeyResultKind.INCREASE), values(), rises()).check((keyResult, lower, rise) -> {
      double higher = lower + rise;

      double atLower = rawAt(keyResult, lower);
      double atHigher = rawAt(keyResult, higher);

      assertTrue(atLower <= atHigher, () -> "raw " + atLower + " at " + lower + " > raw " + atHigher + " at " + higher);
    });
  }

  @Property
  void clampedProgressOfIncreasingKeyResultNeverFallsAsTheValueRises(Theory theory) {
    theory.forAll(OkrGenerators.keyResults(KeyResultKind.INCREASE), values(), rises()).check((keyResult, lower, rise) -> {
      double higher = lower + rise;

      double atLower = clampedAt(keyResult, lower);
      double atHigher = clampedAt(keyResult, higher);

      assertTrue(atLower <= atHigher,
          () -> "progress " + atLower + " at " + lower + " > progress " + atHigher + " at " + higher);
    });
  }

  @Property
  void rawProgressOfDecreasingKeyResultNeverRisesAsTheValueRises(Theory theory) {
    theory.forAll(OkrGenerators.keyResults(KeyResultKind.DECREASE), values(), rises()).check((keyResult, lower, rise) -> {
      double higher = lower + rise;

      double atLower = rawAt(keyResult, lower);
      double atHigher = rawAt(keyResult, higher);

      assertTrue(atLower >= atHigher, () -> "raw " + atLower + " at " + lower + " < raw " + atHigher + " at " + higher);
    });
  }

  @Property
  void clampedProgressOfDecreasingKeyResultNeverRisesAsTheValueRises(Theory theory) {
    theory.forAll(OkrGenerators.keyResults(KeyResultKind.DECREASE), values(), rises()).check((keyResult, lower, rise) -> {
      double higher = lower + rise;

      double atLower = clampedAt(keyResult, lower);
      double atHigher = clampedAt(keyResult, higher);

      assertTrue(atLower >= atHigher,
          () -> "progress " + atLower + " at " + lower + " < progress " + atHigher + " at " + higher);
    });
  }

  @Property
  void clampedProgressEqualsRawProgressWithinZeroAndOne(Theory theory) {
    Coverage within = new Coverage("raw progress within [0, 1]");
    theory.forAll(OkrGenerators.keyResults(), OkrGenerators.dates()).check((keyResult, asOf) -> {
      KeyResultProgress progress = KeyResultProgress.of(keyResult, asOf);
      boolean rawWithinZeroAndOne = progress.raw().isPresent()
          && progress.raw().getAsDouble() >= 0.0 && progress.raw().getAsDouble() <= 1.0;

      within.count(rawWithinZeroAndOne);
      if (rawWithinZeroAndOne) {
        // A delta of 0 compares numerically, so a raw -0.0 (DECREASE at its start) equals 0.0.
        assertEquals(progress.raw().getAsDouble(), progress.progress().getAsDouble(), 0.0);
      }
    });
    within.assertPercentAtLeast(true, 5);
  }

  @Property
  void aRollupKeyResultAloneHasNoProgressBecauseItsContributorsMeasureItAndNoOtherSaysSo(Theory theory) {
    Coverage rollup = new Coverage("ROLLUP key result");
    theory.forAll(OkrGenerators.keyResults(), OkrGenerators.dates()).check((keyResult, asOf) -> {
      KeyResultProgress progress = KeyResultProgress.of(keyResult, asOf);

      rollup.count(keyResult.isRollup());
      assertEquals(keyResult.isRollup(), progress.undefined().equals(Optional.of(Undefined.MEASURED_BY_CONTRIBUTORS)),
          () -> progress + " of " + keyResult);
      if (keyResult.isRollup()) {
        assertTrue(progress.progress().isEmpty() && progress.value().isEmpty(), () -> progress.toString());
      }
    });
    rollup.assertPercentAtLeast(true, 3);
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
