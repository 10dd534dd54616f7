package dev.alignkit.rules;

import dev.alignkit.okr.Initiative;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.policy.Severity;

/**
 * {@code okr.initiative.unknown-key-result}: the key result an initiative says it moves is one of
 * its own objective's (of any status). A key result of another objective is unknown too: work
 * planned for another objective belongs there. Initiatives the policy skips are left alone.
 */
final class InitiativeUnknownKeyResultRule extends BuiltInRule implements ObjectiveRule {
  InitiativeUnknownKeyResultRule() {
    super(RuleCodes.INITIATIVE_UNKNOWN_KEY_RESULT, Severity.ERROR, "initiative", "keyResult", "objective");
  }

  @Override
  public void checkObjective(Objective objective, RuleContext context, Findings findings) {
    for (Initiative initiative : objective.initiatives()) {
      if (initiative.keyResultId().isEmpty() || context.skips(initiative.status())) {
        continue;
      }
      String keyResultId = initiative.keyResultId().get();
      if (!hasKeyResult(objective, keyResultId)) {
        findings.at(ItemPath.initiative(objective.id(), initiative.id()).field("keyResultId"),
                Subject.initiative(objective, initiative))
            .argument("initiative", initiative.title())
            .argument("keyResult", keyResultId)
            .argument("objective", objective.title())
            .report();
      }
    }
  }

  private static boolean hasKeyResult(Objective objective, String keyResultId) {
    for (KeyResult keyResult : objective.keyResults()) {
      if (keyResult.id().equals(keyResultId)) {
        return true;
      }
    }
    return false;
  }
}
