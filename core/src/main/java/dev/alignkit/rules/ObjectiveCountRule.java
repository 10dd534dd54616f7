package dev.alignkit.rules;

import dev.alignkit.okr.Objective;
import dev.alignkit.okr.OkrStatus;
import dev.alignkit.okr.Owner;
import dev.alignkit.policy.Severity;
import java.util.List;

/**
 * {@code okr.objective.count}: an owner keeps at most a handful of objectives per cycle (3 to 5).
 * Finished work is not counted ({@link RuleContext#isFinished}): a cycle that has ended is left
 * alone, and CLOSED objectives of a running cycle do not count toward the limit.
 */
final class ObjectiveCountRule extends BuiltInRule implements OwnerCycleRule {
  ObjectiveCountRule() {
    super(RuleCodes.OBJECTIVE_COUNT, Severity.WARNING, "owner", "cycle", "count", "limit");
  }

  @Override
  public void checkOwnerCycle(Owner owner, String cycleId, List<Objective> objectives, RuleContext context,
      Findings findings) {
    int count;
    if (objectives instanceof OwnerCycleGroups.Group group) {
      // The validator's own groups: what this rule asks was gathered while each objective was at
      // hand, so the group's objectives need not be read again.
      if (context.cycleHasEndedAt(group.firstPosition())) {
        return;
      }
      count = group.notClosed();
    } else {
      if (context.snapshot().cycle(cycleId).map(cycle -> cycle.hasEnded(context.asOf())).orElse(false)) {
        return;
      }
      count = notClosed(objectives);
    }
    int limit = context.policy().maxObjectivesPerOwner();
    if (count <= limit) {
      return;
    }
    findings.at(ItemPath.ownerCycle(owner, cycleId), Subject.owner(owner))
        .argument("owner", owner)
        .argument("cycle", cycleId)
        .argument("count", count)
        .argument("limit", limit)
        .report();
  }

  // Every objective of the group is of this cycle, which has not ended (or does not resolve), so
  // an objective is finished exactly when it is CLOSED: no need to look its cycle up again.
  private static int notClosed(List<Objective> objectives) {
    int count = 0;
    for (int i = 0; i < objectives.size(); i++) {
      if (objectives.get(i).status() != OkrStatus.CLOSED) {
        count++;
      }
    }
    return count;
  }
}
