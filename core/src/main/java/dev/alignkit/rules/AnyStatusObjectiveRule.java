package dev.alignkit.rules;

import dev.alignkit.okr.Objective;

/**
 * A built-in rule that checks every objective, whatever its status: what it checks is what a
 * status itself requires, so the policy's {@code skippedStatuses} do not apply to it.
 */
interface AnyStatusObjectiveRule extends Rule {
  /** Checks one objective of any status, reading {@code context} and reporting to {@code findings}. */
  void checkObjectiveOfAnyStatus(Objective objective, RuleContext context, Findings findings);
}
