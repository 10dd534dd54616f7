package dev.alignkit.org;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * The reporting lines of one snapshot, computed once, so that "is A in B's manager chain" takes
 * constant time: the one place that decides what a manager chain is and that a reporting cycle
 * grants nothing.
 *
 * <p>Following manager links from a person ends in one of two ways. It reaches someone without a
 * manager id, or with one that names no person: those people form a forest, numbered in pre-order,
 * so that a person's subtree (everyone whose chain passes through them) is one range of numbers.
 * Or it runs into a cycle: those people, on the cycle or below it, have no chain at all, and the
 * people on the cycle are recorded with the cycle in link order.
 *
 * <p>Built in time linear in the people, with loops and arrays only (a chain can be as deep as the
 * organization is large); immutable afterwards, so safe to share.
 */
final class ReportingTree {
  private static final int UNSEEN = 0;
  private static final int WALKING = 1;
  private static final int ROOTED = 2;
  private static final int CYCLIC = 3;
  private static final int NONE = -1;

  /** Per person (by position in the snapshot): the pre-order number, or {@link #NONE} when the chain runs into a cycle. */
  private final int[] pre;
  /** Per person: the largest pre-order number in their subtree. */
  private final int[] last;
  /** Per person: the slot in {@link #cycleMembers}, or {@link #NONE} when not on a cycle. */
  private final int[] cycleSlot;
  /** The ids of the people on cycles, each cycle's members together in link order. */
  private final String[] cycleMembers;
  /** Per slot: the first slot of its cycle. */
  private final int[] cycleStart;
  /** Per slot: the slot after its cycle's last. */
  private final int[] cycleEnd;

  private ReportingTree(List<Person> people, Map<String, Integer> positions) {
    int size = people.size();
    int[] manager = new int[size];
    for (int i = 0; i < size; i++) {
      String managerId = people.get(i).managerId().orElse(null);
      Integer position = managerId == null ? null : positions.get(managerId);
      manager[i] = position == null ? NONE : position;
    }
    pre = new int[size];
    last = new int[size];
    cycleSlot = new int[size];
    Arrays.fill(cycleSlot, NONE);
    int[] status = new int[size];
    int cycleCount = classify(manager, status);
    cycleMembers = new String[cycleCount];
    cycleStart = new int[cycleCount];
    cycleEnd = new int[cycleCount];
    recordCycles(people, manager);
    number(manager, status);
  }

  /** The reporting lines of {@code people}, whose positions by id are {@code positions}. */
  static ReportingTree of(List<Person> people, Map<String, Integer> positions) {
    return new ReportingTree(people, positions);
  }

  /**
   * Marks every person ROOTED or CYCLIC by walking up from each person not yet marked until the
   * walk meets a marked person, the top, or itself; each person is walked once. The people found
   * on a new cycle get a provisional slot in {@link #cycleSlot}: their position on their walk.
   *
   * @return how many people are on cycles
   */
  private int classify(int[] manager, int[] status) {
    int[] walk = new int[manager.length];
    int[] onWalk = new int[manager.length];
    int onCycles = 0;
    for (int start = 0; start < manager.length; start++) {
      int length = 0;
      int current = start;
      while (current != NONE && status[current] == UNSEEN) {
        status[current] = WALKING;
        onWalk[current] = length;
        walk[length++] = current;
        current = manager[current];
      }
      int outcome = current == NONE || status[current] == ROOTED ? ROOTED : CYCLIC;
      if (current != NONE && status[current] == WALKING) {
        for (int k = onWalk[current]; k < length; k++) {
          cycleSlot[walk[k]] = onCycles++;
        }
      }
      for (int k = 0; k < length; k++) {
        status[walk[k]] = outcome;
      }
    }
    return onCycles;
  }

  /**
   * Fills {@link #cycleMembers} and the bounds of each cycle: following manager links from any
   * member goes round the cycle in the order the walk that found it gave the slots.
   */
  private void recordCycles(List<Person> people, int[] manager) {
    for (int i = 0; i < cycleSlot.length; i++) {
      int slot = cycleSlot[i];
      if (slot == NONE || cycleMembers[slot] != null) {
        continue;
      }
      // i is the first member of its cycle met in snapshot order, not necessarily the first slot.
      int first = slot;
      int end = slot;
      int member = i;
      do {
        first = Math.min(first, cycleSlot[member]);
        end = Math.max(end, cycleSlot[member] + 1);
        cycleMembers[cycleSlot[member]] = people.get(member).id();
        member = manager[member];
      } while (member != i);
      for (int s = first; s < end; s++) {
        cycleStart[s] = first;
        cycleEnd[s] = end;
      }
    }
  }

  /**
   * Numbers the ROOTED people in pre-order, depth first from each top in snapshot order, and then
   * gives each the largest number below them; the others get {@link #NONE}.
   */
  private void number(int[] manager, int[] status) {
    int size = manager.length;
    // The reports of each person, as ranges of one array (children of p: reports[from[p]..from[p + 1])).
    int[] from = new int[size + 1];
    for (int i = 0; i < size; i++) {
      if (status[i] == ROOTED && manager[i] != NONE) {
        from[manager[i] + 1]++;
      }
    }
    for (int p = 0; p < size; p++) {
      from[p + 1] += from[p];
    }
    int[] reports = new int[from[size]];
    int[] filled = Arrays.copyOf(from, size);
    for (int i = 0; i < size; i++) {
      if (status[i] == ROOTED && manager[i] != NONE) {
        reports[filled[manager[i]]++] = i;
      }
    }
    Arrays.fill(pre, NONE);
    int[] order = new int[size];
    int[] stack = new int[size];
    int depth = 0;
    for (int i = size - 1; i >= 0; i--) {
      if (status[i] == ROOTED && manager[i] == NONE) {
        stack[depth++] = i;
      }
    }
    int numbered = 0;
    while (depth > 0) {
      int person = stack[--depth];
      pre[person] = numbered;
      last[person] = numbered;
      order[numbered++] = person;
      for (int k = from[person + 1] - 1; k >= from[person]; k--) {
        stack[depth++] = reports[k];
      }
    }
    // Reports come after their manager in pre-order: going backwards, each subtree is complete
    // before it is added to its manager's.
    for (int k = numbered - 1; k >= 0; k--) {
      int person = order[k];
      if (manager[person] != NONE) {
        last[manager[person]] = Math.max(last[manager[person]], last[person]);
      }
    }
  }

  /**
   * Whether the person at {@code managerPosition} is in the manager chain of the person at
   * {@code personPosition}: above them, on a chain that does not run into a cycle. Nobody is in
   * their own chain.
   */
  boolean isAbove(int managerPosition, int personPosition) {
    int manager = pre[managerPosition];
    int person = pre[personPosition];
    return manager != NONE && person != NONE && manager < person && person <= last[managerPosition];
  }

  /** Whether the manager chain of the person at {@code position} runs into a reporting cycle. */
  boolean runsIntoCycle(int position) {
    return pre[position] == NONE;
  }

  /**
   * The reporting cycle through the person at {@code position}, starting with them, in link
   * order; empty when they are on none. A view over the tree's table: constant time.
   */
  List<String> cycleThrough(int position) {
    int slot = cycleSlot[position];
    if (slot == NONE) {
      return List.of();
    }
    return new Rotation(cycleMembers, cycleStart[slot], cycleEnd[slot], slot);
  }

  /** The members {@code [start, end)} of an array that is never written again, read from {@code first} round. */
  private static final class Rotation extends AbstractList<String> implements RandomAccess {
    private final String[] members;
    private final int start;
    private final int size;
    private final int offset;

    Rotation(String[] members, int start, int end, int first) {
      this.members = members;
      this.start = start;
      this.size = end - start;
      this.offset = first - start;
    }

    @Override
    public String get(int index) {
      if (index < 0 || index >= size) {
        throw new IndexOutOfBoundsException("index " + index + " of a cycle of " + size);
      }
      return members[start + (offset + index) % size];
    }

    @Override
    public int size() {
      return size;
    }
  }
}
