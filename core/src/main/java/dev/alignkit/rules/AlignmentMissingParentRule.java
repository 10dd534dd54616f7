package dev.alignkit.rules;

import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.Objective;
import dev.alignkit.policy.Severity;

/** {@code okr.alignment.missing-parent}: the parent an objective aligns to exists in the snapshot. */
final class AlignmentMissingParentRule extends AlignedObjectiveRule {
  AlignmentMissingParentRule() {
    super(RuleCodes.ALIGNMENT_MISSING_PARENT, Severity.ERROR, "objective", "parent");
  }

  @Override
  void checkAlignment(Objective objective, int index, Alignment alignment, RuleContext context,
      Findings findings) {
    String parentId = alignment.parentId();
    if (context.snapshot().parentOf(alignment).isEmpty()) {
      objectiveFinding(findings, ItemPath.alignment(objective.id(), index).field("parentId"), objective)
          .argument("parent", parentId)
          .report();
    }
  }
}
