package dev.alignkit.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alignkit.okr.Objective;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.policy.Policy;
import dev.alignkit.testing.OkrGenerators;
import dev.alignkit.testing.OrgGenerators;
import dev.alignkit.testing.Property;
import dev.alignkit.testing.Theory;
import java.util.List;

/**
 * Properties of {@link ProgressTree} over generated snapshots with several parents, links to key
 * results, cycles and dangling parents: the text has one line per root and one per parent of
 * each objective, never one per path.
 */
class ProgressTreeProperties {
  private static final int TRIES = 300;

  @Property(examples = TRIES)
  void anObjectiveShowsOnceAsARootAndOncePerParentAndACycleMemberOnceMoreInItsSection(Theory theory) {
    theory.forAll(OrgGenerators.anySnapshot(), OkrGenerators.dates()).check((snapshot, asOf) -> {
      Rollup rollup = Rollup.of(snapshot, asOf, Policy.defaults());

      String tree = ProgressTree.render(rollup);

      assertEquals(expectedLines(snapshot, rollup), tree.lines().count(), tree);
    });
  }

  /**
   * Counted from the snapshot's own parent lists: an objective on no cycle shows under each of its
   * distinct resolved parents, and at the top when it has none; one on a cycle shows once in the
   * cycles' section, under the heading, and once under each parent that is on no cycle.
   */
  private static long expectedLines(OrganizationSnapshot snapshot, Rollup rollup) {
    long lines = 0;
    boolean anyOnCycle = false;
    for (Objective objective : snapshot.objectives()) {
      List<Objective> parents = snapshot.parentsOf(objective);
      if (onCycle(rollup, objective)) {
        anyOnCycle = true;
        lines += 1 + parents.stream().filter(p -> !onCycle(rollup, p)).count();
      } else {
        lines += parents.isEmpty() ? 1 : parents.size();
      }
    }
    return lines + (anyOnCycle ? 1 : 0);
  }

  private static boolean onCycle(Rollup rollup, Objective objective) {
    return rollup.objective(objective.id()).orElseThrow().noProgress().orElse(null)
        == ObjectiveRollup.NoProgress.ALIGNMENT_CYCLE;
  }
}
