package dev.alignkit.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.alignkit.okr.OrdinalZone;
import dev.alignkit.testing.OkrGenerators;
import dev.alignkit.testing.OrgGenerators;
import dev.alignkit.testing.Gens;
import dev.alignkit.testing.Property;
import dev.alignkit.testing.Theory;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * Roll-ups built from their parts, as a client that reads them back builds them: every part the
 * roll-up gives rebuilds an equal value, and parts no roll-up has are refused naming the field.
 */
class RollupFromPartsTest {
  private static KeyResultProgress rebuilt(KeyResultProgress p) {
    return KeyResultProgress.of(p.value(), p.raw(), p.progress(), p.zone(), p.undefined());
  }

  @Property(examples = 300)
  void everyRollupRebuildsEqualFromItsParts(Theory theory) {
    theory.forAll(Gens.combine(OrgGenerators.anySnapshot(), OkrGenerators.dates(), Rollup::of)).check(rollup -> {
      for (KeyResultRollup keyResult : rollup.keyResults().values()) {
        assertEquals(keyResult.progress(), rebuilt(keyResult.progress()));
        keyResult.forecast().ifPresent(forecast -> assertEquals(forecast,
            Forecast.projected(forecast.projectedValue(), forecast.projectedProgress())));
        assertEquals(keyResult, KeyResultRollup.builder().from(keyResult).progress(rebuilt(keyResult.progress())).build());
      }
      for (ObjectiveRollup objective : rollup.objectives().values()) {
        assertEquals(objective, ObjectiveRollup.builder().from(objective).build());
      }
    });
  }

  @Test
  void aMeasuredProgressIsItsRawProgressClamped() {
    KeyResultProgress over = KeyResultProgress.of(OptionalDouble.of(15), OptionalDouble.of(1.5), OptionalDouble.of(1.0),
        Optional.empty(), Optional.empty());
    assertEquals(OptionalDouble.of(1.0), over.progress());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KeyResultProgress.of(
        OptionalDouble.of(15), OptionalDouble.of(1.5), OptionalDouble.of(0.9), Optional.empty(), Optional.empty()));
    assertEquals("the progress of a key result with a value is its raw progress clamped to [0, 1]: progress 0.9,"
        + " raw 1.5", e.getMessage());
  }

  @Test
  void aProgressWithoutAValueIsRolledUpAndNeedNotBeItsRawProgressClamped() {
    KeyResultProgress rolled = KeyResultProgress.of(OptionalDouble.empty(), OptionalDouble.of(0.75),
        OptionalDouble.of(0.5), Optional.empty(), Optional.empty());
    assertEquals(KeyResultProgress.rolledUp(0.5, 0.75), rolled);
    assertEquals(OptionalDouble.of(0.5), rolled.progress());
    assertNotEquals(KeyResultProgress.of(OptionalDouble.of(3), OptionalDouble.of(0.75), OptionalDouble.of(0.75),
        Optional.empty(), Optional.empty()), KeyResultProgress.rolledUp(0.75, 0.75));
  }

  @Test
  void partsNoProgressHasAreRefused() {
    assertEquals("a key result progress has either a raw progress or a reason it is undefined: raw"
        + " OptionalDouble[0.5], undefined Optional[NO_DATA]", assertThrows(IllegalArgumentException.class,
            () -> KeyResultProgress.of(OptionalDouble.empty(), OptionalDouble.of(0.5), OptionalDouble.of(0.5),
                Optional.empty(), Optional.of(Undefined.NO_DATA))).getMessage());
    assertEquals("a key result progress has a progress exactly when it has a raw progress: raw OptionalDouble[0.5],"
        + " progress OptionalDouble.empty", assertThrows(IllegalArgumentException.class,
            () -> KeyResultProgress.of(OptionalDouble.of(1), OptionalDouble.of(0.5), OptionalDouble.empty(),
                Optional.empty(), Optional.empty())).getMessage());
    assertEquals("an undefined key result progress has no zone: TARGET", assertThrows(IllegalArgumentException.class,
        () -> KeyResultProgress.of(OptionalDouble.of(7), OptionalDouble.empty(), OptionalDouble.empty(),
            Optional.of(OrdinalZone.TARGET), Optional.of(Undefined.INVALID_ZONE))).getMessage());
    assertEquals("a rolled-up key result progress has no zone: COMMIT", assertThrows(IllegalArgumentException.class,
        () -> KeyResultProgress.of(OptionalDouble.empty(), OptionalDouble.of(0.4), OptionalDouble.of(0.4),
            Optional.of(OrdinalZone.COMMIT), Optional.empty())).getMessage());
    assertEquals("key result progress must be within [0, 1]: 1.2", assertThrows(IllegalArgumentException.class,
        () -> KeyResultProgress.of(OptionalDouble.empty(), OptionalDouble.of(1.2), OptionalDouble.of(1.2),
            Optional.empty(), Optional.empty())).getMessage());
    assertEquals("key result value must be a finite number: Infinity", assertThrows(IllegalArgumentException.class,
        () -> KeyResultProgress.of(OptionalDouble.of(Double.POSITIVE_INFINITY), OptionalDouble.empty(),
            OptionalDouble.empty(), Optional.empty(), Optional.of(Undefined.NOT_MEASURABLE))).getMessage());
  }

  @Test
  void aForecastIsRefusedOutsideItsRanges() {
    assertEquals(OptionalDouble.empty(), Forecast.projected(OptionalDouble.empty(), 0.6).projectedValue());
    assertEquals("forecast projectedProgress must be within [0, 1]: -0.1", assertThrows(IllegalArgumentException.class,
        () -> Forecast.projected(OptionalDouble.of(3), -0.1)).getMessage());
    assertEquals("forecast projectedValue must be a finite number: NaN", assertThrows(IllegalArgumentException.class,
        () -> Forecast.projected(OptionalDouble.of(Double.NaN), 0.5)).getMessage());
  }

  private static ObjectiveRollup.Builder objective() {
    return ObjectiveRollup.builder().objectiveId("o-1").partial(false).expectation(1.0).status(PaceStatus.ON_TRACK)
        .atRiskBelow(0).atRiskByTrend(false);
  }

  @Test
  void anObjectivesRollupRefusesImpossibleNumbersNamingTheField() {
    assertEquals(OptionalDouble.of(0.4), objective().progress(0.4).build().progress());
    assertEquals("objective roll-up progress must be within [0, 1]: 1.2", assertThrows(IllegalArgumentException.class,
        () -> objective().progress(1.2).build()).getMessage());
    assertEquals("objective roll-up forecast must be within [0, 1]: -0.5", assertThrows(IllegalArgumentException.class,
        () -> objective().forecast(-0.5).build()).getMessage());
    assertEquals("objective roll-up atRiskBelow must not be negative: -1", assertThrows(IllegalArgumentException.class,
        () -> objective().atRiskBelow(-1).build()).getMessage());
    assertEquals("objective roll-up gap must be a finite number: NaN", assertThrows(IllegalArgumentException.class,
        () -> objective().gap(Double.NaN).build()).getMessage());
    assertThrows(IllegalStateException.class, () -> ObjectiveRollup.builder().objectiveId("o-1").build());
  }

  @Test
  void aKeyResultsRollupRefusesANumberThatIsNotFinite() {
    KeyResultRollup.Builder keyResult = KeyResultRollup.builder().keyResultId("kr-1").status(PaceStatus.NO_DATA)
        .progress(KeyResultProgress.noData()).expectation(0.7);
    assertEquals(0.7, keyResult.build().expectation());
    assertEquals("key result roll-up expected must be a finite number: Infinity",
        assertThrows(IllegalArgumentException.class, () -> keyResult.expected(Double.POSITIVE_INFINITY).build())
            .getMessage());
  }
}
