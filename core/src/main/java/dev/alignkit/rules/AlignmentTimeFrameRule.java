package dev.alignkit.rules;

import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.Objective;
import dev.alignkit.policy.Severity;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code okr.alignment.time-frame}: a child objective's cycle lies within the cycle of each of its
 * parents (for a link to a key result, that key result's objective), so that the child can finish
 * in time to count. One finding per parent cycle the child's does not fit in, in the order of the
 * links, at the child's {@code cycleId}: moving the child fixes every link to that cycle at once.
 * Parents or cycles that do not resolve are left alone.
 */
final class AlignmentTimeFrameRule extends BuiltInRule implements ObjectiveRule {
  AlignmentTimeFrameRule() {
    super(RuleCodes.ALIGNMENT_TIME_FRAME, Severity.WARNING, "objective", "cycle", "parentCycle");
  }

  @Override
  public void checkObjective(Objective objective, RuleContext context, Findings findings) {
    if (objective.alignments().isEmpty()) {
      return;
    }
    Optional<Cycle> own = context.cycleOf(objective);
    if (own.isEmpty()) {
      return;
    }
    int position = context.positionOf(objective);
    List<Alignment> links = objective.alignments();
    Set<String> reported = null;
    for (int j = 0; j < links.size(); j++) {
      Optional<Cycle> theirs = parentCycle(objective, position, j, context);
      if (theirs.isEmpty() || within(own.get(), theirs.get())) {
        continue;
      }
      if (reported == null) {
        reported = new HashSet<>();
      }
      if (reported.add(theirs.get().id())) {
        objectiveFinding(findings, ItemPath.objective(objective.id()).field("cycleId"), objective)
            .argument("cycle", own.get().id())
            .argument("parentCycle", theirs.get().id())
            .report();
      }
    }
  }

  /** The cycle of the objective the {@code j}-th link reaches, through positions when the snapshot holds the objective. */
  private static Optional<Cycle> parentCycle(Objective objective, int position, int j, RuleContext context) {
    if (position < 0) {
      return context.snapshot().parentOf(objective.alignments().get(j)).flatMap(context.snapshot()::cycleOf);
    }
    int parent = context.positions().linkTarget(position, j);
    return parent < 0 ? Optional.empty() : context.cycleAt(parent);
  }

  private static boolean within(Cycle own, Cycle theirs) {
    return !own.startInclusive().isBefore(theirs.startInclusive())
        && !own.endInclusive().isAfter(theirs.endInclusive());
  }
}
