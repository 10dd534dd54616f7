package dev.alignkit.rules;

import dev.alignkit.okr.Objective;
import dev.alignkit.okr.OkrStatus;
import dev.alignkit.okr.Owner;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * The objectives of one validation grouped by owner and cycle, for the owner-and-cycle rules:
 * owners in the order of their first objective, each owner's cycles in the order of their first
 * objective, each group's objectives in snapshot order. Kept in arrays of positions (a group is a
 * chain of objective positions) rather than a map of maps of lists: an organization of a million
 * people has about a million groups, which live until every objective has been checked. What
 * the built-in {@code okr.objective.count} asks of a group (how many of its objectives are not
 * CLOSED, and where its first one stands) is gathered while each objective is at hand, so that
 * handing the groups out reads no objective again: each group is a {@link Group}, a list that
 * reads its members only when asked.
 */
final class OwnerCycleGroups {
  private static final int NONE = -1;

  private final List<Objective> objectives;
  /** Each owner's first group. */
  private final Map<Owner, Integer> firstGroupOfOwner;
  /** For each objective position, the next objective of its group, or {@link #NONE}. */
  private final int[] nextObjective;
  /**
   * For each group: its first and last objective, its size, how many of its objectives are not
   * CLOSED, and the owner's next group.
   */
  private int[] first = new int[16];
  private int[] last = new int[16];
  private int[] size = new int[16];
  private int[] notClosed = new int[16];
  private int[] nextOfOwner = new int[16];
  /** Each group's owner and cycle id, kept from its first objective while that was at hand. */
  private Owner[] ownerOf = new Owner[16];
  private String[] cycleOf = new String[16];
  private int groups;
  /**
   * The owner added last, and their first group: an owner's objectives tend to follow each other
   * in a snapshot, and looking the owner up in a map of every owner is a random access into a
   * large table.
   */
  private @Nullable Owner lastOwner;
  private int lastOwnersFirstGroup;

  OwnerCycleGroups(List<Objective> objectives) {
    this.objectives = objectives;
    // Sized for an owner per three objectives (people hold three to five each, teams two), so that
    // the map of a million owners is not rehashed on its way there; a map that grows past it still works.
    this.firstGroupOfOwner = new HashMap<>(objectives.size() / 3 + 16);
    this.nextObjective = new int[objectives.size()];
  }

  /** Adds the objective at {@code position}, owned by {@code owner}, to its cycle's group. */
  void add(int position, Owner owner, String cycleId) {
    add(position, owner, cycleId, objectives.get(position).status());
  }

  /**
   * Adds the objective at {@code position}, owned by {@code owner}, of status {@code status}, to
   * its cycle's group.
   */
  void add(int position, Owner owner, String cycleId, OkrStatus status) {
    int open = status != OkrStatus.CLOSED ? 1 : 0;
    nextObjective[position] = NONE;
    int group;
    if (lastOwner != null && (owner == lastOwner || owner.equals(lastOwner))) {
      group = lastOwnersFirstGroup;
    } else {
      Integer head = firstGroupOfOwner.get(owner);
      if (head == null) {
        group = start(position, owner, cycleId, open);
        firstGroupOfOwner.put(owner, group);
        lastOwner = owner;
        lastOwnersFirstGroup = group;
        return;
      }
      group = head;
      lastOwner = owner;
      lastOwnersFirstGroup = group;
    }
    while (true) {
      if (cycleOf[group].equals(cycleId)) {
        nextObjective[last[group]] = position;
        last[group] = position;
        size[group]++;
        notClosed[group] += open;
        return;
      }
      if (nextOfOwner[group] == NONE) {
        nextOfOwner[group] = start(position, owner, cycleId, open);
        return;
      }
      group = nextOfOwner[group];
    }
  }

  private int start(int position, Owner owner, String cycleId, int open) {
    if (groups == first.length) {
      int capacity = groups * 2;
      first = Arrays.copyOf(first, capacity);
      last = Arrays.copyOf(last, capacity);
      size = Arrays.copyOf(size, capacity);
      notClosed = Arrays.copyOf(notClosed, capacity);
      nextOfOwner = Arrays.copyOf(nextOfOwner, capacity);
      ownerOf = Arrays.copyOf(ownerOf, capacity);
      cycleOf = Arrays.copyOf(cycleOf, capacity);
    }
    ownerOf[groups] = owner;
    cycleOf[groups] = cycleId;
    first[groups] = position;
    last[groups] = position;
    size[groups] = 1;
    notClosed[groups] = open;
    nextOfOwner[groups] = NONE;
    return groups++;
  }

  /** Hands each group to {@code check}, in the order the class describes. */
  void forEach(GroupCheck check) {
    boolean[] visited = new boolean[groups];
    for (int head = 0; head < groups; head++) {
      if (visited[head]) {
        continue;
      }
      for (int group = head; group != NONE; group = nextOfOwner[group]) {
        visited[group] = true;
        check.check(ownerOf[group], cycleOf[group], new Group(group));
      }
    }
  }

  /**
   * One group's objectives, in snapshot order, read from the snapshot's list on first use: an
   * unmodifiable list that also tells what was gathered about them while they were added.
   */
  final class Group extends AbstractList<Objective> implements RandomAccess {
    private final int group;
    private Objective @Nullable [] members;

    private Group(int group) {
      this.group = group;
    }

    /** How many of the group's objectives are not CLOSED. */
    int notClosed() {
      return notClosed[group];
    }

    /** The position of the group's first objective in the list the groups were made from. */
    int firstPosition() {
      return first[group];
    }

    @Override
    public Objective get(int index) {
      Objective[] read = members;
      if (read == null) {
        read = new Objective[size[group]];
        int at = 0;
        for (int position = first[group]; position != NONE; position = nextObjective[position]) {
          read[at++] = objectives.get(position);
        }
        members = read;
      }
      return read[index];
    }

    @Override
    public int size() {
      return size[group];
    }
  }

  /** One owner's objectives of one cycle. */
  @FunctionalInterface
  interface GroupCheck {
    void check(Owner owner, String cycleId, List<Objective> objectives);
  }
}
