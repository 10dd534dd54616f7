package dev.alignkit.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.policy.Policy;
import dev.alignkit.testing.Coverage;
import dev.alignkit.testing.OkrGenerators;
import dev.alignkit.testing.OrgGenerators;
import dev.alignkit.testing.Property;
import dev.alignkit.testing.Theory;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * For any generated organization and any as-of date, every objective and key result whose cycle
 * has ended is ENDED with no risk reason, and no summary lists an item of an ended cycle as
 * needing attention.
 */
class EndedCycleProperties {
  @Property(examples = 300)
  void everythingOfAnEndedCycleIsEndedAndNeedsNoAttention(Theory theory) {
    Coverage ended = new Coverage("some objective's cycle has ended as of the date");
    theory.forAll(OrgGenerators.anySnapshot(), OkrGenerators.dates()).check((snapshot, asOf) -> {
      Rollup rollup = Rollup.of(snapshot, asOf, Policy.defaults());
      boolean any = false;
      for (Objective objective : snapshot.objectives()) {
        Optional<Cycle> cycle = snapshot.cycleOf(objective);
        if (cycle.isEmpty() || !cycle.get().hasEnded(asOf)) {
          continue;
        }
        any = true;
        ObjectiveRollup result = rollup.objective(objective.id()).orElseThrow();
        assertEquals(PaceStatus.ENDED, result.status(), objective.id());
        assertEquals(Optional.empty(), result.riskReason(), objective.id());
        assertFalse(result.atRiskByTrend(), objective.id());
        for (KeyResult keyResult : objective.keyResults()) {
          KeyResultRollup item = rollup.keyResult(keyResult.id()).orElseThrow();
          assertEquals(PaceStatus.ENDED, item.status(), keyResult.id());
          assertEquals(Optional.empty(), item.riskReason(), keyResult.id());
          assertEquals(Optional.empty(), item.forecast(), keyResult.id());
        }
      }
      ended.count(any);
      Set<String> endedIds = snapshot.objectives().stream()
          .filter(o -> snapshot.cycleOf(o).map(c -> c.hasEnded(asOf)).orElse(false))
          .map(Objective::id).collect(Collectors.toSet());
      rollup.summaryOfOrganization().atRisk().forEach(atRisk ->
          assertFalse(endedIds.contains(atRisk.objectiveId()), atRisk + " is of an ended cycle"));
    });
    ended.assertPercentAtLeast(true, 30);
  }
}
