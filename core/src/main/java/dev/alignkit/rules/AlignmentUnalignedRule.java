package dev.alignkit.rules;

import dev.alignkit.okr.Objective;
import dev.alignkit.okr.OwnerKind;
import dev.alignkit.policy.Severity;

/**
 * {@code okr.alignment.unaligned}: a team or personal objective reaches an organization objective
 * through some chain of links (personal OKRs derive from company OKRs); a link to a key result
 * leads to that key result's objective. With several parents one chain that arrives is enough. A
 * chain that breaks on a parent that does not resolve, or runs into an alignment cycle, is left to
 * those rules, so one problem gives one finding: the objective is reported only when every chain
 * from it ends at a top (an objective without links) that is not an organization objective. The
 * finding points at the objective's links ({@code objectives[o].alignments}); {@code root} names
 * the top that the chain of first links ends at (the objective itself when it has no link).
 * Finished objectives ({@link RuleContext#isFinished}: CLOSED, or of an ended cycle) are not
 * reported: aligning them would change nothing.
 */
final class AlignmentUnalignedRule extends BuiltInRule implements ObjectiveRule {
  AlignmentUnalignedRule() {
    super(RuleCodes.ALIGNMENT_UNALIGNED, Severity.WARNING, "objective", "root");
  }

  @Override
  public void checkObjective(Objective objective, RuleContext context, Findings findings) {
    if (context.isFinished(objective)) {
      return;
    }
    if (objective.owner().kind() == OwnerKind.ORGANIZATION) {
      return;
    }
    String root = AlignmentCycleRule.graph(context).unalignedTop(context.positionOf(objective));
    if (root != null) {
      objectiveFinding(findings, ItemPath.objective(objective.id()).field("alignments"), objective)
          .argument("root", root)
          .report();
    }
  }
}
