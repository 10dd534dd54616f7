package dev.alignkit.rules;

import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.AlignmentKind;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.OkrStatus;
import dev.alignkit.policy.Severity;
import java.util.List;
import java.util.Optional;

/**
 * {@code okr.objective.no-key-results}: an active objective is measured by something: a key
 * result the rules count (a {@code ROLLUP} one too), or a counted child whose link to the
 * objective itself {@code CONTRIBUTES}. A child that contributes to one of its {@code ROLLUP} key
 * results counts there, never also in the objective directly; of two links from one child to one
 * parent, the first counts.
 */
final class ObjectiveNoKeyResultsRule extends BuiltInRule implements ObjectiveRule {
  ObjectiveNoKeyResultsRule() {
    super(RuleCodes.OBJECTIVE_NO_KEY_RESULTS, Severity.ERROR, "objective");
  }

  @Override
  public void checkObjective(Objective objective, RuleContext context, Findings findings) {
    if (objective.status() != OkrStatus.ACTIVE || isMeasured(objective, context)) {
      return;
    }
    objectiveFinding(findings, ItemPath.objective(objective.id()).field("keyResults"), objective)
        .report();
  }

  private static boolean isMeasured(Objective objective, RuleContext context) {
    // An indexed loop: most objectives have one key result, and the list's iterator is an object each.
    List<KeyResult> keyResults = objective.keyResults();
    for (int k = 0; k < keyResults.size(); k++) {
      if (!context.skips(keyResults.get(k).status())) {
        return true;
      }
    }
    for (Objective child : context.snapshot().childrenOf(objective.id())) {
      if (contributesTo(child, objective, context) && !context.skips(child.status())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code child} counts in {@code parent} directly: its first link to the objective itself
   * contributes, and no link of it that counts contributes to a {@code ROLLUP} key result of
   * {@code parent}, where it counts instead.
   */
  private static boolean contributesTo(Objective child, Objective parent, RuleContext context) {
    List<Alignment> links = child.alignments();
    boolean[] repeats = AlignedObjectiveRule.repeats(links);
    boolean direct = false;
    boolean seenDirect = false;
    for (int i = 0; i < links.size(); i++) {
      Alignment link = links.get(i);
      if (repeats != null && repeats[i] || link.kind() != AlignmentKind.CONTRIBUTES && link.isToKeyResult()) {
        continue;
      }
      if (!link.isToKeyResult()) {
        if (!seenDirect && link.parentId().equals(parent.id())) {
          seenDirect = true;
          direct = link.kind() == AlignmentKind.CONTRIBUTES;
        }
      } else if (isRollupOf(link.parentId(), parent, context)) {
        return false;
      }
    }
    return direct;
  }

  private static boolean isRollupOf(String keyResultId, Objective parent, RuleContext context) {
    Optional<KeyResult> keyResult = context.snapshot().keyResult(keyResultId);
    return keyResult.isPresent() && keyResult.get().isRollup()
        && context.snapshot().objectiveOfKeyResult(keyResultId).filter(o -> o.id().equals(parent.id())).isPresent();
  }
}
