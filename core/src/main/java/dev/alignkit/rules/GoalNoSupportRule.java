package dev.alignkit.rules;

import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.policy.Severity;

/**
 * {@code dev.goal.no-support}: an open development goal names at least one support activity
 * (on-the-job opportunities, courses, coaching).
 */
final class GoalNoSupportRule extends BuiltInRule implements PlanRule {
  GoalNoSupportRule() {
    super(RuleCodes.GOAL_NO_SUPPORT, Severity.WARNING, "goal");
  }

  @Override
  public void checkPlan(DevelopmentPlan plan, RuleContext context, Findings findings) {
    for (DevelopmentGoal goal : plan.goals()) {
      if (goal.status().isOpen() && goal.supportActivities().isEmpty()) {
        goalFinding(findings, ItemPath.goal(plan.id(), goal.id()).field("supportActivities"), plan, goal)
            .report();
      }
    }
  }
}
