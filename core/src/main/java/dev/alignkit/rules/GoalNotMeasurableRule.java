package dev.alignkit.rules;

import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.policy.Severity;
import java.util.List;

/**
 * {@code dev.goal.not-measurable}: a development goal that is still open has at least one measure,
 * and each measure is measurable as a key result is (a kind, a target; for INCREASE and DECREASE a
 * start and a unit; for ORDINAL its zone texts).
 */
final class GoalNotMeasurableRule extends BuiltInRule implements PlanRule {
  GoalNotMeasurableRule() {
    super(RuleCodes.GOAL_NOT_MEASURABLE, Severity.ERROR, "goal", "missing");
  }

  @Override
  public void checkPlan(DevelopmentPlan plan, RuleContext context, Findings findings) {
    for (DevelopmentGoal goal : plan.goals()) {
      if (!goal.status().isOpen()) {
        continue;
      }
      if (goal.measures().isEmpty()) {
        goalFinding(findings, ItemPath.goal(plan.id(), goal.id()).field("measures"), plan, goal)
            .argument("missing", "a measure")
            .report();
        continue;
      }
      for (KeyResult measure : goal.measures()) {
        List<String> missing = KeyResultNotMeasurableRule.missingFields(measure);
        if (!missing.isEmpty()) {
          ItemPath firstMissing = ItemPath.measure(plan.id(), goal.id(), measure.id()).field(missing.get(0));
          goalFinding(findings, firstMissing, plan, goal)
              .argument("missing", String.join(", ", missing))
              .report();
        }
      }
    }
  }
}
