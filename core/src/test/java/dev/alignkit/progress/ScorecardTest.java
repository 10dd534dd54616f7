package dev.alignkit.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.ObjectiveOutcome;
import dev.alignkit.okr.ObjectiveType;
import dev.alignkit.okr.OkrStatus;
import dev.alignkit.okr.Owner;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.org.Team;
import dev.alignkit.policy.Policy;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A cycle's scorecard counts what was met, the grades and the outcomes recorded. */
class ScorecardTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 8, 15);
  private static final LocalDate LATE_JUNE = LocalDate.of(2026, 6, 20);

  private static Objective objective(String id, Owner owner, String cycleId, Double value) {
    KeyResult keyResult = KeyResult.increase("kr-" + id, "Tickets answered within a day", 0, 100, "%");
    if (value != null) {
      keyResult = keyResult.withCheckIn(CheckIn.of(cycleId.equals("q2") ? LATE_JUNE : AS_OF, value, 0.5));
    }
    return Objective.builder().id(id).title("Objective " + id).owner(owner).cycleId(cycleId)
        .addKeyResult(keyResult).build();
  }

  private static Objective closed(Objective objective, ObjectiveOutcome outcome) {
    return Objective.builder().from(objective).status(OkrStatus.CLOSED).outcome(outcome).build();
  }

  /**
   * Q2 has ended: an aspirational 80 % (GREEN, met at 0.7), a committed 50 % (YELLOW, not met), a
   * closed 22 % (RED, MISSED), one without check-ins and a cancelled one; Q3 runs.
   */
  private static Rollup rollup() {
    Objective green = Objective.builder().from(objective("o-green", Owner.organization(), "q2", 80.0))
        .type(ObjectiveType.ASPIRATIONAL).build();
    OrganizationSnapshot snapshot = OrganizationSnapshot.builder()
        .addCycle(Cycle.of("q2", "2026-Q2", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)))
        .addCycle(Cycle.of("q3", "2026-Q3", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)))
        .addTeam(Team.of("support", "Customer support"))
        .addPerson(Person.builder().id("lara").name("Lara Novak").teamId("support").build())
        .addObjective(closed(green, ObjectiveOutcome.ACHIEVED))
        .addObjective(closed(objective("o-yellow", Owner.team("support"), "q2", 50.0), ObjectiveOutcome.ACHIEVED))
        .addObjective(closed(objective("o-red", Owner.person("lara"), "q2", 22.0), ObjectiveOutcome.MISSED))
        .addObjective(objective("o-silent", Owner.person("lara"), "q2", null))
        .addObjective(Objective.builder().from(objective("o-cancelled", Owner.organization(), "q2", 10.0))
            .status(OkrStatus.CANCELLED).build())
        .addObjective(objective("o-running", Owner.organization(), "q3", 30.0))
        .build();
    return Rollup.of(snapshot, AS_OF, Policy.defaults());
  }

  @Test
  void anEndedCycleCountsWhatWasMetTheGradesAndTheOutcomesOfItsCountedObjectives() {
    Scorecard q2 = rollup().scorecardOfOrganization("q2");
    assertEquals("q2", q2.cycleId());
    assertEquals(List.of("o-green", "o-yellow", "o-red", "o-silent"), q2.objectiveIds());
    assertEquals(4, q2.total());
    assertEquals(1, q2.met());
    assertEquals(Map.of(Grade.GREEN, 1, Grade.YELLOW, 1, Grade.RED, 1), q2.grades());
    assertEquals(1, q2.ungraded());
    assertEquals(Map.of(ObjectiveOutcome.ACHIEVED, 2, ObjectiveOutcome.PARTIAL, 0, ObjectiveOutcome.MISSED, 1),
        q2.outcomes());
    assertEquals(1, q2.withoutOutcome());
  }

  @Test
  void aPersonsAndATeamsScorecardHoldTheirOwnObjectives() {
    Scorecard lara = rollup().scorecardOfPerson("lara", "q2");
    assertEquals(List.of("o-red", "o-silent"), lara.objectiveIds());
    assertEquals(0, lara.met());
    assertEquals(Map.of(Grade.GREEN, 0, Grade.YELLOW, 0, Grade.RED, 1), lara.grades());
    assertEquals(List.of("o-yellow", "o-red", "o-silent"), rollup().scorecardOfTeam("support", "q2").objectiveIds());
  }

  @Test
  void aRunningCycleHasObjectivesButNoGradesAndAnUnknownCycleNone() {
    Scorecard q3 = rollup().scorecardOfOrganization("q3");
    assertEquals(List.of("o-running"), q3.objectiveIds());
    assertEquals(0, q3.met());
    assertEquals(1, q3.ungraded());
    assertEquals(0, rollup().scorecardOfOrganization("2025-Q4").total());
    assertThrows(NullPointerException.class, () -> rollup().scorecardOfOrganization(null));
  }
}
