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
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.Initiative;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * {@link IllegalArgumentException} naming the place and the value. An id that does not resolve is
 * representable and is reported by the rules ({@code docs/concepts.md}, "Building values").
 *
 * <p><b>Equality:</b> two snapshots are equal when all their lists (in order), the skill catalog
 * and the attributes are equal.
 */
@Value.Immutable
public abstract class OrganizationSnapshot implements HasAttributes, ApprovalAuthority {
  OrganizationSnapshot() {}

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
    return Optional.ofNullable(index().people.get(id));
  }

  /** The team with this id. */
  public final Optional<Team> team(String id) {
    return Optional.ofNullable(index().teams.get(id));
  }

  /** The cycle with this id. */
  public final Optional<Cycle> cycle(String id) {
    return Optional.ofNullable(index().cycles.get(id));
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
    return Optional.ofNullable(index().keyResultOwners.get(keyResultId));
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
   * manager id that does not resolve. A chain that runs into a cycle grants nothing: it is empty.
   */
  public final List<String> managerChain(String personId) {
    List<String> chain = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    seen.add(personId);
    Optional<String> manager = person(personId).flatMap(Person::managerId);
    while (manager.isPresent() && person(manager.get()).isPresent()) {
      if (!seen.add(manager.get())) {
        return List.of();
      }
      chain.add(manager.get());
      manager = person(manager.get()).flatMap(Person::managerId);
    }
    return List.copyOf(chain);
  }

  /**
   * Whether {@code approverId} is an HR administrator or in the {@link #managerChain manager
   * chain} of {@code personId}; a chain that runs into a cycle grants nothing.
   */
  @Override
  public final boolean mayAgree(String approverId, String personId) {
    Map<String, Person> people = index().people;
    Person approver = people.get(approverId);
    if (approver == null) {
      return false;
    }
    if (approver.hrAdministrator()) {
      return true;
    }
    // Validation asks this for every agreed goal, so the chain is walked in place rather than
    // built: the person, then each manager in turn, with Brent's cycle detection instead of a set
    // of the people seen. A cycle grants nothing even if the approver was met before it.
    Person hare = people.get(personId);
    if (hare == null) {
      return false;
    }
    String tortoise = personId;
    boolean met = false;
    int power = 1;
    int length = 0;
    while (true) {
      String next = hare.managerId().orElse(null);
      hare = next == null ? null : people.get(next);
      if (hare == null) {
        return met;
      }
      if (next.equals(tortoise)) {
        return false;
      }
      met |= next.equals(approverId);
      if (++length == power) {
        tortoise = next;
        power <<= 1;
        length = 0;
      }
    }
  }

  /**
   * The objectives aligned to this one, of either alignment kind, in snapshot order.
   *
   * @return an immutable list; empty when there are none or the id does not resolve
   */
  public final List<Objective> childrenOf(String objectiveId) {
    return index().children.getOrDefault(objectiveId, List.of());
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

  /** Builds an {@link OrganizationSnapshot}. */
  public static final class Builder extends ImmutableOrganizationSnapshot.Builder {
    Builder() {}
  }
}
