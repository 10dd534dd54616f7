package dev.alignkit.testing;

import static dev.alignkit.testing.Gens.combine;
import static dev.alignkit.testing.Gens.constant;
import static dev.alignkit.testing.Gens.decimals;
import static dev.alignkit.testing.Gens.frequency;
import static dev.alignkit.testing.Gens.weighted;
import static dev.alignkit.testing.SnapshotParts.MISSING_CYCLE;
import static dev.alignkit.testing.SnapshotParts.MISSING_KEY_RESULT;
import static dev.alignkit.testing.SnapshotParts.MISSING_LEVEL;
import static dev.alignkit.testing.SnapshotParts.MISSING_OBJECTIVE;
import static dev.alignkit.testing.SnapshotParts.MISSING_PERSON;
import static dev.alignkit.testing.SnapshotParts.MISSING_TEAM;
import static dev.alignkit.testing.SnapshotParts.picks;

import dev.alignkit.career.RoleRef;
import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.AlignmentKind;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Initiative;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.KeyResultKind;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.OkrStatus;
import dev.alignkit.okr.Owner;
import dev.alignkit.okr.OwnerKind;
import dev.alignkit.okr.ParentKind;
import dev.alignkit.org.Person;
import dev.alignkit.org.Waiver;
import dev.alignkit.testing.SnapshotEdit.Breakage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.quicktheories.core.Gen;

/** The ways {@link OrgGenerators#adversarialSnapshots()} breaks a valid organization in business terms. */
final class OrgBreakages {
  private OrgBreakages() {}

  static Gen<Breakage> breakages() {
    Gen<Integer> pick = picks();
    Gen<List<Integer>> ring = Gens.lists(picks(), 1, 4);
    Gen<Double> badWeights = frequency(weighted(1, constant(0.0)), weighted(1, decimals(-5, -0.1, 1)));
    return Gens.oneOf(List.of(
        pick.map(OrgBreakages::danglingManager),
        pick.map(OrgBreakages::danglingTeam),
        pick.map(OrgBreakages::danglingRole),
        pick.map(OrgBreakages::danglingCycle),
        combine(pick, Gens.of(OwnerKind.TEAM, OwnerKind.PERSON), OrgBreakages::danglingOwner),
        pick.map(OrgBreakages::danglingParent),
        combine(ring, Gens.of(AlignmentKind.class), OrgBreakages::alignmentCycle),
        ring.map(OrgBreakages::reportingCycle),
        combine(pick, KeyResultShapes.anyValues(), OrgBreakages::sharedCheckInDate),
        combine(pick, Gens.ints(1, 400), OrgBreakages::checkInOutsideCycle),
        combine(pick, Gens.of(KeyResultKind.INCREASE, KeyResultKind.DECREASE), KeyResultShapes.anyValues(),
            OrgBreakages::startEqualsTarget),
        combine(pick, KeyResultShapes.brokenShapes(), OrgBreakages::unmeasurable),
        combine(pick, badWeights, OrgBreakages::keyResultWeight),
        combine(pick, badWeights, OrgBreakages::alignmentWeight),
        pick.map(OrgBreakages::withoutKeyResults),
        Gens.ints(1, 63).map(OrgBreakages::removeKinds),
        pick.map(OrgBreakages::emptyTexts),
        constant(OrgBreakages.waiverOfMissingSubject()),
        pick.map(OrgBreakages::danglingKeyResultOwner),
        combine(pick, Gens.of(OkrStatus.ACTIVE, OkrStatus.CANCELLED, OkrStatus.CLOSED), OrgBreakages::withoutCycle),
        pick.map(OrgBreakages::danglingInitiativeKeyResult),
        combine(pick, Gens.of(KeyResultKind.INCREASE, KeyResultKind.DECREASE, KeyResultKind.STAY_AT_LEAST),
            decimals(0.01, 900, 2), Gens.booleans(), OrgBreakages::percentOutOfRange),
        combine(pick, KeyResultShapes.disorderedLevels(), OrgBreakages::levelsOutOfOrder),
        combine(pick, Gens.of(KeyResultKind.INCREASE, KeyResultKind.DECREASE), decimals(0.01, 900, 2),
            OrgBreakages::stretchOutOfPercentRange),
        combine(pick, Gens.of(AlignmentKind.class), OrgBreakages::danglingKeyResultParent),
        combine(pick, Gens.of(AlignmentKind.class), badWeights, OrgBreakages::duplicateLink),
        combine(pick, pick, badWeights, OrgBreakages::contributionToMeasuredKeyResult),
        combine(ring, Gens.of(AlignmentKind.class), OrgBreakages::cycleThroughKeyResults)));
  }

  /** An added link to a key result that does not exist: {@code okr.alignment.missing-parent}. */
  private static Breakage danglingKeyResultParent(int pick, AlignmentKind kind) {
    return parts -> parts.updateObjective(pick, o -> Objective.builder().from(o)
        .addAlignment(Alignment.of(MISSING_KEY_RESULT, ParentKind.KEY_RESULT, kind, 1.0)).build());
  }

  /**
   * A second link to the objective's first parent, of any kind and a weight that could not count
   * (to the first objective when it has no link): {@code okr.alignment.duplicate}.
   */
  private static Breakage duplicateLink(int pick, AlignmentKind kind, double weight) {
    return parts -> {
      if (parts.objectives.isEmpty()) {
        return;
      }
      String fallbackParent = parts.objectives.get(0).id();
      parts.updateObjective(pick, o -> {
        List<Alignment> links = new ArrayList<>(o.alignments());
        if (links.isEmpty()) {
          links.add(Alignment.supports(fallbackParent));
        }
        Alignment first = links.get(0);
        links.add(Alignment.of(first.parentId(), first.parentKind(), kind, weight));
        return Objective.builder().from(o).alignments(links).build();
      });
    };
  }

  /**
   * An added CONTRIBUTES link, with a weight that could not count, to the first key result of a
   * picked objective that is not ROLLUP: {@code okr.alignment.contributes-to-measured}. The key
   * result may be the objective's own, which is a cycle too.
   */
  private static Breakage contributionToMeasuredKeyResult(int pick, int parentPick, double weight) {
    return parts -> {
      List<KeyResult> measured = new ArrayList<>();
      for (Objective objective : parts.objectives) {
        objective.keyResults().stream().filter(kr -> !kr.isRollup()).findFirst().ifPresent(measured::add);
      }
      if (measured.isEmpty()) {
        return;
      }
      String keyResultId = SnapshotParts.pick(measured, parentPick).id();
      parts.updateObjective(pick, o -> Objective.builder().from(o)
          .addAlignment(Alignment.contributesToKeyResult(keyResultId, weight)).build());
    };
  }

  /**
   * Each objective of the ring gains a link to a key result of the next (to the next itself when it
   * has none), beside its own links: whatever the picks, the links close a cycle, such as
   * O -> C -> (a key result of O), or a link to one of the objective's own key results.
   */
  private static Breakage cycleThroughKeyResults(List<Integer> ring, AlignmentKind kind) {
    return parts -> {
      if (parts.objectives.isEmpty()) {
        return;
      }
      for (int i = 0; i < ring.size(); i++) {
        Objective next = SnapshotParts.pick(parts.objectives, ring.get((i + 1) % ring.size()));
        Alignment link = next.keyResults().isEmpty() ? Alignment.of(next.id(), kind, 1.0)
            : Alignment.of(next.keyResults().get(next.keyResults().size() - 1).id(), ParentKind.KEY_RESULT, kind, 1.0);
        parts.updateObjective(ring.get(i), o -> Objective.builder().from(o).addAlignment(link).build());
      }
    };
  }

  /** A key result owned by nobody in the snapshot: {@code okr.key-result.unknown-owner}. */
  private static Breakage danglingKeyResultOwner(int pick) {
    return parts -> parts.updateKeyResult(pick, (objective, kr) -> KeyResult.builder().from(kr).ownerId(MISSING_PERSON)
        .build());
  }

  /** An objective that is no draft, without a cycle: {@code okr.objective.no-cycle}. */
  private static Breakage withoutCycle(int pick, OkrStatus status) {
    return parts -> parts.updateObjective(pick, o -> Objective.builder().from(o).cycleId(Optional.empty()).status(status)
        .build());
  }

  /** An added initiative that names no key result of its objective: {@code okr.initiative.unknown-key-result}. */
  private static Breakage danglingInitiativeKeyResult(int pick) {
    return parts -> {
      String id = "i-" + parts.nextAddedId();
      parts.updateObjective(pick, o -> Objective.builder().from(o).addInitiative(Initiative.builder().id(id)
          .title("Automate the release checklist").keyResultId(MISSING_KEY_RESULT).build()).build());
    };
  }

  /**
   * A key result whose commit or stretch lies out of order along its direction (start and target
   * in order), the shape's levels replacing the key result's: {@code okr.key-result.direction}.
   */
  private static Breakage levelsOutOfOrder(int pick, KeyResult shape) {
    return parts -> parts.updateKeyResult(pick, (objective, kr) -> KeyResult.builder().from(kr)
        .kind(shape.kind()).start(shape.start()).commit(shape.commit()).target(shape.target())
        .stretch(shape.stretch()).unit(shape.unit()).build());
  }

  /**
   * A key result in percent whose start and target lie within [0, 100] and in order, and whose
   * stretch, in order beyond the target, lies outside: {@code okr.key-result.unit-range}.
   */
  private static Breakage stretchOutOfPercentRange(int pick, KeyResultKind kind, double beyond) {
    boolean increase = kind == KeyResultKind.INCREASE;
    return parts -> parts.updateKeyResult(pick, (objective, kr) -> KeyResult.builder().from(kr).kind(kind).unit("%")
        .start(increase ? 0 : 100).commit(OptionalDouble.empty()).target(50)
        .stretch(increase ? 100 + beyond : -beyond).build());
  }

  /**
   * A key result in percent whose start (below 0) or target (above 100) lies outside [0, 100]:
   * {@code okr.key-result.unit-range}. It keeps no commit or stretch, which could lie out of order.
   */
  private static Breakage percentOutOfRange(int pick, KeyResultKind kind, double beyond, boolean below) {
    double outside = below ? -beyond : 100 + beyond;
    return parts -> parts.updateKeyResult(pick, (objective, kr) -> {
      KeyResult.Builder builder = KeyResult.builder().from(kr).kind(kind).unit("%")
          .commit(OptionalDouble.empty()).stretch(OptionalDouble.empty());
      switch (kind) {
        case INCREASE:
          return builder.start(below ? outside : 0).target(below ? 50 : outside).build();
        case DECREASE:
          return builder.start(below ? 50 : outside).target(below ? outside : 0).build();
        default:
          return builder.start(OptionalDouble.empty()).target(outside).build();
      }
    });
  }

  private static Breakage danglingManager(int pick) {
    return parts -> parts.updatePerson(pick, p -> Person.builder().from(p).managerId(MISSING_PERSON).build());
  }

  private static Breakage danglingTeam(int pick) {
    return parts -> parts.updatePerson(pick, p -> Person.builder().from(p).teamId(MISSING_TEAM).build());
  }

  private static Breakage danglingRole(int pick) {
    return parts -> parts.updatePerson(pick, p -> Person.builder().from(p).role(RoleRef.of("ic", MISSING_LEVEL)).build());
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
      AlignmentKind kind = o.alignments().stream().findFirst().map(Alignment::kind).orElse(AlignmentKind.CONTRIBUTES);
      double weight = o.alignments().stream().findFirst().map(Alignment::weight).orElse(1.0);
      return Objective.builder().from(o).alignments(java.util.List.of(Alignment.of(MISSING_OBJECTIVE, kind, weight))).build();
    });
  }

  /** Each objective of the ring is aligned to the next; whatever the picks, the links close a cycle. */
  private static Breakage alignmentCycle(List<Integer> ring, AlignmentKind kind) {
    return parts -> {
      if (parts.objectives.isEmpty()) {
        return;
      }
      for (int i = 0; i < ring.size(); i++) {
        String parentId = SnapshotParts.pick(parts.objectives, ring.get((i + 1) % ring.size())).id();
        parts.updateObjective(ring.get(i),
            o -> Objective.builder().from(o).alignments(java.util.List.of(Alignment.of(parentId, kind, 1.0))).build());
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
        String managerId = SnapshotParts.pick(parts.people, ring.get((i + 1) % ring.size())).id();
        parts.updatePerson(ring.get(i), p -> Person.builder().from(p).managerId(managerId).build());
      }
    };
  }

  private static Breakage sharedCheckInDate(int pick, double value) {
    return parts -> parts.updateKeyResult(pick, (objective, kr) -> {
      LocalDate date = kr.checkIns().isEmpty()
          ? parts.cycleStart(objective, OkrGenerators.WINDOW_START)
          : kr.checkIns().get(kr.checkIns().size() - 1).date();
      KeyResult.Builder builder = KeyResult.builder().from(kr);
      if (kr.checkIns().isEmpty()) {
        builder.addCheckIn(CheckIn.of(date, value));
      }
      return builder.addCheckIn(CheckIn.of(date, nextValue(value))).build();
    });
  }

  /** A finite value other than {@code value}, for a second check-in on the same day. */
  private static double nextValue(double value) {
    double next = value + 1;
    return next != value && Double.isFinite(next) ? next : value / 2;
  }

  private static Breakage checkInOutsideCycle(int pick, int daysAfterEnd) {
    return parts -> parts.updateKeyResult(pick, (objective, kr) -> kr.withCheckIn(
        CheckIn.of(parts.cycleEnd(objective, OkrGenerators.WINDOW_END).plusDays(daysAfterEnd), 1.0)));
  }

  /** Start equal to target, without a commit or a stretch, which could not lie in order between them. */
  private static Breakage startEqualsTarget(int pick, KeyResultKind kind, double value) {
    return parts -> parts.updateKeyResult(pick, (objective, kr) -> KeyResult.builder().from(kr).kind(kind)
        .start(value).commit(OptionalDouble.empty()).target(value).stretch(OptionalDouble.empty()).build());
  }

  /** Replaces kind, start, commit, target, stretch, unit and zone texts by those of a broken shape; keeps id and data. */
  private static Breakage unmeasurable(int pick, KeyResult shape) {
    return parts -> parts.updateKeyResult(pick, (objective, kr) -> KeyResult.builder().from(kr)
        .kind(shape.kind()).start(shape.start()).commit(shape.commit()).target(shape.target())
        .stretch(shape.stretch()).unit(shape.unit()).zoneTexts(shape.zoneTexts()).build());
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
          .alignments(java.util.List.of(Alignment.contributes(o.alignments().stream().findFirst().map(Alignment::parentId).orElse(fallbackParent), weight)))
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
}
