package dev.alignkit.testing;

import dev.alignkit.career.CareerLadder;
import dev.alignkit.career.Level;
import dev.alignkit.career.ProficiencyScale;
import dev.alignkit.career.RoleRef;
import dev.alignkit.career.Skill;
import dev.alignkit.career.SkillCatalog;
import dev.alignkit.career.SkillProfile;
import dev.alignkit.career.LateralMove;
import dev.alignkit.career.Opening;
import dev.alignkit.development.CareerVision;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.GrowSession;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.Initiative;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.org.Team;
import dev.alignkit.org.Waiver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import org.quicktheories.core.Gen;

/**
 * The one place the generators assemble and take apart snapshots: the ids and names they share,
 * numbering of items per kind ({@code p-1}, {@code t-1}, {@code kr-1} ...), people seated in a
 * reporting tree, roles resolved among ladders, and a snapshot taken apart into lists that
 * breakages change by pick before it is built again.
 *
 * <p>A pick is a number from 0 to {@value #MAX_PICK} reduced modulo the candidates once they are
 * known, so a generator can choose "some person" before the people are numbered; small picks
 * shrink towards the first candidate. Ids that must not resolve end in 999.
 */
final class SnapshotParts {
  /** The largest pick; see the class comment. */
  static final int MAX_PICK = 999;

  /** The id of an item whose real id is given when it is placed. */
  static final String PLACEHOLDER_ID = "x";

  static final String MISSING_PERSON = "p-999";
  static final String MISSING_TEAM = "t-999";
  static final String MISSING_CYCLE = "c-999";
  static final String MISSING_OBJECTIVE = "o-999";
  static final String MISSING_INITIATIVE = "i-999";
  static final String MISSING_SKILL = "s-999";
  static final String MISSING_LADDER = "ld-999";
  static final String MISSING_LEVEL = "l-999";
  static final String MISSING_GOAL = "g-999";

  /**
   * The day the career, advice and privacy properties judge on: assessments of valid snapshots are
   * dated on or before it, and a cycle runs through it.
   */
  static final LocalDate AS_OF = LocalDate.of(2026, 8, 15);

  /** Items that breakages add are numbered from here, above anything a valid snapshot numbers. */
  static final int ADDED_ID_BASE = 100;

  static final List<String> PERSON_NAMES = List.of(
      "Ada", "Grace", "Linus", "Barbara", "Ken", "Margaret", "Dennis", "Frances", "Alan", "Radia");
  static final List<String> TEAM_NAMES = List.of("Platform", "Support", "Sales", "People", "Data", "Design");

  final List<Person> people;
  final List<Team> teams;
  final List<Cycle> cycles;
  final List<Objective> objectives;
  final List<Waiver> waivers;
  final List<CareerLadder> ladders;
  final List<SkillProfile> profiles;
  final List<LateralMove> moves;
  final List<Opening> openings;
  final List<DevelopmentPlan> plans;
  final List<CareerVision> visions;
  final List<GrowSession> sessions;
  SkillCatalog catalog;
  private final OrganizationSnapshot base;
  private int addedIds;

  private SnapshotParts(OrganizationSnapshot snapshot) {
    base = snapshot;
    people = new ArrayList<>(snapshot.people());
    teams = new ArrayList<>(snapshot.teams());
    cycles = new ArrayList<>(snapshot.cycles());
    objectives = new ArrayList<>(snapshot.objectives());
    waivers = new ArrayList<>(snapshot.waivers());
    ladders = new ArrayList<>(snapshot.ladders());
    profiles = new ArrayList<>(snapshot.profiles());
    moves = new ArrayList<>(snapshot.lateralMoves());
    openings = new ArrayList<>(snapshot.openings());
    plans = new ArrayList<>(snapshot.plans());
    visions = new ArrayList<>(snapshot.visions());
    sessions = new ArrayList<>(snapshot.growSessions());
    catalog = snapshot.skillCatalog();
  }

  /** A change that breaks a snapshot in business terms but never makes two ids of one kind equal. */
  @FunctionalInterface
  interface Breakage {
    void applyTo(SnapshotParts parts);
  }

  /** {@code snapshot} taken apart, each breakage applied in order, and built again. */
  static OrganizationSnapshot breakAll(OrganizationSnapshot snapshot, List<? extends Breakage> breakages) {
    SnapshotParts parts = new SnapshotParts(snapshot);
    for (Breakage breakage : breakages) {
      breakage.applyTo(parts);
    }
    return parts.build();
  }

  /** The snapshot of the parts as they are now; what the parts do not hold (attributes) stays as it was. */
  OrganizationSnapshot build() {
    return OrganizationSnapshot.builder().from(base)
        .people(people).teams(teams).cycles(cycles).objectives(objectives).waivers(waivers)
        .skillCatalog(catalog).ladders(ladders).profiles(profiles).lateralMoves(moves).openings(openings)
        .plans(plans).visions(visions).growSessions(sessions)
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Changes by pick; each does nothing when there is nothing to pick from

  /** A number for an added item, above anything the valid snapshot numbers, never used twice. */
  int nextAddedId() {
    return ADDED_ID_BASE + addedIds++;
  }

  Optional<Person> person(int pick) {
    return people.isEmpty() ? Optional.empty() : Optional.of(pick(people, pick));
  }

  Optional<CareerLadder> ladder(int pick) {
    return ladders.isEmpty() ? Optional.empty() : Optional.of(pick(ladders, pick));
  }

  void updatePerson(int pick, UnaryOperator<Person> change) {
    update(people, pick, change);
  }

  void updateObjective(int pick, UnaryOperator<Objective> change) {
    update(objectives, pick, change);
  }

  /** Changes the key result numbered {@code pick} modulo the key results of all objectives, in order. */
  void updateKeyResult(int pick, BiFunction<Objective, KeyResult, KeyResult> change) {
    int total = 0;
    for (Objective objective : objectives) {
      total += objective.keyResults().size();
    }
    if (total == 0) {
      return;
    }
    int remaining = pick % total;
    for (int i = 0; i < objectives.size(); i++) {
      Objective objective = objectives.get(i);
      if (remaining < objective.keyResults().size()) {
        List<KeyResult> keyResults = new ArrayList<>(objective.keyResults());
        keyResults.set(remaining, change.apply(objective, keyResults.get(remaining)));
        objectives.set(i, Objective.builder().from(objective).keyResults(keyResults).build());
        return;
      }
      remaining -= objective.keyResults().size();
    }
  }

  void updateLevel(int ladderPick, int levelPick, UnaryOperator<Level> change) {
    if (ladders.isEmpty()) {
      return;
    }
    int ladderIndex = ladderPick % ladders.size();
    CareerLadder ladder = ladders.get(ladderIndex);
    if (ladder.levels().isEmpty()) {
      return;
    }
    List<Level> levels = new ArrayList<>(ladder.levels());
    update(levels, levelPick, change);
    ladders.set(ladderIndex, CareerLadder.builder().from(ladder).levels(levels).build());
  }

  /** Changes the picked person's profile, giving them an empty one first if they have none. */
  void updateProfile(int personPick, UnaryOperator<SkillProfile> change) {
    Optional<Person> person = person(personPick);
    if (person.isEmpty()) {
      return;
    }
    String personId = person.get().id();
    for (int i = 0; i < profiles.size(); i++) {
      if (profiles.get(i).personId().equals(personId)) {
        profiles.set(i, change.apply(profiles.get(i)));
        return;
      }
    }
    profiles.add(change.apply(SkillProfile.of(personId, List.of())));
  }

  /** The first day of the objective's cycle, or {@code fallback} when the cycle does not resolve. */
  LocalDate cycleStart(Objective objective, LocalDate fallback) {
    return cycleOf(objective).map(Cycle::startInclusive).orElse(fallback);
  }

  /** The last day of the objective's cycle, or {@code fallback} when the cycle does not resolve. */
  LocalDate cycleEnd(Objective objective, LocalDate fallback) {
    return cycleOf(objective).map(Cycle::endInclusive).orElse(fallback);
  }

  /** {@code percent} of the way up the catalog's scale. */
  double onScale(int percent) {
    return onScale(catalog.scale(), percent);
  }

  private Optional<Cycle> cycleOf(Objective objective) {
    for (Cycle cycle : cycles) {
      if (cycle.id().equals(objective.cycleId())) {
        return Optional.of(cycle);
      }
    }
    return Optional.empty();
  }

  private static <T> void update(List<T> items, int pick, UnaryOperator<T> change) {
    if (!items.isEmpty()) {
      int i = pick % items.size();
      items.set(i, change.apply(items.get(i)));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Picks, ids and numbering

  /** Picks from 0 to {@value #MAX_PICK}; see the class comment. */
  static Gen<Integer> picks() {
    return Gens.ints(0, MAX_PICK);
  }

  /** Ids {@code prefix-1} to {@code prefix-max}. */
  static Gen<String> ids(String prefix, int max) {
    return Gens.ints(1, max).map(n -> prefix + "-" + n);
  }

  /** The candidate {@code pick} falls on; {@code candidates} must not be empty. */
  static <T> T pick(List<T> candidates, int pick) {
    return candidates.get(pick % candidates.size());
  }

  /** The items with ids {@code prefix-1}, {@code prefix-2} ... in order, set by {@code withId}. */
  static <T> List<T> numbered(List<T> items, String prefix, BiFunction<T, String, T> withId) {
    List<T> numbered = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      numbered.add(withId.apply(items.get(i), prefix + "-" + (i + 1)));
    }
    return numbered;
  }

  /** Teams {@code t-1} to {@code t-count}, named in turn. */
  static List<Team> teams(int count) {
    List<Team> teams = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      teams.add(Team.of("t-" + (i + 1), TEAM_NAMES.get(i % TEAM_NAMES.size())));
    }
    return teams;
  }

  /** A person's place in a reporting tree before numbering: manager and team are picks. */
  record Seat(int managerPick, Optional<Integer> teamPick, boolean hrAdministrator) {}

  /** Seats: manager and team picks, an HR administrator once in ten. */
  static Gen<Seat> seats() {
    return Gens.combine(picks(), picks(), Gens.oneIn(10), (manager, team, hr) -> new Seat(manager, Optional.of(team), hr));
  }

  /**
   * Person {@code p-(index + 1)} in the seat: named in turn, in the picked team, reporting to
   * someone numbered below them unless they are the first; a builder, for callers to add more.
   */
  static Person.Builder seated(int index, Seat seat, List<Team> teams) {
    Person.Builder person = Person.builder()
        .id("p-" + (index + 1))
        .name(PERSON_NAMES.get(index % PERSON_NAMES.size()))
        .teamId(seat.teamPick().filter(pick -> !teams.isEmpty()).map(pick -> pick(teams, pick).id()))
        .hrAdministrator(seat.hrAdministrator());
    if (index > 0) {
      person.managerId("p-" + (seat.managerPick() % index + 1));
    }
    return person;
  }

  /** People {@code p-1} to {@code p-n} in the seats; person {@code i > 1} reports to someone numbered below {@code i}. */
  static List<Person> reportingTree(List<Seat> seats, List<Team> teams) {
    List<Person> people = new ArrayList<>(seats.size());
    for (int i = 0; i < seats.size(); i++) {
      people.add(seated(i, seats.get(i), teams).build());
    }
    return people;
  }

  /** Renumbers key results {@code kr-1} ... and initiatives {@code i-1} ... across all objectives. */
  static List<Objective> numberedNested(List<Objective> objectives) {
    List<Objective> numbered = new ArrayList<>(objectives.size());
    int keyResultCount = 0;
    int initiativeCount = 0;
    for (Objective objective : objectives) {
      List<KeyResult> keyResults = new ArrayList<>(objective.keyResults().size());
      for (KeyResult keyResult : objective.keyResults()) {
        keyResults.add(KeyResult.builder().from(keyResult).id("kr-" + ++keyResultCount).build());
      }
      List<Initiative> initiatives = new ArrayList<>(objective.initiatives().size());
      for (Initiative initiative : objective.initiatives()) {
        initiatives.add(Initiative.builder().from(initiative).id("i-" + ++initiativeCount).build());
      }
      numbered.add(Objective.builder().from(objective).keyResults(keyResults).initiatives(initiatives).build());
    }
    return numbered;
  }

  // ---------------------------------------------------------------------------------------------
  // Roles and skills

  /** Whether a drafted role resolves, or names an unknown level or ladder. */
  enum RoleShape { RESOLVING, UNKNOWN_LEVEL, UNKNOWN_LADDER }

  /** A role before the ladders are numbered: picks are reduced modulo the ladders and their levels. */
  record RoleDraft(RoleShape shape, int ladderPick, int levelPick) {}

  /** Role drafts: six in eight resolve, one names an unknown level, one an unknown ladder. */
  static Gen<RoleDraft> roleDrafts() {
    return Gens.combine(
        Gens.frequency(
            Gens.weighted(6, Gens.constant(RoleShape.RESOLVING)),
            Gens.weighted(1, Gens.constant(RoleShape.UNKNOWN_LEVEL)),
            Gens.weighted(1, Gens.constant(RoleShape.UNKNOWN_LADDER))),
        picks(), picks(), RoleDraft::new);
  }

  /** The role a draft names among {@code ladders}; a resolving draft on a ladder without levels does not resolve. */
  static RoleRef role(RoleDraft draft, List<CareerLadder> ladders) {
    if (draft.shape() == RoleShape.UNKNOWN_LADDER || ladders.isEmpty()) {
      return RoleRef.of(MISSING_LADDER, "l-1");
    }
    CareerLadder ladder = pick(ladders, draft.ladderPick());
    if (draft.shape() == RoleShape.UNKNOWN_LEVEL || ladder.levels().isEmpty()) {
      return RoleRef.of(ladder.id(), MISSING_LEVEL);
    }
    return RoleRef.of(ladder.id(), pick(ladder.levels(), draft.levelPick()).id());
  }

  /** The id of the picked catalog skill; {@value #MISSING_SKILL} when the catalog has none. */
  static String skillId(SkillCatalog catalog, int pick) {
    List<Skill> skills = catalog.skills();
    return skills.isEmpty() ? MISSING_SKILL : pick(skills, pick).id();
  }

  /** {@code percent} of the way up {@code scale}. */
  static double onScale(ProficiencyScale scale, int percent) {
    return scale.min() + (scale.max() - scale.min()) * (percent / 100.0);
  }

  static OptionalDouble optionalDouble(Optional<Double> value) {
    return value.isPresent() ? OptionalDouble.of(value.get()) : OptionalDouble.empty();
  }
}
