package dev.alignkit.rules;

import dev.alignkit.okr.Objective;
import dev.alignkit.policy.Severity;

/** {@code okr.alignment.missing-parent}: the parent an objective aligns to exists in the snapshot. */
final class AlignmentMissingParentRule implements ObjectiveRule {
  private static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(RuleCodes.ALIGNMENT_MISSING_PARENT, Severity.ERROR, "objective", "parent");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void checkObjective(Objective objective, RuleContext context) {
    if (objective.alignment().isEmpty()) {
      return;
    }
    String parentId = objective.alignment().get().parentId();
    if (context.snapshot().objective(parentId).isEmpty()) {
      context.finding(ItemPath.objective(objective.id()).field("alignment").field("parentId"), objective.id())
          .about(objective)
          .argument("objective", objective.title())
          .argument("parent", parentId)
          .report();
    }
  }
}
