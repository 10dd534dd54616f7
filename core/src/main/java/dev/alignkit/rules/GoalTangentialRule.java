package dev.alignkit.rules;

import dev.alignkit.advice.Advisor;
import dev.alignkit.advice.AlignmentClass;
import dev.alignkit.advice.GoalAdvice;
import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.TargetSkill;
import dev.alignkit.policy.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code dev.goal.tangential}: an open development goal serves the current role, the target role
 * or the organization's work. A TANGENTIAL goal is a WARNING, an INFO when pursued on
 * the person's own time; the finding carries the advisor's ranked advice.
 */
final class GoalTangentialRule extends BuiltInRule implements PlanRule {
  GoalTangentialRule() {
    super(RuleCodes.GOAL_TANGENTIAL, Severity.WARNING, "goal", "skills");
  }

  @Override
  public void checkPlan(DevelopmentPlan plan, RuleContext context, Findings findings) {
    Advisor advisor = context.advisor();
    for (DevelopmentGoal goal : plan.goals()) {
      if (!goal.status().isOpen()) {
        continue;
      }
      // Classify first: advising also drafts EXPECTATIONS for a goal of a person performing
      // BELOW expectations whatever its class, which this rule would throw away.
      if (advisor.alignmentClass(plan, goal) != AlignmentClass.TANGENTIAL) {
        continue;
      }
      GoalAdvice advice = advisor.advise(plan, goal);
      List<String> skills = new ArrayList<>();
      for (TargetSkill target : goal.targetSkills()) {
        skills.add(context.skillNameOf(target.skillId()));
      }
      goalFinding(findings, ItemPath.goal(plan.id(), goal.id()).field("targetSkills"), plan, goal)
          .defaultSeverity(goal.ownTime() ? Severity.INFO : Severity.WARNING)
          .argument("skills", String.join(", ", skills))
          .advice(advice.suggestions())
          .report();
    }
  }
}
