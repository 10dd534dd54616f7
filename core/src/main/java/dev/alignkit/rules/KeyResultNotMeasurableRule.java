package dev.alignkit.rules;

import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.KeyResultKind;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.OrdinalZone;
import dev.alignkit.policy.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code okr.key-result.not-measurable}: a key result has a kind and a target; INCREASE and
 * DECREASE ones also a start and a unit; ORDINAL ones a text for each of COMMIT, TARGET and
 * STRETCH. The path names the first missing field; {@code missing} lists them all. A
 * {@code ROLLUP} key result is measured by the objectives that contribute to it and needs none of
 * these: the rule does not apply to it.
 */
final class KeyResultNotMeasurableRule extends BuiltInRule implements KeyResultRule {
  private static final OrdinalZone[] NAMED_ZONES = {OrdinalZone.COMMIT, OrdinalZone.TARGET, OrdinalZone.STRETCH};

  KeyResultNotMeasurableRule() {
    super(RuleCodes.KEY_RESULT_NOT_MEASURABLE, Severity.ERROR, "keyResult", "missing");
  }

  @Override
  public void checkKeyResult(KeyResult keyResult, Objective objective, RuleContext context, Findings findings) {
    if (keyResult.isRollup()) {
      return;
    }
    List<String> missing = missingFields(keyResult);
    if (missing.isEmpty()) {
      return;
    }
    keyResultFinding(findings, ItemPath.keyResult(objective.id(), keyResult.id()).field(missing.get(0)),
            objective, keyResult, context)
        .argument("missing", String.join(", ", missing))
        .report();
  }

  /**
   * The fields a key result of its own measure lacks, in order ({@code kind}, {@code target},
   * {@code start}, {@code unit}, {@code zoneTexts}); what a {@code ROLLUP} one lacks is for the
   * caller to judge.
   */
  static List<String> missingFields(KeyResult keyResult) {
    List<String> missing = new ArrayList<>(4);
    if (keyResult.kind().isEmpty()) {
      missing.add("kind");
    }
    if (keyResult.target().isEmpty()) {
      missing.add("target");
    }
    KeyResultKind kind = keyResult.kind().orElse(null);
    if (kind == KeyResultKind.INCREASE || kind == KeyResultKind.DECREASE) {
      if (keyResult.start().isEmpty()) {
        missing.add("start");
      }
      if (keyResult.unit().filter(u -> !u.isBlank()).isEmpty()) {
        missing.add("unit");
      }
    }
    if (kind == KeyResultKind.ORDINAL) {
      for (OrdinalZone zone : NAMED_ZONES) {
        String text = keyResult.zoneTexts().get(zone);
        if (text == null || text.isBlank()) {
          missing.add("zoneTexts");
          break;
        }
      }
    }
    return missing;
  }
}
