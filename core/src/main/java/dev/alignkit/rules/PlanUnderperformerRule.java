package dev.alignkit.rules;

import dev.alignkit.progress.GapEntry;
import dev.alignkit.common.Visibility;
import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.PerformanceStanding;
import dev.alignkit.development.TargetSkill;
import dev.alignkit.policy.Severity;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code dev.plan.underperformer}: a person performing BELOW expectations has an open goal that
 * targets a gap of their current role (an underperformer's plan includes current-role
 * skills). The finding is always PRIVATE: it reveals the standing.
 */
final class PlanUnderperformerRule extends BuiltInRule implements PlanRule {
  PlanUnderperformerRule() {
    super(RuleCodes.PLAN_UNDERPERFORMER, Severity.WARNING, "person", "gaps");
  }

  @Override
  public void checkPlan(DevelopmentPlan plan, RuleContext context, Findings findings) {
    if (plan.standing().orElse(null) != PerformanceStanding.BELOW) {
      return;
    }
    Set<String> gaps = currentRoleGaps(plan.personId(), context);
    if (gaps.isEmpty()) {
      return;
    }
    for (DevelopmentGoal goal : plan.goals()) {
      if (!goal.status().isOpen()) {
        continue;
      }
      for (TargetSkill target : goal.targetSkills()) {
        if (gaps.contains(target.skillId())) {
          return;
        }
      }
    }
    // Always PRIVATE: the finding reveals the standing, whatever the plan's own visibility.
    findings.at(ItemPath.plan(plan.id()).field("goals"), Subject.plan(plan).visibleAs(Visibility.PRIVATE))
        .argument("person", context.nameOf(plan.personId()))
        .argument("gaps", gaps.stream().map(context::skillNameOf).collect(Collectors.joining(", ")))
        .report();
  }

  /** The skills the person's current role expects that they are UNDER or MISSING, in report order. */
  static Set<String> currentRoleGaps(String personId, RuleContext context) {
    Set<String> gaps = new LinkedHashSet<>();
    context.careerPaths().currentRole(personId).ifPresent(current -> {
      for (GapEntry entry : current.gaps()) {
        gaps.add(entry.skillId());
      }
    });
    return gaps;
  }
}
