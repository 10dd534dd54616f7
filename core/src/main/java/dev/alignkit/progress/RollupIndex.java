package dev.alignkit.progress;

import static java.util.Objects.requireNonNull;

import dev.alignkit.okr.CheckIn;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.policy.Policy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A roll-up that takes new check-ins one at a time and recomputes only what they touch: the key
 * result, its objective, and the objectives above it up to the root, stopping as soon as one
 * is unchanged. Each node is recomputed from its items with the same formulas as
 * {@link Rollup}, so the numbers are the same as a full roll-up of the updated snapshot.
 *
 * <p>Mutable and <strong>not thread-safe</strong>: confine an index to one thread, or guard it,
 * and take an immutable {@link #toRollup()} to share results.
 */
public final class RollupIndex {
  private final OrganizationSnapshot snapshot;
  private final Graph graph;

  private RollupIndex(OrganizationSnapshot snapshot, Graph graph) {
    this.snapshot = snapshot;
    this.graph = graph;
  }

  /**
   * An index over {@code snapshot} as of {@code asOf}, fully rolled up.
   *
   * @param snapshot not null
   * @param asOf not null
   * @param policy not null
   */
  public static RollupIndex of(OrganizationSnapshot snapshot, LocalDate asOf, Policy policy) {
    Graph graph = new Graph(requireNonNull(snapshot, "snapshot"),
        new Calculator(requireNonNull(asOf, "asOf"), requireNonNull(policy, "policy")));
    graph.computeAll();
    graph.keyResultIndex();
    return new RollupIndex(snapshot, graph);
  }

  /**
   * Adds a check-in to a key result and recomputes the path from it to the root.
   *
   * @param keyResultId the id of a key result of the snapshot; not null
   * @param checkIn not null
   * @return the ids whose results changed: the key result's first (if it changed), then the
   *     objectives from its own upwards
   * @throws IllegalArgumentException if no key result has this id
   */
  public List<String> checkIn(String keyResultId, CheckIn checkIn) {
    requireNonNull(checkIn, "checkIn");
    int[] at = graph.keyResultIndex().get(requireNonNull(keyResultId, "keyResultId"));
    if (at == null) {
      throw new IllegalArgumentException("no key result with id '" + keyResultId + "'");
    }
    int objective = at[0];
    int keyResult = at[1];
    List<String> changed = new ArrayList<>();
    graph.keyResults[objective][keyResult] = graph.keyResults[objective][keyResult].withCheckIn(checkIn);
    KeyResultRollup before = graph.keyResultResults[objective][keyResult];
    if (!graph.computeKeyResult(objective, keyResult).equals(before)) {
      changed.add(keyResultId);
    }
    // The walk ends at the first result that stays as it was, at the latest on an alignment cycle,
    // whose result does not depend on check-ins.
    for (int i = objective; i >= 0; i = graph.parent[i]) {
      ObjectiveRollup old = graph.results[i];
      if (graph.computeObjective(i).equals(old)) {
        break;
      }
      changed.add(graph.objectives[i].id());
    }
    return List.copyOf(changed);
  }

  /** The current result of the objective with this id. */
  public Optional<ObjectiveRollup> objective(String objectiveId) {
    int i = snapshot.indexOfObjective(objectiveId);
    return i < 0 ? Optional.empty() : Optional.of(graph.results[i]);
  }

  /** The current result of the key result with this id. */
  public Optional<KeyResultRollup> keyResult(String keyResultId) {
    int[] at = graph.keyResultIndex().get(keyResultId);
    return at == null ? Optional.empty() : Optional.of(graph.keyResultResults[at[0]][at[1]]);
  }

  /**
   * An immutable copy of the current results. Its {@link Rollup#snapshot()} is the snapshot the
   * index was built from, without the check-ins added since.
   */
  public Rollup toRollup() {
    return new Rollup(snapshot, graph.calculator.asOf(), graph, true);
  }
}
