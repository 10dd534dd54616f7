package dev.alignkit.rules;

import dev.alignkit.okr.Objective;
import dev.alignkit.okr.Owner;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The objectives of one validation grouped by owner and cycle, for the owner-and-cycle rules:
 * owners in the order of their first objective, each owner's cycles in the order of their first
 * objective, each group's objectives in snapshot order. Kept in arrays of positions (a group is a
 * chain of objective positions) rather than a map of maps of lists: an organization of a million
 * people has about a million groups, which live until every objective has been checked.
 */
final class OwnerCycleGroups {
  private static final int NONE = -1;

  private final List<Objective> objectives;
  /** Each owner's first group. */
  private final Map<Owner, Integer> firstGroupOfOwner;
  /** For each objective position, the next objective of its group, or {@link #NONE}. */
  private final int[] nextObjective;
  /** For each group: its first and last objective, its size, and the owner's next group. */
  private int[] first = new int[16];
  private int[] last = new int[16];
  private int[] size = new int[16];
  private int[] nextOfOwner = new int[16];
  /** Each group's owner and cycle id, kept from its first objective while that was at hand. */
  private Owner[] ownerOf = new Owner[16];
  private String[] cycleOf = new String[16];
  private int groups;

  OwnerCycleGroups(List<Objective> objectives) {
    this.objectives = objectives;
    this.firstGroupOfOwner = new HashMap<>();
    this.nextObjective = new int[objectives.size()];
  }

  /** Adds the objective at {@code position}, owned by {@code owner}, to its cycle's group. */
  void add(int position, Owner owner, String cycleId) {
    nextObjective[position] = NONE;
    Integer head = firstGroupOfOwner.get(owner);
    if (head == null) {
      firstGroupOfOwner.put(owner, start(position, owner, cycleId));
      return;
    }
    int group = head;
    while (true) {
      if (cycleOf[group].equals(cycleId)) {
        nextObjective[last[group]] = position;
        last[group] = position;
        size[group]++;
        return;
      }
      if (nextOfOwner[group] == NONE) {
        nextOfOwner[group] = start(position, owner, cycleId);
        return;
      }
      group = nextOfOwner[group];
    }
  }

  private int start(int position, Owner owner, String cycleId) {
    if (groups == first.length) {
      int capacity = groups * 2;
      first = Arrays.copyOf(first, capacity);
      last = Arrays.copyOf(last, capacity);
      size = Arrays.copyOf(size, capacity);
      nextOfOwner = Arrays.copyOf(nextOfOwner, capacity);
      ownerOf = Arrays.copyOf(ownerOf, capacity);
      cycleOf = Arrays.copyOf(cycleOf, capacity);
    }
    ownerOf[groups] = owner;
    cycleOf[groups] = cycleId;
    first[groups] = position;
    last[groups] = position;
    size[groups] = 1;
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
        Objective[] members = new Objective[size[group]];
        int at = 0;
        for (int position = first[group]; position != NONE; position = nextObjective[position]) {
          members[at++] = objectives.get(position);
        }
        check.check(ownerOf[group], cycleOf[group], Collections.unmodifiableList(Arrays.asList(members)));
      }
    }
  }

  /** One owner's objectives of one cycle. */
  @FunctionalInterface
  interface GroupCheck {
    void check(Owner owner, String cycleId, List<Objective> objectives);
  }
}
