package dev.alignkit.rules;

import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.Objective;
import dev.alignkit.policy.Severity;

/**
 * {@code okr.alignment.missing-parent}: the parent a link names exists in the snapshot: an
 * objective, or for a link to a key result ({@code parentKind} {@code KEY_RESULT}) a key result of
 * one of its objectives. Reported at the link's parent id ({@code objectives[o].alignments[i].parentId})
 * with the id as {@code parent} and what it should name as {@code parentKind}; a missing key result
 * carries the suggestion {@value #KEY_RESULT_SUGGESTION}.
 */
final class AlignmentMissingParentRule extends AlignedObjectiveRule {
  static final String KEY_RESULT_SUGGESTION = RuleCodes.ALIGNMENT_MISSING_PARENT + ".key-result.suggestion";

  AlignmentMissingParentRule() {
    super(RuleCodes.ALIGNMENT_MISSING_PARENT, Severity.ERROR, "objective", "parent", "parentKind");
  }

  @Override
  void checkAlignment(Objective objective, int index, Alignment alignment, RuleContext context,
      Findings findings) {
    if (context.parentResolves(objective, index, alignment)) {
      return;
    }
    Findings.Draft finding = objectiveFinding(findings, ItemPath.alignment(objective.id(), index).field("parentId"),
            objective)
        .argument("parent", alignment.parentId())
        .argument("parentKind", alignment.parentKind());
    if (alignment.isToKeyResult()) {
      finding.suggestion(KEY_RESULT_SUGGESTION);
    }
    finding.report();
  }
}
