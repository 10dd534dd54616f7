package dev.alignkit.testing;

import dev.alignkit.career.RoleRef;
import dev.alignkit.common.Visibility;
import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.AlignmentKind;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.CycleStatus;
import dev.alignkit.okr.Initiative;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.KeyResultKind;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.ObjectiveType;
import dev.alignkit.okr.OkrStatus;
import dev.alignkit.okr.OrdinalZone;
import dev.alignkit.okr.Owner;
import dev.alignkit.okr.OwnerKind;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.org.Team;
import dev.alignkit.org.Waiver;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik generators of the Alignkit model, shared with the other modules through the core
 * test-jar; start from {@link #validSnapshots()}, {@link #adversarialSnapshots()} or
 * {@link #anySnapshot()}.
 *
 * <p>Every generator is built by combining valid parts; none filters. Ids are short and
 * deterministic-looking ({@code p-1}, {@code t-2}, {@code c-1}, {@code o-3}, {@code kr-7},
 * {@code i-2}). Ids that must not resolve end in 999 ({@code p-999}, {@code o-999}). The item
 * generators ({@link #people()}, {@link #keyResults()} ...) draw ids from a small range, so two
 * draws may share an id; the snapshot generators number their items so that ids are unique per
 * kind, and key-result and initiative ids are unique across the snapshot.
 *
 * <p>Sizes stay small (at most 30 people, 6 teams, 3 cycles and 40 objectives of up to 5 key
 * results) so that a property of a thousand tries runs in about a second.
 */
public final class OrgArbitraries {
  /** The first day of the default window of check-in dates, used by {@link #checkIns()}. */
  public static final LocalDate WINDOW_START = LocalDate.of(2026, 1, 1);

  /** The last day of the default window of check-in dates, used by {@link #checkIns()}. */
  public static final LocalDate WINDOW_END = LocalDate.of(2026, 12, 31);

  private static final int MAX_PEOPLE = 30;
  private static final int MAX_TEAMS = 6;
  private static final int MAX_CYCLES = 3;
  private static final int MAX_OBJECTIVES = 40;
  private static final int MAX_ORG_OBJECTIVES = 4;
  private static final int MAX_TEAM_OBJECTIVES = 12;
  private static final int MAX_PERSON_OBJECTIVES = MAX_OBJECTIVES - MAX_ORG_OBJECTIVES - MAX_TEAM_OBJECTIVES;
  private static final int MAX_KEY_RESULTS = 5;
  private static final int MAX_CHECK_INS = 6;
  /** A pick is reduced modulo the number of candidates; small picks shrink towards the first one. */
  private static final int MAX_PICK = 999;

  private static final String PLACEHOLDER_ID = "x";
  private static final String MISSING_PERSON = "p-999";
  private static final String MISSING_TEAM = "t-999";
  private static final String MISSING_CYCLE = "c-999";
  private static final String MISSING_OBJECTIVE = "o-999";

  private static final List<String> PERSON_NAMES = List.of(
      "Ada", "Grace", "Linus", "Barbara", "Ken", "Margaret", "Dennis", "Frances", "Alan", "Radia");
  private static final List<String> TEAM_NAMES = List.of(
      "Platform", "Support", "Sales", "People", "Data", "Design");
  private static final List<String> OBJECTIVE_TITLES = List.of(
      "Delight new customers", "Make onboarding effortless", "Grow the partner channel",
      "Build a platform teams trust", "Become a great place to grow");
  private static final List<String> KEY_RESULT_TITLES = List.of(
      "Raise weekly active teams", "Cut first-reply time", "Keep uptime high", "Keep churn low",
      "Launch the partner portal", "Customer onboarding experience");
  /** Titles that open with an activity verb, as {@code okr.key-result.activity} looks for, or say nothing. */
  private static final List<String> ODD_KEY_RESULT_TITLES = List.of(
      "Attend weekly product feedback sessions", "Complete the migration", "Work on onboarding", "");
  private static final List<String> INITIATIVE_TITLES = List.of(
      "Attend weekly product feedback sessions", "Run an onboarding workshop",
      "Automate the release checklist", "Pair with the support team");
  private static final List<String> TAGS = List.of(
      "cross-functional", "vendors", "interns", "executive-sponsored", "process");
  private static final List<String> UNITS = List.of("teams", "%", "hours", "tickets", "NPS");

  private OrgArbitraries() {}

  // ---------------------------------------------------------------------------------------------
  // Check-ins and key results

  /** A day from a month before {@link #WINDOW_START} to a month after {@link #WINDOW_END}. */
  public static Arbitrary<LocalDate> dates() {
    return days(WINDOW_START.minusDays(31), WINDOW_END.plusDays(31));
  }

  /** Any check-in dated within the default window: any finite value, optional confidence, note and author. */
  public static Arbitrary<CheckIn> checkIns() {
    return checkIns(WINDOW_START, WINDOW_END);
  }

  /** Any check-in dated from {@code fromInclusive} to {@code toInclusive} (not before it). */
  public static Arbitrary<CheckIn> checkIns(LocalDate fromInclusive, LocalDate toInclusive) {
    return Combinators.combine(
            days(fromInclusive, toInclusive),
            anyValues(),
            confidences().optional(0.7),
            Arbitraries.of("On track", "Blocked by the vendor", "").optional(0.3),
            ids("p", MAX_PEOPLE).optional(0.3))
        .as((date, value, confidence, note, author) -> CheckIn.builder()
            .date(date).value(value).confidence(optionalDouble(confidence)).note(note).authorId(author)
            .build());
  }

  /**
   * Any key result with an id from {@code kr-1} to {@code kr-99}: the six kinds made by their
   * factories, and builder-made ones without kind, target or start, with start equal to target or
   * on the wrong side of it, or ORDINAL without zone texts; each with any weight (0 and negative
   * ones included), status, current value and check-ins in the default window, unsorted and
   * sometimes sharing a date.
   */
  public static Arbitrary<KeyResult> keyResults() {
    Arbitrary<KeyResult> shapes = Arbitraries.frequencyOf(
        Tuple.of(3, factoryShapes()),
        Tuple.of(2, brokenShapes()));
    return Combinators.combine(
            ids("kr", 99),
            shapes,
            checkInLists(WINDOW_START, WINDOW_END),
            anyValues().optional(0.3),
            anyWeights(),
            anyStatuses(),
            Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(KEY_RESULT_TITLES)),
                Tuple.of(1, Arbitraries.of(ODD_KEY_RESULT_TITLES))))
        .as((id, shape, checkIns, current, weight, status, title) -> KeyResult.builder().from(shape)
            .id(id).title(title).checkIns(checkIns).current(optionalDouble(current)).weight(weight)
            .status(status).build());
  }

  /**
   * Well-formed key results of {@code kind}, made by its factory, with a positive weight and
   * check-ins on distinct days of the default window, in date order.
   */
  public static Arbitrary<KeyResult> keyResults(KeyResultKind kind) {
    return keyResultDrafts(factoryShapes(kind)).map(draft -> draft.materialize(WINDOW_START, WINDOW_END));
  }

  // ---------------------------------------------------------------------------------------------
  // People, teams, cycles, objectives

  /** Any person: id {@code p-1} to {@code p-30}, optional team, manager (possibly dangling) and role. */
  public static Arbitrary<Person> people() {
    return Combinators.combine(
            ids("p", MAX_PEOPLE),
            Arbitraries.of(PERSON_NAMES),
            ids("t", MAX_TEAMS + 2).optional(0.8),
            ids("p", MAX_PEOPLE + 2).optional(0.8),
            Combinators.combine(Arbitraries.of("ic", "mgmt"), ids("l", 5)).as(RoleRef::of).optional(0.5),
            Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.just(false)), Tuple.of(1, Arbitraries.just(true))))
        .as((id, name, teamId, managerId, role, hr) -> Person.builder()
            .id(id).name(name).teamId(teamId).managerId(managerId).role(role).hrAdministrator(hr)
            .build());
  }

  /** Any team: id {@code t-1} to {@code t-6} and a name. */
  public static Arbitrary<Team> teams() {
    return Combinators.combine(ids("t", MAX_TEAMS), Arbitraries.of(TEAM_NAMES)).as(Team::of);
  }

  /**
   * Any cycle: id {@code c-1} to {@code c-4}, mostly a calendar quarter of 2025 to 2027, sometimes
   * a span of 1 to 120 days; any status.
   */
  public static Arbitrary<Cycle> cycles() {
    Arbitrary<Cycle> quarters = Combinators.combine(ids("c", MAX_CYCLES + 1), quarterStarts(), cycleStatuses())
        .as((id, start, status) -> quarter(id, start, status));
    Arbitrary<Cycle> spans = Combinators.combine(
            ids("c", MAX_CYCLES + 1), days(WINDOW_START, WINDOW_END), Arbitraries.integers().between(0, 119),
            cycleStatuses())
        .as((id, start, extraDays, status) -> Cycle.builder().id(id).name("Sprint from " + start)
            .startInclusive(start).endInclusive(start.plusDays(extraDays)).status(status).build());
    return Arbitraries.frequencyOf(Tuple.of(3, quarters), Tuple.of(1, spans));
  }

  /**
   * Any objective: id {@code o-1} to {@code o-40}, any owner and cycle id (resolving or not), an
   * optional alignment of any kind and weight to {@code o-1} to {@code o-45}, 0 to 5 key results
   * from {@link #keyResults()} and up to 2 initiatives, numbered {@code kr-1}, {@code i-1} ...
   * within the objective.
   */
  public static Arbitrary<Objective> objectives() {
    Arbitrary<Owner> owners = Arbitraries.oneOf(
        Arbitraries.just(Owner.organization()),
        ids("t", MAX_TEAMS + 2).map(Owner::team),
        ids("p", MAX_PEOPLE + 2).map(Owner::person));
    Arbitrary<Optional<Alignment>> alignments = Combinators.combine(
            ids("o", MAX_OBJECTIVES + 5), Arbitraries.of(AlignmentKind.class), anyWeights())
        .as(Alignment::of)
        .optional(0.7);
    Arbitrary<Objective> heads = Combinators.combine(
            ids("o", MAX_OBJECTIVES), Arbitraries.of(OBJECTIVE_TITLES), owners, ids("c", MAX_CYCLES + 1),
            alignments, anyStatuses(), Arbitraries.of(ObjectiveType.class), Arbitraries.subsetOf(TAGS))
        .as((id, title, owner, cycleId, alignment, status, type, tags) -> Objective.builder()
            .id(id).title(title).owner(owner).cycleId(cycleId).alignment(alignment).status(status)
            .type(type).tags(tags).build());
    return Combinators.combine(
            heads,
            keyResults().list().ofMaxSize(MAX_KEY_RESULTS),
            initiatives().list().ofMaxSize(2),
            Arbitraries.of(Visibility.class).optional(0.3),
            attributes())
        .as((head, keyResults, initiatives, visibility, attributes) -> Objective.builder().from(head)
            .keyResults(numberedKeyResults(keyResults)).initiatives(numberedInitiatives(initiatives))
            .visibility(visibility).attributes(attributes).build());
  }

  /**
   * Sensible objectives with the given id, owner, cycle and alignment: 1 to 4 well-formed key
   * results (ids {@code kr-1} ... unique within the objective only) with check-ins on distinct
   * days inside the cycle, and up to 2 initiatives.
   */
  public static Arbitrary<Objective> objectives(String id, Owner owner, Cycle cycle, Optional<Alignment> alignment) {
    return objectiveDrafts().map(draft -> draft.materialize(id, owner, cycle, alignment));
  }

  // ---------------------------------------------------------------------------------------------
  // Snapshots

  /**
   * A consistent organization: 1 to 6 teams, 1 to 30 people whose reporting lines form one tree
   * under {@code p-1}, 1 to 3 consecutive quarters (earlier ones CLOSED, the last ACTIVE, sometimes
   * a DRAFT one after it), and up to 40 objectives: organization objectives, team objectives
   * aligned to them and personal objectives aligned to a team objective (of the person's team when
   * it has one), each in its parent's cycle, with positive weights and well-formed key results
   * whose check-ins lie inside the cycle; every id resolves.
   */
  public static Arbitrary<OrganizationSnapshot> validSnapshots() {
    Arbitrary<List<Cycle>> cycles = Combinators.combine(
            quarterStarts(), Arbitraries.integers().between(1, MAX_CYCLES), Arbitraries.of(false, true))
        .as(OrgArbitraries::consecutiveQuarters);
    Arbitrary<PersonDraft> people = Combinators.combine(
            picks(), picks(),
            Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.just(false)), Tuple.of(1, Arbitraries.just(true))))
        .as(PersonDraft::new);
    Arbitrary<Placement> placements = Combinators.combine(
            picks(), picks(), Arbitraries.of(AlignmentKind.class), positiveWeights())
        .as(Placement::new);
    Arbitrary<PlacedDraft> objectives = Combinators.combine(placements, objectiveDrafts()).as(PlacedDraft::new);
    return Combinators.combine(
            cycles,
            Arbitraries.integers().between(1, MAX_TEAMS),
            people.list().ofMinSize(1).ofMaxSize(MAX_PEOPLE),
            objectives.list().ofMinSize(1).ofMaxSize(MAX_ORG_OBJECTIVES),
            objectives.list().ofMaxSize(MAX_TEAM_OBJECTIVES),
            objectives.list().ofMaxSize(MAX_PERSON_OBJECTIVES),
            Arbitraries.of(false, true))
        .as(OrgArbitraries::validSnapshot);
  }

  /**
   * Snapshots that build but are broken in business terms: the empty snapshot; valid snapshots
   * with one to four breakages (dangling manager, team, role, cycle, owner or alignment parent;
   * alignment and reporting cycles; shared check-in dates; check-ins outside the cycle; start equal
   * to target; unmeasurable key results; weights of 0 or below; objectives without key results;
   * whole kinds of items removed; empty names; a waiver of a missing subject); and snapshots
   * assembled from independent random items, renumbered so that ids stay unique per kind.
   */
  public static Arbitrary<OrganizationSnapshot> adversarialSnapshots() {
    Arbitrary<OrganizationSnapshot> broken = Combinators.combine(
            validSnapshots(), breakages().list().ofMinSize(1).ofMaxSize(4))
        .as(OrgArbitraries::breakAll);
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(OrganizationSnapshot.empty())),
        Tuple.of(6, broken),
        Tuple.of(3, jumbledSnapshots()));
  }

  /** Either a {@link #validSnapshots() valid} or an {@link #adversarialSnapshots() adversarial} snapshot. */
  public static Arbitrary<OrganizationSnapshot> anySnapshot() {
    return Arbitraries.oneOf(validSnapshots(), adversarialSnapshots());
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
        objective.alignment(Alignment.contributes("o-" + (i - 1), 1.0));
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

  /** A person of a valid snapshot before numbering: manager and team are picks, reduced modulo the candidates. */
  private record PersonDraft(int managerPick, int teamPick, boolean hrAdministrator) {}

  /**
   * Where an objective goes: for an organization objective the owner pick chooses the cycle; for
   * the others it chooses the team or person, and the parent pick one of the possible parents.
   */
  private record Placement(int ownerPick, int parentPick, AlignmentKind kind, double weight) {}

  private record PlacedDraft(Placement placement, ObjectiveDraft draft) {}

  /** An objective placed in the organization, with what its children need to know. */
  private record Planned(String id, Owner owner, Cycle cycle) {}

  private static OrganizationSnapshot validSnapshot(List<Cycle> cycles, int teamCount, List<PersonDraft> personDrafts,
      List<PlacedDraft> orgDrafts, List<PlacedDraft> teamDrafts, List<PlacedDraft> personalDrafts, boolean withWaiver) {
    List<Team> teams = new ArrayList<>(teamCount);
    for (int i = 0; i < teamCount; i++) {
      teams.add(Team.of("t-" + (i + 1), TEAM_NAMES.get(i % TEAM_NAMES.size())));
    }
    List<Person> people = reportingTree(personDrafts, teams);
    List<Objective> objectives = new ArrayList<>();
    List<Planned> orgObjectives = new ArrayList<>();
    for (PlacedDraft placed : orgDrafts) {
      Planned planned = new Planned("o-" + (objectives.size() + 1), Owner.organization(),
          cycles.get(placed.placement().ownerPick() % cycles.size()));
      objectives.add(placed.draft().materialize(planned.id(), planned.owner(), planned.cycle(), Optional.empty()));
      orgObjectives.add(planned);
    }
    List<Planned> teamObjectives = new ArrayList<>();
    for (PlacedDraft placed : teamDrafts) {
      Placement placement = placed.placement();
      Planned parent = orgObjectives.get(placement.parentPick() % orgObjectives.size());
      Team team = teams.get(placement.ownerPick() % teams.size());
      Planned planned = new Planned("o-" + (objectives.size() + 1), Owner.team(team.id()), parent.cycle());
      objectives.add(placed.draft().materialize(planned.id(), planned.owner(), planned.cycle(),
          Optional.of(Alignment.of(parent.id(), placement.kind(), placement.weight()))));
      teamObjectives.add(planned);
    }
    for (PlacedDraft placed : personalDrafts) {
      Placement placement = placed.placement();
      Person person = people.get(placement.ownerPick() % people.size());
      List<Planned> candidates = new ArrayList<>();
      for (Planned teamObjective : teamObjectives) {
        if (teamObjective.owner().id().equals(person.teamId())) {
          candidates.add(teamObjective);
        }
      }
      if (candidates.isEmpty()) {
        candidates = teamObjectives.isEmpty() ? orgObjectives : teamObjectives;
      }
      Planned parent = candidates.get(placement.parentPick() % candidates.size());
      objectives.add(placed.draft().materialize("o-" + (objectives.size() + 1), Owner.person(person.id()),
          parent.cycle(), Optional.of(Alignment.of(parent.id(), placement.kind(), placement.weight()))));
    }
    OrganizationSnapshot.Builder snapshot = OrganizationSnapshot.builder()
        .teams(teams).people(people).cycles(cycles).objectives(numberedNested(objectives));
    if (withWaiver) {
      snapshot.addWaiver(Waiver.of("okr.objective.count", "t-1", "Reorganization quarter", "p-1",
          cycles.get(cycles.size() - 1).endInclusive()));
    }
    return snapshot.build();
  }

  /** People {@code p-1} to {@code p-n}; person {@code i > 1} reports to someone numbered below {@code i}. */
  private static List<Person> reportingTree(List<PersonDraft> drafts, List<Team> teams) {
    List<Person> people = new ArrayList<>(drafts.size());
    for (int i = 0; i < drafts.size(); i++) {
      PersonDraft draft = drafts.get(i);
      Person.Builder person = Person.builder()
          .id("p-" + (i + 1))
          .name(PERSON_NAMES.get(i % PERSON_NAMES.size()))
          .teamId(teams.get(draft.teamPick() % teams.size()).id())
          .hrAdministrator(draft.hrAdministrator());
      if (i > 0) {
        person.managerId("p-" + (draft.managerPick() % i + 1));
      }
      people.add(person.build());
    }
    return people;
  }

  /** {@code count} consecutive quarters from {@code firstStart}: all CLOSED but the last, ACTIVE; then maybe a DRAFT one. */
  private static List<Cycle> consecutiveQuarters(LocalDate firstStart, int count, boolean draftNext) {
    List<Cycle> cycles = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      CycleStatus status = i < count - 1 ? CycleStatus.CLOSED : CycleStatus.ACTIVE;
      cycles.add(quarter("c-" + (i + 1), firstStart.plusMonths(3L * i), status));
    }
    if (draftNext) {
      cycles.add(quarter("c-" + (count + 1), firstStart.plusMonths(3L * count), CycleStatus.DRAFT));
    }
    return cycles;
  }

  private static Cycle quarter(String id, LocalDate start, CycleStatus status) {
    String name = start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
    return Cycle.builder().id(id).name(name).startInclusive(start).endInclusive(start.plusMonths(3).minusDays(1))
        .status(status).build();
  }

  /** Renumbers key results {@code kr-1} ... and initiatives {@code i-1} ... across all objectives. */
  private static List<Objective> numberedNested(List<Objective> objectives) {
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

  private static List<KeyResult> numberedKeyResults(List<KeyResult> keyResults) {
    List<KeyResult> numbered = new ArrayList<>(keyResults.size());
    for (int i = 0; i < keyResults.size(); i++) {
      numbered.add(KeyResult.builder().from(keyResults.get(i)).id("kr-" + (i + 1)).build());
    }
    return numbered;
  }

  private static List<Initiative> numberedInitiatives(List<Initiative> initiatives) {
    List<Initiative> numbered = new ArrayList<>(initiatives.size());
    for (int i = 0; i < initiatives.size(); i++) {
      numbered.add(Initiative.builder().from(initiatives.get(i)).id("i-" + (i + 1)).build());
    }
    return numbered;
  }

  // ---------------------------------------------------------------------------------------------
  // Adversarial snapshots

  /** Snapshots assembled from independent items, renumbered per kind; references resolve by chance. */
  private static Arbitrary<OrganizationSnapshot> jumbledSnapshots() {
    return Combinators.combine(
            people().list().ofMaxSize(MAX_PEOPLE),
            teams().list().ofMaxSize(MAX_TEAMS),
            cycles().list().ofMaxSize(MAX_CYCLES),
            objectives().list().ofMaxSize(MAX_OBJECTIVES))
        .as((people, teams, cycles, objectives) -> {
          List<Person> numberedPeople = new ArrayList<>(people.size());
          for (int i = 0; i < people.size(); i++) {
            numberedPeople.add(Person.builder().from(people.get(i)).id("p-" + (i + 1)).build());
          }
          List<Team> numberedTeams = new ArrayList<>(teams.size());
          for (int i = 0; i < teams.size(); i++) {
            numberedTeams.add(Team.of("t-" + (i + 1), teams.get(i).name()));
          }
          List<Cycle> numberedCycles = new ArrayList<>(cycles.size());
          for (int i = 0; i < cycles.size(); i++) {
            numberedCycles.add(Cycle.builder().from(cycles.get(i)).id("c-" + (i + 1)).build());
          }
          List<Objective> numberedObjectives = new ArrayList<>(objectives.size());
          for (int i = 0; i < objectives.size(); i++) {
            numberedObjectives.add(Objective.builder().from(objectives.get(i)).id("o-" + (i + 1)).build());
          }
          return OrganizationSnapshot.builder()
              .people(numberedPeople).teams(numberedTeams).cycles(numberedCycles)
              .objectives(numberedNested(numberedObjectives))
              .build();
        });
  }

  /** A change that breaks a snapshot in business terms but never makes two ids of one kind equal. */
  @FunctionalInterface
  private interface Breakage {
    void applyTo(Parts parts);
  }

  private static OrganizationSnapshot breakAll(OrganizationSnapshot snapshot, List<Breakage> breakages) {
    Parts parts = new Parts(snapshot);
    for (Breakage breakage : breakages) {
      breakage.applyTo(parts);
    }
    return parts.build();
  }

  private static Arbitrary<Breakage> breakages() {
    Arbitrary<Integer> pick = picks();
    Arbitrary<List<Integer>> ring = picks().list().ofMinSize(1).ofMaxSize(4);
    Arbitrary<Double> badWeights = Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(0.0)),
        Tuple.of(1, Arbitraries.doubles().between(-5, -0.1).ofScale(1)));
    return Arbitraries.oneOf(List.of(
        pick.map(OrgArbitraries::danglingManager),
        pick.map(OrgArbitraries::danglingTeam),
        pick.map(OrgArbitraries::danglingRole),
        pick.map(OrgArbitraries::danglingCycle),
        Combinators.combine(pick, Arbitraries.of(OwnerKind.TEAM, OwnerKind.PERSON)).as(OrgArbitraries::danglingOwner),
        pick.map(OrgArbitraries::danglingParent),
        Combinators.combine(ring, Arbitraries.of(AlignmentKind.class)).as(OrgArbitraries::alignmentCycle),
        ring.map(OrgArbitraries::reportingCycle),
        Combinators.combine(pick, anyValues()).as(OrgArbitraries::sharedCheckInDate),
        Combinators.combine(pick, Arbitraries.integers().between(1, 400)).as(OrgArbitraries::checkInOutsideCycle),
        Combinators.combine(pick, Arbitraries.of(KeyResultKind.INCREASE, KeyResultKind.DECREASE), anyValues())
            .as(OrgArbitraries::startEqualsTarget),
        Combinators.combine(pick, brokenShapes()).as(OrgArbitraries::unmeasurable),
        Combinators.combine(pick, badWeights).as(OrgArbitraries::keyResultWeight),
        Combinators.combine(pick, badWeights).as(OrgArbitraries::alignmentWeight),
        pick.map(OrgArbitraries::withoutKeyResults),
        Arbitraries.integers().between(1, 63).map(OrgArbitraries::removeKinds),
        pick.map(OrgArbitraries::emptyTexts),
        Arbitraries.just(OrgArbitraries.waiverOfMissingSubject())));
  }

  private static Breakage danglingManager(int pick) {
    return parts -> parts.updatePerson(pick, p -> Person.builder().from(p).managerId(MISSING_PERSON).build());
  }

  private static Breakage danglingTeam(int pick) {
    return parts -> parts.updatePerson(pick, p -> Person.builder().from(p).teamId(MISSING_TEAM).build());
  }

  private static Breakage danglingRole(int pick) {
    return parts -> parts.updatePerson(pick, p -> Person.builder().from(p).role(RoleRef.of("ic", "l-999")).build());
  }

  private static Breakage danglingCycle(int pick) {
    return parts -> parts.updateObjective(pick, o -> Objective.builder().from(o).cycleId(MISSING_CYCLE).build());
  }

  private static Breakage danglingOwner(int pick, OwnerKind kind) {
    Owner owner = kind == OwnerKind.TEAM ? Owner.team(MISSING_TEAM) : Owner.person(MISSING_PERSON);
    return parts -> parts.updateObjective(pick, o -> Objective.builder().from(o).owner(owner).build());
  }

  private static Breakage danglingParent(int pick) {
    return parts -> parts.updateObjective(pick, o -> {
      AlignmentKind kind = o.alignment().map(Alignment::kind).orElse(AlignmentKind.CONTRIBUTES);
      double weight = o.alignment().map(Alignment::weight).orElse(1.0);
      return Objective.builder().from(o).alignment(Alignment.of(MISSING_OBJECTIVE, kind, weight)).build();
    });
  }

  /** Each objective of the ring is aligned to the next; whatever the picks, the links close a cycle. */
  private static Breakage alignmentCycle(List<Integer> ring, AlignmentKind kind) {
    return parts -> {
      if (parts.objectives.isEmpty()) {
        return;
      }
      for (int i = 0; i < ring.size(); i++) {
        String parentId = parts.objectives.get(ring.get((i + 1) % ring.size()) % parts.objectives.size()).id();
        parts.updateObjective(ring.get(i),
            o -> Objective.builder().from(o).alignment(Alignment.of(parentId, kind, 1.0)).build());
      }
    };
  }

  /** Each person of the ring reports to the next; whatever the picks, the links close a cycle. */
  private static Breakage reportingCycle(List<Integer> ring) {
    return parts -> {
      if (parts.people.isEmpty()) {
        return;
      }
      for (int i = 0; i < ring.size(); i++) {
        String managerId = parts.people.get(ring.get((i + 1) % ring.size()) % parts.people.size()).id();
        parts.updatePerson(ring.get(i), p -> Person.builder().from(p).managerId(managerId).build());
      }
    };
  }

  private static Breakage sharedCheckInDate(int pick, double value) {
    return parts -> parts.updateKeyResult(pick, (objective, kr) -> {
      LocalDate date = kr.checkIns().isEmpty()
          ? parts.cycleStart(objective)
          : kr.checkIns().get(kr.checkIns().size() - 1).date();
      KeyResult.Builder builder = KeyResult.builder().from(kr);
      if (kr.checkIns().isEmpty()) {
        builder.addCheckIn(CheckIn.of(date, value));
      }
      return builder.addCheckIn(CheckIn.of(date, value + 1)).build();
    });
  }

  private static Breakage checkInOutsideCycle(int pick, int daysAfterEnd) {
    return parts -> parts.updateKeyResult(pick,
        (objective, kr) -> kr.withCheckIn(CheckIn.of(parts.cycleEnd(objective).plusDays(daysAfterEnd), 1.0)));
  }

  private static Breakage startEqualsTarget(int pick, KeyResultKind kind, double value) {
    return parts -> parts.updateKeyResult(pick,
        (objective, kr) -> KeyResult.builder().from(kr).kind(kind).start(value).target(value).build());
  }

  /** Replaces kind, start, target, unit and zone texts by those of a broken shape; keeps id and data. */
  private static Breakage unmeasurable(int pick, KeyResult shape) {
    return parts -> parts.updateKeyResult(pick, (objective, kr) -> KeyResult.builder().from(kr)
        .kind(shape.kind()).start(shape.start()).target(shape.target()).unit(shape.unit())
        .zoneTexts(shape.zoneTexts()).build());
  }

  private static Breakage keyResultWeight(int pick, double weight) {
    return parts -> parts.updateKeyResult(pick, (objective, kr) -> KeyResult.builder().from(kr).weight(weight).build());
  }

  private static Breakage alignmentWeight(int pick, double weight) {
    return parts -> {
      if (parts.objectives.isEmpty()) {
        return;
      }
      String fallbackParent = parts.objectives.get(0).id();
      parts.updateObjective(pick, o -> Objective.builder().from(o)
          .alignment(Alignment.contributes(o.alignment().map(Alignment::parentId).orElse(fallbackParent), weight))
          .build());
    };
  }

  private static Breakage withoutKeyResults(int pick) {
    return parts -> parts.updateObjective(pick, o -> Objective.builder().from(o).keyResults(List.of()).build());
  }

  /** Removes whole kinds, one bit each: people, teams, cycles, objectives, key results, check-ins. */
  private static Breakage removeKinds(int mask) {
    return parts -> {
      if ((mask & 1) != 0) {
        parts.people.clear();
      }
      if ((mask & 2) != 0) {
        parts.teams.clear();
      }
      if ((mask & 4) != 0) {
        parts.cycles.clear();
      }
      if ((mask & 8) != 0) {
        parts.objectives.clear();
      }
      if ((mask & 16) != 0) {
        parts.objectives.replaceAll(o -> Objective.builder().from(o).keyResults(List.of()).build());
      }
      if ((mask & 32) != 0) {
        parts.objectives.replaceAll(o -> {
          List<KeyResult> keyResults = new ArrayList<>(o.keyResults().size());
          for (KeyResult kr : o.keyResults()) {
            keyResults.add(KeyResult.builder().from(kr).checkIns(List.of()).build());
          }
          return Objective.builder().from(o).keyResults(keyResults).build();
        });
      }
    };
  }

  private static Breakage emptyTexts(int pick) {
    return parts -> {
      parts.updatePerson(pick, p -> Person.builder().from(p).name("").build());
      parts.updateObjective(pick, o -> Objective.builder().from(o).title("").build());
      parts.updateKeyResult(pick, (objective, kr) -> KeyResult.builder().from(kr).title("").unit("").build());
    };
  }

  private static Breakage waiverOfMissingSubject() {
    return parts -> parts.waivers.add(
        Waiver.of("okr.objective.count", MISSING_OBJECTIVE, "", MISSING_PERSON, LocalDate.of(2020, 1, 1)));
  }

  /** A snapshot taken apart into mutable lists; a fresh one for each application of breakages. */
  private static final class Parts {
    final List<Person> people;
    final List<Team> teams;
    final List<Cycle> cycles;
    final List<Objective> objectives;
    final List<Waiver> waivers;

    Parts(OrganizationSnapshot snapshot) {
      people = new ArrayList<>(snapshot.people());
      teams = new ArrayList<>(snapshot.teams());
      cycles = new ArrayList<>(snapshot.cycles());
      objectives = new ArrayList<>(snapshot.objectives());
      waivers = new ArrayList<>(snapshot.waivers());
    }

    OrganizationSnapshot build() {
      return OrganizationSnapshot.builder()
          .people(people).teams(teams).cycles(cycles).objectives(objectives).waivers(waivers).build();
    }

    void updatePerson(int pick, UnaryOperator<Person> change) {
      if (!people.isEmpty()) {
        int i = pick % people.size();
        people.set(i, change.apply(people.get(i)));
      }
    }

    void updateObjective(int pick, UnaryOperator<Objective> change) {
      if (!objectives.isEmpty()) {
        int i = pick % objectives.size();
        objectives.set(i, change.apply(objectives.get(i)));
      }
    }

    /** Changes the key result numbered {@code pick} modulo the key results of all objectives, in order. */
    void updateKeyResult(int pick, KeyResultChange change) {
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

    LocalDate cycleStart(Objective objective) {
      for (Cycle cycle : cycles) {
        if (cycle.id().equals(objective.cycleId())) {
          return cycle.startInclusive();
        }
      }
      return WINDOW_START;
    }

    LocalDate cycleEnd(Objective objective) {
      for (Cycle cycle : cycles) {
        if (cycle.id().equals(objective.cycleId())) {
          return cycle.endInclusive();
        }
      }
      return WINDOW_END;
    }
  }

  @FunctionalInterface
  private interface KeyResultChange {
    KeyResult apply(Objective objective, KeyResult keyResult);
  }

  // ---------------------------------------------------------------------------------------------
  // Key-result parts

  /** The factory-made key result of every kind, with a placeholder id. */
  private static List<Arbitrary<KeyResult>> factoryShapesOfEveryKind() {
    List<Arbitrary<KeyResult>> shapes = new ArrayList<>();
    for (KeyResultKind kind : KeyResultKind.values()) {
      shapes.add(factoryShapes(kind));
    }
    return shapes;
  }

  private static Arbitrary<KeyResult> factoryShapes() {
    return Arbitraries.oneOf(factoryShapesOfEveryKind());
  }

  private static Arbitrary<KeyResult> factoryShapes(KeyResultKind kind) {
    Arbitrary<Double> starts = Arbitraries.doubles().between(-1000, 1000).ofScale(2);
    Arbitrary<Double> spans = Arbitraries.doubles().between(0.01, 1000).ofScale(2);
    Arbitrary<String> units = Arbitraries.of(UNITS);
    switch (kind) {
      case INCREASE:
        return Combinators.combine(starts, spans, units)
            .as((start, span, unit) -> KeyResult.increase(PLACEHOLDER_ID, "Raise weekly active teams", start, start + span, unit));
      case DECREASE:
        return Combinators.combine(starts, spans, units)
            .as((start, span, unit) -> KeyResult.decrease(PLACEHOLDER_ID, "Cut first-reply time", start, start - span, unit));
      case STAY_AT_LEAST:
        return Combinators.combine(starts, units)
            .as((threshold, unit) -> KeyResult.stayAtLeast(PLACEHOLDER_ID, "Keep uptime high", threshold, unit));
      case STAY_AT_MOST:
        return Combinators.combine(starts, units)
            .as((threshold, unit) -> KeyResult.stayAtMost(PLACEHOLDER_ID, "Keep churn low", threshold, unit));
      case ACHIEVE:
        return Arbitraries.just(KeyResult.achieve(PLACEHOLDER_ID, "Launch the partner portal"));
      case ORDINAL:
        return Arbitraries.just(KeyResult.ordinal(PLACEHOLDER_ID, "Customer onboarding experience",
            "Onboarding guide published", "New customers onboard themselves", "Onboarding wins an award"));
      default:
        throw new AssertionError(kind);
    }
  }

  /** Builder-made shapes that the rules report: no kind, no target, no start, start == target, wrong way, zone texts missing. */
  private static Arbitrary<KeyResult> brokenShapes() {
    Arbitrary<Optional<Double>> maybeNumbers = Arbitraries.doubles().between(-1000, 1000).ofScale(2).optional(0.5);
    Arbitrary<Double> numbers = Arbitraries.doubles().between(-1000, 1000).ofScale(2);
    Arbitrary<Double> spans = Arbitraries.doubles().between(0.01, 1000).ofScale(2);
    Arbitrary<KeyResultKind> linear = Arbitraries.of(KeyResultKind.INCREASE, KeyResultKind.DECREASE);
    return Arbitraries.oneOf(List.of(
        Combinators.combine(maybeNumbers, maybeNumbers)
            .as((start, target) -> KeyResult.builder().id(PLACEHOLDER_ID).title("Improve things")
                .start(optionalDouble(start)).target(optionalDouble(target)).build()),
        Combinators.combine(Arbitraries.of(KeyResultKind.class), maybeNumbers, Arbitraries.of(UNITS).optional())
            .as((kind, start, unit) -> KeyResult.builder().id(PLACEHOLDER_ID).title("Improve things")
                .kind(kind).start(optionalDouble(start)).unit(unit).build()),
        Combinators.combine(linear, numbers)
            .as((kind, target) -> KeyResult.builder().id(PLACEHOLDER_ID).title("Improve things")
                .kind(kind).target(target).unit("teams").build()),
        Combinators.combine(linear, numbers)
            .as((kind, value) -> KeyResult.builder().id(PLACEHOLDER_ID).title("Improve things")
                .kind(kind).start(value).target(value).unit("teams").build()),
        Combinators.combine(linear, numbers, spans)
            .as((kind, start, span) -> KeyResult.builder().id(PLACEHOLDER_ID).title("Improve things")
                .kind(kind).start(start).target(kind == KeyResultKind.INCREASE ? start - span : start + span)
                .unit("teams").build()),
        Arbitraries.subsetOf(OrdinalZone.COMMIT, OrdinalZone.TARGET, OrdinalZone.STRETCH).ofMaxSize(2)
            .map(zones -> ordinalWithTexts(zones))));
  }

  private static KeyResult ordinalWithTexts(Set<OrdinalZone> zones) {
    KeyResult.Builder builder = KeyResult.builder().id(PLACEHOLDER_ID).title("Customer onboarding experience")
        .kind(KeyResultKind.ORDINAL).target(OrdinalZone.TARGET.index());
    for (OrdinalZone zone : zones) {
      builder.putZoneText(zone, "Zone " + zone.index());
    }
    return builder.build();
  }

  /** A step to the next check-in: days after the previous one (the first counts from the day before the window). */
  private record Step(int days, double fraction, Optional<Double> confidence) {}

  /** A well-formed key result whose check-ins are placed once its time frame is known. */
  private record KeyResultDraft(KeyResult shape, List<Step> steps, Optional<Double> currentFraction, double weight,
      OkrStatus status) {

    /** The key result, with check-ins on distinct days from {@code from} to {@code to} in date order. */
    KeyResult materialize(LocalDate from, LocalDate to) {
      List<CheckIn> checkIns = new ArrayList<>(steps.size());
      LocalDate day = from.minusDays(1);
      for (Step step : steps) {
        day = day.plusDays(step.days());
        if (day.isAfter(to)) {
          break;
        }
        checkIns.add(CheckIn.builder().date(day).value(valueAt(shape, step.fraction()))
            .confidence(optionalDouble(step.confidence())).build());
      }
      OptionalDouble current = currentFraction.isPresent()
          ? OptionalDouble.of(valueAt(shape, currentFraction.get()))
          : OptionalDouble.empty();
      return KeyResult.builder().from(shape).checkIns(checkIns).current(current).weight(weight).status(status).build();
    }
  }

  /** A sensible objective whose id, owner, cycle and alignment are given when it is placed. */
  private record ObjectiveDraft(String title, ObjectiveType type, OkrStatus status, Set<String> tags,
      List<KeyResultDraft> keyResults, List<Initiative> initiatives, Optional<Visibility> visibility,
      Map<String, String> attributes) {

    Objective materialize(String id, Owner owner, Cycle cycle, Optional<Alignment> alignment) {
      List<KeyResult> materialized = new ArrayList<>(keyResults.size());
      for (KeyResultDraft draft : keyResults) {
        materialized.add(draft.materialize(cycle.startInclusive(), cycle.endInclusive()));
      }
      return Objective.builder()
          .id(id).title(title).owner(owner).cycleId(cycle.id()).alignment(alignment).type(type)
          .status(status).tags(tags).keyResults(numberedKeyResults(materialized))
          .initiatives(numberedInitiatives(initiatives)).visibility(visibility).attributes(attributes)
          .build();
    }
  }

  private static Arbitrary<ObjectiveDraft> objectiveDrafts() {
    return Combinators.combine(
            Arbitraries.of(OBJECTIVE_TITLES),
            Arbitraries.of(ObjectiveType.class),
            sensibleStatuses(),
            Arbitraries.subsetOf(TAGS).ofMaxSize(2),
            keyResultDrafts(factoryShapes()).list().ofMinSize(1).ofMaxSize(4),
            initiatives().list().ofMaxSize(2),
            Arbitraries.of(Visibility.class).optional(0.2),
            attributes())
        .as(ObjectiveDraft::new);
  }

  /** Drafts of well-formed key results of the given shapes: values near the shape's range, positive weight. */
  private static Arbitrary<KeyResultDraft> keyResultDrafts(Arbitrary<KeyResult> shapes) {
    Arbitrary<Double> fractions = Arbitraries.doubles().between(-0.5, 1.5).ofScale(3);
    Arbitrary<Step> steps = Combinators.combine(
            Arbitraries.integers().between(1, 21), fractions, confidences().optional(0.8))
        .as(Step::new);
    return Combinators.combine(
            shapes, steps.list().ofMaxSize(MAX_CHECK_INS), fractions.optional(0.2), positiveWeights(), sensibleStatuses())
        .as(KeyResultDraft::new);
  }

  /** A value that a shape's kind expects, {@code fraction} of the way from its start to its target (-0.5 to 1.5). */
  private static double valueAt(KeyResult shape, double fraction) {
    KeyResultKind kind = shape.kind().orElseThrow();
    double target = shape.target().orElseThrow();
    switch (kind) {
      case INCREASE:
      case DECREASE:
        double start = shape.start().orElseThrow();
        return start + fraction * (target - start);
      case STAY_AT_LEAST:
      case STAY_AT_MOST:
        return target + (fraction - 0.5) * 20;
      case ACHIEVE:
        return fraction >= 1 ? 1 : 0;
      case ORDINAL:
        return Math.max(0, Math.min(3, Math.round(fraction * 2)));
      default:
        throw new AssertionError(kind);
    }
  }

  /** Check-ins in any order, sometimes two on one day with different values. */
  private static Arbitrary<List<CheckIn>> checkInLists(LocalDate from, LocalDate to) {
    Arbitrary<List<CheckIn>> shared = Combinators.combine(
            checkIns(from, to).list().ofMinSize(1).ofMaxSize(MAX_CHECK_INS - 1), picks(), anyValues())
        .as((list, pick, value) -> {
          List<CheckIn> withShared = new ArrayList<>(list);
          CheckIn repeated = list.get(pick % list.size());
          withShared.add(CheckIn.builder().from(repeated).value(value).build());
          return withShared;
        });
    return Arbitraries.frequencyOf(
        Tuple.of(4, checkIns(from, to).list().ofMaxSize(MAX_CHECK_INS)),
        Tuple.of(1, shared));
  }

  private static Arbitrary<Initiative> initiatives() {
    return Combinators.combine(Arbitraries.of(INITIATIVE_TITLES), sensibleStatuses(), Arbitraries.subsetOf(TAGS).ofMaxSize(2))
        .as((title, status, tags) -> Initiative.builder().id(PLACEHOLDER_ID).title(title).status(status).tags(tags)
            .build());
  }

  // ---------------------------------------------------------------------------------------------
  // Small parts

  private static Arbitrary<String> ids(String prefix, int max) {
    return Arbitraries.integers().between(1, max).map(n -> prefix + "-" + n);
  }

  private static Arbitrary<Integer> picks() {
    return Arbitraries.integers().between(0, MAX_PICK);
  }

  private static Arbitrary<LocalDate> days(LocalDate fromInclusive, LocalDate toInclusive) {
    int span = (int) ChronoUnit.DAYS.between(fromInclusive, toInclusive);
    return Arbitraries.integers().between(0, span).map(fromInclusive::plusDays);
  }

  private static Arbitrary<LocalDate> quarterStarts() {
    return Combinators.combine(Arbitraries.integers().between(2025, 2027), Arbitraries.integers().between(0, 3))
        .as((year, quarter) -> LocalDate.of(year, 3 * quarter + 1, 1));
  }

  /** Any finite value: zone indexes and small integers often, moderate decimals mostly, large ones sometimes. */
  private static Arbitrary<Double> anyValues() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.integers().between(-1, 4).map(Integer::doubleValue)),
        Tuple.of(5, Arbitraries.doubles().between(-1000, 1000).ofScale(2)),
        Tuple.of(1, Arbitraries.doubles().between(-1e6, 1e6)));
  }

  private static Arbitrary<Double> confidences() {
    return Arbitraries.doubles().between(0, 1).ofScale(2);
  }

  private static Arbitrary<Double> positiveWeights() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just(1.0)),
        Tuple.of(1, Arbitraries.doubles().between(0.5, 3).ofScale(1)));
  }

  /** Weights as found in the wild: mostly 1, some other positive ones, some 0 and some negative. */
  private static Arbitrary<Double> anyWeights() {
    return Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.just(1.0)),
        Tuple.of(2, Arbitraries.doubles().between(0.1, 5).ofScale(1)),
        Tuple.of(1, Arbitraries.just(0.0)),
        Tuple.of(1, Arbitraries.doubles().between(-5, -0.1).ofScale(1)));
  }

  private static Arbitrary<OkrStatus> anyStatuses() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just(OkrStatus.ACTIVE)),
        Tuple.of(1, Arbitraries.of(OkrStatus.class)));
  }

  private static Arbitrary<OkrStatus> sensibleStatuses() {
    return Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.just(OkrStatus.ACTIVE)),
        Tuple.of(1, Arbitraries.of(OkrStatus.DRAFT, OkrStatus.CANCELLED, OkrStatus.CLOSED)));
  }

  private static Arbitrary<CycleStatus> cycleStatuses() {
    return Arbitraries.of(CycleStatus.class);
  }

  private static Arbitrary<Map<String, String>> attributes() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.just(Map.of())),
        Tuple.of(1, Arbitraries.of(Map.of("x-jira", "\"ALIGN-7\""), Map.of("x-score", "{\"a\":1}"))));
  }

  private static OptionalDouble optionalDouble(Optional<Double> value) {
    return value.isPresent() ? OptionalDouble.of(value.get()) : OptionalDouble.empty();
  }
}
