package dev.alignkit.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.ObjectiveType;
import dev.alignkit.okr.OrdinalZone;
import dev.alignkit.okr.Owner;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.policy.Policy;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Zoned key results through the roll-up: a zoned key result expects its TARGET zone score whatever
 * its objective's type, an objective the weighted mean of its items' expectations, and pace,
 * {@code met}, the forecast and the incremental index all use them. Exact numbers.
 */
class ZonedRollupTest {
  private static final LocalDate START = LocalDate.of(2026, 7, 1);
  private static final LocalDate END = LocalDate.of(2026, 9, 30);
  /** Day 46 of the 92-day cycle: elapsed exactly 0.5. */
  private static final LocalDate MIDDLE = LocalDate.of(2026, 8, 15);
  private static final Cycle Q3 = Cycle.of("q3", "2026-Q3", START, END);
  private static final double EPSILON = 1e-12;

  /** INCREASE start 0, commit 10, target 20, stretch 50, checked in at {@code value} on the first day. */
  private static KeyResult zoned(String id, double value, double weight) {
    return KeyResult.builder().from(KeyResult.increase(id, "Grow sign-ups " + id, 0, 20, "k"))
        .commit(10).stretch(50).weight(weight).addCheckIn(CheckIn.of(START, value)).build();
  }

  /** INCREASE from 0 to 100, checked in at {@code value} on the first day. */
  private static KeyResult plain(String id, double value, double weight) {
    return KeyResult.builder().from(KeyResult.increase(id, "Raise adoption " + id, 0, 100, "points"))
        .weight(weight).addCheckIn(CheckIn.of(START, value)).build();
  }

  private static Objective objective(String id, ObjectiveType type, KeyResult... keyResults) {
    return Objective.builder().id(id).title("Objective " + id).owner(Owner.organization()).cycleId("q3")
        .type(type).addKeyResults(keyResults).build();
  }

  private static OrganizationSnapshot snapshot(Objective... objectives) {
    return OrganizationSnapshot.builder().addCycle(Q3).addObjectives(objectives).build();
  }

  private static ObjectiveRollup result(LocalDate asOf, Objective... objectives) {
    return Rollup.of(snapshot(objectives), asOf).objective(objectives[0].id()).orElseThrow();
  }

  @Test
  void committedObjectiveWhoseOnlyKeyResultIsZonedAndAtItsTargetIsOnTrackAndMet() {
    assertZonedObjectiveAtTargetIsOnTrackAndMet(ObjectiveType.COMMITTED);
  }

  @Test
  void aspirationalObjectiveWhoseOnlyKeyResultIsZonedAndAtItsTargetIsOnTrackAndMet() {
    assertZonedObjectiveAtTargetIsOnTrackAndMet(ObjectiveType.ASPIRATIONAL);
  }

  /**
   * On the cycle's last day the objective is ON_TRACK (expected 0.7, progress 0.7, gap 0) and
   * {@code met}; the grade is given once the cycle has ended, the day after.
   */
  private static void assertZonedObjectiveAtTargetIsOnTrackAndMet(ObjectiveType type) {
    Objective objective = objective("o", type, zoned("kr", 20, 1));
    ObjectiveRollup lastDay = result(END, objective);
    assertEquals(0.7, lastDay.progress().getAsDouble(), EPSILON);
    assertEquals(0.7, lastDay.expectation(), EPSILON);
    assertEquals(0.7, lastDay.expected().getAsDouble(), EPSILON);
    assertEquals(0.0, lastDay.gap().getAsDouble(), EPSILON);
    assertEquals(PaceStatus.ON_TRACK, lastDay.status());
    assertEquals(Optional.of(true), lastDay.met());
    assertEquals(Optional.empty(), lastDay.grade(), "the cycle has not ended on its last day");
    ObjectiveRollup ended = result(END.plusDays(1), objective);
    assertEquals(Optional.of(true), ended.met());
    assertEquals(Optional.of(Grade.GREEN), ended.grade());
    KeyResultRollup keyResult = Rollup.of(snapshot(objective), END).keyResult("kr").orElseThrow();
    assertEquals(PaceStatus.ON_TRACK, keyResult.status());
    assertEquals(0.7, keyResult.expectation(), EPSILON);
    assertEquals(Optional.of(OrdinalZone.TARGET), keyResult.progress().zone());
  }

  @Test
  void aPlainKeyResultOfACommittedObjectiveStillExpectsOne() {
    ObjectiveRollup lastDay = result(END, objective("o", ObjectiveType.COMMITTED, plain("kr", 70, 1)));
    assertEquals(1.0, lastDay.expectation());
    assertEquals(PaceStatus.BEHIND, lastDay.status(), "gap 0.3");
    assertEquals(Optional.of(false), result(END.plusDays(1), objective("o", ObjectiveType.COMMITTED,
        plain("kr", 70, 1))).met());
  }

  @Test
  void objectiveMixingAPlainAndAZonedKeyResultExpectsTheirWeightedMean() {
    // (1 * 1.0 + 3 * 0.7) / 4 = 0.775; half-way through the cycle 0.3875 is expected.
    Objective committed = objective("o", ObjectiveType.COMMITTED, plain("kr-p", 40, 1), zoned("kr-z", 15, 3));
    ObjectiveRollup middle = result(MIDDLE, committed);
    assertEquals(0.775, middle.expectation(), EPSILON);
    assertEquals(0.3875, middle.expected().getAsDouble(), EPSILON);
    // Progress (1 * 0.4 + 3 * 0.5) / 4 = 0.475; gap 0.3875 - 0.475.
    assertEquals(0.475, middle.progress().getAsDouble(), EPSILON);
    assertEquals(-0.0875, middle.gap().getAsDouble(), EPSILON);
    Rollup rollup = Rollup.of(snapshot(committed), MIDDLE);
    assertEquals(1.0, rollup.keyResult("kr-p").orElseThrow().expectation());
    assertEquals(0.5, rollup.keyResult("kr-p").orElseThrow().expected().getAsDouble(), EPSILON);
    assertEquals(0.7, rollup.keyResult("kr-z").orElseThrow().expectation());
    assertEquals(0.35, rollup.keyResult("kr-z").orElseThrow().expected().getAsDouble(), EPSILON);
    Objective aspirational = objective("o", ObjectiveType.ASPIRATIONAL, plain("kr-p", 40, 1), zoned("kr-z", 15, 3));
    assertEquals(0.7, result(MIDDLE, aspirational).expectation(), EPSILON);
  }

  @Test
  void metComparesTheProgressWithTheMixedExpectation() {
    LocalDate after = END.plusDays(1);
    // (1 * 1.0 + 3 * 0.7) / 4 = 0.775 against (1 * 0.8 + 3 * 0.7) / 4 = 0.725: not met.
    ObjectiveRollup short1 = result(after, objective("o", ObjectiveType.COMMITTED, plain("kr-p", 80, 1), zoned("kr-z", 20, 3)));
    assertEquals(0.725, short1.progress().getAsDouble(), EPSILON);
    assertEquals(Optional.of(false), short1.met());
    // (1 * 1.0 + 3 * 0.7) / 4 = 0.775 reached exactly: met.
    ObjectiveRollup reached = result(after, objective("o", ObjectiveType.COMMITTED, plain("kr-p", 100, 1), zoned("kr-z", 20, 3)));
    assertEquals(0.775, reached.progress().getAsDouble(), EPSILON);
    assertEquals(Optional.of(true), reached.met());
  }

  @Test
  void aZonedKeyResultWithoutDataStillCountsInTheExpectation() {
    KeyResult silent = KeyResult.builder().from(KeyResult.increase("kr-z", "Grow", 0, 20, "k")).commit(10).build();
    ObjectiveRollup o = result(MIDDLE, objective("o", ObjectiveType.COMMITTED, plain("kr-p", 40, 1), silent));
    assertEquals(0.85, o.expectation(), EPSILON);
    assertEquals(0.425, o.expected().getAsDouble(), EPSILON);
    assertTrue(o.partial());
  }

  @Test
  void aContributingChildCountsWithItsOwnExpectation() {
    Objective parent = objective("p", ObjectiveType.COMMITTED, plain("kr-p", 50, 1));
    Objective child = Objective.builder().from(objective("c", ObjectiveType.COMMITTED, zoned("kr-c", 15, 1)))
        .owner(Owner.team("t")).alignments(java.util.List.of(Alignment.contributes("p", 3))).build();
    ObjectiveRollup p = Rollup.of(snapshot(parent, child), MIDDLE).objective("p").orElseThrow();
    // (1 * 1.0 + 3 * 0.7) / 4 = 0.775, progress (1 * 0.5 + 3 * 0.5) / 4 = 0.5.
    assertEquals(0.775, p.expectation(), EPSILON);
    assertEquals(0.5, p.progress().getAsDouble(), EPSILON);
    assertEquals(0.3875, p.expected().getAsDouble(), EPSILON);
  }

  @Test
  void paceOfAnObjectiveCountsOnlyThePaceableItemsExpectations() {
    // The ACHIEVE key result expects 1.0 but is judged by its confidence: pace expects 0.7 * 0.5.
    KeyResult launch = KeyResult.achieve("kr-a", "Launch").withCheckIn(CheckIn.of(START, 0, 0.9));
    ObjectiveRollup o = result(MIDDLE, objective("o", ObjectiveType.COMMITTED, zoned("kr-z", 15, 1), launch));
    assertEquals(0.85, o.expectation(), EPSILON);
    assertEquals(0.35, o.expected().getAsDouble(), EPSILON);
    assertEquals(0.35 - 0.5, o.gap().getAsDouble(), EPSILON);
  }

  @Test
  void ordinalKeyResultsExpectTheirTargetScoreToo() {
    KeyResult nps = KeyResult.ordinal("kr", "Onboarding NPS", "Above 20", "Above 40", "Above 60")
        .withCheckIn(CheckIn.of(START, 2));
    ObjectiveRollup lastDay = result(END, objective("o", ObjectiveType.COMMITTED, nps));
    assertEquals(0.7, lastDay.expectation(), EPSILON);
    assertEquals(PaceStatus.ON_TRACK, lastDay.status());
  }

  @Test
  void thePolicysTargetScoreIsWhatAZonedKeyResultExpects() {
    Policy policy = Policy.builder().commitScore(0.4).targetScore(0.8).build();
    Rollup rollup = Rollup.of(snapshot(objective("o", ObjectiveType.ASPIRATIONAL, zoned("kr", 15, 1))), MIDDLE, policy);
    KeyResultRollup kr = rollup.keyResult("kr").orElseThrow();
    assertEquals(0.6, kr.progress().progress().getAsDouble(), EPSILON);
    assertEquals(0.8, kr.expectation());
    assertEquals(0.4, kr.expected().getAsDouble(), EPSILON);
    assertEquals(0.8, rollup.objective("o").orElseThrow().expectation(), EPSILON);
  }

  @Test
  void theForecastOfAZonedKeyResultUsesThePiecewiseProgressAndItsOwnExpectation() {
    // Day 0 at 0, day 46 at 23: slope 0.5 a day, 45.5 on day 91; piecewise 0.7 + 0.3 * 25.5 / 30.
    KeyResult kr = KeyResult.builder().from(KeyResult.increase("kr", "Grow sign-ups", 0, 20, "k")).commit(10)
        .stretch(50).addCheckIn(CheckIn.of(START, 0)).addCheckIn(CheckIn.of(START.plusDays(46), 23)).build();
    Forecast forecast = Forecast.of(kr, Q3, START.plusDays(46), Policy.defaults()).orElseThrow();
    assertEquals(45.5, forecast.projectedValue().getAsDouble(), EPSILON);
    assertEquals(0.955, forecast.projectedProgress(), EPSILON);
    assertEquals(forecast, Forecast.of(kr, Q3, START.plusDays(46)).orElseThrow());
    // A committed objective expected 1.0 of it before; 0.955 now clears its expectation of 0.7.
    Rollup rollup = Rollup.of(snapshot(objective("o", ObjectiveType.COMMITTED, kr)), START.plusDays(46));
    KeyResultRollup result = rollup.keyResult("kr").orElseThrow();
    assertEquals(PaceStatus.ON_TRACK, result.status());
    assertEquals(Optional.empty(), result.riskReason());
    assertEquals(false, rollup.objective("o").orElseThrow().atRiskByTrend());
  }

  @Test
  void aForecastShortOfTheTargetScoreIsAtRiskByTrend() {
    // Day 1 at 17, day 46 at 18: 19 projected on day 91, progress 0.3 + 0.4 * 0.9 = 0.66 < 0.7.
    LocalDate day46 = START.plusDays(46);
    KeyResult kr = KeyResult.builder().from(KeyResult.increase("kr", "Grow sign-ups", 0, 20, "k")).commit(10)
        .stretch(50).addCheckIn(CheckIn.of(START.plusDays(1), 17)).addCheckIn(CheckIn.of(day46, 18)).build();
    Rollup rollup = Rollup.of(snapshot(objective("o", ObjectiveType.ASPIRATIONAL, kr)), day46);
    KeyResultRollup result = rollup.keyResult("kr").orElseThrow();
    assertEquals(19.0, result.forecast().orElseThrow().projectedValue().getAsDouble(), EPSILON);
    assertEquals(0.66, result.forecast().orElseThrow().projectedProgress(), EPSILON);
    assertEquals(0.62, result.progress().progress().getAsDouble(), EPSILON);
    assertEquals(PaceStatus.ON_TRACK, result.status());
    assertEquals(Optional.of(RiskReason.TREND), result.riskReason());
    assertTrue(rollup.objective("o").orElseThrow().atRiskByTrend());
  }

  @Test
  void theIncrementalIndexGivesTheNumbersOfAFullRollupUnderItsPolicy() {
    Policy policy = Policy.builder().commitScore(0.4).targetScore(0.8).stretchScore(0.95).build();
    Objective parent = objective("p", ObjectiveType.COMMITTED, plain("kr-p", 50, 1));
    Objective child = Objective.builder().from(objective("c", ObjectiveType.COMMITTED, zoned("kr-c", 5, 2)))
        .owner(Owner.team("t")).alignments(java.util.List.of(Alignment.contributes("p", 1))).build();
    RollupIndex index = RollupIndex.of(snapshot(parent, child), MIDDLE, policy);
    List<String> changed = index.checkIn("kr-c", CheckIn.of(MIDDLE, 35));
    assertEquals(List.of("kr-c", "c", "p"), changed);
    Objective updated = Objective.builder().from(child)
        .keyResults(List.of(zoned("kr-c", 5, 2).withCheckIn(CheckIn.of(MIDDLE, 35)))).build();
    Rollup full = Rollup.of(snapshot(parent, updated), MIDDLE, policy);
    assertEquals(full, index.toRollup());
    KeyResultRollup kr = index.keyResult("kr-c").orElseThrow();
    assertEquals(0.875, kr.progress().progress().getAsDouble(), EPSILON);
    assertEquals(Optional.of(OrdinalZone.TARGET), kr.progress().zone());
    assertEquals(0.9, index.objective("p").orElseThrow().expectation(), EPSILON);
  }

  @Test
  void anObjectiveOnAnAlignmentCycleExpectsWhatItsKeyResultsDo() {
    Objective a = Objective.builder().from(objective("a", ObjectiveType.COMMITTED, zoned("kr-a", 15, 1), plain("kr-b", 10, 1)))
        .alignments(java.util.List.of(Alignment.contributes("b", 1))).build();
    Objective b = Objective.builder().from(objective("b", ObjectiveType.COMMITTED))
        .alignments(java.util.List.of(Alignment.contributes("a", 1))).build();
    Rollup rollup = Rollup.of(snapshot(a, b), MIDDLE);
    assertEquals(Optional.of(ObjectiveRollup.NoProgress.ALIGNMENT_CYCLE), rollup.objective("a").orElseThrow().noProgress());
    assertEquals(0.85, rollup.objective("a").orElseThrow().expectation(), EPSILON);
    assertEquals(0.425, rollup.objective("a").orElseThrow().expected().getAsDouble(), EPSILON);
    assertEquals(1.0, rollup.objective("b").orElseThrow().expectation());
  }
}
