package dev.alignkit.rules;

import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.GoalStatus;
import dev.alignkit.org.Person;
import dev.alignkit.policy.Severity;

/**
 * {@code dev.plan.not-agreed}: every goal past PROPOSED (AGREED, ACTIVE, DONE) was agreed by
 * someone in the person's manager chain or an HR administrator (the manager must agree).
 * People without a manager are exempt.
 */
final class PlanNotAgreedRule extends BuiltInRule implements PlanRule {
  PlanNotAgreedRule() {
    super(RuleCodes.PLAN_NOT_AGREED, Severity.WARNING, "goal", "agreedBy");
  }

  @Override
  public void checkPlan(DevelopmentPlan plan, RuleContext context, Findings findings) {
    boolean hasManager = context.personOf(plan).flatMap(Person::managerId).isPresent();
    if (!hasManager) {
      return;
    }
    for (DevelopmentGoal goal : plan.goals()) {
      if (goal.status() == GoalStatus.PROPOSED || goal.status() == GoalStatus.DROPPED) {
        continue;
      }
      boolean agreed = goal.agreedBy().map(by -> context.snapshot().mayAgree(by, plan.personId())).orElse(false);
      if (!agreed) {
        goalFinding(findings, ItemPath.goal(plan.id(), goal.id()).field("agreedBy"), plan, goal)
            .argument("agreedBy", goal.agreedBy().orElse("nobody"))
            .report();
      }
    }
  }
}
