package dev.alignkit.rules;

import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.Objective;
import dev.alignkit.policy.Severity;
import java.util.List;

/** A built-in rule about each of an objective's alignment links: objectives without one are left alone. */
abstract class AlignedObjectiveRule extends BuiltInRule implements ObjectiveRule {
  AlignedObjectiveRule(String code, Severity defaultSeverity, String... arguments) {
    super(code, defaultSeverity, arguments);
  }

  @Override
  public final void checkObjective(Objective objective, RuleContext context, Findings findings) {
    List<Alignment> alignments = objective.alignments();
    for (int i = 0; i < alignments.size(); i++) {
      checkAlignment(objective, i, alignments.get(i), context, findings);
    }
  }

  /**
   * Checks one link of an objective: {@code alignment}, at {@code index} in its
   * {@link Objective#alignments()} ({@link ItemPath#alignment(String, int)}).
   */
  abstract void checkAlignment(Objective objective, int index, Alignment alignment, RuleContext context,
      Findings findings);
}
