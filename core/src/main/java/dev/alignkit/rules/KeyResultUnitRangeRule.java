package dev.alignkit.rules;

import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.policy.Severity;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * {@code okr.key-result.unit-range}: a key result measured in percent has its start, commit,
 * target and stretch within [0, 100]; 120 % or -5 % is most often a value typed in the wrong
 * unit. The unit is percent when it is exactly {@code %} once leading and trailing white space is
 * stripped ({@code " %"} is, {@code "percent"} and {@code "% of teams"} are not). Each value
 * outside is a finding of its own, at its field; the bounds themselves are fine. A {@code ROLLUP}
 * key result keeps such values unused (its contributors measure it): the rule does not apply to it.
 */
final class KeyResultUnitRangeRule extends BuiltInRule implements KeyResultRule {
  static final String PERCENT = "%";
  static final double MIN = 0;
  static final double MAX = 100;

  KeyResultUnitRangeRule() {
    super(RuleCodes.KEY_RESULT_UNIT_RANGE, Severity.WARNING, "keyResult", "field", "value", "min", "max");
  }

  @Override
  public void checkKeyResult(KeyResult keyResult, Objective objective, RuleContext context, Findings findings) {
    if (context.isRollup(keyResult)) {
      return;
    }
    Optional<String> unit = keyResult.unit();
    if (unit.isEmpty() || !unit.get().strip().equals(PERCENT)) {
      return;
    }
    // The values checked, one line each, in the order of the levels.
    check("start", keyResult.start(), keyResult, objective, context, findings);
    check("commit", keyResult.commit(), keyResult, objective, context, findings);
    check("target", keyResult.target(), keyResult, objective, context, findings);
    check("stretch", keyResult.stretch(), keyResult, objective, context, findings);
  }

  private static void check(String field, OptionalDouble value, KeyResult keyResult, Objective objective,
      RuleContext context, Findings findings) {
    if (value.isEmpty() || (value.getAsDouble() >= MIN && value.getAsDouble() <= MAX)) {
      return;
    }
    keyResultFinding(findings, ItemPath.keyResult(objective.id(), keyResult.id()).field(field), objective, keyResult,
            context)
        .argument("field", field)
        .argument("value", value.getAsDouble())
        .argument("min", MIN)
        .argument("max", MAX)
        .report();
  }
}
