package dev.alignkit.rules;

import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.okr.CycleStatus;
import dev.alignkit.policy.Severity;

/**
 * {@code dev.goal.none}: an open plan (its cycle is not CLOSED) has at least
 * {@code minDevelopmentGoals} AGREED or ACTIVE goals; the suggestion names the policy's range.
 */
final class GoalNoneRule extends BuiltInRule implements PlanRule {
  GoalNoneRule() {
    super(RuleCodes.GOAL_NONE, Severity.WARNING, "person", "cycle", "count", "min", "max");
  }

  @Override
  public void checkPlan(DevelopmentPlan plan, RuleContext context, Findings findings) {
    if (!isOpen(plan, context)) {
      return;
    }
    int counted = 0;
    for (DevelopmentGoal goal : plan.goals()) {
      if (goal.status().counts()) {
        counted++;
      }
    }
    int min = context.policy().minDevelopmentGoals();
    if (counted < min) {
      planFinding(findings, ItemPath.plan(plan.id()).field("goals"), plan, context)
          .argument("cycle", plan.cycleId())
          .argument("count", counted)
          .argument("min", min)
          .argument("max", context.policy().maxDevelopmentGoals())
          .report();
    }
  }

  /** A plan is open while its cycle is not CLOSED; a cycle that does not resolve counts as open. */
  static boolean isOpen(DevelopmentPlan plan, RuleContext context) {
    return context.cycleOf(plan).map(c -> c.status() != CycleStatus.CLOSED).orElse(true);
  }
}
