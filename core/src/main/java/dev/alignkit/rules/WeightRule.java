package dev.alignkit.rules;

import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.AlignmentKind;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.policy.Severity;

/**
 * {@code okr.weight}: the weights that progress uses are above 0: every key result's (a
 * {@code ROLLUP} one's too), and that of each {@code CONTRIBUTES} link, to an objective or to a
 * key result, at {@code objectives[o].alignments[i].weight}. A {@code SUPPORTS} link carries no
 * weight that counts; nor does a link that repeats an earlier link to the same parent
 * ({@code okr.alignment.duplicate}) or a {@code CONTRIBUTES} link to a key result that is not
 * {@code ROLLUP}, which counts as {@code SUPPORTS} ({@code okr.alignment.contributes-to-measured}).
 */
final class WeightRule extends AlignedObjectiveRule implements KeyResultRule {
  WeightRule() {
    super(RuleCodes.WEIGHT, Severity.ERROR, "item", "weight");
  }

  @Override
  public void checkKeyResult(KeyResult keyResult, Objective objective, RuleContext context, Findings findings) {
    if (!(keyResult.weight() > 0)) {
      findings.at(ItemPath.keyResult(objective.id(), keyResult.id()).field("weight"),
              keyResultSubject(objective, keyResult, context))
          .argument("item", keyResult.title())
          .argument("weight", keyResult.weight())
          .report();
    }
  }

  @Override
  void checkAlignment(Objective objective, int index, Alignment alignment, RuleContext context,
      Findings findings) {
    if (alignment.kind() == AlignmentKind.CONTRIBUTES && !(alignment.weight() > 0)
        && !AlignmentContributesToMeasuredRule.contributesToMeasured(alignment, context)) {
      findings.at(ItemPath.alignment(objective.id(), index).field("weight"), Subject.objective(objective))
          .argument("item", objective.title())
          .argument("weight", alignment.weight())
          .report();
    }
  }
}
