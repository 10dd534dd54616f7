package dev.alignkit.rules;

import dev.alignkit.org.Person;
import dev.alignkit.policy.Severity;

/** {@code org.person.unknown-manager}: a manager id that is set names a person of the snapshot. */
final class UnknownManagerRule extends BuiltInRule implements PersonRule {
  UnknownManagerRule() {
    super(RuleCodes.PERSON_UNKNOWN_MANAGER, Severity.ERROR, "person", "manager");
  }

  @Override
  public void checkPerson(Person person, RuleContext context, Findings findings) {
    if (person.managerId().isPresent() && context.snapshot().person(person.managerId().get()).isEmpty()) {
      personFinding(findings, ItemPath.person(person.id()).field("managerId"), person)
          .argument("manager", person.managerId().get())
          .report();
    }
  }
}
