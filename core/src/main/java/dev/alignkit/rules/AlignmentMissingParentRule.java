package dev.alignkit.rules;

import dev.alignkit.okr.Objective;
import dev.alignkit.policy.Severity;

/** {@code okr.alignment.missing-parent}: the parent an objective aligns to exists in the snapshot. */
final class AlignmentMissingParentRule extends BuiltInRule implements ObjectiveRule {
  AlignmentMissingParentRule() {
    super(RuleCodes.ALIGNMENT_MISSING_PARENT, Severity.ERROR, "objective", "parent");
  }

  @Override
  public void checkObjective(Objective objective, RuleContext context, Findings findings) {
    if (objective.alignment().isEmpty()) {
      return;
    }
    String parentId = objective.alignment().get().parentId();
    if (context.snapshot().objective(parentId).isEmpty()) {
      findings.at(ItemPath.objective(objective.id()).field("alignment").field("parentId"), Subject.objective(objective))
          .argument("objective", objective.title())
          .argument("parent", parentId)
          .report();
    }
  }
}
