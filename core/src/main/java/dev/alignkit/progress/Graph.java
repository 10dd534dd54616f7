package dev.alignkit.progress;

import com.google.common.collect.Maps;
import dev.alignkit.internal.SnapshotPositions;
import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.AlignmentKind;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.ObjectiveType;
import dev.alignkit.org.OrganizationSnapshot;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The alignment graph of a snapshot with the roll-up's results, held in arrays indexed by the
 * objective's position. Mutable and confined to one thread: {@link Rollup} copies what it needs,
 * {@link RollupIndex} updates it in place.
 *
 * <p>Every link that resolves is an edge from the child to the objective it reaches (for a link to
 * a key result, that key result's objective: {@code docs/concepts.md}, "Several parents").
 * Building the graph reads the snapshot once, in the order it is held, and computes every key
 * result but the ROLLUP ones as it reads each objective: their results need nothing of the graph
 * but their objective's cycle and type. {@link #computeAll()} then computes the ROLLUP key results
 * and the objectives, children before parents, in one pass over arrays, in the order
 * {@link ComputeOrder} finds when the graph is built.
 * What an objective reads of its children is kept apart from the edges: the children that count
 * directly in it ({@link #inStart}) and the contributors of each of its ROLLUP key results
 * ({@link #rollupKey}), each once, in snapshot order.
 *
 * <p>At-risk counts are distinct descendants ({@code docs/concepts.md}, "Several parents"): each
 * counted AT_RISK objective marks each of its ancestors once, through counted objectives. Marks are
 * carried, not walked, along links to a single parent: an objective with one parent hands its own
 * mark and every mark that reached it from below to that parent, since no mark can reach the
 * parent's ancestors another way. Only an objective with several parents (or on a cycle) walks its
 * ancestors, with a stamp per walk so that each is marked once. A tree, or a chain of any depth,
 * therefore costs one pass; a walk costs the number of ancestors.
 */
final class Graph {
  private static final int NO_PARENT = -1;
  private static final int SEVERAL_PARENTS = -2;
  private static final int[] NONE = new int[0];
  private static final double[] NO_WEIGHTS = new double[0];
  private static final long[] NO_KEYS = new long[0];
  /** Up to this many links, an objective's duplicates are found by comparing each link with those before it. */
  private static final int FEW_LINKS = 8;
  /** How many objectives the graph reads at a time; see the constructor. */
  private static final int BLOCK = 64;

  final Calculator calculator;
  final Objective[] objectives;
  final Cycle[] cycles;
  /**
   * Every objective's key results in one array, in snapshot order: those of objective {@code i}
   * are {@code keyResults[rowStart[i]]} to {@code keyResults[rowStart[i + 1] - 1]}, the rows of
   * {@link #keyResultResults}. The incremental index replaces a key result by one with a new
   * check-in.
   */
  final KeyResult[] keyResults;
  final int[] rowStart;
  /**
   * The weight of the key result of each row, NaN when it does not count
   * ({@code status().counts()}): read while the graph is built, so that an objective computed long
   * after its key results need not read them again. A check-in changes neither.
   */
  final double[] rowWeight;
  /** Whether each objective has a ROLLUP key result, computed after its contributors by {@link #computeAll()}. */
  private final boolean[] withRollup;
  /**
   * Whether each objective counts ({@code status().counts()}) and its type, read once while the
   * graph is built: the roll-up reads them of every child of every objective, in an order in which
   * the objects are rarely still cached. An objective's status and type never change in a graph.
   */
  final boolean[] counts;
  final ObjectiveType[] types;
  /** Every key result's result, by objective position and index: arrays, handed out as views. */
  final KeyResultResults keyResultResults;
  /** Every objective's result, by position: arrays, handed out as views. */
  final ObjectiveResults results;

  /**
   * The links of objective {@code i} are {@code up[upStart[i]]} to {@code up[upStart[i + 1] - 1]},
   * one per alignment in its order: the index of the objective the link reaches, or -1 when it
   * does not resolve. A parent reached twice appears twice; walks and counts allow for that. Both
   * are the snapshot's own arrays ({@link SnapshotPositions}), resolved when it was built: shared,
   * never written.
   */
  final int[] upStart;
  final int[] up;

  /**
   * The children counted directly in objective {@code p} are {@code inChild[e]} with weight
   * {@code inWeight[e]} for {@code e} from {@code inStart[p]} to {@code inStart[p + 1] - 1}, in
   * snapshot order: a CONTRIBUTES link to {@code p} that is the child's first link to it, from a
   * child that contributes to no ROLLUP key result of {@code p}.
   */
  final int[] inStart;
  final int[] inChild;
  final double[] inWeight;

  /**
   * The ROLLUP key results that have contributors, sorted by {@code (objective << 32) | keyResult}
   * index; the contributors of the {@code r}-th are {@code rollupChild[e]} with weight
   * {@code rollupWeight[e]} for {@code e} from {@code rollupStart[r]} to {@code rollupStart[r + 1] - 1},
   * in snapshot order.
   */
  final long[] rollupKey;
  final int[] rollupStart;
  final int[] rollupChild;
  final double[] rollupWeight;

  /** Objectives in the order they are computed: children before parents, a cycle's members together ({@link ComputeOrder}). */
  final int[] order;
  /** How many objectives of {@link #order}, from its start, lie on and above no alignment cycle. */
  private final int reached;
  /** Whether an objective lies on an alignment cycle; null when none does. */
  private final boolean @Nullable [] onCycle;
  /** The strongly connected component of each objective not {@link #reached}; null when all are. */
  private final int @Nullable [] component;
  /** How many counted AT_RISK objectives lie below each objective (its {@code atRiskBelow}). */
  final int[] atRiskBelow;

  /** The stamp of each objective's latest walk; see {@link #walkAncestors}. Made on the first walk. */
  private int[] stamps;
  private int stamp;
  private int[] walkStack = NONE;

  /** What the incremental index still has to recompute; made by {@link RollupIndex} only. */
  DirtyQueue dirty;

  /** Key-result id to {objective index, key-result index}; built on first use, see {@link #keyResultIndex()}. */
  private Map<String, int[]> keyResultIndex;

  Graph(OrganizationSnapshot snapshot, Calculator calculator) {
    this.calculator = calculator;
    List<Objective> list = snapshot.objectives();
    int n = list.size();
    objectives = list.toArray(new Objective[0]);
    cycles = new Cycle[n];
    rowStart = new int[n + 1];
    // How many key results each objective has, to size their results before the passes below
    // compute them.
    for (int i = 0; i < n; i++) {
      rowStart[i + 1] = rowStart[i] + objectives[i].keyResults().size();
    }
    KeyResult[] rows = new KeyResult[rowStart[n]];
    keyResults = rows;
    keyResultResults = new KeyResultResults(rowStart, rows);
    rowWeight = new double[rowStart[n]];
    withRollup = new boolean[n];
    counts = new boolean[n];
    types = new ObjectiveType[n];
    results = new ObjectiveResults(objectives, rows);
    atRiskBelow = new int[n];
    SnapshotPositions positions = SnapshotPositions.of(snapshot);
    upStart = positions.linkStarts();
    up = positions.linkTargets();
    List<Cycle> cycleList = snapshot.cycles();
    // The weight with which each link counts its child directly in the objective it reaches, NaN
    // when it does not; see classifyLinks.
    double[] direct = new double[up.length];
    int[] inCount = new int[n + 1];
    List<RollupLink> rollupLinks = new ArrayList<>(0);
    for (int from = 0; from < n; from += BLOCK) {
      int to = Math.min(n, from + BLOCK);
      // First what a block of objectives holds in plain fields, a few reads each and none waiting
      // on another objective's, so that a large snapshot's reads of them are under way together;
      // then their key results and links, from what those reads brought into the cache.
      for (int i = from; i < to; i++) {
        Objective objective = objectives[i];
        counts[i] = objective.status().counts();
        types[i] = objective.type();
        List<KeyResult> items = objective.keyResults();
        for (int j = rowStart[i]; j < rowStart[i + 1]; j++) {
          KeyResult keyResult = items.get(j - rowStart[i]);
          rows[j] = keyResult;
          rowWeight[j] = keyResult.status().counts() ? keyResult.weight() : Double.NaN;
        }
      }
      for (int i = from; i < to; i++) {
        int cycle = positions.cycleOf(i);
        cycles[i] = cycle < 0 ? null : cycleList.get(cycle);
        // Its key results but ROLLUP ones: they need nothing of the graph but the cycle and type.
        for (int k = 0; k < rowStart[i + 1] - rowStart[i]; k++) {
          if (!calculator.keyResultUnlessRolledUp(this, i, k)) {
            withRollup[i] = true;
          }
        }
        classifyLinks(i, upStart[i], up, direct, rollupLinks);
        for (int e = upStart[i]; e < upStart[i + 1]; e++) {
          if (!Double.isNaN(direct[e])) {
            inCount[up[e] + 1]++;
          }
        }
      }
    }
    inStart = inCount;
    for (int p = 0; p < n; p++) {
      inStart[p + 1] += inStart[p];
    }
    inChild = inStart[n] == 0 ? NONE : new int[inStart[n]];
    inWeight = inStart[n] == 0 ? NO_WEIGHTS : new double[inStart[n]];
    // inStart[p] serves as p's cursor while filling, ending at inStart[p + 1]; shifted back after.
    for (int i = 0; i < n; i++) {
      for (int e = upStart[i]; e < upStart[i + 1]; e++) {
        if (!Double.isNaN(direct[e])) {
          int at = inStart[up[e]]++;
          inChild[at] = i;
          inWeight[at] = direct[e];
        }
      }
    }
    System.arraycopy(inStart, 0, inStart, 1, n);
    inStart[0] = 0;
    if (rollupLinks.isEmpty()) {
      rollupKey = NO_KEYS;
      rollupStart = new int[1];
      rollupChild = NONE;
      rollupWeight = NO_WEIGHTS;
    } else {
      // A stable sort: each key result's contributors stay in snapshot order.
      rollupLinks.sort(Comparator.comparingLong(RollupLink::key));
      int links = rollupLinks.size();
      long[] keys = new long[links];
      int[] starts = new int[links + 1];
      rollupChild = new int[links];
      rollupWeight = new double[links];
      int r = -1;
      for (int e = 0; e < links; e++) {
        RollupLink link = rollupLinks.get(e);
        if (r < 0 || keys[r] != link.key()) {
          keys[++r] = link.key();
          starts[r] = e;
        }
        rollupChild[e] = link.child();
        rollupWeight[e] = link.weight();
      }
      rollupKey = Arrays.copyOf(keys, r + 1);
      starts[r + 1] = links;
      rollupStart = Arrays.copyOf(starts, r + 2);
    }
    ComputeOrder computeOrder = new ComputeOrder(upStart, up);
    order = computeOrder.order;
    reached = computeOrder.reached;
    onCycle = computeOrder.onCycle;
    component = computeOrder.component;
  }

  /**
   * Decides what each link of objective {@code i} counts for ({@code docs/concepts.md}, "Several
   * parents"): only the first link to a parent (same id and kind) counts; a counted CONTRIBUTES
   * link to a ROLLUP key result adds the child to that key result's contributors
   * ({@code rollupLinks}); a counted CONTRIBUTES link to an objective counts the child directly
   * there ({@code direct} holds its weight; NaN for every other link), unless the child contributes to
   * a ROLLUP key result of that objective. Linear in the links: an objective with many is rare, but
   * may come from any import.
   *
   * @param base where the links of objective {@code i} start in {@code targets} and {@code direct}
   */
  private void classifyLinks(int i, int base, int[] targets, double[] direct, List<RollupLink> rollupLinks) {
    List<Alignment> links = objectives[i].alignments();
    int size = links.size();
    Set<String> seen = size > FEW_LINKS ? new HashSet<>() : null;
    int[] throughRollup = NONE;
    int through = 0;
    for (int j = 0; j < size; j++) {
      Alignment link = links.get(j);
      int p = targets[base + j];
      direct[base + j] = Double.NaN;
      boolean first = seen != null ? seen.add(link.parentKind().name() + ':' + link.parentId()) : isFirstLink(links, j);
      if (!first || p < 0 || link.kind() != AlignmentKind.CONTRIBUTES) {
        continue;
      }
      if (!link.isToKeyResult()) {
        direct[base + j] = link.weight();
        continue;
      }
      int k = keyResultOf(objectives[p], link.parentId());
      if (objectives[p].keyResults().get(k).isRollup()) {
        rollupLinks.add(new RollupLink(((long) p << 32) | k, i, link.weight()));
        throughRollup = ensure(throughRollup, through + 1);
        throughRollup[through++] = p;
      }
    }
    if (through > 0) {
      Arrays.sort(throughRollup, 0, through);
      for (int e = base; e < base + size; e++) {
        if (!Double.isNaN(direct[e]) && Arrays.binarySearch(throughRollup, 0, through, targets[e]) >= 0) {
          direct[e] = Double.NaN;
        }
      }
    }
  }

  /** A contributing link to a ROLLUP key result: the key result as {@code (objective << 32) | index}. */
  private record RollupLink(long key, int child, double weight) {}

  /** Whether no earlier link of the same child names the same parent (id and kind): the first one counts. */
  private static boolean isFirstLink(List<Alignment> links, int j) {
    Alignment link = links.get(j);
    for (int earlier = 0; earlier < j; earlier++) {
      Alignment other = links.get(earlier);
      if (other.parentKind() == link.parentKind() && other.parentId().equals(link.parentId())) {
        return false;
      }
    }
    return true;
  }

  private static int keyResultOf(Objective objective, String keyResultId) {
    List<KeyResult> items = objective.keyResults();
    for (int k = 0; k < items.size(); k++) {
      if (items.get(k).id().equals(keyResultId)) {
        return k;
      }
    }
    throw new AssertionError(keyResultId + " is not a key result of " + objective.id());
  }

  /** The index of the ROLLUP key result {@code k} of objective {@code i} among those with contributors, or -1. */
  int rollupOf(int i, int k) {
    int r = Arrays.binarySearch(rollupKey, ((long) i << 32) | k);
    return r < 0 ? -1 : r;
  }

  boolean isOnCycle(int i) {
    return onCycle != null && onCycle[i];
  }

  /**
   * Key-result id to {objective index, key-result index}. Only the incremental index looks key
   * results up by id, so a full roll-up never pays for this map (an entry and an array per key
   * result).
   */
  Map<String, int[]> keyResultIndex() {
    if (keyResultIndex == null) {
      Map<String, int[]> index = Maps.newHashMapWithExpectedSize(rowStart[objectives.length]);
      for (int i = 0; i < objectives.length; i++) {
        for (int j = rowStart[i]; j < rowStart[i + 1]; j++) {
          index.put(keyResults[j].id(), new int[] {i, j - rowStart[i]});
        }
      }
      keyResultIndex = index;
    }
    return keyResultIndex;
  }

  // ---------------------------------------------------------------------------------------------
  // The full roll-up

  /**
   * Computes the ROLLUP key results and every objective, children before parents; the other key
   * results were computed as the graph was built.
   */
  void computeAll() {
    // The marks handed up from objectives with a single parent (see the class javadoc).
    int[] carried = new int[objectives.length];
    for (int at = 0; at < reached; at++) {
      int i = order[at];
      computeRolledUp(i);
      computeAndCarry(i, carried);
    }
    if (reached < objectives.length) {
      computeAboveCycles(reached, carried);
    }
  }

  /**
   * Computes objective {@code i}, which lies on no cycle and whose key results are computed, and
   * hands its marks on: its own if it is AT_RISK and those carried to it, to its parent when it
   * has one, by a walk when it has several. An objective that does not count passes nothing on.
   */
  private void computeAndCarry(int i, int[] carried) {
    atRiskBelow[i] += carried[i];
    computeObjective(i);
    if (!counts[i]) {
      return;
    }
    int marks = carried[i] + (results.status(i) == PaceStatus.AT_RISK ? 1 : 0);
    if (marks > 0) {
      int parent = singleParent(i);
      if (parent >= 0) {
        carried[parent] += marks;
      } else if (parent == SEVERAL_PARENTS) {
        walkAncestors(i, marks, false);
      }
    }
  }

  /**
   * Computes the objectives Kahn's algorithm did not reach, in {@link #order}: an objective above a
   * cycle as any other, the members of a cycle together once everything below them is known: their
   * ROLLUP key results, then the walks of the marks carried to them, then their results.
   */
  private void computeAboveCycles(int from, int[] carried) {
    int n = objectives.length;
    int at = from;
    while (at < n) {
      int i = order[at];
      if (!onCycle[i]) {
        computeRolledUp(i);
        computeAndCarry(i, carried);
        at++;
        continue;
      }
      int end = at + 1;
      while (end < n && component[order[end]] == component[i]) {
        end++;
      }
      for (int m = at; m < end; m++) {
        computeRolledUp(order[m]);
      }
      for (int m = at; m < end; m++) {
        int member = order[m];
        if (carried[member] > 0 && counts[member]) {
          walkAncestors(member, carried[member], false);
        }
      }
      for (int m = at; m < end; m++) {
        int member = order[m];
        atRiskBelow[member] += carried[member];
        computeObjective(member);
      }
      at = end;
    }
  }

  /** The one objective {@code i} links to (through one link or several), -1 for none, -2 for several. */
  int singleParent(int i) {
    int parent = NO_PARENT;
    for (int e = upStart[i]; e < upStart[i + 1]; e++) {
      int p = up[e];
      if (p < 0 || p == parent) {
        continue;
      }
      if (parent != NO_PARENT) {
        return SEVERAL_PARENTS;
      }
      parent = p;
    }
    return parent;
  }

  /**
   * Adds {@code marks} to the at-risk count of every objective above {@code origin}, each once,
   * going on above an objective only when it counts; with {@code enqueue}, queues each in
   * {@link #dirty} for the incremental index. {@code origin} itself is never marked, even on a cycle.
   */
  void walkAncestors(int origin, int marks, boolean enqueue) {
    int s = nextStamp();
    stamps[origin] = s;
    int size = 0;
    for (int at = origin; ; ) {
      for (int e = upStart[at]; e < upStart[at + 1]; e++) {
        int p = up[e];
        if (p >= 0 && stamps[p] != s) {
          stamps[p] = s;
          atRiskBelow[p] += marks;
          if (enqueue) {
            dirty.add(p);
          }
          if (counts[p]) {
            walkStack = ensure(walkStack, size + 1);
            walkStack[size++] = p;
          }
        }
      }
      if (size == 0) {
        return;
      }
      at = walkStack[--size];
    }
  }

  private int nextStamp() {
    if (stamps == null) {
      stamps = new int[objectives.length];
    }
    if (stamp == Integer.MAX_VALUE) {
      Arrays.fill(stamps, 0);
      stamp = 0;
    }
    return ++stamp;
  }

  private static int[] ensure(int[] array, int size) {
    return size <= array.length ? array : Arrays.copyOf(array, Math.max(size, array.length * 2 + 16));
  }

  /** Computes the ROLLUP key results of objective {@code i}, once its contributors' results are known. */
  private void computeRolledUp(int i) {
    if (withRollup[i]) {
      for (int j = rowStart[i]; j < rowStart[i + 1]; j++) {
        if (keyResults[j].isRollup()) {
          computeKeyResult(i, j - rowStart[i]);
        }
      }
    }
  }

  /** Recomputes key result {@code k} of objective {@code i} into its row of {@link #keyResultResults}. */
  void computeKeyResult(int i, int k) {
    calculator.keyResult(this, i, k);
  }

  /** Recomputes objective {@code i} from its current key-result and child results and its at-risk count. */
  void computeObjective(int i) {
    if (isOnCycle(i)) {
      calculator.onAlignmentCycle(results, i, objectives[i], cycles[i], atRiskBelow[i]);
    } else {
      calculator.objective(this, i, atRiskBelow[i]);
    }
  }
}
