package dev.alignkit.rules;

import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.policy.Severity;

/**
 * {@code okr.key-result.unknown-owner}: a key result's own owner, when set, is a person of the
 * snapshot. The finding, like every finding about such a key result, belongs to the objective's
 * owner when that is a person ({@link BuiltInRule#keyResultSubject}): the owner it names is no one
 * who could see or fix it.
 */
final class KeyResultUnknownOwnerRule extends BuiltInRule implements KeyResultRule {
  KeyResultUnknownOwnerRule() {
    super(RuleCodes.KEY_RESULT_UNKNOWN_OWNER, Severity.ERROR, "keyResult", "owner");
  }

  @Override
  public void checkKeyResult(KeyResult keyResult, Objective objective, RuleContext context, Findings findings) {
    if (keyResult.ownerId().isEmpty()) {
      return;
    }
    String ownerId = keyResult.ownerId().get();
    if (context.snapshot().person(ownerId).isEmpty()) {
      keyResultFinding(findings, ItemPath.keyResult(objective.id(), keyResult.id()).field("ownerId"), objective,
              keyResult, context)
          .argument("owner", ownerId)
          .report();
    }
  }
}
