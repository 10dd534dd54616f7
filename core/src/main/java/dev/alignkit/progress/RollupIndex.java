package dev.alignkit.progress;

import static java.util.Objects.requireNonNull;

import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.policy.Policy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A roll-up that takes new check-ins one at a time and recomputes only what they touch: the key
 * result, its objective, and objectives above it through their links (to every parent, also
 * through links to key results), in child-before-parent order, each at most once. Each node is
 * recomputed from its items with the same formulas as {@link Rollup}, so the numbers are the same
 * as a full roll-up of the updated snapshot.
 *
 * <p>What a check-in recomputes: an objective is recomputed when one of its children's results
 * changed or its count of AT_RISK objectives below it ({@link ObjectiveRollup#atRiskBelow()})
 * did; its ROLLUP key results are recomputed with it. The walk up stops at objectives whose
 * result stays as it was. When a counted objective becomes AT_RISK, or stops being so, the count
 * of each of its ancestors (each once) goes up or down by one, and they are recomputed. An
 * objective on an alignment cycle gets no progress whatever the check-ins, so what lies above it
 * changes only through its other children or its count.
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
   * @throws NullPointerException if an argument is null
   */
  public static RollupIndex of(OrganizationSnapshot snapshot, LocalDate asOf, Policy policy) {
    Graph graph = new Graph(requireNonNull(snapshot, "snapshot"),
        new Calculator(requireNonNull(asOf, "asOf"), requireNonNull(policy, "policy")));
    graph.computeAll();
    graph.keyResultIndex();
    graph.dirty = new DirtyQueue(graph.order);
    return new RollupIndex(snapshot, graph);
  }

  /**
   * Adds a check-in to a key result and recomputes what depends on it.
   *
   * @param keyResultId the id of a key result of the snapshot that is not ROLLUP; not null
   * @param checkIn not null
   * @return the ids whose results changed, each once: the key result's first (if it changed), then
   *     the objectives and ROLLUP key results recomputed, bottom up (an objective after every
   *     objective below it), each objective right after its ROLLUP key results that changed. All
   *     are the key result's objective, objectives above it, and their ROLLUP key results.
   * @throws IllegalArgumentException if no key result has this id, or it is a ROLLUP key result
   *     (its contributors measure it, it takes no check-ins)
   * @throws NullPointerException if an argument is null
   */
  public List<String> checkIn(String keyResultId, CheckIn checkIn) {
    requireNonNull(checkIn, "checkIn");
    int[] at = graph.keyResultIndex().get(requireNonNull(keyResultId, "keyResultId"));
    if (at == null) {
      throw new IllegalArgumentException("no key result with id '" + keyResultId + "'");
    }
    int objective = at[0];
    int keyResult = at[1];
    int row = graph.rowStart[objective] + keyResult;
    if (graph.keyResults[row].isRollup()) {
      throw new IllegalArgumentException("key result '" + keyResultId
          + "' is ROLLUP: the objectives that contribute to it measure it, it takes no check-ins");
    }
    graph.keyResults[row] = graph.keyResults[row].withCheckIn(checkIn);
    KeyResultRollup before = frozenKeyResult(objective, keyResult);
    graph.computeKeyResult(objective, keyResult);
    if (graph.keyResultResults.view(graph.keyResultResults.row(objective, keyResult)).equals(before)) {
      return List.of();
    }
    List<String> changed = new ArrayList<>();
    changed.add(keyResultId);
    graph.dirty.add(objective);
    for (int i = graph.dirty.poll(); i >= 0; i = graph.dirty.poll()) {
      recompute(i, changed);
    }
    return List.copyOf(changed);
  }

  /**
   * Recomputes objective {@code i} and its ROLLUP key results, adding what changed to
   * {@code changed}; queues its parents when its result changed, and redoes the marks of its
   * ancestors when it became AT_RISK or stopped being so.
   */
  private void recompute(int i, List<String> changed) {
    int row = graph.rowStart[i];
    for (int k = 0; k < graph.rowStart[i + 1] - row; k++) {
      KeyResult item = graph.keyResults[row + k];
      if (item.isRollup()) {
        KeyResultRollup before = frozenKeyResult(i, k);
        graph.computeKeyResult(i, k);
        if (!graph.keyResultResults.view(graph.keyResultResults.row(i, k)).equals(before)) {
          changed.add(item.id());
        }
      }
    }
    // A frozen copy: the view reads the row that computeObjective rewrites.
    ObjectiveRollup before = ObjectiveRollup.builder().from(graph.results.view(i)).build();
    graph.computeObjective(i);
    ObjectiveRollup after = graph.results.view(i);
    if (after.equals(before)) {
      return;
    }
    changed.add(graph.objectives[i].id());
    if (graph.isOnCycle(i)) {
      // Its parents read nothing of it that check-ins change: it has no progress.
      return;
    }
    for (int e = graph.upStart[i]; e < graph.upStart[i + 1]; e++) {
      if (graph.up[e] >= 0) {
        graph.dirty.add(graph.up[e]);
      }
    }
    boolean wasAtRisk = before.status() == PaceStatus.AT_RISK;
    boolean isAtRisk = after.status() == PaceStatus.AT_RISK;
    if (wasAtRisk != isAtRisk && graph.counts[i]) {
      graph.walkAncestors(i, isAtRisk ? 1 : -1, true);
    }
  }

  /** The current result of the objective with this id. */
  public Optional<ObjectiveRollup> objective(String objectiveId) {
    int i = snapshot.indexOfObjective(objectiveId);
    // A frozen copy: the index goes on rewriting its rows.
    return i < 0 ? Optional.empty() : Optional.of(ObjectiveRollup.builder().from(graph.results.view(i)).build());
  }

  /** The current result of the key result with this id. */
  public Optional<KeyResultRollup> keyResult(String keyResultId) {
    int[] at = graph.keyResultIndex().get(keyResultId);
    return at == null ? Optional.empty() : Optional.of(frozenKeyResult(at[0], at[1]));
  }

  /** A copy of the current result of key result {@code k} of objective {@code i}: the index goes on rewriting its rows. */
  private KeyResultRollup frozenKeyResult(int i, int k) {
    return KeyResultRollup.builder().from(graph.keyResultResults.view(graph.keyResultResults.row(i, k))).build();
  }

  /**
   * An immutable copy of the current results. Its {@link Rollup#snapshot()} is the snapshot the
   * index was built from, without the check-ins added since.
   */
  public Rollup toRollup() {
    return new Rollup(snapshot, graph.calculator.asOf(), graph, true);
  }
}
