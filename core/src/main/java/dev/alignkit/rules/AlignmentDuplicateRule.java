package dev.alignkit.rules;

import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.Objective;
import dev.alignkit.policy.Severity;
import java.util.List;

/**
 * {@code okr.alignment.duplicate}: an objective links to each parent once. A second link to the
 * same parent (the same parent id and parent kind, whatever its kind and weight) counts once: the
 * first link counts, with its kind and weight, and each later one is reported at its place
 * ({@code objectives[o].alignments[i]}), with the parent's id and kind. The other link rules leave
 * the later links alone.
 */
final class AlignmentDuplicateRule extends BuiltInRule implements ObjectiveRule {
  AlignmentDuplicateRule() {
    super(RuleCodes.ALIGNMENT_DUPLICATE, Severity.WARNING, "objective", "parent", "parentKind");
  }

  @Override
  public void checkObjective(Objective objective, RuleContext context, Findings findings) {
    List<Alignment> alignments = objective.alignments();
    boolean[] repeats = AlignedObjectiveRule.repeats(alignments);
    if (repeats == null) {
      return;
    }
    for (int i = 0; i < repeats.length; i++) {
      if (repeats[i]) {
        Alignment link = alignments.get(i);
        objectiveFinding(findings, ItemPath.alignment(objective.id(), i), objective)
            .argument("parent", link.parentId())
            .argument("parentKind", link.parentKind())
            .report();
      }
    }
  }
}
