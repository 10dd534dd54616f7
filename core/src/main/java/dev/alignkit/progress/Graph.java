package dev.alignkit.progress;

import com.google.common.collect.Maps;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.org.OrganizationSnapshot;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The alignment graph of a snapshot with the roll-up's results, held in arrays indexed by the
 * objective's position. Computing everything is one pass in child-before-parent order (Kahn's
 * algorithm: no recursion, so no depth limit); objectives never reached lie on an alignment
 * cycle. Mutable and confined to one thread: {@link Rollup} copies what it needs,
 * {@link RollupIndex} updates it in place.
 */
final class Graph {
  final Calculator calculator;
  final Objective[] objectives;
  final Cycle[] cycles;
  final int[] parent;
  final int[][] children;
  final boolean[] onCycle;
  final KeyResult[][] keyResults;
  final KeyResultRollup[][] keyResultResults;
  final ObjectiveRollup[] results;
  /** Key-result id to {objective index, key-result index}; built on first use, see {@link #keyResultIndex()}. */
  private Map<String, int[]> keyResultIndex;

  Graph(OrganizationSnapshot snapshot, Calculator calculator) {
    this.calculator = calculator;
    List<Objective> list = snapshot.objectives();
    int n = list.size();
    objectives = list.toArray(new Objective[0]);
    cycles = new Cycle[n];
    parent = new int[n];
    keyResults = new KeyResult[n][];
    keyResultResults = new KeyResultRollup[n][];
    results = new ObjectiveRollup[n];
    onCycle = new boolean[n];
    int[] childCount = new int[n];
    for (int i = 0; i < n; i++) {
      Objective objective = objectives[i];
      cycles[i] = snapshot.cycleOf(objective).orElse(null);
      // Positions are the snapshot's: its id index gives them, so the graph builds no map of its own.
      int p = objective.alignments().isEmpty() ? -1 : snapshot.indexOfObjective(objective.alignments().get(0).parentId());
      parent[i] = p;
      if (p >= 0) {
        childCount[p]++;
      }
      keyResults[i] = objective.keyResults().toArray(new KeyResult[0]);
      keyResultResults[i] = new KeyResultRollup[keyResults[i].length];
    }
    children = new int[n][];
    for (int i = 0; i < n; i++) {
      children[i] = new int[childCount[i]];
    }
    int[] filled = new int[n];
    for (int i = 0; i < n; i++) {
      if (parent[i] >= 0) {
        children[parent[i]][filled[parent[i]]++] = i;
      }
    }
  }

  /**
   * Key-result id to {objective index, key-result index}. Only the incremental index looks key
   * results up by id, so a full roll-up never pays for this map (an entry and an array per key
   * result).
   */
  Map<String, int[]> keyResultIndex() {
    if (keyResultIndex == null) {
      int count = 0;
      for (KeyResult[] ofObjective : keyResults) {
        count += ofObjective.length;
      }
      Map<String, int[]> index = Maps.newHashMapWithExpectedSize(count);
      for (int i = 0; i < objectives.length; i++) {
        for (int k = 0; k < keyResults[i].length; k++) {
          index.put(keyResults[i][k].id(), new int[] {i, k});
        }
      }
      keyResultIndex = index;
    }
    return keyResultIndex;
  }

  /** Computes every key result and objective, children before parents. */
  void computeAll() {
    int n = objectives.length;
    int[] pending = new int[n];
    int[] queue = new int[n];
    int tail = 0;
    for (int i = 0; i < n; i++) {
      pending[i] = children[i].length;
      if (pending[i] == 0) {
        queue[tail++] = i;
      }
    }
    for (int head = 0; head < tail; head++) {
      int i = queue[head];
      computeKeyResults(i);
      computeObjective(i);
      int p = parent[i];
      if (p >= 0 && --pending[p] == 0) {
        queue[tail++] = p;
      }
    }
    if (tail < n) {
      boolean[] done = new boolean[n];
      for (int head = 0; head < tail; head++) {
        done[queue[head]] = true;
      }
      for (int i = 0; i < n; i++) {
        if (!done[i]) {
          onCycle[i] = true;
          computeKeyResults(i);
          results[i] = calculator.onAlignmentCycle(objectives[i], cycles[i]);
        }
      }
    }
  }

  void computeKeyResults(int i) {
    for (int k = 0; k < keyResults[i].length; k++) {
      computeKeyResult(i, k);
    }
  }

  KeyResultRollup computeKeyResult(int i, int k) {
    KeyResultRollup result = calculator.keyResult(keyResults[i][k], objectives[i], cycles[i]);
    keyResultResults[i][k] = result;
    return result;
  }

  /** Recomputes objective {@code i} from its current key-result and child results. */
  ObjectiveRollup computeObjective(int i) {
    if (onCycle[i]) {
      results[i] = calculator.onAlignmentCycle(objectives[i], cycles[i]);
      return results[i];
    }
    int[] kids = children[i];
    List<Objective> childObjectives = new ArrayList<>(kids.length);
    List<ObjectiveRollup> childResults = new ArrayList<>(kids.length);
    for (int c : kids) {
      childObjectives.add(objectives[c]);
      childResults.add(results[c]);
    }
    results[i] = calculator.objective(objectives[i], cycles[i], Arrays.asList(keyResultResults[i]),
        childObjectives, childResults);
    return results[i];
  }
}
