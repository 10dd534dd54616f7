package dev.alignkit.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.OkrStatus;
import dev.alignkit.okr.Owner;
import dev.alignkit.org.OrganizationSnapshot;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * Backlog objectives (DRAFT, no cycle) in the roll-up: they have progress but no expected
 * progress, no pace and no grade, like an objective whose cycle does not resolve, and they change
 * no number of the objectives around them.
 */
class BacklogRollupTest {
  private static final LocalDate START = LocalDate.of(2026, 7, 1);
  private static final LocalDate END = LocalDate.of(2026, 9, 30);
  /** Day 46 of the 92-day cycle: elapsed exactly 0.5. */
  private static final LocalDate MIDDLE = LocalDate.of(2026, 8, 15);
  private static final LocalDate AFTER = LocalDate.of(2026, 10, 15);
  private static final double EPSILON = 1e-9;

  private static KeyResult at(String id, double value) {
    return KeyResult.increase(id, "KR " + id, 0, 100, "points").withCheckIn(CheckIn.of(START, value));
  }

  private static Objective.Builder objective(String id, KeyResult... keyResults) {
    return Objective.builder().id(id).title("Objective " + id).owner(Owner.team("t")).cycleId("q3")
        .addKeyResults(keyResults);
  }

  /** The company objective o-1 (60 %) with o-2 (40 %) contributing, and o-3 (10 %) aligned to o-b. */
  private static List<Objective> ofTheCycle() {
    return List.of(
        objective("o-1", at("kr-1", 60)).owner(Owner.organization()).build(),
        objective("o-2", at("kr-2", 40)).addAlignment(Alignment.contributes("o-1", 1)).build(),
        objective("o-3", at("kr-3", 10)).addAlignment(Alignment.contributes("o-b", 1)).build());
  }

  /** o-b (50 %) contributes to o-1 and has o-3 below it; o-b2 has nothing at all. */
  private static List<Objective> backlog() {
    return List.of(
        objective("o-b", at("kr-b", 50)).cycleId(Optional.empty()).status(OkrStatus.DRAFT)
            .addAlignment(Alignment.contributes("o-1", 1)).build(),
        Objective.builder().id("o-b2").title("Objective o-b2").owner(Owner.person("maya")).status(OkrStatus.DRAFT)
            .build());
  }

  private static OrganizationSnapshot snapshot(boolean withBacklog) {
    OrganizationSnapshot.Builder builder = OrganizationSnapshot.builder()
        .addCycle(Cycle.of("q3", "2026-Q3", START, END)).addAllObjectives(ofTheCycle());
    if (withBacklog) {
      builder.addAllObjectives(backlog());
    }
    return builder.build();
  }

  @Test
  void backlogChangesNoResultOfTheObjectivesOfTheCycle() {
    for (LocalDate asOf : List.of(MIDDLE, AFTER)) {
      Rollup without = Rollup.of(snapshot(false), asOf);
      Rollup with = Rollup.of(snapshot(true), asOf);
      for (String id : List.of("o-1", "o-2", "o-3")) {
        assertEquals(without.objective(id), with.objective(id), id + " as of " + asOf);
      }
      for (String id : List.of("kr-1", "kr-2", "kr-3")) {
        assertEquals(without.keyResult(id), with.keyResult(id), id + " as of " + asOf);
      }
      assertEquals(without.summaryOfOrganization(), with.summaryOfOrganization());
      assertEquals(without.summaryOfTeam("t"), with.summaryOfTeam("t"));
    }
    ObjectiveRollup company = Rollup.of(snapshot(true), MIDDLE).objective("o-1").orElseThrow();
    assertEquals(0.5, company.progress().getAsDouble(), EPSILON, "mean of 0.6 and 0.4; the draft does not count");
    assertEquals(PaceStatus.ON_TRACK, company.status());
    assertEquals(0, company.atRiskBelow());
  }

  @Test
  void backlogObjectiveHasProgressButNoExpectedProgressPaceOrGrade() {
    ObjectiveRollup during = Rollup.of(snapshot(true), MIDDLE).objective("o-b").orElseThrow();
    assertEquals(0.3, during.progress().getAsDouble(), EPSILON, "mean of 0.5 and o-3's 0.1");
    assertEquals(0.3, during.rawProgress().getAsDouble(), EPSILON);
    assertEquals(OptionalDouble.empty(), during.expected());
    assertEquals(OptionalDouble.empty(), during.gap());
    assertEquals(PaceStatus.NO_DATA, during.status());
    assertEquals(1, during.atRiskBelow(), "o-3 is 0.4 behind its cycle's pace");
    assertEquals(Optional.empty(), during.riskReason());
    assertEquals(Optional.empty(), during.grade());

    ObjectiveRollup after = Rollup.of(snapshot(true), AFTER).objective("o-b").orElseThrow();
    assertEquals(Optional.empty(), after.grade());
    assertEquals(Optional.empty(), after.met());
    assertEquals(Optional.of(Grade.YELLOW), Rollup.of(snapshot(true), AFTER).objective("o-1").orElseThrow().grade());
  }

  @Test
  void keyResultOfABacklogObjectiveHasProgressButNoPace() {
    KeyResultRollup result = Rollup.of(snapshot(true), MIDDLE).keyResult("kr-b").orElseThrow();
    assertEquals(0.5, result.progress().progressOrNaN(), EPSILON);
    assertEquals(PaceStatus.NO_DATA, result.status());
    assertEquals(OptionalDouble.empty(), result.expected());
    assertEquals(OptionalDouble.empty(), result.gap());
    assertEquals(Optional.empty(), result.forecast());
  }

  @Test
  void emptyBacklogObjectiveHasNoProgress() {
    ObjectiveRollup empty = Rollup.of(snapshot(true), MIDDLE).objective("o-b2").orElseThrow();
    assertEquals(OptionalDouble.empty(), empty.progress());
    assertEquals(Optional.of(ObjectiveRollup.NoProgress.NO_DATA), empty.noProgress());
    assertEquals(OptionalDouble.empty(), empty.expected());
  }

  @Test
  void checkInOnABacklogKeyResultStopsAtTheBacklogObjective() {
    RollupIndex index = RollupIndex.of(snapshot(true), MIDDLE, dev.alignkit.policy.Policy.defaults());
    ObjectiveRollup company = index.objective("o-1").orElseThrow();
    assertEquals(List.of("kr-b", "o-b"), index.checkIn("kr-b", CheckIn.of(MIDDLE, 90)));
    assertEquals(0.5, index.objective("o-b").orElseThrow().progress().getAsDouble(), EPSILON, "mean of 0.9 and 0.1");
    assertEquals(company, index.objective("o-1").orElseThrow());
  }

  @Test
  void progressTreeShowsABacklogObjectiveAsADraftWithoutPace() {
    assertEquals(String.join("\n",
            "Objective o-1                            [#####.....]  50%  ON_TRACK   Organization",
            "  Objective o-2                          [####......]  40%  ON_TRACK   team:t",
            "  Objective o-b                          [###.......]  30%  NO_DATA    team:t  (draft)  1 at risk below",
            "    Objective o-3                        [#.........]  10%  AT_RISK    team:t  ! behind pace",
            "Objective o-b2                           [          ]   --  NO_DATA    person:maya  (draft)",
            ""),
        ProgressTree.render(Rollup.of(snapshot(true), MIDDLE)));
  }
}
