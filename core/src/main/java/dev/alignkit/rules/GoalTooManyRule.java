package dev.alignkit.rules;

import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.policy.Severity;
import java.util.List;

/**
 * {@code dev.goal.too-many}: a person has at most {@code maxDevelopmentGoals} (3: one to
 * three) AGREED or ACTIVE goals per cycle, across their plans. Reported once, on the person's
 * first plan of the cycle.
 */
final class GoalTooManyRule extends BuiltInRule implements PlanRule {
  GoalTooManyRule() {
    super(RuleCodes.GOAL_TOO_MANY, Severity.ERROR, "person", "cycle", "count", "limit");
  }

  @Override
  public void checkPlan(DevelopmentPlan plan, RuleContext context, Findings findings) {
    // One finding per person and cycle, on the first of their plans in it: validation checks
    // plans in snapshot order, the order of plansOf.
    List<DevelopmentPlan> plansOfPerson = context.plansOfPersonOf(plan);
    for (int i = 0; i < plansOfPerson.size(); i++) {
      DevelopmentPlan same = plansOfPerson.get(i);
      if (same.cycleId().equals(plan.cycleId())) {
        if (!same.id().equals(plan.id())) {
          return;
        }
        break;
      }
    }
    int count = countedGoals(plansOfPerson, plan);
    int limit = context.policy().maxDevelopmentGoals();
    if (count > limit) {
      planFinding(findings, ItemPath.plan(plan.id()).field("goals"), plan, context)
          .argument("cycle", plan.cycleId())
          .argument("count", count)
          .argument("limit", limit)
          .report();
    }
  }

  /** The AGREED or ACTIVE goals of the plan's person in the plan's cycle, over all their plans ({@code plansOfPerson}). */
  private static int countedGoals(List<DevelopmentPlan> plansOfPerson, DevelopmentPlan plan) {
    int count = 0;
    for (DevelopmentPlan same : plansOfPerson) {
      if (!same.cycleId().equals(plan.cycleId())) {
        continue;
      }
      for (DevelopmentGoal goal : same.goals()) {
        if (goal.status().counts()) {
          count++;
        }
      }
    }
    return count;
  }
}
