package dev.alignkit.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The own equality and text of {@link ObjectiveRollup} and {@link KeyResultRollup}, which the
 * roll-up's views share with built values: every field takes part in equality, and the text names
 * the fields that are set, in declaration order.
 */
class RollupResultValuesTest {
  private static final ObjectiveRollup FULL = ObjectiveRollup.builder().objectiveId("o-1").progress(0.5)
      .rawProgress(0.625).partial(true).noProgress(ObjectiveRollup.NoProgress.NO_DATA).expectation(0.7)
      .expected(0.35).gap(-0.15).status(PaceStatus.AT_RISK).atRiskBelow(3).forecast(0.25).atRiskByTrend(true)
      .riskReason(RiskReason.TREND).riskSource("kr-1").grade(Grade.RED).met(false).build();

  private static final KeyResultRollup FULL_KEY_RESULT = KeyResultRollup.builder().keyResultId("kr-1")
      .progress(KeyResultProgress.rolledUp(0.5, 0.75)).status(PaceStatus.AT_RISK).expectation(0.7).expected(0.35)
      .gap(-0.15).grade(Grade.RED).met(false).forecast(Forecast.rolledUp(0.25)).riskReason(RiskReason.TREND).build();

  @Test
  void textNamesEverySetFieldInDeclarationOrder() {
    assertEquals("ObjectiveRollup{objectiveId=o-1, progress=0.5, rawProgress=0.625, partial=true, noProgress=NO_DATA, "
        + "expectation=0.7, expected=0.35, gap=-0.15, status=AT_RISK, atRiskBelow=3, forecast=0.25, "
        + "atRiskByTrend=true, riskReason=TREND, riskSource=kr-1, grade=RED, met=false}", FULL.toString());
  }

  @Test
  void textLeavesOutEmptyFields() {
    ObjectiveRollup minimal = ObjectiveRollup.builder().objectiveId("o-2").partial(false).expectation(1.0)
        .status(PaceStatus.NO_DATA).atRiskBelow(0).atRiskByTrend(false).build();

    assertEquals("ObjectiveRollup{objectiveId=o-2, partial=false, expectation=1.0, status=NO_DATA, atRiskBelow=0, "
        + "atRiskByTrend=false}", minimal.toString());
  }

  @Test
  void aCopyIsEqualWithTheSameHashCode() {
    ObjectiveRollup copy = ObjectiveRollup.builder().from(FULL).build();

    assertEquals(FULL, copy);
    assertEquals(FULL.hashCode(), copy.hashCode());
  }

  @Test
  void changingAnyOneFieldMakesItUnequal() {
    List<UnaryOperator<ObjectiveRollup.Builder>> changes = List.of(
        b -> b.objectiveId("o-9"),
        b -> b.progress(0.51),
        b -> b.rawProgress(0.626),
        b -> b.partial(false),
        b -> b.noProgress(ObjectiveRollup.NoProgress.ALIGNMENT_CYCLE),
        b -> b.expectation(1.0),
        b -> b.expected(0.36),
        b -> b.gap(OptionalDouble.empty()),
        b -> b.status(PaceStatus.BEHIND),
        b -> b.atRiskBelow(4),
        b -> b.forecast(0.0),
        b -> b.atRiskByTrend(false),
        b -> b.riskReason(RiskReason.BEHIND_PACE),
        b -> b.riskSource(Optional.empty()),
        b -> b.grade(Grade.GREEN),
        b -> b.met(true));

    for (int i = 0; i < changes.size(); i++) {
      ObjectiveRollup changed = changes.get(i).apply(ObjectiveRollup.builder().from(FULL)).build();
      assertNotEquals(FULL, changed, "change " + i + ": " + changed);
      assertNotEquals(changed, FULL, "change " + i + ": " + changed);
    }
  }

  @Test
  void keyResultTextNamesEverySetFieldInDeclarationOrderAndLeavesOutEmptyOnes() {
    KeyResultRollup minimal = KeyResultRollup.builder().keyResultId("kr-2").progress(KeyResultProgress.noData())
        .status(PaceStatus.NO_DATA).expectation(1.0).build();

    assertEquals("KeyResultRollup{keyResultId=kr-1, progress=KeyResultProgress{rolled up, raw=0.75, progress=0.5}, "
        + "status=AT_RISK, expectation=0.7, expected=0.35, gap=-0.15, grade=RED, met=false, "
        + "forecast=Forecast{projectedProgress=0.25}, riskReason=TREND}", FULL_KEY_RESULT.toString());
    assertEquals("KeyResultRollup{keyResultId=kr-2, progress=KeyResultProgress{undefined=NO_DATA}, status=NO_DATA, "
        + "expectation=1.0}", minimal.toString());
  }

  @Test
  void keyResultCopyIsEqualWithTheSameHashCode() {
    KeyResultRollup copy = KeyResultRollup.builder().from(FULL_KEY_RESULT).build();

    assertEquals(FULL_KEY_RESULT, copy);
    assertEquals(FULL_KEY_RESULT.hashCode(), copy.hashCode());
  }

  @Test
  void changingAnyOneFieldOfAKeyResultMakesItUnequal() {
    List<UnaryOperator<KeyResultRollup.Builder>> changes = List.of(
        b -> b.keyResultId("kr-9"),
        b -> b.progress(KeyResultProgress.rolledUp(0.5, 0.76)),
        b -> b.status(PaceStatus.BEHIND),
        b -> b.expectation(1.0),
        b -> b.expected(OptionalDouble.empty()),
        b -> b.gap(-0.16),
        b -> b.grade(Optional.empty()),
        b -> b.met(true),
        b -> b.forecast(Forecast.rolledUp(0.26)),
        b -> b.riskReason(RiskReason.BEHIND_PACE));

    for (int i = 0; i < changes.size(); i++) {
      KeyResultRollup changed = changes.get(i).apply(KeyResultRollup.builder().from(FULL_KEY_RESULT)).build();
      assertNotEquals(FULL_KEY_RESULT, changed, "change " + i + ": " + changed);
      assertNotEquals(changed, FULL_KEY_RESULT, "change " + i + ": " + changed);
    }
  }
}
