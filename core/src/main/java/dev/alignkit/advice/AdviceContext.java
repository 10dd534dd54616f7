package dev.alignkit.advice;

import dev.alignkit.career.CareerLadder;
import dev.alignkit.career.Level;
import dev.alignkit.career.RoleRef;
import dev.alignkit.career.Skill;
import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.TargetSkill;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.policy.Policy;
import dev.alignkit.progress.CareerPaths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the classifier and the suggestion builders of one {@link Advisor} share: the snapshot, the
 * policy, the career paths, the active work, and the lookups and names they all use. Thread-safe.
 */
final class AdviceContext {
  private final OrganizationSnapshot snapshot;
  private final LocalDate asOf;
  private final Policy policy;
  private final CareerPaths paths;
  /** The active work by owning team, and the organization's; built on first use (see {@link #work}). */
  private volatile WorkIndex workIndex;
  /**
   * The person looked up last: classifying and advising on one plan's goals asks about its person
   * several times, and a lookup by id is a random access into a large table. Not volatile: a
   * thread that sees a stale or no entry looks the person up, and the entry's fields are final.
   */
  private @Nullable LastPerson lastPerson;

  private record LastPerson(String id, Optional<Person> person) {}

  AdviceContext(OrganizationSnapshot snapshot, LocalDate asOf, Policy policy) {
    this.snapshot = snapshot;
    this.asOf = asOf;
    this.policy = policy;
    this.paths = CareerPaths.of(snapshot, asOf, policy);
  }

  OrganizationSnapshot snapshot() {
    return snapshot;
  }

  Policy policy() {
    return policy;
  }

  CareerPaths paths() {
    return paths;
  }

  /**
   * The active work of the person's primary team first, then of their other teams, then the
   * organization's ({@link WorkIndex#work}).
   */
  List<WorkItem> work(String personId) {
    return workIndex().work(person(personId));
  }

  /** {@link WorkIndex#firstExercising} for the person. */
  WorkIndex.@Nullable Exercised firstExercising(String personId, List<String> skills) {
    return workIndex().firstExercising(person(personId), skills);
  }

  private WorkIndex workIndex() {
    WorkIndex index = workIndex;
    if (index == null) {
      // Built once per advisor rather than scanned per goal: a scan per goal made validating an
      // organization quadratic. A race builds two equal indexes; either may win.
      index = new WorkIndex(snapshot, asOf);
      workIndex = index;
    }
    return index;
  }

  /** {@link OrganizationSnapshot#person}, remembering the last answer. */
  Optional<Person> person(String personId) {
    LastPerson last = lastPerson;
    if (last != null && last.id().equals(personId)) {
      return last.person();
    }
    Optional<Person> person = snapshot.person(personId);
    lastPerson = new LastPerson(personId, person);
    return person;
  }

  Optional<RoleRef> currentRole(String personId) {
    return person(personId).flatMap(Person::role).filter(r -> paths.resolve(r).isPresent());
  }

  Optional<RoleRef> nextRole(RoleRef role) {
    return snapshot.ladder(role.ladderId())
        .flatMap(ladder -> ladder.nextLevel(role.levelId()).map(next -> RoleRef.of(ladder.id(), next.id())));
  }

  static List<String> skillIds(DevelopmentGoal goal) {
    List<String> ids = new ArrayList<>();
    for (TargetSkill target : goal.targetSkills()) {
      if (!ids.contains(target.skillId())) {
        ids.add(target.skillId());
      }
    }
    return ids;
  }

  /** The goal's skills that the catalog knows: advice names nothing absent from the snapshot. */
  List<String> knownSkills(DevelopmentGoal goal) {
    List<String> known = new ArrayList<>();
    for (String id : skillIds(goal)) {
      if (snapshot.skill(id).isPresent()) {
        known.add(id);
      }
    }
    return known;
  }

  Set<String> families(List<String> skills) {
    Set<String> families = new LinkedHashSet<>();
    for (String skill : skills) {
      snapshot.skill(skill).map(Skill::family).ifPresent(families::add);
    }
    return families;
  }

  /** "Engineering E3": the ladder's and the level's names. */
  String roleName(RoleRef role) {
    return snapshot.ladder(role.ladderId()).map(CareerLadder::name).orElse(role.ladderId()) + " "
        + snapshot.level(role).map(Level::name).orElse(role.levelId());
  }

  String name(String skillId) {
    return snapshot.skill(skillId).map(Skill::name).orElse(skillId);
  }

  String names(Iterable<String> skillIds) {
    List<String> names = new ArrayList<>();
    for (String id : skillIds) {
      names.add(name(id));
    }
    return String.join(", ", names);
  }
}
