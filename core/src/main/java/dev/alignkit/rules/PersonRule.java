package dev.alignkit.rules;

import dev.alignkit.org.Person;

/** A rule that checks each person. */
public interface PersonRule extends Rule {
  /** Checks one person, reading {@code context} and reporting to {@code findings}. */
  void checkPerson(Person person, RuleContext context, Findings findings);
}
