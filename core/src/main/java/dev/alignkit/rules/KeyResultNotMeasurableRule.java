package dev.alignkit.rules;

import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.KeyResultKind;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.OrdinalZone;
import dev.alignkit.policy.Severity;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

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
    KeyResultKind kind = context.kindOf(keyResult);
    if (kind == KeyResultKind.ROLLUP) {
      return;
    }
    List<String> missing = missingFields(keyResult, kind);
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
    return missingFields(keyResult, keyResult.kind().orElse(null));
  }

  /** {@link #missingFields(KeyResult)} of a key result of the kind {@code kind} (null: none). */
  private static List<String> missingFields(KeyResult keyResult, @Nullable KeyResultKind kind) {
    // Most key results lack nothing: the list is made only when a field is missing.
    List<String> missing = List.of();
    if (kind == null) {
      missing = add(missing, "kind");
    }
    if (keyResult.target().isEmpty()) {
      missing = add(missing, "target");
    }
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
