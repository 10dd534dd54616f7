package dev.alignkit.rules;

import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.KeyResultKind;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.OrdinalZone;
import dev.alignkit.policy.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
    // Most key results lack nothing: the list is made only when a field is missing.
    List<String> missing = List.of();
    Optional<KeyResultKind> kindField = keyResult.kind();
    if (kindField.isEmpty()) {
      missing = add(missing, "kind");
    }
    if (keyResult.target().isEmpty()) {
      missing = add(missing, "target");
    }
    KeyResultKind kind = kindField.orElse(null);
    if (kind == KeyResultKind.INCREASE || kind == KeyResultKind.DECREASE) {
      if (keyResult.start().isEmpty()) {
        missing = add(missing, "start");
      }
      if (keyResult.unit().filter(u -> !u.isBlank()).isEmpty()) {
        missing = add(missing, "unit");
      }
    }
    if (kind == KeyResultKind.ORDINAL) {
      for (OrdinalZone zone : NAMED_ZONES) {
        String text = keyResult.zoneTexts().get(zone);
        if (text == null || text.isBlank()) {
          missing = add(missing, "zoneTexts");
          break;
        }
      }
    }
    return missing;
  }

  private static List<String> add(List<String> missing, String field) {
    List<String> more = missing.isEmpty() ? new ArrayList<>(4) : missing;
    more.add(field);
    return more;
  }

}
