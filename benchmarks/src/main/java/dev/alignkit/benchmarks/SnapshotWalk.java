package dev.alignkit.benchmarks;

import dev.alignkit.career.Assessment;
import dev.alignkit.career.CareerLadder;
import dev.alignkit.career.Expectation;
import dev.alignkit.career.LateralMove;
import dev.alignkit.career.Level;
import dev.alignkit.career.Opening;
import dev.alignkit.career.RoleRef;
import dev.alignkit.career.Skill;
import dev.alignkit.career.SkillProfile;
import dev.alignkit.development.CoachingCheckIn;
import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.SupportActivity;
import dev.alignkit.development.TargetSkill;
import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.Initiative;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.Owner;
import dev.alignkit.okr.OwnerKind;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.org.Team;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * P5's floor: one pass over a snapshot that touches every value once and does nothing else, so that
 * its time is what reading the snapshot costs at all (docs/performance.md, "P5").
 *
 * <p>It adds every number, date (as its epoch day), enum (as its ordinal) and string length into
 * a checksum, and follows every id that points at another item once, through the snapshot's own
 * lookups (the hash maps the rules and the roll-up use), adding 1 when it resolves. Each of these is
 * one value. Lists are walked with indexed loops; sets and maps, which have no index, with their
 * iterators, and only when they are not empty.
 *
 * <p>The walk makes no objects of its own, but the model's API does, and on JDK 17 the JIT removes
 * few of them: every getter of an optional field returns a new {@code Optional} or
 * {@code OptionalDouble} (which escape analysis cannot remove, because {@code Optional.ofNullable}
 * merges it with the shared empty one), a set's iterator is an object, and
 * {@code OrganizationSnapshot.level} walks a ladder's levels with an iterator. That garbage is part
 * of what reading today's snapshot costs, and docs/performance.md records it.
 *
 * <p>It covers the kinds of item the benchmark's organizations have: people, teams, cycles,
 * objectives with their alignments, key results, check-ins and initiatives, development plans with
 * their goals, measures, support activities and coaching check-ins, skill profiles, the skill
 * catalog, ladders, lateral moves and openings. Visions, GROW sessions and waivers (the generator
 * makes none) and items' vendor attributes (always empty there) are not walked. Not thread-safe;
 * make one per walk.
 */
final class SnapshotWalk {
  private final OrganizationSnapshot snapshot;
  private long sum;
  private double numbers;
  private long values;

  private SnapshotWalk(OrganizationSnapshot snapshot) {
    this.snapshot = snapshot;
  }

  /**
   * Walks {@code snapshot} once.
   *
   * @return the walk, for its {@link #checksum()} and {@link #values()}
   */
  static SnapshotWalk of(OrganizationSnapshot snapshot) {
    SnapshotWalk walk = new SnapshotWalk(snapshot);
    walk.walk();
    return walk;
  }

  /** Everything the walk added up, so that none of its reads can be left out. */
  long checksum() {
    return sum + Double.doubleToRawLongBits(numbers);
  }

  /** How many values the walk touched: numbers, dates, enums, string lengths and ids followed. */
  long values() {
    return values;
  }

  private void walk() {
    List<Team> teams = snapshot.teams();
    for (int i = 0; i < teams.size(); i++) {
      Team team = teams.get(i);
      text(team.id());
      text(team.name());
      text(team.description());
    }
    List<Cycle> cycles = snapshot.cycles();
    for (int i = 0; i < cycles.size(); i++) {
      Cycle cycle = cycles.get(i);
      text(cycle.id());
      text(cycle.name());
      date(cycle.startInclusive());
      date(cycle.endInclusive());
      ordinal(cycle.status());
    }
    List<Person> people = snapshot.people();
    for (int i = 0; i < people.size(); i++) {
      person(people.get(i));
    }
    List<Objective> objectives = snapshot.objectives();
    for (int i = 0; i < objectives.size(); i++) {
      objective(objectives.get(i));
    }
    List<DevelopmentPlan> plans = snapshot.plans();
    for (int i = 0; i < plans.size(); i++) {
      plan(plans.get(i));
    }
    List<SkillProfile> profiles = snapshot.profiles();
    for (int i = 0; i < profiles.size(); i++) {
      profile(profiles.get(i));
    }
    career();
  }

  private void person(Person person) {
    text(person.id());
    text(person.name());
    followTeam(person.teamId());
    Set<String> otherTeams = person.otherTeamIds();
    if (!otherTeams.isEmpty()) {
      for (String other : otherTeams) {
        followTeam(other);
      }
    }
    followPerson(person.managerId());
    followRole(person.role());
    flag(person.hrAdministrator());
  }

  private void objective(Objective objective) {
    text(objective.id());
    text(objective.title());
    text(objective.description());
    Owner owner = objective.owner();
    ordinal(owner.kind());
    Optional<String> ownerId = owner.id();
    if (ownerId.isPresent()) {
      if (owner.kind() == OwnerKind.PERSON) {
        followPerson(ownerId.get());
      } else {
        followTeam(ownerId.get());
      }
    }
    Optional<String> cycle = objective.cycleId();
    if (cycle.isPresent()) {
      follow(snapshot.cycle(cycle.get()).isPresent());
    }
    ordinal(objective.type());
    ordinal(objective.status());
    ordinal(objective.outcome());
    text(objective.retrospective());
    texts(objective.tags());
    followSkills(objective.skills());
    List<Alignment> alignments = objective.alignments();
    for (int i = 0; i < alignments.size(); i++) {
      Alignment alignment = alignments.get(i);
      follow(snapshot.parentOf(alignment).isPresent());
      ordinal(alignment.parentKind());
      ordinal(alignment.kind());
      number(alignment.weight());
    }
    List<KeyResult> keyResults = objective.keyResults();
    for (int i = 0; i < keyResults.size(); i++) {
      keyResult(keyResults.get(i));
    }
    List<Initiative> initiatives = objective.initiatives();
    for (int i = 0; i < initiatives.size(); i++) {
      initiative(initiatives.get(i));
    }
    ordinal(objective.visibility());
  }

  /** A key result of an objective or a development goal's measure. */
  private void keyResult(KeyResult keyResult) {
    text(keyResult.id());
    text(keyResult.title());
    text(keyResult.description());
    followPerson(keyResult.ownerId());
    ordinal(keyResult.kind());
    number(keyResult.start());
    number(keyResult.target());
    number(keyResult.commit());
    number(keyResult.stretch());
    text(keyResult.unit());
    number(keyResult.current());
    number(keyResult.weight());
    ordinal(keyResult.status());
    Map<?, String> zones = keyResult.zoneTexts();
    if (!zones.isEmpty()) {
      for (String zone : zones.values()) {
        text(zone);
      }
    }
    List<CheckIn> checkIns = keyResult.checkIns();
    for (int i = 0; i < checkIns.size(); i++) {
      CheckIn checkIn = checkIns.get(i);
      date(checkIn.date());
      number(checkIn.value());
      number(checkIn.confidence());
      text(checkIn.note());
      followPerson(checkIn.authorId());
    }
  }

  private void initiative(Initiative initiative) {
    text(initiative.id());
    text(initiative.title());
    text(initiative.description());
    Optional<String> keyResult = initiative.keyResultId();
    if (keyResult.isPresent()) {
      follow(snapshot.keyResult(keyResult.get()).isPresent());
    }
    flag(initiative.done());
    ordinal(initiative.status());
    texts(initiative.tags());
    followSkills(initiative.skills());
    Optional<String> goal = initiative.wovenGoalId();
    if (goal.isPresent()) {
      follow(snapshot.developmentGoal(goal.get()).isPresent());
    }
  }

  private void plan(DevelopmentPlan plan) {
    text(plan.id());
    followPerson(plan.personId());
    follow(snapshot.cycle(plan.cycleId()).isPresent());
    ordinal(plan.standing());
    followRole(plan.targetRole());
    OptionalInt cadence = plan.coachingCadenceDays();
    if (cadence.isPresent()) {
      sum += cadence.getAsInt();
      values++;
    }
    List<CoachingCheckIn> coaching = plan.coachingCheckIns();
    for (int i = 0; i < coaching.size(); i++) {
      CoachingCheckIn checkIn = coaching.get(i);
      date(checkIn.date());
      followPerson(checkIn.coachId());
      text(checkIn.note());
    }
    List<DevelopmentGoal> goals = plan.goals();
    for (int i = 0; i < goals.size(); i++) {
      goal(goals.get(i));
    }
    ordinal(plan.visibility());
  }

  private void goal(DevelopmentGoal goal) {
    text(goal.id());
    text(goal.statement());
    List<TargetSkill> skills = goal.targetSkills();
    for (int i = 0; i < skills.size(); i++) {
      TargetSkill skill = skills.get(i);
      followSkill(skill.skillId());
      number(skill.desired());
    }
    List<KeyResult> measures = goal.measures();
    for (int i = 0; i < measures.size(); i++) {
      keyResult(measures.get(i));
    }
    List<SupportActivity> support = goal.supportActivities();
    for (int i = 0; i < support.size(); i++) {
      SupportActivity activity = support.get(i);
      ordinal(activity.kind());
      text(activity.description());
      text(activity.provider());
      number(activity.plannedHours());
    }
    followRole(goal.targetRole());
    Optional<String> woven = goal.wovenInto();
    if (woven.isPresent()) {
      follow(snapshot.indexOfObjective(woven.get()) >= 0 || snapshot.initiative(woven.get()).isPresent());
    }
    flag(goal.ownTime());
    number(goal.plannedShare());
    ordinal(goal.status());
    followPerson(goal.proposedBy());
    followPerson(goal.agreedBy());
    date(goal.agreedOn());
    ordinal(goal.visibility());
  }

  private void profile(SkillProfile profile) {
    followPerson(profile.personId());
    List<Assessment> assessments = profile.assessments();
    for (int i = 0; i < assessments.size(); i++) {
      Assessment assessment = assessments.get(i);
      followSkill(assessment.skillId());
      number(assessment.proficiency());
      date(assessment.date());
      ordinal(assessment.source());
      ordinal(assessment.visibility());
    }
  }

  /** The catalog, the ladders, the lateral moves and the openings: a few hundred values at any size. */
  private void career() {
    List<Skill> skills = snapshot.skillCatalog().skills();
    for (int i = 0; i < skills.size(); i++) {
      Skill skill = skills.get(i);
      text(skill.id());
      text(skill.name());
      text(skill.family());
      List<String> uris = skill.externalUris();
      for (int u = 0; u < uris.size(); u++) {
        text(uris.get(u));
      }
    }
    List<CareerLadder> ladders = snapshot.ladders();
    for (int i = 0; i < ladders.size(); i++) {
      CareerLadder ladder = ladders.get(i);
      text(ladder.id());
      text(ladder.name());
      ordinal(ladder.track());
      text(ladder.trackName());
      List<Level> levels = ladder.levels();
      for (int l = 0; l < levels.size(); l++) {
        Level level = levels.get(l);
        text(level.id());
        text(level.name());
        sum += level.rank();
        values++;
        List<Expectation> expectations = level.expectations();
        for (int e = 0; e < expectations.size(); e++) {
          Expectation expectation = expectations.get(e);
          followSkill(expectation.skillId());
          number(expectation.required());
          ordinal(expectation.importance());
          text(expectation.behaviour());
          flag(expectation.relax());
        }
      }
    }
    List<LateralMove> moves = snapshot.lateralMoves();
    for (int i = 0; i < moves.size(); i++) {
      LateralMove move = moves.get(i);
      text(move.id());
      followRole(move.from());
      followRole(move.to());
    }
    List<Opening> openings = snapshot.openings();
    for (int i = 0; i < openings.size(); i++) {
      Opening opening = openings.get(i);
      text(opening.id());
      followRole(opening.role());
      followTeam(opening.teamId());
      text(opening.title());
    }
  }

  private void followPerson(String id) {
    follow(snapshot.person(id).isPresent());
  }

  private void followPerson(Optional<String> id) {
    if (id.isPresent()) {
      followPerson(id.get());
    }
  }

  private void followTeam(String id) {
    follow(snapshot.team(id).isPresent());
  }

  private void followTeam(Optional<String> id) {
    if (id.isPresent()) {
      followTeam(id.get());
    }
  }

  private void followRole(RoleRef role) {
    follow(snapshot.level(role).isPresent());
  }

  private void followRole(Optional<RoleRef> role) {
    if (role.isPresent()) {
      followRole(role.get());
    }
  }

  private void followSkill(String id) {
    follow(snapshot.skill(id).isPresent());
  }

  private void followSkills(Set<String> ids) {
    if (!ids.isEmpty()) {
      for (String id : ids) {
        followSkill(id);
      }
    }
  }

  private void follow(boolean resolved) {
    sum += resolved ? 1 : 0;
    values++;
  }

  private void texts(Set<String> texts) {
    if (!texts.isEmpty()) {
      for (String text : texts) {
        text(text);
      }
    }
  }

  private void text(String text) {
    sum += text.length();
    values++;
  }

  private void text(Optional<String> text) {
    if (text.isPresent()) {
      text(text.get());
    }
  }

  private void number(double number) {
    numbers += number;
    values++;
  }

  private void number(OptionalDouble number) {
    if (number.isPresent()) {
      number(number.getAsDouble());
    }
  }

  private void date(LocalDate date) {
    sum += date.toEpochDay();
    values++;
  }

  private void date(Optional<LocalDate> date) {
    if (date.isPresent()) {
      date(date.get());
    }
  }

  private void ordinal(Enum<?> value) {
    sum += value.ordinal();
    values++;
  }

  private void ordinal(Optional<? extends Enum<?>> value) {
    if (value.isPresent()) {
      ordinal(value.get());
    }
  }

  private void flag(boolean flag) {
    sum += flag ? 1 : 0;
    values++;
  }
}
