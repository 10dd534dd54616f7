package dev.alignkit.rules;

import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.policy.Severity;

/**
 * {@code dev.goal.no-support}: an open development goal names at least one support activity
 * (seed 001: on-the-job opportunities, courses, coaching).
 */
final class GoalNoSupportRule implements PlanRule {
  private static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(RuleCodes.GOAL_NO_SUPPORT, Severity.WARNING, "goal");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void checkPlan(DevelopmentPlan plan, RuleContext context) {
    for (DevelopmentGoal goal : plan.goals()) {
      if (goal.status().isOpen() && goal.supportActivities().isEmpty()) {
        context.finding(ItemPath.goal(plan.id(), goal.id()).field("supportActivities"), goal.id())
            .about(plan, goal)
            .argument("goal", goal.statement())
            .report();
      }
    }
  }
}
