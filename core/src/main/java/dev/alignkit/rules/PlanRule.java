package dev.alignkit.rules;

import dev.alignkit.development.DevelopmentPlan;

/** A rule that checks each development plan, with its goals. */
public interface PlanRule extends Rule {
  /** Checks one plan, reading {@code context} and reporting to {@code findings}. */
  void checkPlan(DevelopmentPlan plan, RuleContext context, Findings findings);
}
