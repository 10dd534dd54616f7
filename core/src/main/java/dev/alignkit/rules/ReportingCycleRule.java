package dev.alignkit.rules;

import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.policy.Severity;

/**
 * {@code org.reporting.cycle}: following manager links from a person never comes back to that
 * person. Every person on a cycle gets a finding, with the chain from them back to them.
 */
final class ReportingCycleRule extends BuiltInRule implements PersonRule {
  ReportingCycleRule() {
    super(RuleCodes.REPORTING_CYCLE, Severity.ERROR, "person", "chain");
  }

  @Override
  public void checkPerson(Person person, RuleContext context, Findings findings) {
    LinkCycles cycles = context.memo(ReportingCycleRule.class, () -> managerCycles(context.snapshot()));
    if (cycles.cycleThrough(person.id(), person.managerId().orElse(null)) != null) {
      personFinding(findings, ItemPath.person(person.id()).field("managerId"), person)
          .argument("chain", cycles.chainFrom(person.id()))
          .report();
    }
  }

  private static LinkCycles managerCycles(OrganizationSnapshot snapshot) {
    return new LinkCycles(id -> snapshot.person(id).flatMap(Person::managerId)
        .filter(manager -> snapshot.person(manager).isPresent())
        .orElse(null), snapshot.people().size());
  }
}
