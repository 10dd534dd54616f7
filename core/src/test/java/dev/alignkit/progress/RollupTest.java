package dev.alignkit.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.ObjectiveType;
import dev.alignkit.okr.OkrStatus;
import dev.alignkit.okr.Owner;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.policy.Policy;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The roll-up cases of DOMAIN section 2 and issue 5, with their exact numbers. */
class RollupTest {
  private static final LocalDate START = LocalDate.of(2026, 7, 1);
  private static final LocalDate END = LocalDate.of(2026, 9, 30);
  /** Day 46 of the 92-day cycle: elapsed exactly 0.5. */
  private static final LocalDate MIDDLE = LocalDate.of(2026, 8, 15);
  private static final Cycle Q3 = Cycle.of("q3", "2026-Q3", START, END);
  private static final double EPSILON = 1e-9;

  /** An INCREASE key result from 0 to 100 checked in at {@code value} on the cycle's first day. */
  private static KeyResult at(String id, double value, double weight) {
    return KeyResult.builder().from(KeyResult.increase(id, "KR " + id, 0, 100, "points"))
        .weight(weight).addCheckIn(CheckIn.of(START, value)).build();
  }

  private static Objective.Builder objective(String id, KeyResult... keyResults) {
    return Objective.builder().id(id).title("Objective " + id).owner(Owner.organization()).cycleId("q3")
        .addKeyResults(keyResults);
  }

  private static Objective child(String id, String parent, double weight, KeyResult... keyResults) {
    return objective(id, keyResults).owner(Owner.team("t")).addAlignment(Alignment.contributes(parent, weight)).build();
  }

  private static Rollup rollup(LocalDate asOf, Objective... objectives) {
    return Rollup.of(OrganizationSnapshot.builder().addCycle(Q3).addObjectives(objectives).build(), asOf);
  }

  private static ObjectiveRollup result(Rollup rollup, String id) {
    return rollup.objective(id).orElseThrow();
  }

  @Test
  void resultsByIdAreReadOnlyMapsInSnapshotOrder() {
    Rollup rollup = rollup(MIDDLE, objective("p", at("kr-p", 10, 1)).build(),
        child("a", "p", 1, at("kr-a1", 25, 1), at("kr-a2", 50, 1)), child("b", "p", 1));
    Map<String, ObjectiveRollup> objectives = rollup.objectives();
    Map<String, KeyResultRollup> keyResults = rollup.keyResults();
    assertEquals(List.of("p", "a", "b"), List.copyOf(objectives.keySet()));
    assertEquals(List.of("kr-p", "kr-a1", "kr-a2"), List.copyOf(keyResults.keySet()));
    assertEquals(3, objectives.size());
    assertEquals(3, keyResults.size());
    assertEquals(rollup.objective("a").orElseThrow(), objectives.get("a"));
    assertEquals(0.5, keyResults.get("kr-a2").progress().progress().getAsDouble(), EPSILON);
    assertNull(objectives.get("kr-p"));
    assertNull(keyResults.get("p"));
    assertNull(keyResults.get(42));
    assertTrue(keyResults.containsKey("kr-a1"));
    assertFalse(objectives.containsKey("missing"));
    Map<String, ObjectiveRollup> copy = new LinkedHashMap<>(objectives);
    assertEquals(copy, objectives);
    assertEquals(objectives, copy);
    assertEquals(copy.hashCode(), objectives.hashCode());
    assertEquals(new LinkedHashMap<>(keyResults), keyResults);
    assertThrows(UnsupportedOperationException.class, () -> objectives.put("x", objectives.get("p")));
    assertThrows(UnsupportedOperationException.class, () -> keyResults.remove("kr-p"));
    assertThrows(UnsupportedOperationException.class, () -> keyResults.entrySet().iterator().remove());
  }

  @Test
  void aRollupTakenFromTheIndexKeepsItsResultsAfterLaterCheckIns() {
    OrganizationSnapshot snapshot = OrganizationSnapshot.builder().addCycle(Q3)
        .addObjectives(objective("p").build(), child("a", "p", 1, at("kr-a", 25, 1))).build();
    RollupIndex index = RollupIndex.of(snapshot, MIDDLE, Policy.defaults());
    Rollup before = index.toRollup();
    index.checkIn("kr-a", CheckIn.of(MIDDLE, 75));
    assertEquals(0.25, before.keyResult("kr-a").orElseThrow().progress().progress().getAsDouble(), EPSILON);
    assertEquals(0.25, before.objective("p").orElseThrow().progress().getAsDouble(), EPSILON);
    assertEquals(0.75, index.toRollup().objective("p").orElseThrow().progress().getAsDouble(), EPSILON);
    assertEquals(Rollup.of(snapshot, MIDDLE), before);
  }

  @Test
  void parentOfChildrenAtAQuarterZeroAndAnEighthIsAnEighth() {
    Rollup rollup = rollup(MIDDLE, objective("p").build(),
        child("a", "p", 1, at("kr-a", 25, 1)), child("b", "p", 1, at("kr-b", 0, 1)),
        child("c", "p", 1, at("kr-c", 12.5, 1)));
    assertEquals(0.125, result(rollup, "p").progress().getAsDouble(), EPSILON);
    assertFalse(result(rollup, "p").partial());
  }

  @Test
  void weightedMeanOfKeyResults() {
    Rollup rollup = rollup(MIDDLE, objective("o", at("k1", 20, 1), at("k2", 50, 2), at("k3", 100, 4)).build());
    assertEquals(0.742857, result(rollup, "o").progress().getAsDouble(), 1e-6);
    assertEquals(5.2 / 7, result(rollup, "o").progress().getAsDouble(), EPSILON);
  }

  @Test
  void zeroWeightIsSkippedAndMakesTheResultPartial() {
    ObjectiveRollup o = result(rollup(MIDDLE, objective("o", at("k1", 20, 1), at("k2", 80, 0)).build()), "o");
    assertEquals(0.2, o.progress().getAsDouble(), EPSILON);
    assertTrue(o.partial());
  }

  @Test
  void supportingAndDraftChildrenDoNotCount() {
    Objective supporting = objective("s", at("kr-s", 100, 1)).addAlignment(Alignment.supports("p")).build();
    Objective draft = Objective.builder().from(child("d", "p", 1, at("kr-d", 100, 1))).status(OkrStatus.DRAFT).build();
    ObjectiveRollup p = result(rollup(MIDDLE, objective("p", at("kr-p", 40, 1)).build(), supporting, draft), "p");
    assertEquals(0.4, p.progress().getAsDouble(), EPSILON);
    assertFalse(p.partial());
  }

  @Test
  void childWithoutDataIsSkippedAndTheParentIsPartial() {
    Objective silent = child("c", "p", 1, KeyResult.increase("kr-c", "No check-in", 0, 10, "x"));
    Rollup rollup = rollup(MIDDLE, objective("p", at("kr-p", 30, 1)).build(), silent);
    assertEquals(0.3, result(rollup, "p").progress().getAsDouble(), EPSILON);
    assertTrue(result(rollup, "p").partial());
    assertEquals(Optional.of(ObjectiveRollup.NoProgress.NO_DATA), result(rollup, "c").noProgress());
    assertEquals(OptionalDouble.empty(), result(rollup, "c").progress());
  }

  @Test
  void objectiveWithNoItemHasNoProgressNotZero() {
    ObjectiveRollup empty = result(rollup(MIDDLE, objective("o").build()), "o");
    assertEquals(OptionalDouble.empty(), empty.progress());
    assertEquals(PaceStatus.NO_DATA, empty.status());
  }

  @Test
  void movingAChildToAnotherParentChangesBoth() {
    Objective a = objective("a", at("kr-a", 0, 1)).build();
    Objective b = objective("b", at("kr-b", 0, 1)).build();
    Rollup before = rollup(MIDDLE, a, b, child("c", "a", 1, at("kr-c", 100, 1)));
    Rollup after = rollup(MIDDLE, a, b, child("c", "b", 1, at("kr-c", 100, 1)));
    assertEquals(0.5, result(before, "a").progress().getAsDouble(), EPSILON);
    assertEquals(0.0, result(before, "b").progress().getAsDouble(), EPSILON);
    assertEquals(0.0, result(after, "a").progress().getAsDouble(), EPSILON);
    assertEquals(0.5, result(after, "b").progress().getAsDouble(), EPSILON);
  }

  @Test
  void paceInTheMiddleOfA92DayCycle() {
    assertEquals(92, Q3.lengthInDays());
    assertEquals(0.5, Pace.elapsed(Q3, MIDDLE), EPSILON);
    Objective committed = objective("c", at("k1", 40, 1)).build();
    Objective aspirational = objective("a", at("k2", 40, 1)).type(ObjectiveType.ASPIRATIONAL).build();
    Rollup rollup = rollup(MIDDLE, committed, aspirational);
    assertEquals(0.5, result(rollup, "c").expected().getAsDouble(), EPSILON);
    assertEquals(0.1, result(rollup, "c").gap().getAsDouble(), EPSILON);
    assertEquals(PaceStatus.ON_TRACK, result(rollup, "c").status());
    assertEquals(0.35, result(rollup, "a").expected().getAsDouble(), EPSILON);
    assertEquals(-0.05, result(rollup, "a").gap().getAsDouble(), EPSILON);
    assertEquals(PaceStatus.ON_TRACK, result(rollup, "a").status());
  }

  @Test
  void statusBandsBeforeTheCycleAtTheMiddleAndWhenDone() {
    KeyResult known = KeyResult.builder().from(KeyResult.increase("k", "Known", 0, 100, "x")).current(0).build();
    assertEquals(PaceStatus.NOT_STARTED, result(rollup(START.minusDays(1), objective("o", known).build()), "o").status());
    assertEquals(PaceStatus.NO_DATA, result(rollup(START.minusDays(1), objective("o", at("k", 0, 1)).build()), "o").status());
    assertEquals(PaceStatus.BEHIND, result(rollup(MIDDLE, objective("o", at("k", 25, 1)).build()), "o").status());
    assertEquals(PaceStatus.AT_RISK, result(rollup(MIDDLE, objective("o", at("k", 10, 1)).build()), "o").status());
    assertEquals(PaceStatus.DONE, result(rollup(MIDDLE, objective("o", at("k", 100, 1)).build()), "o").status());
    ObjectiveRollup atRisk = result(rollup(MIDDLE, objective("o", at("k", 10, 1)).build()), "o");
    assertEquals(Optional.of(RiskReason.BEHIND_PACE), atRisk.riskReason());
  }

  @Test
  void gapOfExactlyPointFifteenComputedAsPointSixFiveMinusHalfIsOnTrack() {
    Cycle hundredDays = Cycle.of("q3", "100 days", START, START.plusDays(99));
    LocalDate day65 = START.plusDays(64);
    assertEquals(0.65, Pace.elapsed(hundredDays, day65), EPSILON);
    Objective o = objective("o", KeyResult.increase("k", "Half way", 0, 10, "x").withCheckIn(CheckIn.of(START, 5))).build();
    ObjectiveRollup result = Rollup.of(OrganizationSnapshot.builder().addCycle(hundredDays).addObjective(o).build(), day65)
        .objective("o").orElseThrow();
    assertTrue(result.gap().getAsDouble() > 0.15, "the float gap is 0.15000000000000002");
    assertEquals(PaceStatus.ON_TRACK, result.status());
  }

  @Test
  void achieveKeyResultWithLowConfidenceMakesAnOnPaceObjectiveAtRisk() {
    KeyResult onPace = KeyResult.increase("k-pace", "On pace", 0, 10, "x").withCheckIn(CheckIn.of(MIDDLE, 5, 0.9));
    KeyResult launch = KeyResult.achieve("k-launch", "Launch").withCheckIn(CheckIn.of(MIDDLE, 0, 0.2));
    Rollup rollup = rollup(MIDDLE, objective("o", onPace, launch).build());
    assertEquals(PaceStatus.ON_TRACK, rollup.keyResult("k-pace").orElseThrow().status());
    assertEquals(PaceStatus.AT_RISK, rollup.keyResult("k-launch").orElseThrow().status());
    ObjectiveRollup o = result(rollup, "o");
    assertEquals(PaceStatus.AT_RISK, o.status());
    assertEquals(0.0, o.gap().getAsDouble(), EPSILON);
    assertEquals(Optional.of(RiskReason.LOW_CONFIDENCE), o.riskReason());
    assertEquals(Optional.of("k-launch"), o.riskSource());
  }

  @Test
  void confidenceBandsAndThresholdsOfAchieveAndStayKeyResults() {
    KeyResult behind = KeyResult.achieve("k1", "Launch").withCheckIn(CheckIn.of(MIDDLE, 0, 0.4));
    KeyResult done = KeyResult.achieve("k2", "Launch").withCheckIn(CheckIn.of(MIDDLE, 1, 0.1));
    KeyResult broken = KeyResult.stayAtLeast("k3", "Uptime", 99.5, "%").withCheckIn(CheckIn.of(MIDDLE, 98, 0.9));
    KeyResult holding = KeyResult.stayAtMost("k4", "Churn", 2, "%").withCheckIn(CheckIn.of(MIDDLE, 1, 0.9));
    KeyResult silent = KeyResult.achieve("k5", "Launch");
    Rollup rollup = rollup(MIDDLE, objective("o", behind, done, broken, holding, silent).build());
    assertEquals(PaceStatus.BEHIND, rollup.keyResult("k1").orElseThrow().status());
    assertEquals(PaceStatus.DONE, rollup.keyResult("k2").orElseThrow().status());
    assertEquals(PaceStatus.AT_RISK, rollup.keyResult("k3").orElseThrow().status());
    assertEquals(Optional.of(RiskReason.THRESHOLD_BROKEN), rollup.keyResult("k3").orElseThrow().riskReason());
    assertEquals(PaceStatus.ON_TRACK, rollup.keyResult("k4").orElseThrow().status());
    assertEquals(PaceStatus.NO_DATA, rollup.keyResult("k5").orElseThrow().status());
    // After the cycle a held threshold is judged by its grade, not by pace.
    Rollup afterTheCycle = rollup(END.plusDays(1), objective("o", holding, broken).build());
    KeyResultRollup held = afterTheCycle.keyResult("k4").orElseThrow();
    assertEquals(PaceStatus.ENDED, held.status());
    assertEquals(Optional.of(Grade.GREEN), held.grade());
    assertEquals(Optional.of(true), held.met());
    KeyResultRollup brokenAfter = afterTheCycle.keyResult("k3").orElseThrow();
    assertEquals(PaceStatus.ENDED, brokenAfter.status());
    assertEquals(Optional.empty(), brokenAfter.riskReason());
    assertEquals(Optional.of(Grade.RED), brokenAfter.grade());
    assertEquals(Optional.of(false), brokenAfter.met());
  }

  @Test
  void gradesAtTheBandEdges() {
    LocalDate after = END.plusDays(1);
    assertEquals(Optional.of(Grade.RED), result(rollup(after, objective("o", at("k", 39, 1)).build()), "o").grade());
    assertEquals(Optional.of(Grade.YELLOW), result(rollup(after, objective("o", at("k", 40, 1)).build()), "o").grade());
    assertEquals(Optional.of(Grade.YELLOW), result(rollup(after, objective("o", at("k", 69, 1)).build()), "o").grade());
    assertEquals(Optional.of(Grade.GREEN), result(rollup(after, objective("o", at("k", 70, 1)).build()), "o").grade());
    assertEquals(Optional.empty(), result(rollup(END, objective("o", at("k", 70, 1)).build()), "o").grade());
  }

  @Test
  void metWhenProgressReachesTheExpectation() {
    LocalDate after = END.plusDays(1);
    assertEquals(Optional.of(false), result(rollup(after, objective("o", at("k", 70, 1)).build()), "o").met());
    assertEquals(Optional.of(true), result(rollup(after,
        objective("o", at("k", 70, 1)).type(ObjectiveType.ASPIRATIONAL).build()), "o").met());
    assertEquals(Optional.empty(), result(rollup(MIDDLE, objective("o", at("k", 70, 1)).build()), "o").met());
  }

  @Test
  void forecastFlagsAtRiskByTrendWhileThePaceIsOnTrack() {
    KeyResult slow = KeyResult.increase("k", "Slow", 0, 100, "x")
        .withCheckIn(CheckIn.of(START, 40)).withCheckIn(CheckIn.of(MIDDLE, 45));
    Rollup rollup = rollup(MIDDLE, objective("o", slow).build());
    KeyResultRollup kr = rollup.keyResult("k").orElseThrow();
    assertEquals(PaceStatus.ON_TRACK, kr.status());
    Forecast forecast = kr.forecast().orElseThrow();
    assertEquals(40 + 5.0 / 45 * 91, forecast.projectedValue().getAsDouble(), EPSILON);
    assertEquals((40 + 5.0 / 45 * 91) / 100, forecast.projectedProgress(), EPSILON);
    assertEquals(Optional.of(RiskReason.TREND), kr.riskReason());
    ObjectiveRollup o = result(rollup, "o");
    assertEquals(PaceStatus.ON_TRACK, o.status());
    assertTrue(o.atRiskByTrend());
    assertEquals(Optional.of(RiskReason.TREND), o.riskReason());
    assertEquals(Optional.of("k"), o.riskSource());
  }

  @Test
  void forecastIsRefusedForTwoCheckInsOnTheSameDate() {
    KeyResult sameDay = KeyResult.increase("k", "Same day", 0, 100, "x")
        .withCheckIn(CheckIn.of(MIDDLE, 40)).withCheckIn(CheckIn.of(MIDDLE, 45));
    assertEquals(Optional.empty(), Forecast.of(sameDay, Q3, MIDDLE));
    assertEquals(Optional.empty(), rollup(MIDDLE, objective("o", sameDay).build()).keyResult("k").orElseThrow().forecast());
  }

  @Test
  void checkInsADayApartMakeNoTrendUnderTheDefaultPolicyButDoUnderItsOwn() {
    // Day 44 at 44, day 45 at 45: on pace (0.45 against 0.5); the line would reach 45 + 46 = 91.
    KeyResult jumpy = KeyResult.increase("k", "Jumpy", 0, 100, "x")
        .withCheckIn(CheckIn.of(MIDDLE.minusDays(1), 44)).withCheckIn(CheckIn.of(MIDDLE, 45));
    OrganizationSnapshot snapshot = OrganizationSnapshot.builder().addCycle(Q3).addObjective(objective("o", jumpy).build())
        .build();

    Rollup byDefault = Rollup.of(snapshot, MIDDLE);
    KeyResultRollup kr = byDefault.keyResult("k").orElseThrow();
    assertEquals(PaceStatus.ON_TRACK, kr.status());
    assertEquals(Optional.empty(), kr.forecast());
    assertEquals(Optional.empty(), kr.riskReason());
    assertEquals(OptionalDouble.empty(), result(byDefault, "o").forecast());
    assertFalse(result(byDefault, "o").atRiskByTrend());

    Rollup anySpan = Rollup.of(snapshot, MIDDLE, Policy.builder().minTrendSpanDays(0).build());
    KeyResultRollup trended = anySpan.keyResult("k").orElseThrow();
    assertEquals(91, trended.forecast().orElseThrow().projectedValue().getAsDouble(), EPSILON);
    assertEquals(Optional.of(RiskReason.TREND), trended.riskReason());
    assertEquals(0.91, result(anySpan, "o").forecast().getAsDouble(), EPSILON);
    assertTrue(result(anySpan, "o").atRiskByTrend());
  }

  @Test
  void aTrendIsFlaggedOnTheCyclesLastDayAndNotTheDayAfter() {
    // Day 45 at 90, day 76 at 88: 0.88 against 1.0 is on pace, and the line falls to 88 - 2 / 31 * 15.
    KeyResult slipping = KeyResult.increase("k", "Slipping", 0, 100, "x")
        .withCheckIn(CheckIn.of(MIDDLE, 90)).withCheckIn(CheckIn.of(LocalDate.of(2026, 9, 15), 88));

    Rollup lastDay = rollup(END, objective("o", slipping).build());
    KeyResultRollup kr = lastDay.keyResult("k").orElseThrow();
    assertEquals(PaceStatus.ON_TRACK, kr.status());
    assertEquals((88 - 2.0 / 31 * 15) / 100, kr.forecast().orElseThrow().projectedProgress(), EPSILON);
    assertEquals(Optional.of(RiskReason.TREND), kr.riskReason());
    assertTrue(result(lastDay, "o").atRiskByTrend());

    Rollup dayAfter = rollup(END.plusDays(1), objective("o", slipping).build());
    assertEquals(Optional.empty(), dayAfter.keyResult("k").orElseThrow().forecast());
    assertEquals(Optional.empty(), dayAfter.keyResult("k").orElseThrow().riskReason());
    assertEquals(OptionalDouble.empty(), result(dayAfter, "o").forecast());
    assertFalse(result(dayAfter, "o").atRiskByTrend());
  }

  @Test
  void theIndexForecastsOnceACheckInStretchesTheSpanToTheMinimum() {
    KeyResult k = KeyResult.increase("k", "Growing", 0, 100, "x").withCheckIn(CheckIn.of(LocalDate.of(2026, 8, 9), 10));
    RollupIndex index = RollupIndex.of(OrganizationSnapshot.builder().addCycle(Q3).addObjective(objective("o", k).build())
        .build(), MIDDLE, Policy.defaults());

    index.checkIn("k", CheckIn.of(MIDDLE, 16));
    assertEquals(Optional.empty(), index.keyResult("k").orElseThrow().forecast(), "days 39 and 45: 6 days");
    index.checkIn("k", CheckIn.of(LocalDate.of(2026, 8, 8), 9));
    // Days 38, 39 and 45 at 9, 10 and 16 lie on value = day - 29: 62 on day 91.
    Forecast forecast = index.keyResult("k").orElseThrow().forecast().orElseThrow();
    assertEquals(62, forecast.projectedValue().getAsDouble(), EPSILON);
    assertEquals(0.62, forecast.projectedProgress(), EPSILON);
  }

  @Test
  void objectivesOnAnAlignmentCycleGetNoProgressAndSayWhy() {
    Objective a = child("a", "b", 1, at("kr-a", 50, 1));
    Objective b = child("b", "a", 1, at("kr-b", 50, 1));
    Objective below = child("c", "a", 1, at("kr-c", 50, 1));
    Rollup rollup = rollup(MIDDLE, a, b, below);
    assertEquals(Optional.of(ObjectiveRollup.NoProgress.ALIGNMENT_CYCLE), result(rollup, "a").noProgress());
    assertEquals(OptionalDouble.empty(), result(rollup, "b").progress());
    assertEquals(0.5, result(rollup, "c").progress().getAsDouble(), EPSILON);
    assertEquals(0.5, rollup.keyResult("kr-a").orElseThrow().progress().progress().getAsDouble(), EPSILON);
  }

  @Test
  void hundredThousandDeepChainRollsUpWithoutStackOverflow() {
    int depth = 100_000;
    Objective[] chain = new Objective[depth];
    chain[0] = objective("o-0", at("kr-0", 100, 1)).build();
    for (int i = 1; i < depth; i++) {
      chain[i] = child("o-" + i, "o-" + (i - 1), 1, at("kr-" + i, 100, 1));
    }
    Rollup rollup = rollup(MIDDLE, chain);
    assertEquals(1.0, result(rollup, "o-0").progress().getAsDouble(), EPSILON);
    assertEquals(PaceStatus.DONE, result(rollup, "o-0").status());
  }

  @Test
  void everyObjectiveCountsTheAtRiskObjectivesBelowIt() {
    Objective top = objective("top", at("k-top", 50, 1)).build();
    Objective mid = child("mid", "top", 1, at("k-mid", 10, 1));
    Objective low = child("low", "mid", 1, at("k-low", 5, 1));
    Objective sibling = objective("sib", at("k-sib", 0, 1)).owner(Owner.team("t")).addAlignment(Alignment.supports("top")).build();
    Rollup rollup = rollup(MIDDLE, top, mid, low, sibling);
    assertEquals(PaceStatus.AT_RISK, result(rollup, "low").status());
    assertEquals(PaceStatus.AT_RISK, result(rollup, "mid").status());
    assertEquals(PaceStatus.AT_RISK, result(rollup, "sib").status());
    assertEquals(3, result(rollup, "top").atRiskBelow());
    assertEquals(1, result(rollup, "mid").atRiskBelow());
    assertEquals(0, result(rollup, "low").atRiskBelow());
  }

  @Test
  void summariesCountByStatusAndListTheAtRiskWithOneReason() {
    Objective company = objective("company", at("k-c", 50, 1)).build();
    Objective team = objective("team", at("k-t", 10, 1)).owner(Owner.team("support")).build();
    Objective maya = objective("maya-o", at("k-m", 45, 1)).owner(Owner.person("maya")).build();
    Objective mayaDraft = Objective.builder().from(objective("maya-d", at("k-d", 0, 1)).owner(Owner.person("maya")).build())
        .status(OkrStatus.DRAFT).build();
    OrganizationSnapshot snapshot = OrganizationSnapshot.builder().addCycle(Q3)
        .addPerson(Person.builder().id("maya").name("Maya").teamId("support").build())
        .addObjectives(company, team, maya, mayaDraft).build();
    Rollup rollup = Rollup.of(snapshot, MIDDLE);

    ProgressSummary organization = rollup.summaryOfOrganization();
    assertEquals(3, organization.total());
    assertEquals(2, organization.counts().get(PaceStatus.ON_TRACK));
    assertEquals(1, organization.counts().get(PaceStatus.AT_RISK));
    assertEquals(List.of("team (team:support): BEHIND_PACE"),
        organization.atRisk().stream().map(AtRisk::toString).toList());
    assertEquals(2, rollup.summaryOfTeam("support").total());
    assertEquals(1, rollup.summaryOfPerson("maya").total());
    assertEquals(List.of(), rollup.summaryOfPerson("maya").atRisk());
  }

  @Test
  void aTeamsSummaryCountsThePeopleWhosePrimaryTeamItIsNotMembersThroughAnOtherTeam() {
    Objective mayas = objective("maya-o", at("k-m", 45, 1)).owner(Owner.person("maya")).build();
    Objective ninas = objective("nina-o", at("k-n", 45, 1)).owner(Owner.person("nina")).build();
    OrganizationSnapshot snapshot = OrganizationSnapshot.builder().addCycle(Q3)
        .addPerson(Person.builder().id("maya").name("Maya").teamId("support").build())
        .addPerson(Person.builder().id("nina").name("Nina").teamId("sales").addOtherTeamId("support").build())
        .addObjectives(mayas, ninas).build();
    Rollup rollup = Rollup.of(snapshot, MIDDLE);
    assertEquals(1, rollup.summaryOfTeam("support").total(), "Maya's only");
    assertEquals(1, rollup.summaryOfTeam("sales").total(), "Nina's");
  }

  @Test
  void rollupUsesThePolicysBands() {
    Policy lenient = Policy.builder().onTrackGap(0.3).behindGap(0.45).build();
    Objective o = objective("o", at("k", 25, 1)).build();
    OrganizationSnapshot snapshot = OrganizationSnapshot.builder().addCycle(Q3).addObjective(o).build();
    assertEquals(PaceStatus.BEHIND, Rollup.of(snapshot, MIDDLE).objective("o").orElseThrow().status());
    assertEquals(PaceStatus.ON_TRACK, Rollup.of(snapshot, MIDDLE, lenient).objective("o").orElseThrow().status());
  }

  @Test
  void incrementalCheckInRecomputesThePathToTheRootAndReturnsWhatChanged() {
    Objective top = objective("top", at("k-top", 0, 1)).build();
    Objective mid = child("mid", "top", 1, at("k-mid", 0, 1));
    Objective low = child("low", "mid", 1, KeyResult.increase("k-low", "Low", 0, 100, "x"));
    Objective other = objective("other", at("k-other", 0, 1)).build();
    OrganizationSnapshot snapshot = OrganizationSnapshot.builder().addCycle(Q3).addObjectives(top, mid, low, other).build();
    RollupIndex index = RollupIndex.of(snapshot, MIDDLE, Policy.defaults());

    assertEquals(List.of("k-low", "low", "mid", "top"), index.checkIn("k-low", CheckIn.of(MIDDLE, 80)));
    assertEquals(0.8, index.objective("low").orElseThrow().progress().getAsDouble(), EPSILON);
    assertEquals(0.4, index.objective("mid").orElseThrow().progress().getAsDouble(), EPSILON);
    assertEquals(0.2, index.objective("top").orElseThrow().progress().getAsDouble(), EPSILON);

    OrganizationSnapshot updated = OrganizationSnapshot.builder().from(snapshot).objectives(List.of(top, mid,
        Objective.builder().from(low).keyResults(List.of(low.keyResults().get(0).withCheckIn(CheckIn.of(MIDDLE, 80)))).build(),
        other)).build();
    assertEquals(Rollup.of(updated, MIDDLE), index.toRollup());
  }

  @Test
  void checkInThatChangesNothingStopsAtTheKeyResult() {
    Objective o = objective("o", at("k", 50, 1)).build();
    RollupIndex index = RollupIndex.of(OrganizationSnapshot.builder().addCycle(Q3).addObjective(o).build(), MIDDLE,
        Policy.defaults());
    assertEquals(List.of(), index.checkIn("k", CheckIn.of(MIDDLE.plusDays(3), 99)));
  }

  @Test
  void keyResultsCarryTheirObjectivesExpectationAndTheirOwnGap() {
    Rollup rollup = rollup(MIDDLE, objective("o", at("k", 20, 1)).type(ObjectiveType.ASPIRATIONAL).build());
    KeyResultRollup kr = rollup.keyResult("k").orElseThrow();
    assertEquals(0.35, kr.expected().getAsDouble(), EPSILON);
    assertEquals(0.15, kr.gap().getAsDouble(), EPSILON);
    assertEquals(PaceStatus.ON_TRACK, kr.status());
  }

  @Test
  void paceableKeyResultWithoutDataIsNoDataWithoutAGap() {
    Rollup rollup = rollup(MIDDLE, objective("o", KeyResult.increase("k", "No check-in", 0, 10, "x")).build());
    KeyResultRollup kr = rollup.keyResult("k").orElseThrow();
    assertEquals(PaceStatus.NO_DATA, kr.status());
    assertEquals(0.5, kr.expected().getAsDouble(), EPSILON);
    assertEquals(OptionalDouble.empty(), kr.gap());
    assertEquals(Optional.empty(), kr.riskReason());
  }

  @Test
  void keyResultFarBehindPaceIsAtRiskBehindPace() {
    KeyResultRollup kr = rollup(MIDDLE, objective("o", at("k", 10, 1)).build()).keyResult("k").orElseThrow();
    assertEquals(PaceStatus.AT_RISK, kr.status());
    assertEquals(Optional.of(RiskReason.BEHIND_PACE), kr.riskReason());
  }

  @Test
  void achieveKeyResultWithDataBeforeTheCycleStartsIsNotStarted() {
    KeyResult launch = KeyResult.builder().from(KeyResult.achieve("k", "Launch")).current(0).build();
    Rollup rollup = rollup(START.minusDays(1), objective("o", launch).build());
    assertEquals(PaceStatus.NOT_STARTED, rollup.keyResult("k").orElseThrow().status());
    assertEquals(Optional.empty(), rollup.keyResult("k").orElseThrow().riskReason());
    assertEquals(PaceStatus.NOT_STARTED, result(rollup, "o").status());
  }

  @Test
  void forecastThatReachesTheTargetIsNoRiskByTrend() {
    // 0 on day 1 and 50 on day 46: on pace, and the line passes 100 before the cycle ends.
    KeyResult steady = KeyResult.increase("k", "Steady", 0, 100, "x")
        .withCheckIn(CheckIn.of(START, 0)).withCheckIn(CheckIn.of(MIDDLE, 50));
    Rollup rollup = rollup(MIDDLE, objective("o", steady).build());
    KeyResultRollup kr = rollup.keyResult("k").orElseThrow();
    assertEquals(PaceStatus.ON_TRACK, kr.status());
    assertEquals(1.0, kr.forecast().orElseThrow().projectedProgress(), EPSILON);
    assertEquals(Optional.empty(), kr.riskReason());
    ObjectiveRollup o = result(rollup, "o");
    assertEquals(1.0, o.forecast().getAsDouble(), EPSILON);
    assertFalse(o.atRiskByTrend());
    assertEquals(Optional.empty(), o.riskReason());
  }

  @Test
  void forecastShortOfTheExpectationByNoMoreThanTheEpsilonIsNoRiskByTrend() {
    double almost = 0.7 - Policy.EPSILON;
    KeyResult flat = KeyResult.increase("k", "Flat", 0, 1, "x")
        .withCheckIn(CheckIn.of(START, almost)).withCheckIn(CheckIn.of(MIDDLE, almost));
    Rollup rollup = rollup(MIDDLE, objective("o", flat).type(ObjectiveType.ASPIRATIONAL).build());
    KeyResultRollup kr = rollup.keyResult("k").orElseThrow();
    assertEquals(almost, kr.forecast().orElseThrow().projectedProgress(), EPSILON);
    assertEquals(Optional.empty(), kr.riskReason());
    assertFalse(result(rollup, "o").atRiskByTrend());
  }

  @Test
  void progressShortOfTheExpectationByNoMoreThanTheEpsilonIsMet() {
    KeyResult almost = KeyResult.increase("k", "Almost", 0, 1, "x")
        .withCheckIn(CheckIn.of(START, 0.7 - Policy.EPSILON));
    Objective aspirational = objective("o", almost).type(ObjectiveType.ASPIRATIONAL).build();
    ObjectiveRollup o = result(rollup(END.plusDays(1), aspirational), "o");
    assertEquals(Optional.of(true), o.met());
  }

  @Test
  void contributingChildWithZeroWeightIsSkippedAndMakesTheParentPartial() {
    ObjectiveRollup p = result(rollup(MIDDLE, objective("p", at("kr-p", 40, 1)).build(),
        child("c", "p", 0, at("kr-c", 100, 1))), "p");
    assertEquals(0.4, p.progress().getAsDouble(), EPSILON);
    assertTrue(p.partial());
  }

  @Test
  void parentForecastFollowsItsChildsAndNamesTheChildFallingBehindByTrend() {
    KeyResult slow = KeyResult.increase("kr-c", "Slow", 0, 100, "x")
        .withCheckIn(CheckIn.of(START, 40)).withCheckIn(CheckIn.of(MIDDLE, 45));
    Rollup rollup = rollup(MIDDLE, objective("p").build(), child("c", "p", 1, slow));
    ObjectiveRollup p = result(rollup, "p");
    assertEquals(PaceStatus.ON_TRACK, p.status());
    assertEquals((40 + 5.0 / 45 * 91) / 100, p.forecast().getAsDouble(), EPSILON);
    assertTrue(p.atRiskByTrend());
    assertEquals(Optional.of(RiskReason.TREND), p.riskReason());
    assertEquals(Optional.of("c"), p.riskSource());
  }

  @Test
  void objectivesOnAnAlignmentCycleStillReportTheirExpectedProgress() {
    Objective a = Objective.builder().from(child("a", "b", 1, at("kr-a", 50, 1)))
        .type(ObjectiveType.ASPIRATIONAL).build();
    Objective b = child("b", "a", 1, at("kr-b", 50, 1));
    Rollup rollup = rollup(MIDDLE, a, b);
    assertEquals(0.35, result(rollup, "a").expected().getAsDouble(), EPSILON);
    assertEquals(0.5, result(rollup, "b").expected().getAsDouble(), EPSILON);
    assertEquals(PaceStatus.NO_DATA, result(rollup, "a").status());
  }

  @Test
  void rollupsAreEqualOnlyAsOfTheSameDateAndSayWhatTheyHold() {
    OrganizationSnapshot snapshot = OrganizationSnapshot.builder().addCycle(Q3)
        .addObjectives(objective("p", at("kr-p", 10, 1)).build(),
            child("a", "p", 1, at("kr-a1", 25, 1), at("kr-a2", 50, 1)))
        .build();
    Rollup rollup = Rollup.of(snapshot, MIDDLE);
    assertEquals(Rollup.of(snapshot, MIDDLE), rollup);
    assertEquals(Rollup.of(snapshot, MIDDLE).hashCode(), rollup.hashCode());
    assertFalse(rollup.equals(Rollup.of(snapshot, MIDDLE.plusDays(1))));
    assertFalse(rollup.equals(snapshot));
    assertEquals("Rollup as of 2026-08-15: 2 objectives, 3 key results", rollup.toString());
  }

  @Test
  void resultMapsAnswerMembershipAndIterateLikeAnyMap() {
    Rollup rollup = rollup(MIDDLE, objective("p", at("kr-p", 10, 1)).build(),
        child("a", "p", 1, at("kr-a1", 25, 1), at("kr-a2", 50, 1)), child("b", "p", 1));
    assertTrue(rollup.objectives().containsKey("b"));
    assertFalse(rollup.keyResults().containsKey("missing"));
    assertEquals(3, rollup.objectives().entrySet().size());
    assertEquals(3, rollup.keyResults().entrySet().size());
    Iterator<Map.Entry<String, ObjectiveRollup>> entries = rollup.objectives().entrySet().iterator();
    for (String id : List.of("p", "a", "b")) {
      assertEquals(id, entries.next().getKey());
    }
    assertThrows(NoSuchElementException.class, entries::next);
  }

  @Test
  void indexRejectsACheckInToAnUnknownKeyResultNamingIt() {
    RollupIndex index = RollupIndex.of(OrganizationSnapshot.builder().addCycle(Q3)
        .addObjective(objective("o", at("k", 50, 1)).build()).build(), MIDDLE, Policy.defaults());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> index.checkIn("nope", CheckIn.of(MIDDLE, 1)));
    assertEquals("no key result with id 'nope'", e.getMessage());
  }

  @Test
  void indexHasNoResultForUnknownIds() {
    RollupIndex index = RollupIndex.of(OrganizationSnapshot.builder().addCycle(Q3)
        .addObjective(objective("o", at("k", 50, 1)).build()).build(), MIDDLE, Policy.defaults());
    assertEquals(Optional.empty(), index.objective("nope"));
    assertEquals(Optional.empty(), index.keyResult("nope"));
    assertEquals(0.5, index.keyResult("k").orElseThrow().progress().progress().getAsDouble(), EPSILON);
  }

  @Test
  void checkInOnAnObjectiveOnAnAlignmentCycleChangesOnlyItsKeyResult() {
    OrganizationSnapshot snapshot = OrganizationSnapshot.builder().addCycle(Q3)
        .addObjectives(child("a", "b", 1, at("kr-a", 50, 1)), child("b", "a", 1, at("kr-b", 50, 1))).build();
    RollupIndex index = RollupIndex.of(snapshot, MIDDLE, Policy.defaults());
    assertEquals(List.of("kr-a"), index.checkIn("kr-a", CheckIn.of(MIDDLE, 80)));
    assertEquals(0.8, index.keyResult("kr-a").orElseThrow().progress().progress().getAsDouble(), EPSILON);
    ObjectiveRollup a = index.objective("a").orElseThrow();
    assertEquals(Optional.of(ObjectiveRollup.NoProgress.ALIGNMENT_CYCLE), a.noProgress());
    assertEquals(OptionalDouble.empty(), a.progress());
  }

  @Test
  void objectiveWhoseCycleIdNamesNoCycleHasProgressButNoExpectationOrGrade() {
    ObjectiveRollup result = result(rollup(END.plusDays(1), objective("o", at("k", 40, 1)).cycleId("q9").build()), "o");
    assertEquals(0.4, result.progress().getAsDouble(), EPSILON);
    assertEquals(OptionalDouble.empty(), result.expected());
    assertEquals(Optional.empty(), result.grade());
  }

  @Test
  void checkInBelowAnAlignmentCycleStopsAtTheCycle() {
    Objective low = child("low", "a", 1, KeyResult.increase("k-low", "Low", 0, 100, "x"));
    OrganizationSnapshot snapshot = OrganizationSnapshot.builder().addCycle(Q3)
        .addObjectives(child("a", "b", 1, at("kr-a", 50, 1)), child("b", "a", 1, at("kr-b", 50, 1)), low).build();
    RollupIndex index = RollupIndex.of(snapshot, MIDDLE, Policy.defaults());

    assertEquals(List.of("k-low", "low"), index.checkIn("k-low", CheckIn.of(MIDDLE, 80)));
    assertEquals(Optional.of(ObjectiveRollup.NoProgress.ALIGNMENT_CYCLE), index.objective("a").orElseThrow().noProgress());
  }

  @Test
  void atRiskEntryNamesTheKeyResultItsReasonComesFrom() {
    KeyResult launch = KeyResult.achieve("k-launch", "Launch").withCheckIn(CheckIn.of(MIDDLE, 0, 0.2));
    ProgressSummary summary = rollup(MIDDLE, objective("o", launch).build()).summaryOfOrganization();
    assertEquals(List.of("o (organization): LOW_CONFIDENCE at k-launch"),
        summary.atRisk().stream().map(AtRisk::toString).toList());
  }
}
