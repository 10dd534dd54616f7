package dev.alignkit.testing;

import static dev.alignkit.testing.Gens.combine;
import static dev.alignkit.testing.Gens.constant;
import static dev.alignkit.testing.Gens.frequency;
import static dev.alignkit.testing.Gens.lists;
import static dev.alignkit.testing.Gens.optional;
import static dev.alignkit.testing.Gens.weighted;
import static dev.alignkit.testing.SnapshotParts.ids;
import static dev.alignkit.testing.SnapshotParts.numbered;
import static dev.alignkit.testing.SnapshotParts.numberedNested;
import static dev.alignkit.testing.SnapshotParts.pick;
import static dev.alignkit.testing.SnapshotParts.picks;

import dev.alignkit.career.RoleRef;
import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.AlignmentKind;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.ParentKind;
import dev.alignkit.okr.Owner;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.org.Team;
import dev.alignkit.org.Waiver;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;

/**
 * Generators of people, teams and whole organizations, shared with the other modules through the
 * core test-jar; start from {@link #validSnapshots()}, {@link #adversarialSnapshots()} or
 * {@link #anySnapshot()}.
 *
 * <p>Every generator is built by combining valid parts; none filters. Ids are short and
 * deterministic-looking ({@code p-1}, {@code t-2}, {@code c-1}, {@code o-3}, {@code kr-7},
 * {@code i-2}). Ids that must not resolve end in 999 ({@code p-999}, {@code o-999}). The item
 * generators ({@link #people()}, {@link #teams()}, and those of {@link OkrGenerators}) draw ids
 * from a small range, so two draws may share an id; the snapshot generators number their items so
 * that ids are unique per kind, and key-result and initiative ids are unique across the snapshot.
 *
 * <p>Sizes stay small (at most 30 people, 6 teams, 3 cycles and 40 objectives of up to 5 key
 * results) so that a property of a thousand examples runs in about a second.
 */
public final class OrgGenerators {
  static final int MAX_PEOPLE = 30;
  static final int MAX_TEAMS = 6;
  private static final int MAX_ORG_OBJECTIVES = 4;
  private static final int MAX_TEAM_OBJECTIVES = 12;
  private static final int MAX_BACKLOG = 2;
  private static final int MAX_PERSON_OBJECTIVES =
      OkrGenerators.MAX_OBJECTIVES - MAX_ORG_OBJECTIVES - MAX_TEAM_OBJECTIVES - MAX_BACKLOG;
  /** Zones of valid snapshots beside UTC: each side of UTC, with and without daylight saving time. */
  private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Zurich"), ZoneId.of("America/New_York"),
      ZoneId.of("Asia/Kolkata"), ZoneId.of("Pacific/Auckland"));

  private OrgGenerators() {}

  // ---------------------------------------------------------------------------------------------
  // People and teams

  /**
   * Any person: id {@code p-1} to {@code p-30}, optional team, further teams (possibly dangling,
   * possibly the primary one), manager (possibly dangling) and role.
   */
  public static Gen<Person> people() {
    return Gens.combine(
        ids("p", MAX_PEOPLE),
        Gens.of(SnapshotParts.PERSON_NAMES),
        optional(ids("t", MAX_TEAMS + 2), 0.8),
        optional(ids("p", MAX_PEOPLE + 2), 0.8),
        optional(roles(), 0.5),
        Gens.oneIn(10),
        frequency(weighted(3, constant(List.<String>of())), weighted(1, lists(ids("t", MAX_TEAMS + 2), 1, 3))),
        (id, name, teamId, managerId, role, hr, otherTeamIds) -> Person.builder()
            .id(id).name(name).teamId(teamId).otherTeamIds(otherTeamIds).managerId(managerId).role(role)
            .hrAdministrator(hr).build());
  }

  /** Roles on ladders {@code ic} and {@code mgmt} at levels {@code l-1} to {@code l-5}; nothing defines them. */
  static Gen<RoleRef> roles() {
    return combine(Gens.of("ic", "mgmt"), ids("l", 5), RoleRef::of);
  }

  /** Any team: id {@code t-1} to {@code t-6}, a name and sometimes a description. */
  public static Gen<Team> teams() {
    return combine(ids("t", MAX_TEAMS), Gens.of(SnapshotParts.TEAM_NAMES), optional(Gens.of(TEAM_DESCRIPTIONS), 0.3),
        (id, name, description) -> Team.builder().id(id).name(name).description(description).build());
  }

  /** Descriptions of teams, in several scripts. */
  private static final List<String> TEAM_DESCRIPTIONS = List.of(
      "Runs the shared services", "Betreut Kunden – per Mail und Chat", "数据平台 📊", "");

  // ---------------------------------------------------------------------------------------------
  // Snapshots

  /**
   * A consistent organization: 1 to 6 teams (some described), 1 to 30 people whose reporting lines
   * form one tree under {@code p-1} (one in four also in up to two further teams), 1 to 3
   * consecutive quarters (earlier ones CLOSED, the last ACTIVE, sometimes a DRAFT one after it), a
   * zone (UTC or one of four others), and up to 40 objectives: organization objectives, team
   * objectives aligned to them and personal objectives aligned to a team objective (of the person's
   * team when it has one), each in its parent's cycle, with positive weights and well-formed key
   * results (percentages within [0, 100], sometimes described and owned by a person of the
   * snapshot, some INCREASE and DECREASE ones with a commit, a stretch or both, strictly ordered
   * along the direction) whose check-ins lie inside the cycle, some given by an instant in the zone; and up
   * to 2 backlog DRAFT objectives of a person without a cycle, alignment or check-ins. An
   * initiative may name a key result of its objective and be done. Half of them have a waiver of
   * {@code okr.objective.count} for {@code t-1} up to the last cycle's end, half of those granted
   * on a known day 0 to 120 days before that end. Every id resolves.
   */
  public static Gen<OrganizationSnapshot> validSnapshots() {
    Gen<List<Cycle>> cycles = combine(
        OkrGenerators.quarterStarts(), Gens.ints(1, OkrGenerators.MAX_CYCLES), Gens.booleans(),
        OkrGenerators::consecutiveQuarters);
    Gen<Placement> placements = combine(
        picks(), picks(), Gens.of(AlignmentKind.class), OkrGenerators.positiveWeights(), Gens.ints(0, 7), picks(),
        Placement::new);
    Gen<PlacedDraft> objectives = combine(placements, OkrGenerators.objectiveDrafts(), PlacedDraft::new);
    Gen<RealData> realData = combine(
        frequency(weighted(2, constant(ZoneOffset.UTC)), weighted(3, Gens.of(ZONES))),
        lists(optional(Gens.of(TEAM_DESCRIPTIONS), 0.5), MAX_TEAMS, MAX_TEAMS),
        Gens.booleans(),
        optional(Gens.ints(0, 120), 0.5),
        lists(objectives, MAX_BACKLOG),
        RealData::new);
    return Gens.combine(
        cycles,
        Gens.ints(1, MAX_TEAMS),
        lists(SnapshotParts.seatsInSeveralTeams(), 1, MAX_PEOPLE),
        lists(objectives, 1, MAX_ORG_OBJECTIVES),
        lists(objectives, MAX_TEAM_OBJECTIVES),
        lists(objectives, MAX_PERSON_OBJECTIVES),
        realData,
        OrgGenerators::validSnapshot);
  }

  /**
   * Snapshots that build but are broken in business terms: the empty snapshot; valid snapshots
   * with one to four breakages (dangling manager, team, role, cycle, owner or alignment parent;
   * alignment and reporting cycles; shared check-in dates; check-ins outside the cycle; start equal
   * to target; unmeasurable key results; weights of 0 or below; objectives without key results;
   * whole kinds of items removed; empty names; a waiver of a missing subject; a key result owned
   * by nobody; an objective that is no draft without a cycle; an initiative on a key result its
   * objective does not have; a percentage outside [0, 100], a stretch among them; a commit or
   * stretch out of order along the direction; a link to a key result that does not exist; a second
   * link to the same parent; a contributing link to a key result that is not ROLLUP; a cycle of
   * links to key results); and snapshots assembled from
   * independent random items, renumbered so that ids stay unique per kind.
   */
  public static Gen<OrganizationSnapshot> adversarialSnapshots() {
    Gen<OrganizationSnapshot> broken = combine(
        validSnapshots(), lists(OrgBreakages.breakages(), 1, 4), SnapshotEdit::breakAll);
    return frequency(
        weighted(1, constant(OrganizationSnapshot.empty())),
        weighted(6, broken),
        weighted(3, jumbledSnapshots()));
  }

  /** Either a {@link #validSnapshots() valid} or an {@link #adversarialSnapshots() adversarial} snapshot. */
  public static Gen<OrganizationSnapshot> anySnapshot() {
    return Gens.oneOf(validSnapshots(), adversarialSnapshots());
  }

  /**
   * A snapshot of one cycle {@code c-1}, team {@code t-1} and person {@code p-1} with objectives
   * {@code o-1} to {@code o-depth}, each but the first CONTRIBUTES (weight 1) to the one before it
   * and each with one INCREASE key result {@code kr-N} that has one check-in.
   *
   * @param depth the number of objectives; not negative
   * @throws IllegalArgumentException if {@code depth} is negative
   */
  public static OrganizationSnapshot deepAlignmentChain(int depth) {
    if (depth < 0) {
      throw new IllegalArgumentException("depth must not be negative: " + depth);
    }
    Cycle cycle = Cycle.of("c-1", "2026-Q3", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30));
    LocalDate checkInDay = LocalDate.of(2026, 8, 3);
    List<Objective> objectives = new ArrayList<>(depth);
    for (int i = 1; i <= depth; i++) {
      KeyResult keyResult = KeyResult.builder()
          .from(KeyResult.increase("kr-" + i, "Raise step " + i, 0, 10, "points"))
          .addCheckIn(CheckIn.of(checkInDay, i % 11, 0.8))
          .build();
      Objective.Builder objective = Objective.builder()
          .id("o-" + i).title("Step " + i)
          .owner(i == 1 ? Owner.organization() : Owner.team("t-1"))
          .cycleId(cycle.id())
          .addKeyResult(keyResult);
      if (i > 1) {
        objective.addAlignment(Alignment.contributes("o-" + (i - 1), 1.0));
      }
      objectives.add(objective.build());
    }
    return OrganizationSnapshot.builder()
        .addTeam(Team.of("t-1", "Platform"))
        .addPerson(Person.builder().id("p-1").name("Ada").teamId("t-1").build())
        .addCycle(cycle)
        .objectives(objectives)
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Valid snapshots

  /**
   * Where an objective goes: for an organization objective the owner pick chooses the cycle; for
   * the others it chooses the team or person, and the parent pick one of the possible parents.
   * The shape adds what several parents allow: from 4 on a second parent (the second pick, in the
   * first parent's cycle, when there is another), 5 and 7 make the first link go to the parent's
   * ROLLUP key result when it has one (contributing or supporting as the kind says); an
   * organization or team objective with shape 6 or 7 has a ROLLUP key result {@code kr-of-<its id>}.
   */
  private record Placement(int ownerPick, int parentPick, AlignmentKind kind, double weight, int shape,
      int secondPick) {
    List<Alignment> alignmentsTo(Planned parent, List<Planned> candidates) {
      List<Alignment> links = new ArrayList<>(2);
      if ((shape == 5 || shape == 7) && parent.hasRollup()) {
        links.add(Alignment.of(rollupId(parent.id()), ParentKind.KEY_RESULT, kind, weight));
      } else {
        links.add(Alignment.of(parent.id(), kind, weight));
      }
      if (shape >= 4) {
        List<Planned> others = candidates.stream()
            .filter(c -> !c.id().equals(parent.id()) && c.cycle().equals(parent.cycle())).toList();
        if (!others.isEmpty()) {
          links.add(Alignment.of(pick(others, secondPick).id(), kind, weight));
        }
      }
      return links;
    }

    boolean givesRollup() {
      return shape >= 6;
    }
  }

  /** The id of the ROLLUP key result an objective of a valid snapshot may have; kept when key results are renumbered. */
  static String rollupId(String objectiveId) {
    return "kr-of-" + objectiveId;
  }

  private record PlacedDraft(Placement placement, OkrGenerators.ObjectiveDraft draft) {}

  /**
   * What real OKR data adds to a valid organization: the zone it dates in, the teams'
   * descriptions, whether a waiver is granted and how many days before its end (when the day is
   * known), and backlog drafts (owned by a picked person).
   */
  private record RealData(ZoneId zone, List<Optional<String>> teamDescriptions, boolean withWaiver,
      Optional<Integer> waiverGrantedDaysBeforeEnd, List<PlacedDraft> backlog) {}

  /** An objective placed in the organization, with what its children need to know. */
  private record Planned(String id, Owner owner, Cycle cycle, boolean hasRollup) {}

  /** The objective with a ROLLUP key result {@link #rollupId} appended when {@code planned} has one. */
  private static Objective withRollup(Objective objective, Planned planned) {
    return planned.hasRollup() ? Objective.builder().from(objective)
        .addKeyResult(KeyResult.rollup(rollupId(planned.id()), "Contributions to " + objective.title())).build()
        : objective;
  }

  private static OrganizationSnapshot validSnapshot(List<Cycle> cycles, int teamCount, List<SnapshotParts.Seat> seats,
      List<PlacedDraft> orgDrafts, List<PlacedDraft> teamDrafts, List<PlacedDraft> personalDrafts, RealData real) {
    List<Team> teams = new ArrayList<>();
    for (Team team : SnapshotParts.teams(teamCount)) {
      teams.add(Team.builder().from(team).description(real.teamDescriptions().get(teams.size())).build());
    }
    List<Person> people = SnapshotParts.reportingTree(seats, teams);
    List<String> personIds = people.stream().map(Person::id).toList();
    ZoneId zone = real.zone();
    List<Objective> objectives = new ArrayList<>();
    List<Planned> orgObjectives = new ArrayList<>();
    for (PlacedDraft placed : orgDrafts) {
      Planned planned = new Planned("o-" + (objectives.size() + 1), Owner.organization(),
          pick(cycles, placed.placement().ownerPick()), placed.placement().givesRollup());
      objectives.add(withRollup(placed.draft().materialize(planned.id(), planned.owner(), Optional.of(planned.cycle()),
          List.of(), zone, personIds), planned));
      orgObjectives.add(planned);
    }
    List<Planned> teamObjectives = new ArrayList<>();
    for (PlacedDraft placed : teamDrafts) {
      Placement placement = placed.placement();
      Planned parent = pick(orgObjectives, placement.parentPick());
      Team team = pick(teams, placement.ownerPick());
      Planned planned = new Planned("o-" + (objectives.size() + 1), Owner.team(team.id()), parent.cycle(),
          placement.givesRollup());
      objectives.add(withRollup(placed.draft().materialize(planned.id(), planned.owner(), Optional.of(planned.cycle()),
          placement.alignmentsTo(parent, orgObjectives), zone, personIds), planned));
      teamObjectives.add(planned);
    }
    for (PlacedDraft placed : personalDrafts) {
      Placement placement = placed.placement();
      Person person = pick(people, placement.ownerPick());
      List<Planned> candidates = new ArrayList<>();
      for (Planned teamObjective : teamObjectives) {
        if (teamObjective.owner().id().equals(person.teamId())) {
          candidates.add(teamObjective);
        }
      }
      if (candidates.isEmpty()) {
        candidates = teamObjectives.isEmpty() ? orgObjectives : teamObjectives;
      }
      Planned parent = pick(candidates, placement.parentPick());
      List<Planned> seconds = new ArrayList<>(teamObjectives);
      seconds.addAll(orgObjectives);
      objectives.add(placed.draft().materialize("o-" + (objectives.size() + 1), Owner.person(person.id()),
          Optional.of(parent.cycle()), placement.alignmentsTo(parent, seconds), zone, personIds));
    }
    for (PlacedDraft placed : real.backlog()) {
      Person person = pick(people, placed.placement().ownerPick());
      objectives.add(placed.draft().materialize("o-" + (objectives.size() + 1), Owner.person(person.id()),
          Optional.empty(), List.of(), zone, personIds));
    }
    OrganizationSnapshot.Builder snapshot = OrganizationSnapshot.builder().zone(zone)
        .teams(teams).people(people).cycles(cycles).objectives(numberedNested(objectives));
    if (real.withWaiver()) {
      LocalDate until = cycles.get(cycles.size() - 1).endInclusive();
      snapshot.addWaiver(Waiver.builder().from(Waiver.of("okr.objective.count", "t-1", "Reorganization quarter", "p-1",
          until)).grantedOn(real.waiverGrantedDaysBeforeEnd().map(until::minusDays)).build());
    }
    return snapshot.build();
  }

  // ---------------------------------------------------------------------------------------------
  // Jumbled snapshots

  /** Snapshots assembled from independent items, renumbered per kind; references resolve by chance. */
  private static Gen<OrganizationSnapshot> jumbledSnapshots() {
    return combine(
        lists(people(), MAX_PEOPLE),
        lists(teams(), MAX_TEAMS),
        lists(OkrGenerators.cycles(), OkrGenerators.MAX_CYCLES),
        lists(OkrGenerators.objectives(), OkrGenerators.MAX_OBJECTIVES),
        (people, teams, cycles, objectives) -> OrganizationSnapshot.builder()
            .people(numbered(people, "p", (person, id) -> Person.builder().from(person).id(id).build()))
            .teams(numbered(teams, "t", (team, id) -> Team.of(id, team.name())))
            .cycles(numbered(cycles, "c", (cycle, id) -> Cycle.builder().from(cycle).id(id).build()))
            .objectives(numberedNested(
                numbered(objectives, "o", (objective, id) -> Objective.builder().from(objective).id(id).build())))
            .build());
  }
}
