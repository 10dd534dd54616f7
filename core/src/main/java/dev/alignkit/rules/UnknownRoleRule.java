package dev.alignkit.rules;

import dev.alignkit.org.Person;
import dev.alignkit.policy.Severity;

/** {@code org.person.unknown-role}: a role that is set names a level of an existing ladder. */
final class UnknownRoleRule extends BuiltInRule implements PersonRule {
  UnknownRoleRule() {
    super(RuleCodes.PERSON_UNKNOWN_ROLE, Severity.ERROR, "person", "role");
  }

  @Override
  public void checkPerson(Person person, RuleContext context, Findings findings) {
    if (person.role().isPresent() && context.snapshot().level(person.role().get()).isEmpty()) {
      personFinding(findings, ItemPath.person(person.id()).field("role"), person)
          .argument("role", person.role().get())
          .report();
    }
  }
}
