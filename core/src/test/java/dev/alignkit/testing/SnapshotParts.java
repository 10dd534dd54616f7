package dev.alignkit.testing;

import dev.alignkit.career.CareerLadder;
import dev.alignkit.career.LateralMove;
import dev.alignkit.career.Opening;
import dev.alignkit.career.ProficiencyScale;
import dev.alignkit.career.RoleRef;
import dev.alignkit.career.Skill;
import dev.alignkit.career.SkillCatalog;
import dev.alignkit.okr.Initiative;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.org.Person;
import dev.alignkit.org.Team;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.BiFunction;
import org.quicktheories.core.Gen;

/**
 * The one place the generators assemble snapshots: the ids and names they share, numbering of
 * items per kind ({@code p-1}, {@code t-1}, {@code kr-1} ...), people seated in a reporting tree,
 * roles, lateral moves and openings resolved among ladders. {@link SnapshotEdit} takes a snapshot
 * apart again for the breakages of the adversarial generators.
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
  static final String MISSING_KEY_RESULT = "kr-999";
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

  /**
   * A person's place in a reporting tree before numbering: manager, team and further teams are
   * picks.
   */
  record Seat(int managerPick, Optional<Integer> teamPick, boolean hrAdministrator, List<Integer> otherTeamPicks) {
    /** A seat in one team at most. */
    Seat(int managerPick, Optional<Integer> teamPick, boolean hrAdministrator) {
      this(managerPick, teamPick, hrAdministrator, List.of());
    }
  }

  /** Seats: manager and team picks, an HR administrator once in ten. */
  static Gen<Seat> seats() {
    return Gens.combine(picks(), picks(), Gens.oneIn(10), (manager, team, hr) -> new Seat(manager, Optional.of(team), hr));
  }

  /** Seats as {@link #seats()} gives them, one in four in up to two further teams. */
  static Gen<Seat> seatsInSeveralTeams() {
    Gen<List<Integer>> others = Gens.frequency(
        Gens.weighted(3, Gens.constant(List.of())), Gens.weighted(1, Gens.lists(picks(), 1, 2)));
    return Gens.combine(seats(), others,
        (seat, otherTeams) -> new Seat(seat.managerPick(), seat.teamPick(), seat.hrAdministrator(), otherTeams));
  }

  /**
   * Person {@code p-(index + 1)} in the seat: named in turn, in the picked team and the picked
   * further teams other than it, reporting to someone numbered below them unless they are the
   * first; a builder, for callers to add more.
   */
  static Person.Builder seated(int index, Seat seat, List<Team> teams) {
    Optional<String> teamId = seat.teamPick().filter(pick -> !teams.isEmpty()).map(pick -> pick(teams, pick).id());
    Person.Builder person = Person.builder()
        .id("p-" + (index + 1))
        .name(PERSON_NAMES.get(index % PERSON_NAMES.size()))
        .teamId(teamId)
        .hrAdministrator(seat.hrAdministrator());
    for (int pick : teams.isEmpty() ? List.<Integer>of() : seat.otherTeamPicks()) {
      String other = pick(teams, pick).id();
      if (!teamId.filter(other::equals).isPresent()) {
        person.addOtherTeamId(other);
      }
    }
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

  /**
   * Renumbers key results {@code kr-1} ... and initiatives {@code i-1} ... across all objectives;
   * an initiative that names a key result of its objective names it by its new id.
   */
  static List<Objective> numberedNested(List<Objective> objectives) {
    List<Objective> numbered = new ArrayList<>(objectives.size());
    int keyResultCount = 0;
    int initiativeCount = 0;
    for (Objective objective : objectives) {
      List<KeyResult> keyResults = new ArrayList<>(objective.keyResults().size());
      Map<String, String> renamed = new HashMap<>();
      for (KeyResult keyResult : objective.keyResults()) {
        if (keyResult.isRollup() && keyResult.id().startsWith("kr-of-")) {
          keyResults.add(keyResult); // named after its objective, so that links to it name it before numbering
          continue;
        }
        String id = "kr-" + ++keyResultCount;
        renamed.putIfAbsent(keyResult.id(), id);
        keyResults.add(KeyResult.builder().from(keyResult).id(id).build());
      }
      List<Initiative> initiatives = new ArrayList<>(objective.initiatives().size());
      for (Initiative initiative : objective.initiatives()) {
        initiatives.add(Initiative.builder().from(initiative).id("i-" + ++initiativeCount)
            .keyResultId(initiative.keyResultId().map(id -> renamed.getOrDefault(id, id))).build());
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

  /** A lateral move that starts from the role of the picked person when it has one, else from {@code from}. */
  record MoveDraft(Optional<Integer> fromPersonPick, RoleDraft from, RoleDraft to) {}

  /** An opening for a drafted role, in a picked team or none, with a title or none. */
  record OpeningDraft(RoleDraft role, Optional<Integer> teamPick, Optional<String> title) {}

  /** Move drafts: from someone's role six times in ten, else from a drafted role. */
  static Gen<MoveDraft> moveDrafts() {
    return Gens.combine(Gens.optional(picks(), 0.6), roleDrafts(), roleDrafts(), MoveDraft::new);
  }

  /** Opening drafts: in a team four times in five, titled from {@code titles} seven times in ten. */
  static Gen<OpeningDraft> openingDrafts(List<String> titles) {
    return Gens.combine(roleDrafts(), Gens.optional(picks(), 0.8), Gens.optional(Gens.of(titles), 0.7),
        OpeningDraft::new);
  }

  /** Lateral moves {@code lm-1} ... placed among the people and ladders. */
  static List<LateralMove> moves(List<MoveDraft> drafts, List<Person> people, List<CareerLadder> ladders) {
    List<LateralMove> moves = new ArrayList<>(drafts.size());
    for (int i = 0; i < drafts.size(); i++) {
      MoveDraft draft = drafts.get(i);
      RoleRef from = draft.fromPersonPick()
          .flatMap(personPick -> pick(people, personPick).role())
          .orElseGet(() -> role(draft.from(), ladders));
      moves.add(LateralMove.of("lm-" + (i + 1), from, role(draft.to(), ladders)));
    }
    return moves;
  }

  /** Openings {@code op-1} ... placed among the teams and ladders. */
  static List<Opening> openings(List<OpeningDraft> drafts, List<Team> teams, List<CareerLadder> ladders) {
    List<Opening> openings = new ArrayList<>(drafts.size());
    for (int i = 0; i < drafts.size(); i++) {
      OpeningDraft draft = drafts.get(i);
      openings.add(Opening.builder().id("op-" + (i + 1)).role(role(draft.role(), ladders))
          .teamId(draft.teamPick().map(teamPick -> pick(teams, teamPick).id())).title(draft.title()).build());
    }
    return openings;
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
