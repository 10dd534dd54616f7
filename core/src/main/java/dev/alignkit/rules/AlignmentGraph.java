package dev.alignkit.rules;

import dev.alignkit.internal.SnapshotPositions;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.OwnerKind;
import dev.alignkit.org.OrganizationSnapshot;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The alignment links of one snapshot as a graph of objectives, for {@code okr.alignment.cycle}
 * and {@code okr.alignment.unaligned}: which objectives lie on a cycle of links (and one such
 * cycle for each), and which team or personal objectives reach no organization objective. Not
 * thread-safe; one validation holds one ({@link RuleContext#memo}).
 *
 * <p>Every link is an edge from its objective to the objective it reaches: its parent objective,
 * or the objective that holds its parent key result ({@code docs/concepts.md}, "OKR
 * practice"); a link whose parent does not resolve leads nowhere. Objectives of every status are
 * in the graph. An objective is on a cycle when it lies in a strongly connected component of more
 * than one objective, or links to itself (also through one of its own key results).
 *
 * <p>The graph is explored lazily from the objectives asked about, by Tarjan's algorithm with an
 * explicit stack (no recursion, so 100,000-deep chains are fine), each objective and link once:
 * a validation that asks about every objective takes time linear in objectives and links, and one
 * that asks about a person's objectives only walks what lies above them. Components come out
 * after everything they reach, so what a component needs to know about its parents is known.
 */
final class AlignmentGraph {
  /** The cycle an objective is on: the index of the link that starts it, and the chain as findings word it. */
  record OnCycle(int linkIndex, String chain) {}

  private static final int[] NO_INTS = new int[0];

  private final List<Objective> objectives;
  /** The links as positions, resolved when the snapshot was built. */
  private final int[] linkStarts;
  private final int[] linkTargets;

  // Tarjan's state, by position in the snapshot's objectives. order is 0 until visited.
  private final int[] order;
  private final int[] low;
  private final boolean[] onStack;
  /** The component of each visited objective, numbered in the order they complete; -1 until then. */
  private final int[] component;
  private int visits;
  private int components;

  /**
   * Whether a chain from the objective reaches an organization objective, breaks on a link whose
   * parent does not resolve, or runs into a cycle: then {@code okr.alignment.unaligned} has
   * nothing to say about it.
   */
  private final boolean[] settled;
  /** For a completed objective that is not settled, the position of the top its first links end at. */
  private final int[] top;
  /**
   * The index of each member of the component being worked on among its members; allocated for the
   * first component of several objectives, and shared by the next ones, which are disjoint.
   */
  private int[] local = NO_INTS;
  /** The objectives on a cycle, by position. */
  private final Map<Integer, OnCycle> cycles = new HashMap<>();
  /**
   * Tarjan's call stack, its cursors and its component stack: empty between explorations, so one
   * set serves them all (an exploration starts at almost every objective).
   */
  private final IntStack calls = new IntStack();
  private final IntStack cursors = new IntStack();
  private final IntStack stack = new IntStack();

  AlignmentGraph(OrganizationSnapshot snapshot) {
    this.objectives = snapshot.objectives();
    SnapshotPositions positions = SnapshotPositions.of(snapshot);
    this.linkStarts = positions.linkStarts();
    this.linkTargets = positions.linkTargets();
    int n = objectives.size();
    this.order = new int[n];
    this.low = new int[n];
    this.onStack = new boolean[n];
    this.component = new int[n];
    Arrays.fill(component, -1);
    this.settled = new boolean[n];
    this.top = new int[n];
  }

  /**
   * The cycle the objective at {@code position} is on, or null when it is on none (or the position
   * is -1: not in the snapshot).
   */
  @Nullable OnCycle cycleOf(int position) {
    explore(position);
    return position < 0 ? null : cycles.get(position);
  }

  /**
   * The id of the top that the chain of first links from {@code objective} ends at, when every
   * chain from it ends at a top that is not an organization objective; null when some chain
   * reaches an organization objective, breaks on a parent that does not resolve, or runs into a
   * cycle, and for an organization objective.
   */
  @Nullable String unalignedTop(int position) {
    explore(position);
    return position < 0 || settled[position] ? null : objectives.get(top[position]).id();
  }

  // ---------------------------------------------------------------------------------------------
  // Tarjan's algorithm

  /** Explores from the objective at {@code start} unless it is explored already or is -1. */
  private void explore(int start) {
    if (start < 0 || order[start] != 0) {
      return;
    }
    calls.clear();
    cursors.clear();
    stack.clear();
    visit(start, stack);
    calls.push(start);
    cursors.push(0);
    while (!calls.isEmpty()) {
      int v = calls.peek();
      int cursor = cursors.peek();
      if (cursor < degree(v)) {
        cursors.set(cursor + 1);
        int w = target(v, cursor);
        if (w < 0) {
          continue;
        }
        if (order[w] == 0) {
          visit(w, stack);
          calls.push(w);
          cursors.push(0);
        } else if (onStack[w]) {
          low[v] = Math.min(low[v], order[w]);
        }
        continue;
      }
      calls.pop();
      cursors.pop();
      if (!calls.isEmpty()) {
        int caller = calls.peek();
        low[caller] = Math.min(low[caller], low[v]);
      }
      if (low[v] == order[v]) {
        complete(v, stack);
      }
    }
  }

  private void visit(int v, IntStack stack) {
    order[v] = ++visits;
    low[v] = order[v];
    onStack[v] = true;
    stack.push(v);
  }

  /** Pops the component whose root is {@code root} and works out what its objectives need. */
  private void complete(int root, IntStack stack) {
    int id = components++;
    int size = 0;
    int member;
    do {
      member = stack.pop();
      onStack[member] = false;
      component[member] = id;
      size++;
    } while (member != root);
    if (size == 1) {
      completeSingle(root);
    } else {
      // The members are the top `size` entries just popped: still in the stack's array.
      int[] members = Arrays.copyOfRange(stack.items, stack.size, stack.size + size);
      if (local.length == 0) {
        local = new int[objectives.size()];
      }
      new Component(members, id).findCycles();
    }
  }

  /** One objective that is its own component: on a cycle only through a link to itself. */
  private void completeSingle(int v) {
    for (int i = 0; i < degree(v); i++) {
      if (target(v, i) == v) {
        settled[v] = true;
        cycles.put(v, new OnCycle(i, LinkCycles.chain(List.of(objectives.get(v).id()), 0)));
        return;
      }
    }
    // Everything it links to completed before it, so whether those are settled is known.
    boolean fine = objectives.get(v).owner().kind() == OwnerKind.ORGANIZATION;
    for (int i = 0; i < degree(v) && !fine; i++) {
      int w = target(v, i);
      fine = w < 0 || settled[w];
    }
    settled[v] = fine;
    if (!fine) {
      top[v] = degree(v) == 0 ? v : top[target(v, 0)];
    }
  }

  private int degree(int v) {
    return linkStarts[v + 1] - linkStarts[v];
  }

  private int target(int v, int link) {
    return linkTargets[linkStarts[v] + link];
  }

  // ---------------------------------------------------------------------------------------------
  // Cycles within one component

  /**
   * A component of several objectives, each of which is on a cycle. For each member {@code o} the
   * finding's cycle starts with its first link that stays in the component, to {@code p}, and
   * comes back to {@code o} along two breadth-first trees rooted at the member with the smallest
   * id, {@code r}: from {@code p} along shortest paths towards {@code r} until the first objective
   * {@code x} that lies on the tree path from {@code r} down to {@code o}, then down that path to
   * {@code o}; an objective on the way that links to {@code o} itself closes the cycle there. The
   * objectives before {@code x} are not on that path, so no objective appears twice. Only the
   * first {@link LinkCycles#CHAIN_NAMES} of them are named, so each member costs a bounded number
   * of steps, and the whole component time linear in its links. The choice depends on ids and the
   * order of each objective's links only, never on the order of the snapshot.
   */
  private final class Component {
    private final int[] members;
    private final int id;
    /** Children in the tree of shortest paths from r, in the order found; by local index. */
    private int[] childStart = NO_INTS;
    private int[] children = NO_INTS;
    /** Pre-order number and subtree size in that tree, for "is an ancestor of". */
    private final int[] pre;
    private final int[] subtree;
    /** Distance to r and the next objective on a shortest path to r (a position; -1 at r). */
    private final int[] distanceToRoot;
    private final int[] towardRoot;
    /** The links between members, as {@code from * members.length + to} by local index, sorted, each once. */
    private long[] edges = new long[0];

    Component(int[] members, int id) {
      this.members = members;
      this.id = id;
      this.pre = new int[members.length];
      this.subtree = new int[members.length];
      this.distanceToRoot = new int[members.length];
      this.towardRoot = new int[members.length];
    }

    void findCycles() {
      int root = 0;
      for (int i = 0; i < members.length; i++) {
        local[members[i]] = i;
        settled[members[i]] = true;
        if (objectives.get(members[i]).id().compareTo(objectives.get(members[root]).id()) < 0) {
          root = i;
        }
      }
      treeFrom(root);
      pathsTo(root);
      for (int m = 0; m < members.length; m++) {
        cycles.put(members[m], cycleOf(m));
      }
    }

    private boolean inside(int position) {
      return position >= 0 && component[position] == id;
    }

    /** The breadth-first tree from {@code root} along links, its children lists and pre-order numbers. */
    private void treeFrom(int root) {
      int n = members.length;
      int[] parent = new int[n];
      Arrays.fill(parent, -1);
      int[] queue = new int[n];
      boolean[] seen = new boolean[n];
      int head = 0;
      int tail = 0;
      queue[tail++] = root;
      seen[root] = true;
      while (head < tail) {
        int u = queue[head++];
        int v = members[u];
        for (int i = 0; i < degree(v); i++) {
          int w = target(v, i);
          if (inside(w)) {
            int lw = local[w];
            if (!seen[lw]) {
              seen[lw] = true;
              parent[lw] = u;
              queue[tail++] = lw;
            }
          }
        }
      }
      // Children in the order found, which is the order of the queue.
      childStart = new int[n + 1];
      for (int u = 0; u < n; u++) {
        if (parent[u] >= 0) {
          childStart[parent[u] + 1]++;
        }
      }
      for (int u = 0; u < n; u++) {
        childStart[u + 1] += childStart[u];
      }
      children = new int[Math.max(n - 1, 0)];
      int[] filled = Arrays.copyOf(childStart, n);
      for (int q = 0; q < n; q++) {
        int u = queue[q];
        if (parent[u] >= 0) {
          children[filled[parent[u]]++] = u;
        }
      }
      // Pre-order numbers, first child first, so each node's children have rising numbers.
      int[] stack = new int[n];
      int depth = 0;
      int next = 0;
      int[] byPre = new int[n];
      stack[depth++] = root;
      while (depth > 0) {
        int u = stack[--depth];
        pre[u] = next;
        byPre[next++] = u;
        for (int c = childStart[u + 1] - 1; c >= childStart[u]; c--) {
          stack[depth++] = children[c];
        }
      }
      for (int k = n - 1; k >= 0; k--) {
        int u = byPre[k];
        subtree[u] += 1;
        if (parent[u] >= 0) {
          subtree[parent[u]] += subtree[u];
        }
      }
    }

    /** Distances to {@code root} against the links, and for each member its first link one step closer. */
    private void pathsTo(int root) {
      int n = members.length;
      // Who links to whom inside the component (links to oneself aside), and who is linked from whom.
      int count = 0;
      for (int u = 0; u < n; u++) {
        int v = members[u];
        for (int i = 0; i < degree(v); i++) {
          int w = target(v, i);
          if (inside(w) && w != v) {
            if (count == edges.length) {
              edges = Arrays.copyOf(edges, Math.max(16, count * 2));
            }
            edges[count++] = (long) u * n + local[w];
          }
        }
      }
      Arrays.sort(edges, 0, count);
      int distinct = 0;
      for (int e = 0; e < count; e++) {
        if (distinct == 0 || edges[e] != edges[distinct - 1]) {
          edges[distinct++] = edges[e];
        }
      }
      edges = Arrays.copyOf(edges, distinct);
      int[] predecessorStart = new int[n + 1];
      for (long edge : edges) {
        predecessorStart[(int) (edge % n) + 1]++;
      }
      for (int u = 0; u < n; u++) {
        predecessorStart[u + 1] += predecessorStart[u];
      }
      int[] predecessors = new int[distinct];
      int[] filled = Arrays.copyOf(predecessorStart, n);
      for (long edge : edges) {
        predecessors[filled[(int) (edge % n)]++] = (int) (edge / n);
      }
      Arrays.fill(distanceToRoot, -1);
      int[] queue = new int[n];
      int head = 0;
      int tail = 0;
      queue[tail++] = root;
      distanceToRoot[root] = 0;
      while (head < tail) {
        int u = queue[head++];
        for (int p = predecessorStart[u]; p < predecessorStart[u + 1]; p++) {
          int from = predecessors[p];
          if (distanceToRoot[from] < 0) {
            distanceToRoot[from] = distanceToRoot[u] + 1;
            queue[tail++] = from;
          }
        }
      }
      for (int u = 0; u < n; u++) {
        towardRoot[u] = -1;
        int v = members[u];
        for (int i = 0; i < degree(v) && u != root; i++) {
          int w = target(v, i);
          if (inside(w) && distanceToRoot[local[w]] == distanceToRoot[u] - 1) {
            towardRoot[u] = local[w];
            break;
          }
        }
      }
    }

    private boolean isAncestorOrSelf(int a, int u) {
      return pre[a] <= pre[u] && pre[u] < pre[a] + subtree[a];
    }

    /** The child of {@code a} on the tree path down to its descendant {@code u}. */
    private int childToward(int a, int u) {
      int lo = childStart[a];
      int hi = childStart[a + 1] - 1;
      while (lo < hi) {
        int mid = (lo + hi + 1) >>> 1;
        if (pre[children[mid]] <= pre[u]) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      return children[lo];
    }

    /** The cycle of member {@code m} (a local index), named up to one past {@link LinkCycles#CHAIN_NAMES}. */
    private OnCycle cycleOf(int m) {
      int v = members[m];
      int link = 0;
      while (!inside(target(v, link))) {
        link++;
      }
      List<String> names = new ArrayList<>();
      names.add(objectives.get(v).id());
      int w = local[target(v, link)];
      // Towards the root until the tree path down to m, or until an objective that links to m.
      while (w != m && !isAncestorOrSelf(w, m)) {
        names.add(objectives.get(members[w]).id());
        if (names.size() > LinkCycles.CHAIN_NAMES || links(w, m)) {
          return new OnCycle(link, LinkCycles.chain(names, 0));
        }
        w = towardRoot[w];
      }
      // Down the tree path to m, from the first objective on it.
      while (w != m) {
        names.add(objectives.get(members[w]).id());
        if (names.size() > LinkCycles.CHAIN_NAMES || links(w, m)) {
          break;
        }
        w = childToward(w, m);
      }
      return new OnCycle(link, LinkCycles.chain(names, 0));
    }

    /** Whether the member {@code from} links to the member {@code to} (local indices). */
    private boolean links(int from, int to) {
      return Arrays.binarySearch(edges, (long) from * members.length + to) >= 0;
    }
  }

  /** A growable stack of ints. */
  private static final class IntStack {
    private int[] items = new int[16];
    private int size;

    void push(int value) {
      if (size == items.length) {
        items = Arrays.copyOf(items, size * 2);
      }
      items[size++] = value;
    }

    int pop() {
      return items[--size];
    }

    int peek() {
      return items[size - 1];
    }

    void set(int value) {
      items[size - 1] = value;
    }

    boolean isEmpty() {
      return size == 0;
    }

    void clear() {
      size = 0;
    }
  }
}
