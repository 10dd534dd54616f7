package dev.alignkit.rules;

import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.policy.Severity;
import java.util.List;

/**
 * {@code dev.goal.not-measurable}: a development goal that is still open has at least one measure,
 * and each measure is measurable as a key result is (a kind, a target; for INCREASE and DECREASE a
 * start and a unit; for ORDINAL its zone texts). A {@code ROLLUP} measure cannot be measured at
 * all: a {@code ROLLUP} key result counts the objectives that contribute to it, and nothing
 * contributes to a goal's measure. It is reported at its {@code kind}, with {@code kind} missing
 * and the suggestion {@value #ROLLUP_SUGGESTION}.
 */
final class GoalNotMeasurableRule extends BuiltInRule implements PlanRule {
  static final String ROLLUP_SUGGESTION = RuleCodes.GOAL_NOT_MEASURABLE + ".rollup.suggestion";

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
        if (measure.isRollup()) {
          goalFinding(findings, ItemPath.measure(plan.id(), goal.id(), measure.id()).field("kind"), plan, goal)
              .argument("missing", "kind")
              .suggestion(ROLLUP_SUGGESTION)
              .report();
          continue;
        }
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
