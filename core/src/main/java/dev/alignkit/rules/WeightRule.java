package dev.alignkit.rules;

import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.AlignmentKind;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.policy.Severity;
import java.util.List;

/**
 * {@code okr.weight}: the weights that progress uses are above 0: every key result's, and the
 * alignment weight of a CONTRIBUTES child (a SUPPORTS link carries no weight that counts).
 */
final class WeightRule extends BuiltInRule implements KeyResultRule, ObjectiveRule {
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
  public void checkObjective(Objective objective, RuleContext context, Findings findings) {
    List<Alignment> alignments = objective.alignments();
    for (int i = 0; i < alignments.size(); i++) {
      Alignment alignment = alignments.get(i);
      if (alignment.kind() == AlignmentKind.CONTRIBUTES && !(alignment.weight() > 0)) {
        findings.at(ItemPath.alignment(objective.id(), i).field("weight"), Subject.objective(objective))
            .argument("item", objective.title())
            .argument("weight", alignment.weight())
            .report();
      }
    }
  }
}
