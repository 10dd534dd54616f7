package dev.alignkit.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.OkrStatus;
import dev.alignkit.okr.Owner;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.policy.Policy;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * ROLLUP key results ({@code docs/concepts.md}, "Key results measured by contributors"): the
 * weighted mean of their contributors, pace, forecast, and how their objective and the index
 * treat them.
 */
class RollupKeyResultTest {
  private static final LocalDate START = LocalDate.of(2026, 7, 1);
  private static final LocalDate END = LocalDate.of(2026, 9, 30);
  /** Day 46 of the 92-day cycle: elapsed exactly 0.5. */
  private static final LocalDate MIDDLE = LocalDate.of(2026, 8, 15);
  private static final Cycle Q3 = Cycle.of("q3", "2026-Q3", START, END);
  private static final double EPSILON = 1e-9;
  private static final KeyResult SUM = KeyResult.rollup("kr-sum", "Partners signed by the regions");

  /** An INCREASE key result from 0 to 100 checked in at {@code value} on the cycle's first day. */
  private static KeyResult at(String id, double value) {
    return KeyResult.increase(id, "KR " + id, 0, 100, "points").withCheckIn(CheckIn.of(START, value));
  }

  private static Objective objective(String id, List<Alignment> links, KeyResult... keyResults) {
    return Objective.builder().id(id).title("Objective " + id).owner(Owner.team("t")).cycleId("q3")
        .alignments(links).addKeyResults(keyResults).build();
  }

  private static Objective contributor(String id, double weight, KeyResult keyResult) {
    return objective(id, List.of(Alignment.contributesToKeyResult("kr-sum", weight)), keyResult);
  }

  private static Rollup rollup(LocalDate asOf, Objective... objectives) {
    return Rollup.of(OrganizationSnapshot.builder().addCycle(Q3).addObjectives(objectives).build(), asOf);
  }

  private static KeyResultRollup sum(Rollup rollup) {
    return rollup.keyResult("kr-sum").orElseThrow();
  }

  @Test
  void progressIsTheWeightedMeanOfTheContributors() {
    Rollup rollup = rollup(MIDDLE, objective("o", List.of(), SUM),
        contributor("a", 1, at("kr-a", 50)), contributor("b", 3, at("kr-b", 100)));

    KeyResultProgress progress = sum(rollup).progress();
    assertEquals(0.875, progress.progress().getAsDouble(), EPSILON);
    assertEquals(0.875, progress.raw().getAsDouble(), EPSILON);
    assertEquals(OptionalDouble.empty(), progress.value());
    assertEquals(Optional.empty(), progress.undefined());
    assertEquals(Optional.empty(), progress.zone());
    assertEquals(0.875, rollup.objective("o").orElseThrow().progress().getAsDouble(), EPSILON);
  }

  @Test
  void aChildCountsThroughTheKeyResultOnlyNotAlsoDirectlyInItsObjective() {
    Objective a = objective("a", List.of(Alignment.contributesToKeyResult("kr-sum", 1), Alignment.contributes("o", 1)),
        at("kr-a", 50));
    Rollup rollup = rollup(MIDDLE, objective("o", List.of(), SUM, at("kr-own", 20)), a,
        contributor("b", 3, at("kr-b", 100)));

    assertEquals(0.875, sum(rollup).progress().progress().getAsDouble(), EPSILON);
    // (0.875 + 0.2) / 2; with a counted directly as well it would be (0.875 + 0.2 + 0.5) / 3 = 0.525.
    assertEquals(0.5375, rollup.objective("o").orElseThrow().progress().getAsDouble(), EPSILON);
    assertFalse(rollup.objective("o").orElseThrow().partial());
  }

  @Test
  void aSupportingLinkToTheKeyResultLeavesAContributingLinkToItsObjectiveCounting() {
    Objective a = objective("a", List.of(Alignment.supportsKeyResult("kr-sum"), Alignment.contributes("o", 1)),
        at("kr-a", 50));
    Rollup rollup = rollup(MIDDLE, objective("o", List.of(), SUM, at("kr-own", 20)), a,
        contributor("b", 3, at("kr-b", 100)));

    assertEquals(1.0, sum(rollup).progress().progress().getAsDouble(), EPSILON);
    assertEquals((1.0 + 0.2 + 0.5) / 3, rollup.objective("o").orElseThrow().progress().getAsDouble(), EPSILON);
  }

  @Test
  void progressIsTheMeanOfClampedProgressAndRawTheMeanOfRaw() {
    Rollup rollup = rollup(MIDDLE, objective("o", List.of(), SUM),
        contributor("a", 1, at("kr-a", 150)), contributor("b", 1, at("kr-b", 0)));

    assertEquals(0.5, sum(rollup).progress().progress().getAsDouble(), EPSILON);
    assertEquals(0.75, sum(rollup).progress().raw().getAsDouble(), EPSILON);
  }

  @Test
  void contributorsWithoutProgressWithoutPositiveWeightOrNotCountedAreSkipped() {
    Objective draft = Objective.builder().from(contributor("d", 1, at("kr-d", 100))).status(OkrStatus.DRAFT).build();
    Rollup rollup = rollup(MIDDLE, objective("o", List.of(), SUM), contributor("a", 1, at("kr-a", 40)),
        contributor("silent", 1, KeyResult.increase("kr-s", "Silent", 0, 100, "x")), contributor("zero", 0, at("kr-z", 100)),
        draft);

    assertEquals(0.4, sum(rollup).progress().progress().getAsDouble(), EPSILON);
  }

  @Test
  void withoutAContributorWithProgressItHasNoDataAndItsObjectiveIsPartial() {
    Rollup rollup = rollup(MIDDLE, objective("o", List.of(), SUM, at("kr-own", 20)),
        contributor("silent", 1, KeyResult.increase("kr-s", "Silent", 0, 100, "x")));

    KeyResultRollup sum = sum(rollup);
    assertEquals(Optional.of(Undefined.NO_DATA), sum.progress().undefined());
    assertEquals(PaceStatus.NO_DATA, sum.status());
    assertEquals(0.5, sum.expected().getAsDouble(), EPSILON);
    assertEquals(OptionalDouble.empty(), sum.gap());
    assertEquals(0.2, rollup.objective("o").orElseThrow().progress().getAsDouble(), EPSILON);
    assertTrue(rollup.objective("o").orElseThrow().partial());
  }

  @Test
  void aloneWithoutTheRollupItHasNoProgressBecauseItsContributorsMeasureIt() {
    KeyResult carrying = KeyResult.builder().from(SUM).target(10).current(4).stretch(20).build();

    for (KeyResult rollupKeyResult : List.of(SUM, carrying)) {
      KeyResultProgress progress = KeyResultProgress.of(rollupKeyResult, MIDDLE, Policy.defaults());
      assertEquals(Optional.of(Undefined.MEASURED_BY_CONTRIBUTORS), progress.undefined());
      assertFalse(progress.isDefined());
      assertEquals(OptionalDouble.empty(), progress.value());
      assertEquals(Optional.of(Undefined.MEASURED_BY_CONTRIBUTORS), KeyResultProgress.unmeasurableReason(rollupKeyResult));
      assertEquals(Optional.empty(), Forecast.of(rollupKeyResult, Q3, MIDDLE));
    }
  }

  @Test
  void itIsPacedAgainstItsObjectiveTypesExpectationWhateverLevelsItCarries() {
    KeyResult carrying = KeyResult.builder().from(SUM).stretch(20).build();
    Rollup rollup = rollup(MIDDLE, objective("o", List.of(), carrying), contributor("a", 1, at("kr-a", 10)));

    KeyResultRollup sum = sum(rollup);
    assertEquals(1.0, sum.expectation(), EPSILON);
    assertEquals(0.5, sum.expected().getAsDouble(), EPSILON);
    assertEquals(0.4, sum.gap().getAsDouble(), EPSILON);
    assertEquals(PaceStatus.AT_RISK, sum.status());
    assertEquals(Optional.of(RiskReason.BEHIND_PACE), sum.riskReason());
    ObjectiveRollup o = rollup.objective("o").orElseThrow();
    assertEquals(PaceStatus.AT_RISK, o.status());
    assertEquals(Optional.of(RiskReason.BEHIND_PACE), o.riskReason());
    assertEquals(0.4, o.gap().getAsDouble(), EPSILON);
  }

  @Test
  void itsForecastIsTheWeightedMeanOfTheContributorsForecastsWithoutAProjectedValue() {
    // a: 40 on day 1, 45 on day 46, projected 40 + 5 / 45 * 91 on day 92; b: 0 then 50, projected past 100.
    KeyResult slow = KeyResult.increase("kr-a", "Slow", 0, 100, "x")
        .withCheckIn(CheckIn.of(START, 40)).withCheckIn(CheckIn.of(MIDDLE, 45));
    KeyResult steady = KeyResult.increase("kr-b", "Steady", 0, 100, "x")
        .withCheckIn(CheckIn.of(START, 0)).withCheckIn(CheckIn.of(MIDDLE, 50));
    Rollup rollup = rollup(MIDDLE, objective("o", List.of(), SUM), contributor("a", 1, slow), contributor("b", 3, steady));

    KeyResultRollup sum = sum(rollup);
    double projectedOfA = (40 + 5.0 / 45 * 91) / 100;
    assertEquals((0.45 + 3 * 0.5) / 4, sum.progress().progress().getAsDouble(), EPSILON);
    assertEquals(PaceStatus.ON_TRACK, sum.status());
    Forecast forecast = sum.forecast().orElseThrow();
    assertEquals((projectedOfA + 3 * 1.0) / 4, forecast.projectedProgress(), EPSILON);
    assertEquals(OptionalDouble.empty(), forecast.projectedValue());
    assertEquals(Optional.of(RiskReason.TREND), sum.riskReason(), "0.875 projected against 1.0 expected");
    ObjectiveRollup o = rollup.objective("o").orElseThrow();
    assertEquals((projectedOfA + 3 * 1.0) / 4, o.forecast().getAsDouble(), EPSILON);
    assertTrue(o.atRiskByTrend());
    assertEquals(Optional.of("kr-sum"), o.riskSource());
  }

  @Test
  void itHasNoForecastWhenItsContributorsCheckInsAreTooCloseToMakeATrend() {
    // a: day 44 at 44, day 45 at 45; b: 49 then 50. Lines through them would reach 91 and 96.
    KeyResult a = KeyResult.increase("kr-a", "A", 0, 100, "x")
        .withCheckIn(CheckIn.of(MIDDLE.minusDays(1), 44)).withCheckIn(CheckIn.of(MIDDLE, 45));
    KeyResult b = KeyResult.increase("kr-b", "B", 0, 100, "x")
        .withCheckIn(CheckIn.of(MIDDLE.minusDays(1), 49)).withCheckIn(CheckIn.of(MIDDLE, 50));
    OrganizationSnapshot snapshot = OrganizationSnapshot.builder().addCycle(Q3)
        .addObjectives(objective("o", List.of(), SUM), contributor("a", 1, a), contributor("b", 3, b)).build();

    KeyResultRollup byDefault = sum(Rollup.of(snapshot, MIDDLE));
    assertEquals(PaceStatus.ON_TRACK, byDefault.status());
    assertEquals(Optional.empty(), byDefault.forecast());
    assertEquals(Optional.empty(), byDefault.riskReason());

    KeyResultRollup anySpan = sum(Rollup.of(snapshot, MIDDLE, Policy.builder().minTrendSpanDays(0).build()));
    assertEquals((0.91 + 3 * 0.96) / 4, anySpan.forecast().orElseThrow().projectedProgress(), EPSILON);
    assertEquals(Optional.of(RiskReason.TREND), anySpan.riskReason());
  }

  @Test
  void resultsTheIndexHandedOutDoNotChangeWithLaterCheckIns() {
    Objective a = contributor("a", 1, at("kr-a", 50));
    OrganizationSnapshot snapshot = OrganizationSnapshot.builder().addCycle(Q3)
        .addObjectives(objective("o", List.of(), SUM), a).build();
    RollupIndex index = RollupIndex.of(snapshot, MIDDLE, Policy.defaults());
    ObjectiveRollup before = index.objective("o").orElseThrow();
    KeyResultRollup sumBefore = index.keyResult("kr-sum").orElseThrow();
    Rollup rollupBefore = index.toRollup();

    index.checkIn("kr-a", CheckIn.of(MIDDLE, 90));

    assertEquals(0.5, before.progress().getAsDouble(), EPSILON);
    assertEquals(0.5, sumBefore.progress().progress().getAsDouble(), EPSILON);
    assertEquals(0.5, rollupBefore.keyResult("kr-sum").orElseThrow().progress().progress().getAsDouble(), EPSILON);
    assertEquals(0.9, index.keyResult("kr-sum").orElseThrow().progress().progress().getAsDouble(), EPSILON);
    assertEquals(0.5, rollupBefore.objective("o").orElseThrow().progress().getAsDouble(), EPSILON);
    assertEquals(0.9, index.objective("o").orElseThrow().progress().getAsDouble(), EPSILON);
    assertEquals(0.9, index.toRollup().objective("o").orElseThrow().progress().getAsDouble(), EPSILON);
  }

  @Test
  void theIndexRecomputesTheKeyResultWhenAContributorChangesAndRefusesCheckInsOnIt() {
    Objective a = contributor("a", 1, at("kr-a", 50));
    Objective b = contributor("b", 3, at("kr-b", 100));
    OrganizationSnapshot snapshot = OrganizationSnapshot.builder().addCycle(Q3)
        .addObjectives(objective("o", List.of(), SUM), a, b).build();
    RollupIndex index = RollupIndex.of(snapshot, MIDDLE, Policy.defaults());

    assertEquals(List.of("kr-a", "a", "kr-sum", "o"), index.checkIn("kr-a", CheckIn.of(MIDDLE, 90)));
    assertEquals((0.9 + 3) / 4, index.keyResult("kr-sum").orElseThrow().progress().progress().getAsDouble(), EPSILON);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> index.checkIn("kr-sum", CheckIn.of(MIDDLE, 1)));
    assertEquals("key result 'kr-sum' is ROLLUP: the objectives that contribute to it measure it, it takes no check-ins",
        e.getMessage());
  }
}
