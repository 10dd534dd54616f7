package dev.alignkit.progress;

import org.jspecify.annotations.Nullable;

/**
 * The order in which a roll-up computes the objectives of an alignment graph: children before
 * parents (Kahn's algorithm), then what lies on or above an alignment cycle, each strongly
 * connected component after everything it links up to (Tarjan's algorithm); neither recurses, so
 * there is no depth limit. Made once, when the {@link Graph} is built, from its links alone.
 */
final class ComputeOrder {
  /** The links up from each objective: {@code up[upStart[i] .. upStart[i + 1])}, -1 for one that does not resolve. */
  private final int[] upStart;
  private final int[] up;
  /** Objectives in the order they are computed: children before parents, a cycle's members together. */
  final int[] order;
  /** How many objectives of {@link #order}, from its start, Kahn's algorithm reached: those on and above no cycle. */
  final int reached;

  /** Whether an objective lies on an alignment cycle; null when none does. */
  boolean @Nullable [] onCycle;
  /** The strongly connected component of each objective not {@link #reached}; null when all are. */
  int @Nullable [] component;

  ComputeOrder(int[] upStart, int[] up) {
    this.upStart = upStart;
    this.up = up;
    this.order = new int[upStart.length - 1];
    this.reached = orderChildrenFirst(new int[order.length]);
  }

  /**
   * Fills {@link #order}: first what Kahn's algorithm reaches (every objective neither on nor above
   * an alignment cycle), then the rest children first, as Tarjan's algorithm finds their strongly
   * connected components; marks the members of components with more than one objective, or with a
   * link to itself, as {@link #onCycle}.
   *
   * @param pending zeros, one per objective: the links still to be computed below each, for Kahn's
   *     algorithm; afterwards above 0 for the objectives it did not reach
   * @return how many objectives Kahn's algorithm reached
   */
  private int orderChildrenFirst(int[] pending) {
    int n = order.length;
    for (int p : up) {
      if (p >= 0) {
        pending[p]++;
      }
    }
    int tail = 0;
    for (int i = 0; i < n; i++) {
      if (pending[i] == 0) {
        order[tail++] = i;
      }
    }
    for (int head = 0; head < tail; head++) {
      int i = order[head];
      for (int e = upStart[i]; e < upStart[i + 1]; e++) {
        int p = up[e];
        if (p >= 0 && --pending[p] == 0) {
          order[tail++] = p;
        }
      }
    }
    if (tail < n) {
      orderCycles(tail, pending);
    }
    return tail;
  }

  /**
   * Tarjan's algorithm, iterative, over the objectives Kahn's did not reach (those with
   * {@code pending > 0}): it finds each strongly connected component after every component it
   * links up to, so the components are written into {@link #order} from the end backwards.
   */
  private void orderCycles(int reached, int[] pending) {
    int n = order.length;
    onCycle = new boolean[n];
    component = new int[n];
    int components = 0;
    int[] number = new int[n];
    int[] low = new int[n];
    boolean[] onStack = new boolean[n];
    int[] stack = new int[n - reached];
    int[] calls = new int[n - reached];
    int[] nextEdge = new int[n];
    int stackSize = 0;
    int counter = 0;
    int write = n;
    for (int root = 0; root < n; root++) {
      if (pending[root] == 0 || number[root] != 0) {
        continue;
      }
      int depth = 0;
      calls[depth++] = root;
      number[root] = low[root] = ++counter;
      nextEdge[root] = upStart[root];
      stack[stackSize++] = root;
      onStack[root] = true;
      while (depth > 0) {
        int v = calls[depth - 1];
        if (nextEdge[v] < upStart[v + 1]) {
          int w = up[nextEdge[v]++];
          if (w < 0 || pending[w] == 0) {
            continue; // unresolved, or reached by Kahn's algorithm: no cycle through it
          }
          if (number[w] == 0) {
            number[w] = low[w] = ++counter;
            nextEdge[w] = upStart[w];
            stack[stackSize++] = w;
            onStack[w] = true;
            calls[depth++] = w;
          } else if (onStack[w]) {
            low[v] = Math.min(low[v], number[w]);
          }
          continue;
        }
        depth--;
        if (depth > 0) {
          int caller = calls[depth - 1];
          low[caller] = Math.min(low[caller], low[v]);
        }
        if (low[v] == number[v]) {
          int size = 0;
          int w;
          do {
            w = stack[--stackSize];
            onStack[w] = false;
            order[--write] = w;
            size++;
          } while (w != v);
          boolean cycle = size > 1 || linksToItself(v);
          components++;
          for (int member = write; member < write + size; member++) {
            onCycle[order[member]] = cycle;
            component[order[member]] = components;
          }
        }
      }
    }
  }

  private boolean linksToItself(int i) {
    for (int e = upStart[i]; e < upStart[i + 1]; e++) {
      if (up[e] == i) {
        return true;
      }
    }
    return false;
  }

}
