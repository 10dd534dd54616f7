package dev.alignkit.rules;

import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.KeyResultKind;
import dev.alignkit.okr.Objective;
import dev.alignkit.policy.Severity;

/**
 * {@code okr.key-result.direction}: an INCREASE key result's target lies above its start, a
 * DECREASE one's below; a start equal to the target can show no progress at all.
 */
final class KeyResultDirectionRule extends BuiltInRule implements KeyResultRule {
  KeyResultDirectionRule() {
    super(RuleCodes.KEY_RESULT_DIRECTION, Severity.ERROR, "keyResult", "kind", "start", "target");
  }

  @Override
  public void checkKeyResult(KeyResult keyResult, Objective objective, RuleContext context, Findings findings) {
    KeyResultKind kind = keyResult.kind().orElse(null);
    if ((kind != KeyResultKind.INCREASE && kind != KeyResultKind.DECREASE)
        || keyResult.start().isEmpty() || keyResult.target().isEmpty()) {
      return;
    }
    double start = keyResult.start().getAsDouble();
    double target = keyResult.target().getAsDouble();
    boolean rightWay = kind == KeyResultKind.INCREASE ? target > start : target < start;
    if (!rightWay) {
      keyResultFinding(findings, ItemPath.keyResult(objective.id(), keyResult.id()).field("target"),
              objective, keyResult, context)
          .argument("kind", kind)
          .argument("start", start)
          .argument("target", target)
          .report();
    }
  }
}
