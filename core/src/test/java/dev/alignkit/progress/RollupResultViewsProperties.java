package dev.alignkit.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.testing.Coverage;
import dev.alignkit.testing.OkrGenerators;
import dev.alignkit.testing.OrgGenerators;
import dev.alignkit.testing.Property;
import dev.alignkit.testing.Theory;
import dev.alignkit.policy.Policy;
import java.util.Map;
import java.util.Optional;

/**
 * The objective and key-result results a roll-up hands out are views over its arrays
 * ({@link ObjectiveResults}, {@link KeyResultResults}), and behave as the built values with the
 * same fields: equal both ways, with the same hash code and text, and the same through the
 * roll-up's lookups by id and its maps.
 */
class RollupResultViewsProperties {
  private static final int TRIES = 300;

  @Property(examples = TRIES)
  void everyObjectiveResultEqualsTheValueBuiltFromItsFields(Theory theory) {
    Coverage optionals = new Coverage("a result with a grade, a risk source or a forecast");
    theory.forAll(OrgGenerators.anySnapshot(), OkrGenerators.dates()).check((snapshot, asOf) -> {
      Rollup rollup = Rollup.of(snapshot, asOf);
      boolean anyOptional = false;
      for (Map.Entry<String, ObjectiveRollup> entry : rollup.objectives().entrySet()) {
        ObjectiveRollup view = entry.getValue();
        ObjectiveRollup built = ObjectiveRollup.builder().from(view).build();
        anyOptional |= view.grade().isPresent() || view.riskSource().isPresent() || view.forecast().isPresent();

        assertEquals(built, view, entry.getKey());
        assertEquals(view, built, entry.getKey());
        assertEquals(built.hashCode(), view.hashCode(), entry.getKey());
        assertEquals(built.toString(), view.toString(), entry.getKey());
        assertEquals(view, rollup.objective(entry.getKey()).orElseThrow(), entry.getKey());
      }
      optionals.count(anyOptional);
    });
    optionals.assertPercentAtLeast(true, 10);
  }

  @Property(examples = TRIES)
  void everyKeyResultResultEqualsTheValueBuiltFromItsFields(Theory theory) {
    Coverage optionals = new Coverage("a key-result result with a grade, a risk reason or a forecast");
    theory.forAll(OrgGenerators.anySnapshot(), OkrGenerators.dates()).check((snapshot, asOf) -> {
      Rollup rollup = Rollup.of(snapshot, asOf);
      boolean anyOptional = false;
      for (Map.Entry<String, KeyResultRollup> entry : rollup.keyResults().entrySet()) {
        KeyResultRollup view = entry.getValue();
        KeyResultRollup built = KeyResultRollup.builder().from(view).build();
        anyOptional |= view.grade().isPresent() || view.riskReason().isPresent() || view.forecast().isPresent();

        assertEquals(entry.getKey(), view.keyResultId());
        assertEquals(built, view, entry.getKey());
        assertEquals(view, built, entry.getKey());
        assertEquals(built.hashCode(), view.hashCode(), entry.getKey());
        assertEquals(built.toString(), view.toString(), entry.getKey());
        assertEquals(view, rollup.keyResult(entry.getKey()).orElseThrow(), entry.getKey());
      }
      optionals.count(anyOptional);
    });
    optionals.assertPercentAtLeast(true, 10);
  }

  /**
   * The roll-up keeps a key result's progress and forecast as numbers and builds them only for a
   * view: they equal what {@link KeyResultProgress#of} and {@link Forecast#of} give for every key
   * result that is not ROLLUP (a forecast only while the key result has progress and a cycle that
   * has not ended).
   */
  @Property(examples = TRIES)
  void everyMeasuredKeyResultHasTheProgressAndForecastOfItsOwnFunctions(Theory theory) {
    Coverage forecasts = new Coverage("a measured key result with a forecast");
    theory.forAll(OrgGenerators.anySnapshot(), OkrGenerators.dates()).check((snapshot, asOf) -> {
      Rollup rollup = Rollup.of(snapshot, asOf);
      for (Objective objective : snapshot.objectives()) {
        Optional<Cycle> cycle = snapshot.cycleOf(objective);
        for (KeyResult keyResult : objective.keyResults()) {
          if (keyResult.isRollup()) {
            continue;
          }
          KeyResultRollup result = rollup.keyResult(keyResult.id()).orElseThrow();
          KeyResultProgress progress = KeyResultProgress.of(keyResult, asOf, Policy.defaults());
          Optional<Forecast> forecast = cycle.isEmpty() || !progress.isDefined()
              || result.status() == PaceStatus.ENDED ? Optional.empty()
              : Forecast.of(keyResult, cycle.get(), asOf, Policy.defaults());
          forecasts.count(forecast.isPresent());

          assertEquals(progress, result.progress(), keyResult.id());
          assertEquals(progress.toString(), result.progress().toString(), keyResult.id());
          assertEquals(forecast, result.forecast(), keyResult.id());
        }
      }
    });
    forecasts.assertCountAtLeast(true, 20);
  }

  @Property(examples = TRIES)
  void rollingUpAnEqualSnapshotGivesEqualResultsWithEqualHashCodes(Theory theory) {
    theory.forAll(OrgGenerators.anySnapshot(), OkrGenerators.dates()).check((snapshot, asOf) -> {
      Rollup rollup = Rollup.of(snapshot, asOf);
      OrganizationSnapshot same = OrganizationSnapshot.builder().from(snapshot).build();
      Rollup again = Rollup.of(same, asOf);
      for (Objective objective : snapshot.objectives()) {
        ObjectiveRollup first = rollup.objective(objective.id()).orElseThrow();
        ObjectiveRollup second = again.objective(objective.id()).orElseThrow();
        assertEquals(first, second, objective.id());
        assertEquals(first.hashCode(), second.hashCode(), objective.id());
        for (var keyResult : objective.keyResults()) {
          KeyResultRollup firstResult = rollup.keyResult(keyResult.id()).orElseThrow();
          KeyResultRollup secondResult = again.keyResult(keyResult.id()).orElseThrow();
          assertEquals(firstResult, secondResult, keyResult.id());
          assertEquals(firstResult.hashCode(), secondResult.hashCode(), keyResult.id());
        }
      }
      assertEquals(rollup, again);
    });
  }
}
