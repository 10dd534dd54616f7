package dev.alignkit.rules;

import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.AlignmentKind;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.policy.Severity;
import java.util.Optional;

/**
 * {@code okr.alignment.contributes-to-measured}: a {@code CONTRIBUTES} link to a key result goes
 * to a {@code ROLLUP} one, which its contributors measure. A key result of any other kind, or
 * without a kind, has a measure of its own, so the link counts as {@code SUPPORTS}: the child's
 * progress counts nowhere through it. Reported at the link's kind
 * ({@code objectives[o].alignments[i].kind}), naming the key result by its id (a title could be one the viewer may not see; privacy replaces a hidden id); links to key
 * results that do not resolve are left to {@code okr.alignment.missing-parent}.
 */
final class AlignmentContributesToMeasuredRule extends AlignedObjectiveRule {
  AlignmentContributesToMeasuredRule() {
    super(RuleCodes.ALIGNMENT_CONTRIBUTES_TO_MEASURED, Severity.WARNING, "objective", "keyResult");
  }

  @Override
  void checkAlignment(Objective objective, int index, Alignment alignment, RuleContext context,
      Findings findings) {
    if (!contributesToMeasured(alignment, context)) {
      return;
    }
    objectiveFinding(findings, ItemPath.alignment(objective.id(), index).field("kind"), objective)
        .argument("keyResult", alignment.parentId())
        .report();
  }

  /**
   * Whether {@code alignment} is a {@code CONTRIBUTES} link to a key result of the snapshot that is
   * not {@code ROLLUP}, and so counts as {@code SUPPORTS}.
   */
  static boolean contributesToMeasured(Alignment alignment, RuleContext context) {
    if (alignment.kind() != AlignmentKind.CONTRIBUTES || !alignment.isToKeyResult()) {
      return false;
    }
    Optional<KeyResult> keyResult = context.snapshot().keyResult(alignment.parentId());
    return keyResult.isPresent() && !keyResult.get().isRollup();
  }
}
