package dev.alignkit.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.AlignmentKind;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.policy.Policy;
import dev.alignkit.testing.Coverage;
import dev.alignkit.testing.Gens;
import dev.alignkit.testing.OkrGenerators;
import dev.alignkit.testing.OrgGenerators;
import dev.alignkit.testing.Property;
import dev.alignkit.testing.Theory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of {@link Rollup} and {@link RollupIndex} over generated snapshots, which are DAGs
 * (shared children, links to key results, ROLLUP key results) and, when adversarial, have cycles:
 * bounds, every result against an independent oracle ({@link RollupOracle}), invariance under
 * reordering, the incremental engine against a full roll-up, and a 100,000-deep alignment chain.
 */
class RollupProperties {
  private static final double TOLERANCE = 1e-9;
  private static final int TRIES = 200;
  /** Each example of the incremental properties posts up to 20 check-ins and rolls up after each one. */
  private static final int INDEX_TRIES = 100;
  /** How far around an objective's cycle the generated check-ins of the incremental properties lie. */
  private static final int DAYS_AROUND_CYCLE = 14;

  /** A check-in to post to a key result. */
  record Posted(String keyResultId, CheckIn checkIn) {}

  /** A snapshot, the date of the roll-up and the check-ins to post one by one. */
  record CheckInScenario(OrganizationSnapshot snapshot, LocalDate asOf, List<Posted> checkIns) {
    @Override
    public String toString() {
      return "as of " + asOf + ", check-ins " + checkIns + ", snapshot " + snapshot;
    }
  }

  /**
   * A snapshot (valid or adversarial), a date from two weeks before its first cycle to a month after
   * its last, and 1 to 20 check-ins, each to a key result that is not ROLLUP (those take none) and
   * dated within two weeks of its objective's cycle (of the default window when the objective has
   * no cycle); no check-in when no key result can take one.
   */
  private static Gen<CheckInScenario> checkInScenarios() {
    return OrgGenerators.anySnapshot().flatMap(snapshot -> {
      List<Gen<Posted>> perKeyResult = new ArrayList<>();
      LocalDate first = OkrGenerators.WINDOW_START;
      LocalDate last = OkrGenerators.WINDOW_END;
      boolean anyCycle = false;
      for (Objective objective : snapshot.objectives()) {
        Optional<Cycle> cycle = snapshot.cycleOf(objective);
        LocalDate from = cycle.map(Cycle::startInclusive).orElse(OkrGenerators.WINDOW_START);
        LocalDate to = cycle.map(Cycle::endInclusive).orElse(OkrGenerators.WINDOW_END);
        if (cycle.isPresent()) {
          first = anyCycle && first.isBefore(from) ? first : from;
          last = anyCycle && last.isAfter(to) ? last : to;
          anyCycle = true;
        }
        for (KeyResult keyResult : objective.keyResults()) {
          if (!keyResult.isRollup()) {
            perKeyResult.add(OkrGenerators.checkIns(from.minusDays(DAYS_AROUND_CYCLE), to.plusDays(DAYS_AROUND_CYCLE))
                .map(checkIn -> new Posted(keyResult.id(), checkIn)));
          }
        }
      }
      // Half the dates fall after every generated check-in, so that most check-ins count.
      Gen<LocalDate> asOf = Gens.oneOf(
          Gens.days(first.minusDays(DAYS_AROUND_CYCLE), last.plusDays(31)),
          Gens.days(last.plusDays(DAYS_AROUND_CYCLE), last.plusDays(31)));
      Gen<List<Posted>> checkIns = perKeyResult.isEmpty() ? Gens.constant(List.of())
          : Gens.lists(Gens.oneOf(perKeyResult), 1, 20);
      return Gens.combine(asOf, checkIns, (date, posted) -> new CheckInScenario(snapshot, date, posted));
    });
  }

  // ---------------------------------------------------------------------------------------------
  // 1. Bounds

  @Property(examples = TRIES)
  void everyProgressLiesWithinZeroAndOneAndEveryRawProgressIsFinite(Theory theory) {
    theory.forAll(OrgGenerators.anySnapshot(), OkrGenerators.dates()).check((snapshot, asOf) -> {
      Rollup rollup = Rollup.of(snapshot, asOf, Policy.defaults());

      for (Objective objective : snapshot.objectives()) {
        ObjectiveRollup result = rollup.objective(objective.id()).orElseThrow(
            () -> new AssertionError("no result for objective " + objective.id()));
        assertWithinUnitInterval(result.progress(), "progress of objective " + objective.id());
        assertFinite(result.rawProgress(), "raw progress of objective " + objective.id());
        for (KeyResult keyResult : objective.keyResults()) {
          KeyResultRollup keyResultResult = rollup.keyResult(keyResult.id()).orElseThrow(
              () -> new AssertionError("no result for key result " + keyResult.id()));
          assertWithinUnitInterval(keyResultResult.progress().progress(), "progress of key result " + keyResult.id());
          assertFinite(keyResultResult.progress().raw(), "raw progress of key result " + keyResult.id());
        }
      }
    });
  }

  // ---------------------------------------------------------------------------------------------
  // 2. Every result against the oracle

  @Property(examples = TRIES)
  void everyResultOfAValidSnapshotEqualsTheOracles(Theory theory) {
    OracleCoverage coverage = new OracleCoverage();
    Gen<OrganizationSnapshot> snapshots = Gens.oneOf(OrgGenerators.validSnapshots(),
        OrgGenerators.validSnapshots().map(RollupProperties::alsoContributingDirectly));
    // Half the dates lie in the last (running) quarter: objectives of ended cycles are ENDED, never
    // AT_RISK, so dates after them would leave the at-risk counts little to count.
    theory.forAll(snapshots, OkrGenerators.dates(), Gens.booleans(), Gens.ints(0, 91))
        .check((snapshot, anyDay, inLastCycle, day) -> assertEqualsOracle(snapshot,
            inLastCycle ? dayOfLastCycle(snapshot, day).orElse(anyDay) : anyDay, coverage));
    coverage.sharedChild.assertPercentAtLeast(true, 50);
    coverage.rollupWithProgress.assertPercentAtLeast(true, 10);
    // Observed 13 % to 20.5 % (seeds 1 to 6 and the derived one, with and without a waiver grant day in the
    // generators); the floor sits at about half, as in ValidatorProperties, so that chance does not fail it.
    coverage.distinctCount.assertPercentAtLeast(true, 8);
    coverage.throughRollupAndDirectly.assertPercentAtLeast(true, 10);
  }

  /** Day {@code day} of the snapshot's last cycle (its last day when the cycle is shorter), if it has one. */
  private static Optional<java.time.LocalDate> dayOfLastCycle(OrganizationSnapshot snapshot, int day) {
    return snapshot.cycles().stream().reduce((first, second) -> second).map(cycle -> {
      java.time.LocalDate date = cycle.startInclusive().plusDays(day);
      return date.isAfter(cycle.endInclusive()) ? cycle.endInclusive() : date;
    });
  }

  /**
   * The snapshot with a direct CONTRIBUTES link (weight 2) added after each link to a ROLLUP key
   * result, to the key result's objective: the child must still count through the key result only.
   */
  private static OrganizationSnapshot alsoContributingDirectly(OrganizationSnapshot snapshot) {
    List<Objective> objectives = new ArrayList<>();
    for (Objective objective : snapshot.objectives()) {
      List<Alignment> links = new ArrayList<>();
      for (Alignment link : objective.alignments()) {
        links.add(link);
        Optional<KeyResult> parent = link.isToKeyResult() ? snapshot.keyResult(link.parentId()) : Optional.empty();
        if (parent.isPresent() && parent.get().isRollup()) {
          links.add(Alignment.contributes(snapshot.objectiveOfKeyResult(link.parentId()).orElseThrow().id(), 2));
        }
      }
      objectives.add(Objective.builder().from(objective).alignments(links).build());
    }
    return OrganizationSnapshot.builder().from(snapshot).objectives(objectives).build();
  }

  @Property(examples = TRIES)
  void everyResultOfAnAdversarialSnapshotEqualsTheOracles(Theory theory) {
    OracleCoverage coverage = new OracleCoverage();
    theory.forAll(OrgGenerators.adversarialSnapshots(), OkrGenerators.dates())
        .check((snapshot, asOf) -> assertEqualsOracle(snapshot, asOf, coverage));
    coverage.cycle.assertPercentAtLeast(true, 10);
    coverage.sharedChild.assertPercentAtLeast(true, 10);
  }

  /** How often the oracle's examples held what they are about. */
  private static final class OracleCoverage {
    final Coverage sharedChild = new Coverage("a child counted directly in two parents");
    final Coverage rollupWithProgress = new Coverage("a ROLLUP key result with progress");
    final Coverage cycle = new Coverage("an objective on an alignment cycle");
    final Coverage distinctCount = new Coverage("an AT_RISK objective reaching an ancestor along two ways");
    final Coverage throughRollupAndDirectly =
        new Coverage("a child contributing to a ROLLUP key result and directly to its objective");
  }

  private static void assertEqualsOracle(OrganizationSnapshot snapshot, LocalDate asOf, OracleCoverage coverage) {
    Rollup rollup = Rollup.of(snapshot, asOf, Policy.defaults());
    RollupOracle oracle = new RollupOracle(snapshot, asOf, Policy.defaults());
    boolean shared = false;
    boolean rollupWithProgress = false;
    boolean cycle = false;
    boolean twoWays = false;
    boolean throughRollupAndDirectly = false;

    for (Objective objective : snapshot.objectives()) {
      ObjectiveRollup result = rollup.objective(objective.id()).orElseThrow();
      RollupOracle.ExpectedObjective expected = oracle.objective(objective.id());
      String where = "objective " + objective.id() + ": " + result + ", expected " + expected;
      if (expected.onCycle()) {
        cycle = true;
        assertEquals(Optional.of(ObjectiveRollup.NoProgress.ALIGNMENT_CYCLE), result.noProgress(), where);
      } else if (expected.progress().isEmpty()) {
        assertEquals(Optional.of(ObjectiveRollup.NoProgress.NO_DATA), result.noProgress(), where);
      } else {
        assertEquals(Optional.empty(), result.noProgress(), where);
      }
      assertClose(expected.progress(), result.progress(), "progress of " + where);
      assertClose(expected.raw(), result.rawProgress(), "raw progress of " + where);
      assertEquals(expected.partial(), result.partial(), "partial of " + where);
      assertEquals(oracle.atRiskBelow(objective, rollup), result.atRiskBelow(), "at risk below " + where);
      for (KeyResult keyResult : objective.keyResults()) {
        KeyResultProgress progress = rollup.keyResult(keyResult.id()).orElseThrow().progress();
        RollupOracle.ExpectedKeyResult expectedOfKeyResult = oracle.keyResult(keyResult.id());
        String of = "key result " + keyResult.id() + ": " + progress + ", expected " + expectedOfKeyResult;
        assertClose(expectedOfKeyResult.progress(), progress.progress(), "progress of " + of);
        assertClose(expectedOfKeyResult.raw(), progress.raw(), "raw progress of " + of);
        rollupWithProgress |= keyResult.isRollup() && progress.isDefined();
      }
      int parentsCountedIn = 0;
      for (Objective parent : oracle.parentsOf(objective)) {
        parentsCountedIn += oracle.countsDirectlyIn(objective, parent) ? 1 : 0;
      }
      shared |= parentsCountedIn >= 2;
      throughRollupAndDirectly |= contributesThroughRollupAndDirectly(snapshot, objective);
      twoWays |= objective.status().counts() && result.status() == PaceStatus.AT_RISK
          && reachesAnAncestorTwoWays(snapshot, oracle, objective);
    }
    coverage.sharedChild.count(shared);
    coverage.rollupWithProgress.count(rollupWithProgress);
    coverage.cycle.count(cycle);
    coverage.distinctCount.count(twoWays);
    coverage.throughRollupAndDirectly.count(throughRollupAndDirectly);
  }

  private static boolean contributesThroughRollupAndDirectly(OrganizationSnapshot snapshot, Objective objective) {
    for (Alignment toKeyResult : objective.alignments()) {
      if (toKeyResult.isToKeyResult() && toKeyResult.kind() == AlignmentKind.CONTRIBUTES
          && snapshot.keyResult(toKeyResult.parentId()).filter(KeyResult::isRollup).isPresent()) {
        String parent = snapshot.objectiveOfKeyResult(toKeyResult.parentId()).orElseThrow().id();
        for (Alignment direct : objective.alignments()) {
          if (!direct.isToKeyResult() && direct.parentId().equals(parent) && direct.kind() == AlignmentKind.CONTRIBUTES) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Whether two of the objective's parents are, or reach, one objective in common. */
  private static boolean reachesAnAncestorTwoWays(OrganizationSnapshot snapshot, RollupOracle oracle,
      Objective objective) {
    List<Objective> parents = new ArrayList<>(oracle.parentsOf(objective));
    for (int a = 0; a < parents.size(); a++) {
      for (int b = a + 1; b < parents.size(); b++) {
        for (Objective common : snapshot.objectives()) {
          if ((parents.get(a) == common || oracle.reaches(parents.get(a), common))
              && (parents.get(b) == common || oracle.reaches(parents.get(b), common))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Both empty, or both present and within the tolerance, relative to the value beyond 1. */
  private static void assertClose(OptionalDouble expected, OptionalDouble actual, String what) {
    assertEquals(expected.isPresent(), actual.isPresent(), what);
    if (expected.isPresent()) {
      double value = expected.getAsDouble();
      assertTrue(Double.isFinite(actual.getAsDouble()), what);
      assertEquals(value, actual.getAsDouble(), TOLERANCE * Math.max(1, Math.abs(value)), what);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // 3. Order does not matter

  @Property(examples = TRIES)
  void progressDoesNotDependOnTheOrderOfObjectivesOrKeyResults(Theory theory) {
    theory.forAll(OrgGenerators.anySnapshot(), OkrGenerators.dates()).check((snapshot, asOf) -> {
      List<Objective> reversed = new ArrayList<>(snapshot.objectives().size());
      for (Objective objective : snapshot.objectives()) {
        List<KeyResult> keyResults = new ArrayList<>(objective.keyResults());
        Collections.reverse(keyResults);
        reversed.add(Objective.builder().from(objective).keyResults(keyResults).build());
      }
      Collections.reverse(reversed);
      OrganizationSnapshot reordered = OrganizationSnapshot.builder().from(snapshot).objectives(reversed).build();

      Rollup original = Rollup.of(snapshot, asOf, Policy.defaults());
      Rollup other = Rollup.of(reordered, asOf, Policy.defaults());

      for (Objective objective : snapshot.objectives()) {
        OptionalDouble expected = original.objective(objective.id()).orElseThrow().progress();
        OptionalDouble actual = other.objective(objective.id()).orElseThrow().progress();
        String where = "progress of objective " + objective.id();
        assertEquals(expected.isPresent(), actual.isPresent(),
            where + ": " + expected + " before, " + actual + " after");
        if (expected.isPresent()) {
          assertEquals(expected.getAsDouble(), actual.getAsDouble(), TOLERANCE, where);
        }
      }
    });
  }

  // ---------------------------------------------------------------------------------------------
  // 4. The incremental engine

  @Property(examples = INDEX_TRIES)
  void incrementalRollupEqualsAFullRollupAfterEveryCheckIn(Theory theory) {
    theory.forAll(checkInScenarios()).check(scenario -> {
      Policy policy = Policy.defaults();
      RollupIndex index = RollupIndex.of(scenario.snapshot(), scenario.asOf(), policy);
      OrganizationSnapshot updated = scenario.snapshot();
      assertEquals(Rollup.of(updated, scenario.asOf(), policy), index.toRollup(), "before any check-in");

      for (int step = 0; step < scenario.checkIns().size(); step++) {
        Posted posted = scenario.checkIns().get(step);
        index.checkIn(posted.keyResultId(), posted.checkIn());
        updated = withCheckIn(updated, posted);
        Rollup full = Rollup.of(updated, scenario.asOf(), policy);

        for (Objective objective : updated.objectives()) {
          assertEquals(full.objective(objective.id()), index.objective(objective.id()),
              "objective " + objective.id() + " after check-in " + (step + 1) + " " + posted);
          for (KeyResult keyResult : objective.keyResults()) {
            assertEquals(full.keyResult(keyResult.id()), index.keyResult(keyResult.id()),
                "key result " + keyResult.id() + " after check-in " + (step + 1) + " " + posted);
          }
        }
      }
    });
  }

  @Property(examples = INDEX_TRIES)
  void checkInChangesOnlyTheKeyResultItsObjectiveTheObjectivesAboveAndTheirRollupKeyResults(Theory theory) {
    theory.forAll(checkInScenarios()).check(scenario -> {
      RollupIndex index = RollupIndex.of(scenario.snapshot(), scenario.asOf(), Policy.defaults());
      RollupOracle links = new RollupOracle(scenario.snapshot(), scenario.asOf(), Policy.defaults());

      for (Posted posted : scenario.checkIns()) {
        List<String> changed = index.checkIn(posted.keyResultId(), posted.checkIn());

        Objective own = scenario.snapshot().objectiveOfKeyResult(posted.keyResultId()).orElseThrow();
        Set<String> allowed = new HashSet<>();
        allowed.add(posted.keyResultId());
        for (Objective objective : scenario.snapshot().objectives()) {
          if (objective == own || links.reaches(own, objective)) {
            allowed.add(objective.id());
            for (KeyResult keyResult : objective.keyResults()) {
              if (keyResult.isRollup()) {
                allowed.add(keyResult.id());
              }
            }
          }
        }
        assertTrue(allowed.containsAll(changed), "changed " + changed + " after " + posted + "; allowed " + allowed);
      }
    });
  }

  @Property(examples = INDEX_TRIES)
  void checkInReturnsTheKeyResultFirstThenWhatItRecomputedBottomUp(Theory theory) {
    theory.forAll(checkInScenarios()).check(scenario -> {
      OrganizationSnapshot snapshot = scenario.snapshot();
      RollupIndex index = RollupIndex.of(snapshot, scenario.asOf(), Policy.defaults());
      RollupOracle links = new RollupOracle(snapshot, scenario.asOf(), Policy.defaults());

      for (Posted posted : scenario.checkIns()) {
        List<String> changed = index.checkIn(posted.keyResultId(), posted.checkIn());

        String where = changed + " after " + posted;
        if (!changed.isEmpty()) {
          assertEquals(posted.keyResultId(), changed.get(0), where);
        }
        for (int a = 1; a < changed.size(); a++) {
          Objective earlier = objectiveOrOwner(snapshot, changed.get(a));
          for (int b = a + 1; b < changed.size(); b++) {
            Objective later = objectiveOrOwner(snapshot, changed.get(b));
            if (earlier == later) {
              // An objective's ROLLUP key results come right before it, never after it.
              boolean objectiveFirst = snapshot.objective(changed.get(a)).isPresent();
              boolean objectiveLast = snapshot.objective(changed.get(b)).isPresent();
              assertFalse(objectiveFirst, "key result " + changed.get(b) + " after its objective in " + where);
              for (int between = a + 1; objectiveLast && between < b; between++) {
                assertTrue(snapshot.objective(changed.get(between)).isEmpty()
                    && objectiveOrOwner(snapshot, changed.get(between)) == later,
                    changed.get(between) + " between a key result of " + later.id() + " and it in " + where);
              }
              continue;
            }
            boolean sameCycle = links.reaches(earlier, later) && links.reaches(later, earlier);
            assertTrue(earlier == later || sameCycle || !links.reaches(later, earlier),
                changed.get(b) + ", below " + changed.get(a) + ", comes after it in " + where);
          }
        }
      }
    });
  }

  @Property(examples = INDEX_TRIES)
  void checkInReturnsExactlyTheIdsWhoseResultsChanged(Theory theory) {
    theory.forAll(checkInScenarios()).check(scenario -> {
      RollupIndex index = RollupIndex.of(scenario.snapshot(), scenario.asOf(), Policy.defaults());

      for (Posted posted : scenario.checkIns()) {
        Rollup before = index.toRollup();
        List<String> changed = index.checkIn(posted.keyResultId(), posted.checkIn());
        Rollup after = index.toRollup();

        Set<String> differing = new LinkedHashSet<>();
        differing.addAll(differingIds(before.keyResults(), after.keyResults()));
        differing.addAll(differingIds(before.objectives(), after.objectives()));
        assertEquals(differing, new LinkedHashSet<>(changed), "after " + posted);
        assertEquals(changed.size(), new HashSet<>(changed).size(), "an id returned twice: " + changed);
      }
    });
  }

  /** The objective with this id, or the one holding the key result with this id. */
  private static Objective objectiveOrOwner(OrganizationSnapshot snapshot, String id) {
    return snapshot.objective(id).or(() -> snapshot.objectiveOfKeyResult(id)).orElseThrow();
  }

  private static <T> Set<String> differingIds(Map<String, T> before, Map<String, T> after) {
    Set<String> ids = new LinkedHashSet<>();
    for (Map.Entry<String, T> entry : before.entrySet()) {
      if (!entry.getValue().equals(after.get(entry.getKey()))) {
        ids.add(entry.getKey());
      }
    }
    return ids;
  }

  /** The snapshot with the check-in appended to its key result, rebuilt through the public builders. */
  private static OrganizationSnapshot withCheckIn(OrganizationSnapshot snapshot, Posted posted) {
    List<Objective> objectives = new ArrayList<>(snapshot.objectives().size());
    for (Objective objective : snapshot.objectives()) {
      List<KeyResult> keyResults = new ArrayList<>(objective.keyResults().size());
      boolean touched = false;
      for (KeyResult keyResult : objective.keyResults()) {
        if (keyResult.id().equals(posted.keyResultId())) {
          keyResults.add(keyResult.withCheckIn(posted.checkIn()));
          touched = true;
        } else {
          keyResults.add(keyResult);
        }
      }
      objectives.add(touched ? Objective.builder().from(objective).keyResults(keyResults).build() : objective);
    }
    return OrganizationSnapshot.builder().from(snapshot).objectives(objectives).build();
  }

  // ---------------------------------------------------------------------------------------------
  // 5. Depth

  @Test
  void aChainOfOneHundredThousandObjectivesRollsUpToTheMeanOfEachLevel() {
    int depth = 100_000;
    OrganizationSnapshot chain = OrgGenerators.deepAlignmentChain(depth);
    LocalDate asOf = LocalDate.of(2026, 9, 30);

    Rollup rollup = Rollup.of(chain, asOf, Policy.defaults());

    // Each o-i has kr-i (0 to 10, checked in at i % 11) and, but the last, the CONTRIBUTES child o-(i+1).
    double expected = keyResultProgressInChain(depth);
    for (int i = depth - 1; i >= 1; i--) {
      expected = (keyResultProgressInChain(i) + expected) / 2;
    }
    OptionalDouble root = rollup.objective("o-1").orElseThrow().progress();
    assertTrue(root.isPresent(), "root progress");
    assertEquals(expected, root.getAsDouble(), TOLERANCE);
    assertFalse(rollup.objective("o-1").orElseThrow().partial());
  }

  private static double keyResultProgressInChain(int level) {
    return Math.min(1.0, (level % 11) / 10.0);
  }

  // ---------------------------------------------------------------------------------------------

  private static void assertWithinUnitInterval(OptionalDouble value, String what) {
    if (value.isPresent()) {
      double v = value.getAsDouble();
      assertTrue(v >= 0.0 && v <= 1.0, what + " is " + v);
    }
  }

  private static void assertFinite(OptionalDouble value, String what) {
    if (value.isPresent()) {
      assertTrue(Double.isFinite(value.getAsDouble()), what + " is " + value.getAsDouble());
    }
  }
}
