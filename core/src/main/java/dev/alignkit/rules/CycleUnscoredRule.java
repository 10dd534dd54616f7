package dev.alignkit.rules;

import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.OkrStatus;
import dev.alignkit.policy.Severity;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * {@code okr.cycle.unscored}: once a cycle's final-scoring window has passed (more than
 * {@code checkInGraceDays}, 14, after its last day), each of its objectives is closed with an
 * outcome ({@code docs/concepts.md}, "Closing a cycle"). An objective still ACTIVE is reported at
 * its {@code status}, a CLOSED one without an outcome at its {@code outcome}; DRAFT and CANCELLED
 * objectives are skipped as by every rule, and so are objectives without a resolving cycle.
 * Arguments: the objective's title, the cycle's id, the days since its end and the grace days.
 */
final class CycleUnscoredRule extends BuiltInRule implements ObjectiveRule {
  CycleUnscoredRule() {
    super(RuleCodes.CYCLE_UNSCORED, Severity.WARNING, "objective", "cycle", "days", "grace");
  }

  @Override
  public void checkObjective(Objective objective, RuleContext context, Findings findings) {
    Optional<Cycle> cycle = context.cycleOf(objective);
    if (cycle.isEmpty()) {
      return;
    }
    // Days between two dates: no date arithmetic that could overflow at the ends of LocalDate.
    long days = ChronoUnit.DAYS.between(cycle.get().endInclusive(), context.asOf());
    int grace = context.policy().checkInGraceDays();
    if (days <= grace) {
      return;
    }
    String field;
    if (objective.status() == OkrStatus.ACTIVE) {
      field = "status";
    } else if (objective.status() == OkrStatus.CLOSED && objective.outcome().isEmpty()) {
      field = "outcome";
    } else {
      return;
    }
    objectiveFinding(findings, ItemPath.objective(objective.id()).field(field), objective)
        .argument("cycle", cycle.get().id())
        .argument("days", days)
        .argument("grace", grace)
        .report();
  }
}
