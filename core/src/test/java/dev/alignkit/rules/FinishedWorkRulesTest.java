package dev.alignkit.rules;

import static dev.alignkit.rules.RuleFixtures.AS_OF;
import static dev.alignkit.rules.RuleFixtures.JULY_1;
import static dev.alignkit.rules.RuleFixtures.only;
import static dev.alignkit.rules.RuleFixtures.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.CycleStatus;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.OkrStatus;
import dev.alignkit.okr.Owner;
import dev.alignkit.org.OrganizationSnapshot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rules about work in progress leave finished work alone (a CLOSED objective, or any objective of
 * an ended cycle); rules about structure keep reporting it.
 */
class FinishedWorkRulesTest {
  private static final LocalDate Q2_START = LocalDate.of(2026, 4, 1);
  private static final LocalDate Q2_END = LocalDate.of(2026, 6, 30);

  @Test
  void aClosedObjectiveWithAnActiveKeyResultInARunningCycleIsNotStale() {
    KeyResult old = KeyResult.increase("kr-old", "Raise NPS from 32 to 45", 32, 45, "points")
        .withCheckIn(CheckIn.of(JULY_1.plusDays(2), 36, 0.8));
    Objective active = Objective.builder().from(RuleFixtures.personalObjective()).keyResults(List.of(old)).build();
    Objective closed = Objective.builder().from(active).status(OkrStatus.CLOSED).build();

    Finding stale = only(RuleCodes.CHECK_IN_STALE, validate(withPersonal(active)));
    assertEquals("objectives[o-maya].keyResults[kr-old].checkIns", stale.path().toString());
    assertEquals(List.of(), validate(withPersonal(closed)).ofCode(RuleCodes.CHECK_IN_STALE));
  }

  @Test
  void unalignedIsSilentOnClosedObjectivesAndOnEndedCycles() {
    Objective loose = Objective.builder().from(RuleFixtures.teamObjective()).alignments(List.of()).build();
    Objective closed = Objective.builder().from(loose).status(OkrStatus.CLOSED).build();
    Objective lastQuarter = Objective.builder().from(loose).cycleId("2026-Q2").build();

    assertEquals(List.of("o-maya", "o-support"), unaligned(withTeam(loose)));
    // The personal objective below is not finished: its chain still ends at a team objective.
    assertEquals(List.of("o-maya"), unaligned(withTeam(closed)));
    // Q2 ended on 2026-06-30, before the as-of date, whatever its status says.
    assertEquals(List.of("o-maya"), unaligned(withTeam(lastQuarter)));
  }

  @Test
  void closedObjectivesDoNotCountTowardTheOwnersLimitAndEndedCyclesAreNotCounted() {
    List<Objective> six = personalObjectives("2026-Q3", 6);
    Finding tooMany = only(RuleCodes.OBJECTIVE_COUNT, validate(withMore(six)));
    assertEquals("7", tooMany.arguments().get("count")); // six and the fixture's own
    List<Objective> twoClosed = new ArrayList<>(six);
    twoClosed.set(0, Objective.builder().from(six.get(0)).status(OkrStatus.CLOSED).build());
    twoClosed.set(1, Objective.builder().from(six.get(1)).status(OkrStatus.CLOSED).build());
    assertEquals(List.of(), validate(withMore(twoClosed)).ofCode(RuleCodes.OBJECTIVE_COUNT));
    assertEquals(List.of(), validate(withMore(personalObjectives("2026-Q2", 7))).ofCode(RuleCodes.OBJECTIVE_COUNT));
  }

  @Test
  void aClosedCycleHasEndedBeforeItsLastDay() {
    Cycle closedEarly = Cycle.builder().from(Cycle.of("2026-Q3", "2026-Q3", JULY_1, LocalDate.of(2026, 9, 30)))
        .status(CycleStatus.CLOSED).build();
    assertTrue(closedEarly.hasEnded(AS_OF));
    assertFalse(Cycle.of("2026-Q3", "2026-Q3", JULY_1, LocalDate.of(2026, 9, 30)).hasEnded(AS_OF));
    assertFalse(Cycle.of("q", "q", Q2_START, AS_OF).hasEnded(AS_OF));
    assertTrue(Cycle.of("q", "q", Q2_START, AS_OF.minusDays(1)).hasEnded(AS_OF));
    Objective loose = Objective.builder().from(RuleFixtures.teamObjective()).alignments(List.of()).build();
    OrganizationSnapshot closedQuarter = RuleFixtures.clean().cycles(List.of(closedEarly))
        .objectives(List.of(RuleFixtures.companyObjective(), loose)).build();
    assertEquals(List.of(), validate(closedQuarter).ofCode(RuleCodes.ALIGNMENT_UNALIGNED));
  }

  @Test
  void keyResultCountAndActivityWordingLeaveFinishedObjectivesAlone() {
    List<KeyResult> six = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      six.add(KeyResult.increase("kr-" + i, "Raise NPS step " + i, 0, 10, "points")
          .withCheckIn(CheckIn.of(AS_OF.minusDays(1), 5, 0.8)));
    }
    six.set(5, KeyResult.increase("kr-6", "Attend weekly product feedback sessions", 0, 10, "sessions")
        .withCheckIn(CheckIn.of(AS_OF.minusDays(1), 5, 0.8)));
    Objective busy = Objective.builder().from(RuleFixtures.personalObjective()).keyResults(six).build();
    Objective closed = Objective.builder().from(busy).status(OkrStatus.CLOSED).build();

    Report running = validate(withPersonal(busy));
    assertEquals(1, running.ofCode(RuleCodes.KEY_RESULT_COUNT).size());
    assertEquals(1, running.ofCode(RuleCodes.KEY_RESULT_ACTIVITY).size());
    Report finished = validate(withPersonal(closed));
    assertEquals(List.of(), finished.ofCode(RuleCodes.KEY_RESULT_COUNT));
    assertEquals(List.of(), finished.ofCode(RuleCodes.KEY_RESULT_ACTIVITY));
  }

  @Test
  void rulesAboutStructureKeepReportingFinishedWork() {
    KeyResult backwards = KeyResult.builder().from(KeyResult.increase("kr-back", "Raise NPS", 45, 32, "points"))
        .weight(0).addCheckIn(CheckIn.of(AS_OF.minusDays(1), 40)).build();
    Objective closed = Objective.builder().from(RuleFixtures.personalObjective()).keyResults(List.of(backwards))
        .status(OkrStatus.CLOSED).build();
    Report report = validate(withPersonal(closed));
    assertEquals("objectives[o-maya].keyResults[kr-back].weight", only(RuleCodes.WEIGHT, report).path().toString());
    assertEquals(1, report.ofCode(RuleCodes.KEY_RESULT_DIRECTION).size());
  }

  private static OrganizationSnapshot withPersonal(Objective personal) {
    return RuleFixtures.withObjectives(RuleFixtures.companyObjective(), RuleFixtures.teamObjective(), personal);
  }

  private static OrganizationSnapshot withTeam(Objective team) {
    return quarters().objectives(List.of(RuleFixtures.companyObjective(), team, RuleFixtures.personalObjective()))
        .build();
  }

  private static OrganizationSnapshot withMore(List<Objective> more) {
    List<Objective> all = new ArrayList<>(List.of(RuleFixtures.companyObjective(), RuleFixtures.teamObjective(),
        RuleFixtures.personalObjective()));
    all.addAll(more);
    return quarters().objectives(all).build();
  }

  /** The clean organization with last quarter beside the running one. */
  private static OrganizationSnapshot.Builder quarters() {
    return RuleFixtures.clean().addCycle(Cycle.of("2026-Q2", "2026-Q2", Q2_START, Q2_END));
  }

  /** {@code count} objectives of Maya's in {@code cycleId}, each aligned and freshly checked in. */
  private static List<Objective> personalObjectives(String cycleId, int count) {
    List<Objective> objectives = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      LocalDate checkedIn = "2026-Q2".equals(cycleId) ? Q2_END.minusDays(1) : AS_OF.minusDays(1);
      objectives.add(Objective.builder().from(RuleFixtures.personalObjective()).id("o-maya-" + i)
          .cycleId(cycleId).keyResults(List.of(KeyResult.achieve("kr-m" + i, "Ship step " + i)
              .withCheckIn(CheckIn.of(checkedIn, 0, 0.8))))
          .build());
    }
    return objectives;
  }

  private static List<String> unaligned(OrganizationSnapshot snapshot) {
    return validate(snapshot).ofCode(RuleCodes.ALIGNMENT_UNALIGNED).stream().map(Finding::subjectId).toList();
  }
}
