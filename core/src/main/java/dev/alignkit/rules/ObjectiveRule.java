package dev.alignkit.rules;

import dev.alignkit.okr.Objective;

/** A rule that checks each objective the policy does not skip. */
public interface ObjectiveRule extends Rule {
  /** Checks one objective, reading {@code context} and reporting to {@code findings}. */
  void checkObjective(Objective objective, RuleContext context, Findings findings);
}
