package dev.alignkit.rules;

import dev.alignkit.org.Person;
import dev.alignkit.policy.Severity;
import java.util.List;

/**
 * {@code org.reporting.cycle}: following manager links from a person never comes back to that
 * person. Every person on a cycle gets a finding, with the chain from them back to them.
 */
final class ReportingCycleRule implements PersonRule {
  private static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(RuleCodes.REPORTING_CYCLE, Severity.ERROR, "person", "chain");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void checkPerson(Person person, RuleContext context) {
    List<String> cycle = context.snapshot().reportingCycle(person.id());
    if (!cycle.isEmpty()) {
      context.finding(Path.person(person.id()).field("managerId"), person.id())
          .about(person)
          .argument("person", person.name())
          .argument("chain", LinkCycles.chain(cycle, 0))
          .report();
    }
  }
}
