package dev.alignkit.rules;

import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.AlignmentKind;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.OkrStatus;
import dev.alignkit.policy.Severity;

/** {@code okr.objective.no-key-results}: an active objective is measured by something. */
final class ObjectiveNoKeyResultsRule extends BuiltInRule implements ObjectiveRule {
  ObjectiveNoKeyResultsRule() {
    super(RuleCodes.OBJECTIVE_NO_KEY_RESULTS, Severity.ERROR, "objective");
  }

  @Override
  public void checkObjective(Objective objective, RuleContext context, Findings findings) {
    if (objective.status() != OkrStatus.ACTIVE || isMeasured(objective, context)) {
      return;
    }
    objectiveFinding(findings, ItemPath.objective(objective.id()).field("keyResults"), objective)
        .report();
  }

  private static boolean isMeasured(Objective objective, RuleContext context) {
    for (KeyResult keyResult : objective.keyResults()) {
      if (!context.policy().skips(keyResult.status())) {
        return true;
      }
    }
    for (Objective child : context.snapshot().childrenOf(objective.id())) {
      if (contributesTo(child, objective) && !context.policy().skips(child.status())) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code child} has a contributing link to {@code parent} itself (not to one of its key results). */
  private static boolean contributesTo(Objective child, Objective parent) {
    for (Alignment link : child.alignments()) {
      if (link.kind() == AlignmentKind.CONTRIBUTES && !link.isToKeyResult() && link.parentId().equals(parent.id())) {
        return true;
      }
    }
    return false;
  }
}
