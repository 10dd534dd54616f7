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
 * Properties of {@link Rollup} and {@link RollupIndex} over generated snapshots: bounds, the
 * weighted mean of DOMAIN section 2 recomputed independently, invariance under reordering, the
 * incremental engine against a full roll-up, and a 100,000-deep alignment chain.
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

  /** A valid snapshot, the date of the roll-up and the check-ins to post one by one. */
  record CheckInScenario(OrganizationSnapshot snapshot, LocalDate asOf, List<Posted> checkIns) {
    @Override
    public String toString() {
      return "as of " + asOf + ", check-ins " + checkIns + ", snapshot " + snapshot;
    }
  }

  /**
   * A valid snapshot, a date from two weeks before its first cycle to a month after its last, and
   * 1 to 20 check-ins, each to an existing key result and dated within two weeks of its
   * objective's cycle.
   */
  private static Gen<CheckInScenario> checkInScenarios() {
    return OrgGenerators.validSnapshots().flatMap(snapshot -> {
      List<Gen<Posted>> perKeyResult = new ArrayList<>();
      LocalDate first = null;
      LocalDate last = null;
      for (Objective objective : snapshot.objectives()) {
        if (objective.cycleId().isEmpty()) {
          continue; // a backlog draft has no time frame to check in
        }
        Cycle cycle = snapshot.cycleOf(objective).orElseThrow();
        first = first == null || cycle.startInclusive().isBefore(first) ? cycle.startInclusive() : first;
        last = last == null || cycle.endInclusive().isAfter(last) ? cycle.endInclusive() : last;
        for (KeyResult keyResult : objective.keyResults()) {
          perKeyResult.add(OkrGenerators.checkIns(cycle.startInclusive().minusDays(DAYS_AROUND_CYCLE),
                  cycle.endInclusive().plusDays(DAYS_AROUND_CYCLE))
              .map(checkIn -> new Posted(keyResult.id(), checkIn)));
        }
      }
      // Half the dates fall after every generated check-in, so that most check-ins count.
      Gen<LocalDate> asOf = Gens.oneOf(
          Gens.days(first.minusDays(DAYS_AROUND_CYCLE), last.plusDays(31)),
          Gens.days(last.plusDays(DAYS_AROUND_CYCLE), last.plusDays(31)));
      return Gens.combine(asOf, Gens.lists(Gens.oneOf(perKeyResult), 1, 20),
          (date, checkIns) -> new CheckInScenario(snapshot, date, checkIns));
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
  // 2. The weighted mean of DOMAIN section 2

  @Property(examples = TRIES)
  void objectiveProgressIsTheWeightedMeanOfItsCountedItems(Theory theory) {
    theory.forAll(OrgGenerators.anySnapshot(), OkrGenerators.dates()).check((snapshot, asOf) -> {
      Rollup rollup = Rollup.of(snapshot, asOf, Policy.defaults());

      for (Objective objective : snapshot.objectives()) {
        ObjectiveRollup result = rollup.objective(objective.id()).orElseThrow();
        String where = "objective " + objective.id() + ": " + result;
        if (isOnAlignmentCycle(snapshot, objective)) {
          assertEquals(Optional.of(ObjectiveRollup.NoProgress.ALIGNMENT_CYCLE), result.noProgress(), where);
          assertTrue(result.progress().isEmpty(), where);
          continue;
        }
        ExpectedMean expected = expectedMean(snapshot, rollup, objective, asOf);
        assertEquals(expected.partial, result.partial(), "partial of " + where);
        if (expected.weights == 0) {
          assertTrue(result.progress().isEmpty(), "progress of " + where);
          assertTrue(result.rawProgress().isEmpty(), "raw progress of " + where);
          assertEquals(Optional.of(ObjectiveRollup.NoProgress.NO_DATA), result.noProgress(), where);
          continue;
        }
        double progress = expected.weighted / expected.weights;
        double raw = expected.weightedRaw / expected.weights;
        assertTrue(result.progress().isPresent(), "progress of " + where);
        assertEquals(progress, result.progress().getAsDouble(), TOLERANCE, "progress of " + where);
        assertTrue(result.rawProgress().isPresent(), "raw progress of " + where);
        assertEquals(raw, result.rawProgress().getAsDouble(), TOLERANCE * Math.max(1, Math.abs(raw)),
            "raw progress of " + where);
        assertEquals(Optional.empty(), result.noProgress(), where);
      }
    });
  }

  /** The sums of DOMAIN section 2 for one objective, from its key results and its children's results. */
  private static final class ExpectedMean {
    double weights;
    double weighted;
    double weightedRaw;
    boolean partial;

    void add(double weight, double progress, double raw) {
      weights += weight;
      weighted += weight * progress;
      weightedRaw += weight * raw;
    }
  }

  private static ExpectedMean expectedMean(OrganizationSnapshot snapshot, Rollup rollup, Objective objective,
      LocalDate asOf) {
    ExpectedMean mean = new ExpectedMean();
    for (KeyResult keyResult : objective.keyResults()) {
      if (!keyResult.status().counts()) {
        continue;
      }
      KeyResultProgress progress = KeyResultProgress.of(keyResult, asOf);
      if (progress.progress().isEmpty() || !(keyResult.weight() > 0)) {
        mean.partial = true;
        continue;
      }
      mean.add(keyResult.weight(), progress.progress().getAsDouble(), progress.raw().getAsDouble());
    }
    for (Objective child : snapshot.childrenOf(objective.id())) {
      Alignment alignment = child.alignments().get(0);
      if (!child.status().counts() || alignment.kind() != AlignmentKind.CONTRIBUTES) {
        continue;
      }
      ObjectiveRollup childResult = rollup.objective(child.id()).orElseThrow();
      if (childResult.progress().isEmpty() || !(alignment.weight() > 0)) {
        mean.partial = true;
        continue;
      }
      mean.add(alignment.weight(), childResult.progress().getAsDouble(), childResult.rawProgress().getAsDouble());
    }
    return mean;
  }

  /** Whether following parent links from {@code objective} comes back to it. */
  private static boolean isOnAlignmentCycle(OrganizationSnapshot snapshot, Objective objective) {
    Set<String> seen = new HashSet<>();
    Optional<Objective> at = parentOf(snapshot, objective);
    while (at.isPresent() && seen.add(at.get().id())) {
      if (at.get().id().equals(objective.id())) {
        return true;
      }
      at = parentOf(snapshot, at.get());
    }
    return false;
  }

  private static Optional<Objective> parentOf(OrganizationSnapshot snapshot, Objective objective) {
    return objective.alignments().stream().findFirst().flatMap(alignment -> snapshot.objective(alignment.parentId()));
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
  void checkInReturnsTheKeyResultThenObjectivesOnItsPathToTheRootBottomUp(Theory theory) {
    theory.forAll(checkInScenarios()).check(scenario -> {
      RollupIndex index = RollupIndex.of(scenario.snapshot(), scenario.asOf(), Policy.defaults());

      for (Posted posted : scenario.checkIns()) {
        List<String> changed = index.checkIn(posted.keyResultId(), posted.checkIn());

        List<String> path = pathToRoot(scenario.snapshot(),
            scenario.snapshot().objectiveOfKeyResult(posted.keyResultId()).orElseThrow());
        int from = !changed.isEmpty() && changed.get(0).equals(posted.keyResultId()) ? 1 : 0;
        int previous = -1;
        for (int i = from; i < changed.size(); i++) {
          int position = path.indexOf(changed.get(i));
          String where = "id " + changed.get(i) + " in " + changed + " after " + posted + "; path " + path;
          assertTrue(position >= 0, where + " is not on the path");
          assertTrue(position > previous, where + " is out of bottom-up order");
          previous = position;
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

  /** The ids from {@code objective} up through its parents, stopping at a dangling or repeated one. */
  private static List<String> pathToRoot(OrganizationSnapshot snapshot, Objective objective) {
    List<String> path = new ArrayList<>();
    Optional<Objective> at = Optional.of(objective);
    while (at.isPresent() && !path.contains(at.get().id())) {
      path.add(at.get().id());
      at = parentOf(snapshot, at.get());
    }
    return path;
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
