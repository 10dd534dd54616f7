package dev.alignkit.rules;

import dev.alignkit.okr.Objective;
import dev.alignkit.okr.Owner;
import dev.alignkit.policy.Severity;
import java.util.List;

/** {@code okr.objective.count}: an owner keeps at most a handful of objectives per cycle (3 to 5). */
final class ObjectiveCountRule extends BuiltInRule implements OwnerCycleRule {
  ObjectiveCountRule() {
    super(RuleCodes.OBJECTIVE_COUNT, Severity.WARNING, "owner", "cycle", "count", "limit");
  }

  @Override
  public void checkOwnerCycle(Owner owner, String cycleId, List<Objective> objectives, RuleContext context,
      Findings findings) {
    int limit = context.policy().maxObjectivesPerOwner();
    if (objectives.size() <= limit) {
      return;
    }
    findings.at(ItemPath.ownerCycle(owner, cycleId), Subject.owner(owner))
        .argument("owner", owner)
        .argument("cycle", cycleId)
        .argument("count", objectives.size())
        .argument("limit", limit)
        .report();
  }
}
