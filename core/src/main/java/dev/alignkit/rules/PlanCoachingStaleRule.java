package dev.alignkit.rules;

import dev.alignkit.development.CoachingCheckIn;
import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.okr.Cycle;
import dev.alignkit.policy.Severity;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * {@code dev.plan.coaching-stale}: an open plan with open goals, in a cycle running on the as-of
 * date, has a coaching check-in within its cadence (default {@code coachingCadenceDays}, 31:
 * monthly). Measured from the later of the last coaching check-in and the cycle's start.
 */
final class PlanCoachingStaleRule extends BuiltInRule implements PlanRule {
  PlanCoachingStaleRule() {
    super(RuleCodes.PLAN_COACHING_STALE, Severity.WARNING, "person", "days", "cadence");
  }

  @Override
  public void checkPlan(DevelopmentPlan plan, RuleContext context, Findings findings) {
    Optional<Cycle> cycle = context.cycleOf(plan);
    LocalDate asOf = context.asOf();
    if (cycle.isEmpty() || !cycle.get().contains(asOf) || !GoalNoneRule.isOpen(plan, context)
        || !anyOpen(plan)) {
      return;
    }
    LocalDate since = cycle.get().startInclusive();
    for (CoachingCheckIn checkIn : plan.coachingCheckIns()) {
      if (checkIn.date().isAfter(since) && !checkIn.date().isAfter(asOf)) {
        since = checkIn.date();
      }
    }
    long days = ChronoUnit.DAYS.between(since, asOf);
    int cadence = plan.coachingCadenceDays().orElse(context.policy().coachingCadenceDays());
    if (days > cadence) {
      planFinding(findings, ItemPath.plan(plan.id()).field("coachingCheckIns"), plan, context)
          .argument("days", days)
          .argument("cadence", cadence)
          .report();
    }
  }

  static boolean anyOpen(DevelopmentPlan plan) {
    for (DevelopmentGoal goal : plan.goals()) {
      if (goal.status().isOpen()) {
        return true;
      }
    }
    return false;
  }
}
