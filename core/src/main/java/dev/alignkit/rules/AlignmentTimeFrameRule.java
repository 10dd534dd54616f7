package dev.alignkit.rules;

import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.Objective;
import dev.alignkit.policy.Severity;
import java.util.Optional;

/**
 * {@code okr.alignment.time-frame}: a child objective's cycle lies within its parent's, so that
 * the child can finish in time to count. Parents or cycles that do not resolve are left alone.
 */
final class AlignmentTimeFrameRule extends AlignedObjectiveRule {
  AlignmentTimeFrameRule() {
    super(RuleCodes.ALIGNMENT_TIME_FRAME, Severity.WARNING, "objective", "cycle", "parentCycle");
  }

  @Override
  void checkAlignment(Objective objective, int index, Alignment alignment, RuleContext context,
      Findings findings) {
    Optional<Objective> parent = context.snapshot().parentOf(alignment);
    if (parent.isEmpty()) {
      return;
    }
    Optional<Cycle> own = context.snapshot().cycleOf(objective);
    Optional<Cycle> theirs = context.snapshot().cycleOf(parent.get());
    if (own.isEmpty() || theirs.isEmpty()) {
      return;
    }
    boolean within = !own.get().startInclusive().isBefore(theirs.get().startInclusive())
        && !own.get().endInclusive().isAfter(theirs.get().endInclusive());
    if (!within) {
      objectiveFinding(findings, ItemPath.objective(objective.id()).field("cycleId"), objective)
          .argument("cycle", own.get().id())
          .argument("parentCycle", theirs.get().id())
          .report();
    }
  }
}
