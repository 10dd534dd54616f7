package dev.alignkit.rules;

import dev.alignkit.okr.Objective;
import dev.alignkit.policy.Severity;

/**
 * {@code okr.objective.no-cycle}: an objective that is not a DRAFT belongs to a cycle. A draft
 * without one is the backlog, which is fine. It looks at objectives of every status, those the
 * policy skips included: the rule checks what a status requires, so a CANCELLED objective without
 * a cycle is reported too.
 */
final class ObjectiveNoCycleRule extends BuiltInRule implements AnyStatusObjectiveRule {
  ObjectiveNoCycleRule() {
    super(RuleCodes.OBJECTIVE_NO_CYCLE, Severity.ERROR, "objective", "status");
  }

  @Override
  public void checkObjectiveOfAnyStatus(Objective objective, RuleContext context, Findings findings) {
    if (objective.cycleId().isEmpty() && !objective.isInBacklog()) {
      objectiveFinding(findings, ItemPath.objective(objective.id()).field("cycleId"), objective)
          .argument("status", objective.status())
          .report();
    }
  }
}
