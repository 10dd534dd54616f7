package dev.alignkit.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * {@link ObjectiveRollup}'s own equality and text, which the roll-up's views share with built
 * values: every field takes part in equality, and the text names the fields that are set, in
 * declaration order.
 */
class ObjectiveRollupValueTest {
  private static final ObjectiveRollup FULL = ObjectiveRollup.builder().objectiveId("o-1").progress(0.5)
      .rawProgress(0.625).partial(true).noProgress(ObjectiveRollup.NoProgress.NO_DATA).expectation(0.7)
      .expected(0.35).gap(-0.15).status(PaceStatus.AT_RISK).atRiskBelow(3).forecast(0.25).atRiskByTrend(true)
      .riskReason(RiskReason.TREND).riskSource("kr-1").grade(Grade.RED).met(false).build();

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
}
