package dev.alignkit.rules;

import dev.alignkit.okr.Objective;
import dev.alignkit.policy.Severity;

/**
 * {@code okr.alignment.cycle}: following links from an objective, to parent objectives or to key
 * results (which lead to their objectives), never comes back to it. Every objective on a cycle
 * gets one finding, whatever the shape of the links around it: at its first link that stays on a
 * cycle through it ({@code objectives[o].alignments[i].parentId}), with a cycle that starts with
 * that link as {@code chain}. A link to the objective itself, or to one of its own key results,
 * is a cycle of one ({@code o -> o}). Such objectives get no rolled-up progress.
 */
final class AlignmentCycleRule extends BuiltInRule implements ObjectiveRule {
  AlignmentCycleRule() {
    super(RuleCodes.ALIGNMENT_CYCLE, Severity.ERROR, "objective", "chain");
  }

  @Override
  public void checkObjective(Objective objective, RuleContext context, Findings findings) {
    if (objective.alignments().isEmpty()) {
      return;
    }
    AlignmentGraph.OnCycle cycle = graph(context).cycleOf(context.positionOf(objective));
    if (cycle != null) {
      objectiveFinding(findings, ItemPath.alignment(objective.id(), cycle.linkIndex()).field("parentId"), objective)
          .argument("chain", cycle.chain())
          .report();
    }
  }

  /** The graph of this validation's links, shared with {@code okr.alignment.unaligned}. */
  static AlignmentGraph graph(RuleContext context) {
    return context.memo(AlignmentGraph.class, () -> new AlignmentGraph(context.snapshot()));
  }
}
