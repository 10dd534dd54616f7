package dev.alignkit.rules;

import dev.alignkit.okr.Objective;

/** A rule that checks each objective the policy does not skip. */
public interface ObjectiveRule extends Rule {
  /** Checks one objective, reporting to {@code context}. */
  void checkObjective(Objective objective, RuleContext context);
}
