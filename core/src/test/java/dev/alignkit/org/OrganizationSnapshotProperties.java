package dev.alignkit.org;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.Initiative;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.KeyResultKind;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.OkrStatus;
import dev.alignkit.okr.OwnerKind;
import dev.alignkit.testing.Coverage;
import dev.alignkit.testing.OrgGenerators;
import dev.alignkit.testing.Property;
import dev.alignkit.testing.Theory;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Properties of building {@link OrganizationSnapshot} and of its id lookups over valid and
 * adversarial snapshots, plus the contract of {@link OrgGenerators#validSnapshots()} that the
 * tests of the other modules rely on.
 */
class OrganizationSnapshotProperties {
  private static final int TRIES = 500;
  private static final int CHAIN_DEPTH = 100_000;

  @Property(examples = TRIES)
  void rebuildingASnapshotFromItGivesAnEqualSnapshot(Theory theory) {
    theory.forAll(OrgGenerators.anySnapshot()).check(snapshot -> {
      OrganizationSnapshot rebuilt = OrganizationSnapshot.builder().from(snapshot).build();

      assertEquals(snapshot, rebuilt);
    });
  }

  @Property(examples = TRIES)
  void buildingFromTheSameItemsInReverseOrderNeverThrows(Theory theory) {
    theory.forAll(OrgGenerators.anySnapshot()).check(snapshot -> {
      assertDoesNotThrow(() -> OrganizationSnapshot.builder()
          .people(reversed(snapshot.people()))
          .teams(reversed(snapshot.teams()))
          .cycles(reversed(snapshot.cycles()))
          .objectives(reversed(snapshot.objectives()))
          .waivers(reversed(snapshot.waivers()))
          .build());
    });
  }

  @Property(examples = TRIES)
  void everyPersonIsFoundByItsId(Theory theory) {
    theory.forAll(OrgGenerators.anySnapshot()).check(snapshot -> {
      for (Person person : snapshot.people()) {
        assertSame(person, snapshot.person(person.id()).orElse(null), person.id());
      }
    });
  }

  @Property(examples = TRIES)
  void everyTeamAndCycleIsFoundByItsId(Theory theory) {
    theory.forAll(OrgGenerators.anySnapshot()).check(snapshot -> {
      for (Team team : snapshot.teams()) {
        assertSame(team, snapshot.team(team.id()).orElse(null), team.id());
      }
      for (Cycle cycle : snapshot.cycles()) {
        assertSame(cycle, snapshot.cycle(cycle.id()).orElse(null), cycle.id());
      }
    });
  }

  @Property(examples = TRIES)
  void everyObjectiveIsFoundByItsId(Theory theory) {
    theory.forAll(OrgGenerators.anySnapshot()).check(snapshot -> {
      for (Objective objective : snapshot.objectives()) {
        assertSame(objective, snapshot.objective(objective.id()).orElse(null), objective.id());
      }
    });
  }

  @Property(examples = TRIES)
  void everyKeyResultIsFoundByItsIdWithTheObjectiveThatHoldsIt(Theory theory) {
    theory.forAll(OrgGenerators.anySnapshot()).check(snapshot -> {
      for (Objective objective : snapshot.objectives()) {
        for (KeyResult keyResult : objective.keyResults()) {
          assertSame(keyResult, snapshot.keyResult(keyResult.id()).orElse(null), keyResult.id());
          assertSame(objective, snapshot.objectiveOfKeyResult(keyResult.id()).orElse(null), keyResult.id());
        }
      }
    });
  }

  @Property(examples = TRIES)
  void everyAlignedObjectiveIsAChildOfEachObjectiveItsLinksReach(Theory theory) {
    theory.forAll(OrgGenerators.anySnapshot()).check(snapshot -> {
      int links = 0;
      int children = 0;
      for (Objective objective : snapshot.objectives()) {
        for (Objective parent : snapshot.parentsOf(objective)) {
          links++;
          assertTrue(snapshot.childrenOf(parent.id()).contains(objective), objective.id() + " under " + parent.id());
        }
        for (Alignment alignment : objective.alignments()) {
          assertEquals(snapshot.parentOf(alignment).isPresent(), snapshot.parentsOf(objective).stream()
              .anyMatch(p -> p.id().equals(alignment.parentId())
                  || p.keyResults().stream().anyMatch(kr -> kr.id().equals(alignment.parentId()))),
              objective.id() + " -> " + alignment.parentId());
        }
        children += snapshot.childrenOf(objective.id()).size();
      }

      assertEquals(links, children, "each child listed once under each objective it reaches");
    });
  }

  @Test
  void deepAlignmentChainBuildsWithEachObjectiveHavingExactlyItsOneChild() {
    OrganizationSnapshot chain = OrgGenerators.deepAlignmentChain(CHAIN_DEPTH);
    List<Objective> objectives = chain.objectives();

    assertEquals(CHAIN_DEPTH, objectives.size());
    for (int i = 0; i < objectives.size() - 1; i++) {
      Objective child = objectives.get(i + 1);
      List<Objective> children = chain.childrenOf(objectives.get(i).id());
      if (children.size() != 1 || children.get(0) != child) {
        assertEquals(List.of(child.id()), ids(children, Objective::id), "children of " + objectives.get(i).id());
        assertSame(child, children.get(0), "child of " + objectives.get(i).id());
      }
    }
    assertEquals(List.of(), chain.childrenOf(objectives.get(CHAIN_DEPTH - 1).id()));
  }

  @Property(examples = TRIES)
  void mayAgreeExactlyForHrAdministratorsAndTheManagerChain(Theory theory) {
    theory.forAll(OrgGenerators.anySnapshot()).check(snapshot -> {
      List<String> ids = new ArrayList<>(ids(snapshot.people(), Person::id));
      ids.add("p-999");
      for (String personId : ids) {
        List<String> chain = snapshot.managerChain(personId);
        for (String approverId : ids) {
          boolean expected = snapshot.person(approverId).map(Person::hrAdministrator).orElse(false)
              || chain.contains(approverId);
          assertEquals(expected, snapshot.mayAgree(approverId, personId), approverId + " for " + personId);
        }
      }
    });
  }

  // The contract of OrgGenerators.validSnapshots(), which other modules' tests rely on.

  @Property(examples = TRIES)
  void validSnapshotsResolveEveryReference(Theory theory) {
    theory.forAll(OrgGenerators.validSnapshots()).check(snapshot -> {
      for (Person person : snapshot.people()) {
        person.managerId().ifPresent(id -> assertTrue(snapshot.person(id).isPresent(), person.id() + " manager " + id));
        person.teamId().ifPresent(id -> assertTrue(snapshot.team(id).isPresent(), person.id() + " team " + id));
      }
      for (Objective objective : snapshot.objectives()) {
        objective.cycleId().ifPresent(id -> assertTrue(snapshot.cycle(id).isPresent(), objective.id() + " cycle " + id));
        Optional<String> ownerId = objective.owner().id();
        if (objective.owner().kind() == OwnerKind.TEAM) {
          assertTrue(snapshot.team(ownerId.orElseThrow()).isPresent(), objective.id() + " owner");
        } else if (objective.owner().kind() == OwnerKind.PERSON) {
          assertTrue(snapshot.person(ownerId.orElseThrow()).isPresent(), objective.id() + " owner");
        }
        objective.alignments().forEach(a -> assertTrue(snapshot.parentOf(a).isPresent(),
            objective.id() + " parent " + a.parentId()));
      }
    });
  }

  @Property(examples = TRIES)
  void validSnapshotsHaveOneReportingTreeAndNoAlignmentCycle(Theory theory) {
    theory.forAll(OrgGenerators.validSnapshots()).check(snapshot -> {
      int roots = 0;
      for (Person person : snapshot.people()) {
        roots += person.managerId().isEmpty() ? 1 : 0;
        assertTrue(reachesTop(person.id(), snapshot.people(), Person::id, p -> p.managerId()),
            person.id() + " is in a reporting cycle");
      }
      assertEquals(1, roots, "people without a manager");
      for (Objective objective : snapshot.objectives()) {
        assertTrue(reachesTop(objective.id(), snapshot.objectives(), Objective::id,
            o -> o.alignments().stream().findFirst().map(a -> a.parentId())), objective.id() + " is in an alignment cycle");
      }
    });
  }

  @Property(examples = TRIES)
  void validSnapshotsDateCheckInsInsideTheObjectiveCycleOnDistinctDays(Theory theory) {
    theory.forAll(OrgGenerators.validSnapshots()).check(snapshot -> {
      for (Objective objective : snapshot.objectives()) {
        if (objective.cycleId().isEmpty()) {
          assertEquals(OkrStatus.DRAFT, objective.status(), objective.id() + " is a backlog draft");
          assertTrue(objective.alignments().stream().findFirst().isEmpty(), objective.id() + " backlog alignment");
          assertTrue(objective.keyResults().stream().allMatch(kr -> kr.checkIns().isEmpty()), objective.id());
          continue;
        }
        Cycle cycle = snapshot.cycleOf(objective).orElseThrow();
        for (KeyResult keyResult : objective.keyResults()) {
          Set<LocalDate> days = new HashSet<>();
          for (CheckIn checkIn : keyResult.checkIns()) {
            assertTrue(cycle.contains(checkIn.date()),
                keyResult.id() + " " + checkIn.date() + " outside " + cycle.id());
            assertTrue(days.add(checkIn.date()), keyResult.id() + " twice on " + checkIn.date());
          }
          assertTrue(keyResult.weight() > 0, keyResult.id() + " weight");
        }
      }
    });
  }

  @Property(examples = TRIES)
  void validSnapshotsResolveTheReferencesOfRealOkrDataAndKeepPercentagesInRangeAndLevelsInOrder(Theory theory) {
    Coverage shapes = new Coverage("shapes of real OKR data in valid snapshots");
    theory.forAll(OrgGenerators.validSnapshots()).check(snapshot -> {
      Set<String> seen = new HashSet<>();
      for (Person person : snapshot.people()) {
        for (String teamId : person.otherTeamIds()) {
          assertTrue(snapshot.team(teamId).isPresent() && !person.teamId().equals(Optional.of(teamId)),
              person.id() + " other team " + teamId);
          seen.add("other teams");
        }
      }
      if (snapshot.teams().stream().anyMatch(team -> team.description().isPresent())) {
        seen.add("team description");
      }
      if (!snapshot.zone().equals(ZoneOffset.UTC)) {
        seen.add("zone");
      }
      for (Objective objective : snapshot.objectives()) {
        seen.add(objective.cycleId().isEmpty() ? "backlog" : "in a cycle");
        objective.description().ifPresent(d -> seen.add("objective description"));
        Set<String> keyResultIds = new HashSet<>();
        for (KeyResult keyResult : objective.keyResults()) {
          keyResultIds.add(keyResult.id());
          keyResult.ownerId().ifPresent(id -> {
            assertTrue(snapshot.person(id).isPresent(), keyResult.id() + " owner " + id);
            seen.add("key-result owner");
          });
          if (keyResult.unit().equals(Optional.of("%"))) {
            for (OptionalDouble bound : List.of(keyResult.start(), keyResult.commit(), keyResult.target(),
                keyResult.stretch())) {
              assertTrue(bound.isEmpty() || bound.getAsDouble() >= 0 && bound.getAsDouble() <= 100,
                  keyResult.id() + " " + bound);
            }
          }
          if (keyResult.commit().isPresent() || keyResult.stretch().isPresent()) {
            assertLevelsInOrder(keyResult);
            seen.add("zoned metric key result");
            seen.add(keyResult.commit().isPresent() && keyResult.stretch().isPresent() ? "commit and stretch"
                : keyResult.commit().isPresent() ? "commit alone" : "stretch alone");
          }
          for (CheckIn checkIn : keyResult.checkIns()) {
            checkIn.at().ifPresent(at -> seen.add("check-in at"));
          }
        }
        for (Initiative initiative : objective.initiatives()) {
          initiative.keyResultId().ifPresent(id -> {
            assertTrue(keyResultIds.contains(id), initiative.id() + " key result " + id);
            seen.add("initiative on a key result");
          });
          if (initiative.done()) {
            seen.add("initiative done");
          }
        }
      }
      for (String shape : REAL_DATA_SHAPES) {
        shapes.count(shape + (seen.contains(shape) ? "" : " missing"));
      }
    });
    for (String shape : REAL_DATA_SHAPES) {
      shapes.assertCountAtLeast(shape, TRIES / 5);
    }
  }

  @Property(examples = TRIES)
  void adversarialSnapshotsOftenHoldLevelsOutOfOrder(Theory theory) {
    Coverage disordered = new Coverage("adversarial snapshots with a commit or stretch out of order");
    theory.forAll(OrgGenerators.adversarialSnapshots()).check(snapshot -> {
      boolean found = false;
      for (Objective objective : snapshot.objectives()) {
        for (KeyResult keyResult : objective.keyResults()) {
          found |= hasLevelsOutOfOrder(keyResult);
        }
      }
      disordered.count(found);
    });
    disordered.assertPercentAtLeast(true, 10);
  }

  /** Whether an INCREASE or DECREASE key result sets a commit or stretch not strictly in order along its direction. */
  private static boolean hasLevelsOutOfOrder(KeyResult keyResult) {
    Optional<KeyResultKind> kind = keyResult.kind();
    if (kind.isEmpty() || kind.get() != KeyResultKind.INCREASE && kind.get() != KeyResultKind.DECREASE
        || keyResult.start().isEmpty() || keyResult.target().isEmpty()) {
      return false;
    }
    double sign = kind.get() == KeyResultKind.INCREASE ? 1 : -1;
    double start = keyResult.start().getAsDouble();
    double target = keyResult.target().getAsDouble();
    boolean commitOutOfOrder = keyResult.commit().isPresent()
        && !(sign * (keyResult.commit().getAsDouble() - start) > 0 && sign * (target - keyResult.commit().getAsDouble()) > 0);
    boolean stretchOutOfOrder = keyResult.stretch().isPresent() && !(sign * (keyResult.stretch().getAsDouble() - target) > 0);
    return sign * (target - start) > 0 && (commitOutOfOrder || stretchOutOfOrder);
  }

  /** The shapes of real OKR data that valid snapshots must often contain. */
  private static final List<String> REAL_DATA_SHAPES = List.of("other teams", "team description", "zone", "backlog",
      "objective description", "key-result owner", "check-in at", "initiative on a key result", "initiative done",
      "zoned metric key result", "commit alone", "stretch alone", "commit and stretch");

  /**
   * A zoned key result of a valid snapshot is INCREASE or DECREASE with start, commit, target and
   * stretch (those set) strictly ordered along its direction.
   */
  private static void assertLevelsInOrder(KeyResult keyResult) {
    KeyResultKind kind = keyResult.kind().orElseThrow();
    assertTrue(kind == KeyResultKind.INCREASE || kind == KeyResultKind.DECREASE, keyResult.toString());
    double sign = kind == KeyResultKind.INCREASE ? 1 : -1;
    List<Double> levels = new ArrayList<>();
    for (OptionalDouble level : List.of(keyResult.start(), keyResult.commit(), keyResult.target(),
        keyResult.stretch())) {
      level.ifPresent(levels::add);
    }
    for (int i = 1; i < levels.size(); i++) {
      assertTrue(sign * (levels.get(i) - levels.get(i - 1)) > 0, "levels out of order: " + keyResult);
    }
  }

  /** Whether walking up the links from {@code id} ends at an item without a link, without meeting an item twice. */
  private static <T> boolean reachesTop(String id, List<T> items, Function<T, String> idOf,
      Function<T, Optional<String>> linkOf) {
    Map<String, T> byId = new HashMap<>();
    for (T item : items) {
      byId.put(idOf.apply(item), item);
    }
    Set<String> seen = new HashSet<>();
    Optional<String> current = Optional.of(id);
    while (current.isPresent()) {
      if (!seen.add(current.get())) {
        return false;
      }
      T item = byId.get(current.get());
      current = item == null ? Optional.empty() : linkOf.apply(item);
    }
    return true;
  }

  private static <T> List<T> reversed(List<T> items) {
    List<T> copy = new ArrayList<>(items);
    Collections.reverse(copy);
    return copy;
  }

  private static <T> List<String> ids(List<T> items, Function<T, String> idOf) {
    List<String> ids = new ArrayList<>(items.size());
    for (T item : items) {
      ids.add(idOf.apply(item));
    }
    return ids;
  }
}
