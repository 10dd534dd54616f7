package dev.alignkit.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.CycleStatus;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.ObjectiveOutcome;
import dev.alignkit.okr.OkrStatus;
import dev.alignkit.okr.Owner;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.policy.Policy;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Objectives and key results of an ended cycle are ENDED and judged by grade and met, not by pace. */
class EndedCycleTest {
  private static final Cycle Q2 = Cycle.of("2026-Q2", "2026-Q2", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30));
  private static final LocalDate AFTER = LocalDate.of(2026, 7, 3);

  @Test
  void aClosedObjectiveAt22PercentIsRedEndedAndNeedsNoAttention() {
    // 0 -> 100 at 22: progress 0.22, far behind the pace of a full quarter (gap 0.78).
    Objective missed = Objective.builder().id("o-missed").title("Answer within a working day")
        .owner(Owner.team("support")).cycleId("2026-Q2").status(OkrStatus.CLOSED).outcome(ObjectiveOutcome.MISSED)
        .addKeyResult(KeyResult.increase("kr-missed", "Tickets answered within a day", 0, 100, "%")
            .withCheckIn(CheckIn.of(LocalDate.of(2026, 6, 20), 22, 0.2)))
        .build();
    Rollup rollup = Rollup.of(snapshot(Q2, missed), AFTER, Policy.defaults());
    ObjectiveRollup result = rollup.objective("o-missed").orElseThrow();
    assertEquals(OptionalDouble.of(0.22), result.progress());
    assertEquals(PaceStatus.ENDED, result.status());
    assertEquals(Optional.of(Grade.RED), result.grade());
    assertEquals(Optional.of(false), result.met());
    assertEquals(Optional.empty(), result.riskReason());
    assertEquals(OptionalDouble.empty(), result.forecast());
    KeyResultRollup keyResult = rollup.keyResult("kr-missed").orElseThrow();
    assertEquals(PaceStatus.ENDED, keyResult.status());
    assertEquals(Optional.empty(), keyResult.riskReason());
    assertEquals(Optional.of(Grade.RED), keyResult.grade());
    ProgressSummary summary = rollup.summaryOfOrganization();
    assertEquals(List.of(), summary.atRisk());
    assertEquals(1, summary.counts().get(PaceStatus.ENDED));
  }

  @Test
  void aCycleClosedBeforeItsLastDayHasEndedAndItsItemsHaveGrades() {
    Cycle closedEarly = Cycle.builder().from(Q2).status(CycleStatus.CLOSED).build();
    Objective done = Objective.builder().id("o-done").title("Launch in Spain").owner(Owner.organization())
        .cycleId("2026-Q2").addKeyResult(KeyResult.achieve("kr-launch", "Launch").withCheckIn(
            CheckIn.of(LocalDate.of(2026, 5, 2), 1, 0.9)))
        .addKeyResult(KeyResult.increase("kr-none", "Partners", 0, 10, "partners"))
        .build();
    Rollup rollup = Rollup.of(snapshot(closedEarly, done), LocalDate.of(2026, 5, 15), Policy.defaults());
    ObjectiveRollup result = rollup.objective("o-done").orElseThrow();
    assertEquals(PaceStatus.ENDED, result.status());
    assertEquals(Optional.of(Grade.GREEN), result.grade());
    assertEquals(PaceStatus.ENDED, rollup.keyResult("kr-launch").orElseThrow().status());
    // Without data too: nothing of an ended cycle is NO_DATA or pending.
    KeyResultRollup none = rollup.keyResult("kr-none").orElseThrow();
    assertEquals(PaceStatus.ENDED, none.status());
    assertEquals(Optional.empty(), none.grade());
    assertEquals(Optional.empty(), none.met());
  }

  @Test
  void endedSortsFirstAndCombinesBelowEveryOtherStatus() {
    assertEquals(PaceStatus.ENDED, PaceStatus.values()[0]);
    for (PaceStatus status : PaceStatus.values()) {
      assertEquals(status, PaceStatus.ENDED.worse(status));
      assertEquals(status, status.worse(PaceStatus.ENDED));
    }
  }

  private static OrganizationSnapshot snapshot(Cycle cycle, Objective objective) {
    return OrganizationSnapshot.builder().addCycle(cycle).addObjective(objective).build();
  }
}
