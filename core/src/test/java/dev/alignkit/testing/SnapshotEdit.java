package dev.alignkit.testing;

import dev.alignkit.career.CareerLadder;
import dev.alignkit.career.LateralMove;
import dev.alignkit.career.Level;
import dev.alignkit.career.Opening;
import dev.alignkit.career.SkillCatalog;
import dev.alignkit.career.SkillProfile;
import dev.alignkit.development.CareerVision;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.GrowSession;
import dev.alignkit.okr.Cycle;
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
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * A snapshot taken apart into lists open to change, for the breakages of the adversarial
 * generators: each breakage changes an item by pick (reduced modulo the items of its kind, so it
 * does nothing when there are none) and the snapshot is built again. A breakage never makes two
 * ids of one kind equal: what it adds is numbered from {@link SnapshotParts#ADDED_ID_BASE}.
 */
final class SnapshotEdit {

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

  private SnapshotEdit(OrganizationSnapshot snapshot) {
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
    void applyTo(SnapshotEdit parts);
  }

  /** {@code snapshot} taken apart, each breakage applied in order, and built again. */
  static OrganizationSnapshot breakAll(OrganizationSnapshot snapshot, List<? extends Breakage> breakages) {
    SnapshotEdit parts = new SnapshotEdit(snapshot);
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

  // Changes by pick; each does nothing when there is nothing to pick from

  /** A number for an added item, above anything the valid snapshot numbers, never used twice. */
  int nextAddedId() {
    return SnapshotParts.ADDED_ID_BASE + addedIds++;
  }

  Optional<Person> person(int pick) {
    return people.isEmpty() ? Optional.empty() : Optional.of(SnapshotParts.pick(people, pick));
  }

  Optional<CareerLadder> ladder(int pick) {
    return ladders.isEmpty() ? Optional.empty() : Optional.of(SnapshotParts.pick(ladders, pick));
  }

  void updatePerson(int pick, UnaryOperator<Person> change) {
    update(people, pick, change);
  }

  void updateObjective(int pick, UnaryOperator<Objective> change) {
    update(objectives, pick, change);
  }

  /** Changes the key result numbered {@code pick} modulo the key results of all objectives, in order. */
  void updateKeyResult(int pick, BiFunction<Objective, KeyResult, KeyResult> change) {
    // ROLLUP key results are left alone: the breakages are about measures and check-ins they do not have.
    int total = 0;
    for (Objective objective : objectives) {
      total += (int) objective.keyResults().stream().filter(kr -> !kr.isRollup()).count();
    }
    if (total == 0) {
      return;
    }
    int remaining = pick % total;
    for (int i = 0; i < objectives.size(); i++) {
      Objective objective = objectives.get(i);
      List<KeyResult> keyResults = new ArrayList<>(objective.keyResults());
      for (int k = 0; k < keyResults.size(); k++) {
        if (keyResults.get(k).isRollup()) {
          continue;
        }
        if (remaining-- == 0) {
          keyResults.set(k, change.apply(objective, keyResults.get(k)));
          objectives.set(i, Objective.builder().from(objective).keyResults(keyResults).build());
          return;
        }
      }
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
    return SnapshotParts.onScale(catalog.scale(), percent);
  }

  private Optional<Cycle> cycleOf(Objective objective) {
    for (Cycle cycle : cycles) {
      if (objective.cycleId().filter(cycle.id()::equals).isPresent()) {
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
}
