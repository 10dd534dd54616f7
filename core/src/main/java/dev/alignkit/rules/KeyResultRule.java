package dev.alignkit.rules;

import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;

/** A rule that checks each key result the policy does not skip, of each objective it does not skip. */
public interface KeyResultRule extends Rule {
  /** Checks one key result of {@code objective}, reading {@code context} and reporting to {@code findings}. */
  void checkKeyResult(KeyResult keyResult, Objective objective, RuleContext context, Findings findings);
}
