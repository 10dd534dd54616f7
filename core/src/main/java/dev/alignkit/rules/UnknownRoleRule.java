package dev.alignkit.rules;

import dev.alignkit.org.Person;
import dev.alignkit.policy.Severity;

/** {@code org.person.unknown-role}: a role that is set names a level of an existing ladder. */
final class UnknownRoleRule implements PersonRule {
  private static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(RuleCodes.PERSON_UNKNOWN_ROLE, Severity.ERROR, "person", "role");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void checkPerson(Person person, RuleContext context) {
    if (person.role().isPresent() && context.snapshot().level(person.role().get()).isEmpty()) {
      context.finding(ItemPath.person(person.id()).field("role"), person.id())
          .about(person)
          .argument("person", person.name())
          .argument("role", person.role().get())
          .report();
    }
  }
}
