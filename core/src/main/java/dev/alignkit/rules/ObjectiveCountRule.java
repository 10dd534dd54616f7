package dev.alignkit.rules;

import dev.alignkit.okr.Objective;
import dev.alignkit.okr.Owner;
import dev.alignkit.okr.OwnerKind;
import dev.alignkit.policy.Severity;
import java.util.List;

/** {@code okr.objective.count}: an owner keeps at most a handful of objectives per cycle (3 to 5). */
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
    RuleContext.FindingBuilder finding = context.finding(ownerPath(owner).then("cycles", cycleId), subject)
        .argument("owner", owner)
        .argument("cycle", cycleId)
        .argument("count", objectives.size())
        .argument("limit", limit);
    if (owner.kind() == OwnerKind.PERSON) {
      finding.person(subject);
    }
    finding.report();
  }

  /** {@code people[id]}, {@code teams[id]} or {@code organization}. */
  static Path ownerPath(Owner owner) {
    switch (owner.kind()) {
      case PERSON:
        return Path.person(owner.id().orElseThrow());
      case TEAM:
        return Path.item("teams", owner.id().orElseThrow());
      default:
        return Path.root("organization");
    }
  }
}
