package dev.alignkit.rules;

import static dev.alignkit.rules.RuleFixtures.args;
import static dev.alignkit.rules.RuleFixtures.only;
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
import org.junit.jupiter.api.Test;

/** {@code okr.cycle.unscored}: after the grace days, a cycle's objectives are closed with an outcome. */
class CycleUnscoredRuleTest {
  private static final LocalDate END = LocalDate.of(2026, 6, 30);
  /** The last day of the default 14 grace days. */
  private static final LocalDate LAST_GRACE_DAY = END.plusDays(14);

  @Test
  void anActiveObjectiveIsUnscoredFromTheDayAfterTheGraceDaysOn() {
    Objective active = objective(OkrStatus.ACTIVE);
    assertEquals(List.of(), findings(active, END.plusDays(1)));
    assertEquals(List.of(), findings(active, LAST_GRACE_DAY));
    Finding finding = only(RuleCodes.CYCLE_UNSCORED, validate(active, LAST_GRACE_DAY.plusDays(1)));
    assertEquals("objectives[o-q2].status", finding.path().toString());
    assertEquals(args("objective", "Answer within a working day", "cycle", "2026-Q2", "days", "15", "grace", "14"),
        finding.arguments());
  }

  @Test
  void aClosedObjectiveNeedsAnOutcomeAndOneWithAnOutcomeIsScored() {
    Objective closed = objective(OkrStatus.CLOSED);
    LocalDate later = LocalDate.of(2026, 8, 15);
    assertEquals("objectives[o-q2].outcome",
        only(RuleCodes.CYCLE_UNSCORED, validate(closed, later)).path().toString());
    Objective scored = Objective.builder().from(closed).outcome(ObjectiveOutcome.MISSED).build();
    assertEquals(List.of(), findings(scored, later));
    // The outcome is what counts, not the retrospective.
    Objective withRetrospectiveOnly = Objective.builder().from(closed).retrospective("Too much at once.").build();
    assertEquals(1, findings(withRetrospectiveOnly, later).size());
  }

  @Test
  void draftsCancelledObjectivesAndCyclesClosedEarlyAreJudgedByTheEndDate() {
    LocalDate later = LocalDate.of(2026, 8, 15);
    assertEquals(List.of(), findings(objective(OkrStatus.DRAFT), later));
    assertEquals(List.of(), findings(objective(OkrStatus.CANCELLED), later));
    // A cycle closed before its last day: the grace days still count from that day.
    Cycle running = Cycle.of("2026-Q2", "2026-Q2", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 9, 30));
    Cycle closedEarly = Cycle.builder().from(running).status(CycleStatus.CLOSED).build();
    OrganizationSnapshot snapshot = snapshot(objective(OkrStatus.ACTIVE)).cycles(List.of(closedEarly)).build();
    assertEquals(List.of(), Validator.defaults().validate(snapshot, later).ofCode(RuleCodes.CYCLE_UNSCORED));
  }

  @Test
  void theGraceDaysComeFromThePolicy() {
    Policy strict = Policy.builder().checkInGraceDays(0).build();
    OrganizationSnapshot snapshot = snapshot(objective(OkrStatus.ACTIVE)).build();
    assertEquals(List.of(), Validator.builder().policy(strict).build().validate(snapshot, END).ofCode(RuleCodes.CYCLE_UNSCORED));
    assertEquals(1, Validator.builder().policy(strict).build().validate(snapshot, END.plusDays(1)).ofCode(RuleCodes.CYCLE_UNSCORED).size());
  }

  private static Objective objective(OkrStatus status) {
    return Objective.builder().id("o-q2").title("Answer within a working day").owner(Owner.team("support"))
        .cycleId("2026-Q2").status(status)
        .addKeyResult(KeyResult.decrease("kr-q2", "Cut first-reply time from 12 h to 4 h", 12, 4, "hours")
            .withCheckIn(CheckIn.of(END.minusDays(2), 5, 0.8)))
        .build();
  }

  private static OrganizationSnapshot.Builder snapshot(Objective objective) {
    return RuleFixtures.clean().addCycle(Cycle.of("2026-Q2", "2026-Q2", LocalDate.of(2026, 4, 1), END))
        .addObjective(objective);
  }

  private static Report validate(Objective objective, LocalDate asOf) {
    return Validator.defaults().validate(snapshot(objective).build(), asOf);
  }

  private static List<Finding> findings(Objective objective, LocalDate asOf) {
    return validate(objective, asOf).ofCode(RuleCodes.CYCLE_UNSCORED);
  }
}
