package dev.alignkit.rules;

import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.KeyResultKind;
import dev.alignkit.okr.Objective;
import dev.alignkit.policy.Severity;
import dev.alignkit.progress.KeyResultProgress;
import java.util.OptionalDouble;

/**
 * {@code okr.key-result.direction}: the levels of a key result fit its kind. An INCREASE key
 * result's target lies above its start, a DECREASE one's below (a start equal to the target can
 * show no progress at all); a commit, when set, strictly between start and target, and a stretch,
 * when set, strictly beyond the target. Commit and stretch apply to INCREASE and DECREASE only: on
 * another kind they are reported too. The path names the first level that does not fit
 * ({@link KeyResultProgress#misplacedLevel}); {@code levels} lists those set, in the order they
 * should run. A wrong start or target keeps the default suggestion; a misplaced commit or stretch
 * suggests ordering the levels ({@value #ORDER_SUGGESTION}) or, on another kind, clearing them
 * ({@value #KIND_SUGGESTION}). A {@code ROLLUP} key result has no levels that count (its
 * contributors measure it): the rule does not apply to it.
 */
final class KeyResultDirectionRule extends BuiltInRule implements KeyResultRule {
  static final String ORDER_SUGGESTION = RuleCodes.KEY_RESULT_DIRECTION + ".order.suggestion";
  static final String KIND_SUGGESTION = RuleCodes.KEY_RESULT_DIRECTION + ".kind.suggestion";

  KeyResultDirectionRule() {
    super(RuleCodes.KEY_RESULT_DIRECTION, Severity.ERROR, "keyResult", "kind", "levels");
  }

  @Override
  public void checkKeyResult(KeyResult keyResult, Objective objective, RuleContext context, Findings findings) {
    KeyResultKind kind = context.kindOf(keyResult);
    if (kind == KeyResultKind.ROLLUP) {
      return;
    }
    String misplaced = KeyResultProgress.misplacedLevel(keyResult).orElse(null);
    if (misplaced == null) {
      return;
    }
    // Not null: a key result without a kind has no misplaced level.
    Findings.Draft finding = keyResultFinding(findings,
            ItemPath.keyResult(objective.id(), keyResult.id()).field(misplaced), objective, keyResult, context)
        .argument("kind", kind);
    StringBuilder levels = new StringBuilder();
    level(levels, "start", keyResult.start());
    level(levels, "commit", keyResult.commit());
    level(levels, "target", keyResult.target());
    level(levels, "stretch", keyResult.stretch());
    finding.argument("levels", levels.toString());
    if (kind != KeyResultKind.INCREASE && kind != KeyResultKind.DECREASE) {
      finding.suggestion(KIND_SUGGESTION);
    } else if (!misplaced.equals("target")) {
      finding.suggestion(ORDER_SUGGESTION);
    }
    finding.report();
  }

  /** Appends a level that is set to the {@code levels} text: {@code start 0, commit 30, target 20}. */
  private static void level(StringBuilder levels, String name, OptionalDouble value) {
    if (value.isPresent()) {
      levels.append(levels.length() == 0 ? "" : ", ").append(name).append(' ')
          .append(Findings.text(value.getAsDouble()));
    }
  }
}
