package dev.alignkit.rules;

import dev.alignkit.org.Person;
import dev.alignkit.policy.Severity;
import java.util.List;

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
    List<String> cycle = context.snapshot().reportingCycle(person.id());
    if (!cycle.isEmpty()) {
      personFinding(findings, ItemPath.person(person.id()).field("managerId"), person)
          .argument("chain", LinkCycles.chain(cycle, 0))
          .report();
    }
  }
}
