package dev.alignkit.rules;

import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.Objective;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.policy.Severity;

/**
 * {@code okr.alignment.cycle}: following parent links from an objective never comes back to it.
 * Every objective on a cycle gets a finding, with the chain; such objectives get no rolled-up
 * progress.
 */
final class AlignmentCycleRule extends AlignedObjectiveRule {
  AlignmentCycleRule() {
    super(RuleCodes.ALIGNMENT_CYCLE, Severity.ERROR, "objective", "chain");
  }

  @Override
  void checkAlignment(Objective objective, int index, Alignment alignment, RuleContext context,
      Findings findings) {
    LinkCycles cycles = context.memo(AlignmentCycleRule.class, () -> alignmentCycles(context.snapshot()));
    if (cycles.cycleThrough(objective.id(), alignment.parentId()) != null) {
      objectiveFinding(findings, ItemPath.alignment(objective.id(), index).field("parentId"), objective)
          .argument("chain", cycles.chainFrom(objective.id()))
          .report();
    }
  }

  static LinkCycles alignmentCycles(OrganizationSnapshot snapshot) {
    // A parent id that names no objective ends the chain one step later: it has no link of its own.
    return new LinkCycles(id -> snapshot.objective(id).flatMap(o -> o.alignments().stream().findFirst())
        .map(Alignment::parentId)
        .orElse(null), snapshot.objectives().size());
  }
}
