package dev.alignkit.rules;

import dev.alignkit.okr.Objective;
import dev.alignkit.okr.Owner;
import dev.alignkit.okr.OwnerKind;
import dev.alignkit.policy.Severity;
import java.util.List;

/** {@code okr.objective.count}: an owner keeps at most a handful of objectives per cycle (seed 004: 3 to 5). */
final class ObjectiveCountRule implements OwnerCycleRule {
  private static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(RuleCodes.OBJECTIVE_COUNT, Severity.WARNING, "owner", "cycle", "count", "limit");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void checkOwnerCycle(Owner owner, String cycleId, List<Objective> objectives, RuleContext context) {
    int limit = context.policy().maxObjectivesPerOwner();
    if (objectives.size() <= limit) {
      return;
    }
    String subject = owner.id().orElse("organization");
    RuleContext.FindingBuilder finding = context.finding(ItemPath.ownerCycle(owner, cycleId), subject)
        .argument("owner", owner)
        .argument("cycle", cycleId)
        .argument("count", objectives.size())
        .argument("limit", limit);
    if (owner.kind() == OwnerKind.PERSON) {
      finding.person(subject);
    }
    finding.report();
  }
}
