package dev.alignkit.rules;

import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.policy.Severity;

/**
 * {@code okr.key-result.count}: an objective keeps at most a handful of key results; finished
 * objectives ({@link RuleContext#isFinished}: CLOSED, or of an ended cycle) are left alone.
 */
final class KeyResultCountRule extends BuiltInRule implements ObjectiveRule {
  KeyResultCountRule() {
    super(RuleCodes.KEY_RESULT_COUNT, Severity.WARNING, "objective", "count", "limit");
  }

  @Override
  public void checkObjective(Objective objective, RuleContext context, Findings findings) {
    if (context.isFinished(objective)) {
      return;
    }
    int count = 0;
    for (KeyResult keyResult : objective.keyResults()) {
      if (!context.skips(keyResult.status())) {
        count++;
      }
    }
    int limit = context.policy().maxKeyResultsPerObjective();
    if (count > limit) {
      objectiveFinding(findings, ItemPath.objective(objective.id()).field("keyResults"), objective)
          .argument("count", count)
          .argument("limit", limit)
          .report();
    }
  }
}
