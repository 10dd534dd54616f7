package dev.alignkit.org;

import dev.alignkit.career.CareerLadder;
import dev.alignkit.career.LateralMove;
import dev.alignkit.career.Level;
import dev.alignkit.career.Opening;
import dev.alignkit.career.RoleRef;
import dev.alignkit.career.Skill;
import dev.alignkit.career.SkillCatalog;
import dev.alignkit.career.SkillProfile;
import dev.alignkit.common.HasAttributes;
import dev.alignkit.development.ApprovalAuthority;
import dev.alignkit.development.CareerVision;
import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.GrowSession;
import dev.alignkit.internal.Checks;
import dev.alignkit.internal.SnapshotPositions;
import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.Initiative;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The root aggregate: everything Alignkit knows about one organization at one moment. Every
 * computation and rule reads a snapshot. Immutable and thread-safe.
 *
 * <p><b>Create</b> one with {@link #builder()}, or start from {@link #empty()}:
 * <pre>{@code
 * OrganizationSnapshot snapshot = OrganizationSnapshot.builder()
 *     .addPerson(Person.of("p-1", "Ada"))
 *     .addCycle(Cycle.of("2026-Q3", "2026-Q3", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)))
 *     .addObjective(objective)
 *     .build();
 * }</pre>
 *
 * <p><b>Invariants.</b> Items refer to each other by id. Ids are indexed when the snapshot is built,
 * so each lookup takes constant time. Two items of one kind with the same id fail with a
 * {@link dev.alignkit.common.DuplicateIdException} that names both places
 * ({@code duplicate person id 'p-1' at people[0] and people[3]}). Key-result and initiative ids are
 * unique across the whole snapshot, not only within their objective, and so are development-goal
 * and development-measure ids across plans; a person has at most one skill profile. Required,
 * desired and assessed proficiencies must lie on the catalog's scale, or building fails with an
 * {@link IllegalArgumentException} naming the place and the value; so does a blank attribute name
 * ({@code snapshot: attribute names must not be blank: ' '}). An id that does not resolve is
 * representable; each value's javadoc says which rule reports it, if any ({@code docs/concepts.md},
 * "Building values").
 *
 * <p><b>Equality:</b> two snapshots are equal when the zone, all their lists (in order), the skill
 * catalog and the attributes are equal.
 */
@Value.Immutable
public abstract class OrganizationSnapshot implements HasAttributes, ApprovalAuthority {
  static {
    // Code outside the model reads positions through this, with no public method for them here.
    SnapshotPositions.install(snapshot -> ((OrganizationSnapshot) snapshot).index().positions);
  }

  OrganizationSnapshot() {}

  /**
   * The time zone the organization dates its work in: the day a check-in recorded at an instant
   * falls on is read in this zone. UTC unless set; a zone with fixed rules is kept as its offset
   * ({@code ZoneId.of("UTC")} is {@code ZoneOffset.UTC}), a region such as Europe/Zurich as itself.
   */
  @Value.Default
  public ZoneId zone() {
    return ZoneOffset.UTC;
  }

  /** The people, in the order given. */
  public abstract List<Person> people();

  /** The teams, in the order given. */
  public abstract List<Team> teams();

  /** The OKR cycles, in the order given. */
  public abstract List<Cycle> cycles();

  /** The objectives of every owner and cycle, in the order given. */
  public abstract List<Objective> objectives();

  /** The accepted exceptions to rules. */
  public abstract List<Waiver> waivers();

  /** The skills and the proficiency scale; empty on the default scale unless set. */
  @Value.Default
  public SkillCatalog skillCatalog() {
    return SkillCatalog.empty();
  }

  /** The career ladders, in the order given. */
  public abstract List<CareerLadder> ladders();

  /** The declared lateral moves between ladder levels. */
  public abstract List<LateralMove> lateralMoves();

  /** Roles available in teams. */
  public abstract List<Opening> openings();

  /** People's skill profiles; at most one per person. */
  public abstract List<SkillProfile> profiles();

  /** Development plans. */
  public abstract List<DevelopmentPlan> plans();

  /** Career visions. */
  public abstract List<CareerVision> visions();

  /** GROW coaching sessions. */
  public abstract List<GrowSession> growSessions();

  /** A snapshot with nothing in it. */
  public static OrganizationSnapshot empty() {
    return builder().build();
  }

  /** Returns a builder; every part is optional. */
  public static Builder builder() {
    return new Builder();
  }

  /** The person with this id. */
  public final Optional<Person> person(String id) {
    Integer position = index().people.get(id);
    return position == null ? Optional.empty() : Optional.of(people().get(position));
  }

  /** The team with this id. */
  public final Optional<Team> team(String id) {
    return Optional.ofNullable(index().teams.get(id));
  }

  /** The cycle with this id. */
  public final Optional<Cycle> cycle(String id) {
    Integer position = index().cycles.get(id);
    return position == null ? Optional.empty() : Optional.of(cycles().get(position));
  }

  /**
   * The cycle {@code objective} belongs to: empty for a backlog objective without a cycle id, and
   * for a cycle id that names no cycle of this snapshot.
   */
  public final Optional<Cycle> cycleOf(Objective objective) {
    return objective.cycleId().isPresent() ? cycle(objective.cycleId().get()) : Optional.empty();
  }

  /** The objective with this id. */
  public final Optional<Objective> objective(String id) {
    int position = indexOfObjective(id);
    return position < 0 ? Optional.empty() : Optional.of(objectives().get(position));
  }

  /**
   * The position of the objective with this id in {@link #objectives()}, or -1 when there is none:
   * for code that keeps per-objective data in arrays, as the roll-up does.
   */
  public final int indexOfObjective(String id) {
    Integer position = index().objectives.get(id);
    return position == null ? -1 : position;
  }

  /** The key result with this id, in any objective. */
  public final Optional<KeyResult> keyResult(String id) {
    return Optional.ofNullable(index().keyResults.get(id));
  }

  /** The objective that holds the key result with this id. */
  public final Optional<Objective> objectiveOfKeyResult(String keyResultId) {
    Integer position = index().keyResultOwners.get(keyResultId);
    return position == null ? Optional.empty() : Optional.of(objectives().get(position));
  }

  /**
   * The objective a link reaches: its parent objective, or, for a link to a key result, the
   * objective that holds that key result ({@code docs/concepts.md}, "Several parents").
   *
   * @return empty when the parent id does not resolve
   */
  public final Optional<Objective> parentOf(Alignment alignment) {
    int position = index().parentPosition(alignment);
    return position < 0 ? Optional.empty() : Optional.of(objectives().get(position));
  }

  /**
   * The objectives {@code objective} aligns to, each once, in the order of its links: the parents
   * of links to key results are those key results' objectives; links that do not resolve are left out.
   *
   * @return an immutable list
   */
  public final List<Objective> parentsOf(Objective objective) {
    List<Alignment> links = objective.alignments();
    if (links.isEmpty()) {
      return List.of();
    }
    List<Objective> parents = new ArrayList<>(links.size());
    for (Alignment link : links) {
      int position = index().parentPosition(link);
      Objective parent = position < 0 ? null : objectives().get(position);
      if (parent != null && parents.stream().noneMatch(seen -> seen == parent)) {
        parents.add(parent);
      }
    }
    return List.copyOf(parents);
  }

  /** The initiative with this id, in any objective. */
  public final Optional<Initiative> initiative(String id) {
    return Optional.ofNullable(index().initiatives.get(id));
  }

  /** The objective that holds the initiative with this id. */
  public final Optional<Objective> objectiveOfInitiative(String initiativeId) {
    return Optional.ofNullable(index().initiativeOwners.get(initiativeId));
  }

  /** The career ladder with this id. */
  public final Optional<CareerLadder> ladder(String id) {
    return Optional.ofNullable(index().ladders.get(id));
  }

  /** The level a role names: its ladder's level with that id. */
  public final Optional<Level> level(RoleRef role) {
    return ladder(role.ladderId()).flatMap(ladder -> ladder.level(role.levelId()));
  }

  /** The skill of the catalog with this id. */
  public final Optional<Skill> skill(String id) {
    return skillCatalog().skill(id);
  }

  /** The lateral move with this id. */
  public final Optional<LateralMove> lateralMove(String id) {
    return Optional.ofNullable(index().lateralMoves.get(id));
  }

  /** The opening with this id. */
  public final Optional<Opening> opening(String id) {
    return Optional.ofNullable(index().openings.get(id));
  }

  /** The skill profile of the person with this id. */
  public final Optional<SkillProfile> profile(String personId) {
    return Optional.ofNullable(index().profiles.get(personId));
  }

  /** The development plan with this id. */
  public final Optional<DevelopmentPlan> plan(String id) {
    return Optional.ofNullable(index().plans.get(id));
  }

  /** The plans of a person, in snapshot order. */
  public final List<DevelopmentPlan> plansOf(String personId) {
    return index().plansByPerson.getOrDefault(personId, List.of());
  }

  /** The development goal with this id, in any plan. */
  public final Optional<DevelopmentGoal> developmentGoal(String id) {
    return Optional.ofNullable(index().goals.get(id));
  }

  /** The plan that holds the development goal with this id. */
  public final Optional<DevelopmentPlan> planOfGoal(String goalId) {
    return Optional.ofNullable(index().goalPlans.get(goalId));
  }

  /** The development measure with this id, in any goal. */
  public final Optional<KeyResult> measure(String id) {
    return Optional.ofNullable(index().measures.get(id));
  }

  /** The career vision with this id. */
  public final Optional<CareerVision> vision(String id) {
    return Optional.ofNullable(index().visions.get(id));
  }

  /** The GROW session with this id. */
  public final Optional<GrowSession> growSession(String id) {
    return Optional.ofNullable(index().growSessions.get(id));
  }

  /** The GROW sessions of a person, in snapshot order. */
  public final List<GrowSession> growSessionsOf(String personId) {
    return index().growSessionsByPerson.getOrDefault(personId, List.of());
  }

  /**
   * The ids of a person's managers, from the direct manager up. The chain stops at the first
   * manager id that does not resolve. A chain that runs into a reporting cycle grants nothing: it
   * is empty, for the people on the cycle and for everyone below them.
   *
   * @return an immutable list; empty as well when the id does not resolve or the person has no
   *     manager
   */
  public final List<String> managerChain(String personId) {
    Integer position = index().people.get(personId);
    if (position == null || reportingTree().runsIntoCycle(position)) {
      return List.of();
    }
    // Not running into a cycle, the walk ends at the top or at a manager id that does not resolve.
    List<String> chain = new ArrayList<>();
    Optional<String> manager = people().get(position).managerId();
    while (manager.isPresent()) {
      Integer managerPosition = index().people.get(manager.get());
      if (managerPosition == null) {
        break;
      }
      chain.add(manager.get());
      manager = people().get(managerPosition).managerId();
    }
    return List.copyOf(chain);
  }

  /**
   * Whether {@code managerId} is in the {@link #managerChain manager chain} of {@code personId}, in
   * constant time: {@code managerChain(personId).contains(managerId)} without building the chain.
   * Nobody is in their own chain, and a chain that runs into a reporting cycle holds nobody.
   *
   * @param managerId the id of the person who may be above; not null
   * @param personId the id of the person who may be below; not null
   * @return false as well when either id does not resolve
   */
  public final boolean isInManagerChain(String managerId, String personId) {
    Integer manager = index().people.get(managerId);
    Integer person = index().people.get(personId);
    return manager != null && person != null && reportingTree().isAbove(manager, person);
  }

  /**
   * The reporting cycle through a person: the ids met following manager links from the person
   * until they come back to them, starting with the person. Every person on it has an empty
   * {@link #managerChain manager chain}, and so has everyone whose chain runs into it. Takes
   * constant time, however long the cycle: the list is a view of the snapshot's index.
   *
   * @param personId the id of a person; not null
   * @return an immutable list; empty when the person is on no cycle (even when their chain runs
   *     into one) or the id does not resolve
   */
  public final List<String> reportingCycle(String personId) {
    Integer position = index().people.get(personId);
    return position == null ? List.of() : reportingTree().cycleThrough(position);
  }

  /**
   * Whether {@code approverId} is an HR administrator or in the {@link #managerChain manager
   * chain} of {@code personId}; a chain that runs into a cycle grants nothing. Takes constant
   * time: the first question about manager chains indexes the snapshot's reporting lines, in time
   * linear in its people, and every later one reads that index.
   */
  @Override
  public final boolean mayAgree(String approverId, String personId) {
    Integer approver = index().people.get(approverId);
    return approver != null
        && (people().get(approver).hrAdministrator() || isInManagerChain(approverId, personId));
  }

  /**
   * The objectives aligned to this one, of either alignment kind, through a link to it or to one
   * of its key results; each once, in snapshot order.
   *
   * @return an immutable list; empty when there are none or the id does not resolve
   */
  public final List<Objective> childrenOf(String objectiveId) {
    return index().children.getOrDefault(objectiveId, List.of());
  }

  /**
   * Checks attribute names, and normalizes the zone: a zone with fixed rules, such as
   * {@code ZoneId.of("UTC")} or {@code "Etc/GMT"}, becomes its {@link java.time.ZoneOffset}, so that
   * one zone has one value and a snapshot in "UTC" equals one with the default.
   */
  @Value.Check
  final OrganizationSnapshot check() {
    Checks.requireAttributeNames(attributes(), "snapshot");
    ZoneId normalized = zone().normalized();
    return normalized.equals(zone()) ? this : builder().from(this).zone(normalized).build();
  }

  /**
   * The index of ids, built once when the snapshot is constructed; this is where duplicate ids
   * are detected.
   */
  @Value.Derived
  @Value.Auxiliary
  SnapshotIndex index() {
    return SnapshotIndex.of(this);
  }

  /**
   * Who is above whom, built on first use: validation asks {@link #mayAgree} for every agreed
   * goal, {@code privacy.Access} asks for every person, and a snapshot that is only read pays
   * nothing.
   */
  @Value.Lazy
  ReportingTree reportingTree() {
    return ReportingTree.of(people(), index().people);
  }

  /** Builds an {@link OrganizationSnapshot}. */
  public static final class Builder extends ImmutableOrganizationSnapshot.Builder {
    Builder() {}
  }
}
