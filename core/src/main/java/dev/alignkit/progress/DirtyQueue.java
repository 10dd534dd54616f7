package dev.alignkit.progress;

import java.util.Arrays;

/**
 * The objectives the incremental index still has to recompute after a check-in, each once, taken
 * out children first: a binary heap of positions in the graph's computing order ({@link Graph#order}),
 * so an objective comes out only after every queued objective below it. Mutable, one per
 * {@link RollupIndex}.
 */
final class DirtyQueue {
  private final int[] order;
  /** Position of each objective in {@link #order}. */
  private final int[] positions;
  private final boolean[] queued;
  private int[] heap = new int[16];
  private int size;

  DirtyQueue(int[] order) {
    this.order = order;
    int n = order.length;
    positions = new int[n];
    for (int at = 0; at < n; at++) {
      positions[order[at]] = at;
    }
    queued = new boolean[n];
  }

  /** Queues objective {@code i}, unless it is queued already. */
  void add(int i) {
    if (queued[i]) {
      return;
    }
    queued[i] = true;
    if (size == heap.length) {
      heap = Arrays.copyOf(heap, heap.length * 2);
    }
    int position = positions[i];
    int at = size++;
    while (at > 0) {
      int parent = (at - 1) >>> 1;
      if (heap[parent] <= position) {
        break;
      }
      heap[at] = heap[parent];
      at = parent;
    }
    heap[at] = position;
  }

  /** The queued objective earliest in the computing order, or -1 when none is queued. */
  int poll() {
    if (size == 0) {
      return -1;
    }
    int first = heap[0];
    int last = heap[--size];
    int at = 0;
    while (true) {
      int child = 2 * at + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size && heap[child + 1] < heap[child]) {
        child++;
      }
      if (last <= heap[child]) {
        break;
      }
      heap[at] = heap[child];
      at = child;
    }
    heap[at] = last;
    int i = order[first];
    queued[i] = false;
    return i;
  }
}
