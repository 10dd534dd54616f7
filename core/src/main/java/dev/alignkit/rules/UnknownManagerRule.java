package dev.alignkit.rules;

import dev.alignkit.org.Person;
import dev.alignkit.policy.Severity;

/** {@code org.person.unknown-manager}: a manager id that is set names a person of the snapshot. */
final class UnknownManagerRule implements PersonRule {
  private static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(RuleCodes.PERSON_UNKNOWN_MANAGER, Severity.ERROR, "person", "manager");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void checkPerson(Person person, RuleContext context) {
    if (person.managerId().isPresent() && context.snapshot().person(person.managerId().get()).isEmpty()) {
      context.finding(ItemPath.person(person.id()).field("managerId"), person.id())
          .about(person)
          .argument("person", person.name())
          .argument("manager", person.managerId().get())
          .report();
    }
  }
}
