package dev.alignkit.progress;

import static java.util.Objects.requireNonNull;

import dev.alignkit.career.CareerLadder;
import dev.alignkit.career.ExpectationResolution;
import dev.alignkit.career.LateralMove;
import dev.alignkit.career.Level;
import dev.alignkit.career.Opening;
import dev.alignkit.career.RoleRef;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.policy.Policy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a person stands on the career ladders of a snapshot: readiness and gaps for their current
 * role, the next level, a target role, each lateral move, and a ranked list of best next roles.
 * Thread-safe: resolved expectations are cached per role.
 *
 * <p>Readiness follows {@link Readiness}; a role that does not resolve to a ladder level gives
 * no option.
 */
public final class CareerPaths {
  private static final Comparator<RoleOption> BEST_FIRST = Comparator
      .comparingDouble((RoleOption o) -> -o.readiness().readiness().orElse(-1))
      .thenComparing(o -> o.role().toString());

  private final OrganizationSnapshot snapshot;
  private final LocalDate asOf;
  private final Policy policy;
  private final Map<RoleRef, Optional<ExpectationResolution>> resolutions = new ConcurrentHashMap<>();

  private CareerPaths(OrganizationSnapshot snapshot, LocalDate asOf, Policy policy) {
    this.snapshot = snapshot;
    this.asOf = asOf;
    this.policy = policy;
  }

  /**
   * Career paths in {@code snapshot} as of {@code asOf}.
   *
   * @param snapshot not null
   * @param asOf the date assessments are judged on; not null
   * @param policy the readiness threshold and staleness limit; not null
   */
  public static CareerPaths of(OrganizationSnapshot snapshot, LocalDate asOf, Policy policy) {
    return new CareerPaths(requireNonNull(snapshot, "snapshot"), requireNonNull(asOf, "asOf"),
        requireNonNull(policy, "policy"));
  }

  /** The expectations in effect at a role; empty when it does not resolve. */
  public Optional<ExpectationResolution> resolve(RoleRef role) {
    return resolutions.computeIfAbsent(role, r -> snapshot.ladder(r.ladderId())
        .flatMap(ladder -> ExpectationResolution.of(ladder, r.levelId())));
  }

  /** A person's readiness for a role; empty when the role does not resolve. */
  public Optional<Readiness> readiness(String personId, RoleRef role) {
    return resolve(role).map(resolution -> Readiness.of(resolution.expectations(), snapshot.profile(personId),
        snapshot.skillCatalog().scale(), asOf, policy));
  }

  /** The person's current role; empty when they have none or it does not resolve. */
  public Optional<RoleOption> currentRole(String personId) {
    return role(personId).flatMap(role -> option(personId, role, EnumSet.of(RoleOptionKind.CURRENT_ROLE), List.of()));
  }

  /** The next level on the person's ladder; empty at the top or without a resolvable role. */
  public Optional<RoleOption> nextLevel(String personId) {
    return nextRole(personId).flatMap(next -> option(personId, next, EnumSet.of(RoleOptionKind.NEXT_LEVEL), List.of()));
  }

  /** The person's readiness for a target role; empty when it does not resolve. */
  public Optional<RoleOption> targetRole(String personId, RoleRef target) {
    return option(personId, target, EnumSet.of(RoleOptionKind.TARGET_ROLE), List.of());
  }

  /** Every declared lateral move from the person's role whose target resolves, in snapshot order. */
  public List<RoleOption> lateralMoves(String personId) {
    Optional<RoleRef> current = role(personId);
    List<RoleOption> options = new ArrayList<>();
    if (current.isPresent()) {
      for (LateralMove move : snapshot.lateralMoves()) {
        if (move.from().equals(current.get())) {
          option(personId, move.to(), EnumSet.of(RoleOptionKind.LATERAL_MOVE), List.of()).ifPresent(options::add);
        }
      }
    }
    return List.copyOf(options);
  }

  /**
   * The roles a person could move to, best first: the next level, lateral moves from their role,
   * openings, and the levels of other ladders; ranked by readiness (highest first), then by role.
   * A role listed for several reasons appears once with all of them; the current role never.
   */
  public List<RoleOption> bestNextRoles(String personId) {
    Optional<RoleRef> current = role(personId);
    Map<RoleRef, Set<RoleOptionKind>> kinds = new LinkedHashMap<>();
    Map<RoleRef, List<String>> openings = new LinkedHashMap<>();
    nextRole(personId).ifPresent(next -> add(kinds, next, RoleOptionKind.NEXT_LEVEL));
    if (current.isPresent()) {
      for (LateralMove move : snapshot.lateralMoves()) {
        if (move.from().equals(current.get())) {
          add(kinds, move.to(), RoleOptionKind.LATERAL_MOVE);
        }
      }
    }
    for (Opening opening : snapshot.openings()) {
      add(kinds, opening.role(), RoleOptionKind.OPENING);
      openings.computeIfAbsent(opening.role(), r -> new ArrayList<>()).add(opening.id());
    }
    String currentLadder = current.map(RoleRef::ladderId).orElse(null);
    for (CareerLadder ladder : snapshot.ladders()) {
      if (ladder.id().equals(currentLadder)) {
        continue;
      }
      for (Level level : ladder.levelsByRank()) {
        add(kinds, RoleRef.of(ladder.id(), level.id()), RoleOptionKind.OTHER_LADDER);
      }
    }
    current.ifPresent(kinds::remove);
    List<RoleOption> options = new ArrayList<>();
    for (Map.Entry<RoleRef, Set<RoleOptionKind>> entry : kinds.entrySet()) {
      option(personId, entry.getKey(), entry.getValue(), openings.getOrDefault(entry.getKey(), List.of()))
          .ifPresent(options::add);
    }
    options.sort(BEST_FIRST);
    return List.copyOf(options);
  }

  private static void add(Map<RoleRef, Set<RoleOptionKind>> kinds, RoleRef role, RoleOptionKind kind) {
    kinds.computeIfAbsent(role, r -> EnumSet.noneOf(RoleOptionKind.class)).add(kind);
  }

  private Optional<RoleRef> role(String personId) {
    return snapshot.person(personId).flatMap(Person::role).filter(role -> snapshot.level(role).isPresent());
  }

  private Optional<RoleRef> nextRole(String personId) {
    return role(personId).flatMap(role -> snapshot.ladder(role.ladderId())
        .flatMap(ladder -> ladder.nextLevel(role.levelId()).map(next -> RoleRef.of(ladder.id(), next.id()))));
  }

  private Optional<RoleOption> option(String personId, RoleRef role, Set<RoleOptionKind> kinds, List<String> openingIds) {
    return readiness(personId, role).map(readiness -> RoleOption.builder()
        .role(role).kinds(kinds).openingIds(openingIds).readiness(readiness).build());
  }
}
