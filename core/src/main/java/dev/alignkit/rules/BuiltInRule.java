package dev.alignkit.rules;

import dev.alignkit.career.CareerLadder;
import dev.alignkit.career.Level;
import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.GrowSession;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.org.Person;
import dev.alignkit.policy.Severity;

/**
 * A built-in rule: its descriptor, given once by the subclass, and the starts of findings that
 * many rules share, each about one kind of item and naming it by its usual first argument.
 */
abstract class BuiltInRule implements Rule {
  private final RuleDescriptor descriptor;

  BuiltInRule(String code, Severity defaultSeverity, String... arguments) {
    this.descriptor = RuleDescriptor.of(code, defaultSeverity, arguments);
  }

  @Override
  public final RuleDescriptor descriptor() {
    return descriptor;
  }

  /** A finding at {@code path} about {@code objective}, with its title as {@code objective}. */
  static Findings.Draft objectiveFinding(Findings findings, ItemPath path, Objective objective) {
    return findings.at(path, Subject.objective(objective)).argument("objective", objective.title());
  }

  /**
   * A finding at {@code path} about a key result of {@code objective}, with its title as
   * {@code keyResult}; see {@link #keyResultSubject} for whom it belongs to.
   */
  static Findings.Draft keyResultFinding(Findings findings, ItemPath path, Objective objective, KeyResult keyResult,
      RuleContext context) {
    return findings.at(path, keyResultSubject(objective, keyResult, context)).argument("keyResult", keyResult.title());
  }

  /**
   * What a finding about a key result is about: {@link Subject#keyResult}, which belongs to the key
   * result's owner; when that owner names no person of the snapshot
   * ({@code okr.key-result.unknown-owner}), the objective's owner instead, since no one's
   * per-person view would list a finding of a person who does not exist.
   */
  static Subject keyResultSubject(Objective objective, KeyResult keyResult, RuleContext context) {
    if (keyResult.ownerId().isPresent() && context.snapshot().person(keyResult.ownerId().get()).isEmpty()) {
      return Subject.keyResultOfObjectiveOwner(objective, keyResult);
    }
    return Subject.keyResult(objective, keyResult);
  }

  /** A finding at {@code path} about a person, with their name as {@code person}. */
  static Findings.Draft personFinding(Findings findings, ItemPath path, Person person) {
    return findings.at(path, Subject.person(person)).argument("person", person.name());
  }

  /** A finding at {@code path} about a plan, with its person's name as {@code person}. */
  static Findings.Draft planFinding(Findings findings, ItemPath path, DevelopmentPlan plan, RuleContext context) {
    return findings.at(path, Subject.plan(plan)).argument("person", context.nameOf(plan.personId()));
  }

  /** A finding at {@code path} about a goal of {@code plan}, with its statement as {@code goal}. */
  static Findings.Draft goalFinding(Findings findings, ItemPath path, DevelopmentPlan plan, DevelopmentGoal goal) {
    return findings.at(path, Subject.goal(plan, goal)).argument("goal", goal.statement());
  }

  /** A finding at {@code path} about a GROW session, with its id as {@code session}. */
  static Findings.Draft sessionFinding(Findings findings, ItemPath path, GrowSession session) {
    return findings.at(path, Subject.growSession(session)).argument("session", session.id());
  }

  /** A finding at {@code path} about a ladder, with its name as {@code ladder} and the level's id as {@code level}. */
  static Findings.Draft levelFinding(Findings findings, ItemPath path, CareerLadder ladder, Level level) {
    return findings.at(path, Subject.of(ladder.id())).argument("ladder", ladder.name()).argument("level", level.id());
  }
}
