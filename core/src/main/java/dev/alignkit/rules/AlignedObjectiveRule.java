package dev.alignkit.rules;

import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.Objective;
import dev.alignkit.policy.Severity;

/** A built-in rule about an objective's alignment: objectives without one are left alone. */
abstract class AlignedObjectiveRule extends BuiltInRule implements ObjectiveRule {
  AlignedObjectiveRule(String code, Severity defaultSeverity, String... arguments) {
    super(code, defaultSeverity, arguments);
  }

  @Override
  public final void checkObjective(Objective objective, RuleContext context, Findings findings) {
    if (objective.alignment().isPresent()) {
      checkAlignment(objective, objective.alignment().get(), context, findings);
    }
  }

  /** Checks an objective that aligns to a parent through {@code alignment}. */
  abstract void checkAlignment(Objective objective, Alignment alignment, RuleContext context, Findings findings);
}
