package dev.alignkit.rules;

import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.KeyResultKind;
import dev.alignkit.okr.Objective;
import dev.alignkit.policy.ActivityKind;
import dev.alignkit.policy.ActivityLexicon;
import dev.alignkit.policy.Severity;
import java.util.Optional;

/**
 * {@code okr.key-result.activity}: a key result names a result, not a to-do. Its title must not
 * match the policy's activity lexicon ({@link dev.alignkit.policy.Policy#activityLexicon()}, picked
 * by the content locale); the finding names the activity, and its suggestion the kind of result to
 * measure instead: {@value #MEETING_SUGGESTION}, {@value #LEARNING_SUGGESTION}, or the rule's own
 * for other work. ACHIEVE key results are milestones and exempt, and so are the key results of
 * finished objectives ({@link RuleContext#isFinished}: CLOSED, or of an ended cycle).
 */
final class KeyResultActivityRule extends BuiltInRule implements KeyResultRule {
  static final String MEETING_SUGGESTION = RuleCodes.KEY_RESULT_ACTIVITY + ".meeting.suggestion";
  static final String LEARNING_SUGGESTION = RuleCodes.KEY_RESULT_ACTIVITY + ".learning.suggestion";

  KeyResultActivityRule() {
    super(RuleCodes.KEY_RESULT_ACTIVITY, Severity.WARNING, "keyResult", "activity");
  }

  @Override
  public void checkKeyResult(KeyResult keyResult, Objective objective, RuleContext context, Findings findings) {
    if (context.isFinished(objective) || context.kindOf(keyResult) == KeyResultKind.ACHIEVE) {
      return;
    }
    Optional<ActivityLexicon.Activity> activity = context.policy().activityLexicon().find(keyResult.title());
    if (activity.isPresent()) {
      Findings.Draft finding = keyResultFinding(findings,
              ItemPath.keyResult(objective.id(), keyResult.id()).field("title"), objective, keyResult, context)
          .argument("activity", activity.get().words());
      if (activity.get().kind() == ActivityKind.MEETING) {
        finding.suggestion(MEETING_SUGGESTION);
      } else if (activity.get().kind() == ActivityKind.LEARNING) {
        finding.suggestion(LEARNING_SUGGESTION);
      }
      finding.report();
    }
  }
}
