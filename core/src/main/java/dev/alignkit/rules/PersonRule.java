package dev.alignkit.rules;

import dev.alignkit.org.Person;

/** A rule that checks each person. */
public interface PersonRule extends Rule {
  /** Checks one person, reporting to {@code context}. */
  void checkPerson(Person person, RuleContext context);
}
