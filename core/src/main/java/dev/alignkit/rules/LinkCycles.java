package dev.alignkit.rules;

import com.google.common.collect.Maps;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Which ids lie on a cycle of single links (alignment links), found lazily: each
 * walk stops at the first id already resolved, so resolving every id takes time linear in their
 * number, and resolving one takes the length of its chain. No recursion.
 */
final class LinkCycles {
  /** Names shown in a chain before it is cut short. */
  static final int CHAIN_NAMES = 10;
  private static final List<String> NONE = List.of();

  private final UnaryOperator<String> next;
  private final Map<String, List<String>> cycleOf;
  private final Map<String, Integer> positions = new HashMap<>();

  /**
   * @param next the id an id links to, or null for no link; an id that names no item has no link,
   *     so a dangling link ends the chain one step later
   * @param ids how many ids there are, to size the table
   */
  LinkCycles(UnaryOperator<String> next, int ids) {
    this.next = next;
    this.cycleOf = Maps.newHashMapWithExpectedSize(ids);
  }

  /**
   * The cycle through this id, in link order, or null when there is none; {@code link} is the id
   * it links to as its item says (possibly dangling), which answers most ids
   * without a walk or a table entry: an id whose link is resolved and not on a cycle is not on
   * one either. Ids answered that way are not recorded, so the table holds only what walks
   * found; a later walk through such an id records it, and each walk stays short.
   */
  @Nullable List<String> cycleThrough(String id, String link) {
    if (!link.equals(id)) {
      List<String> linkCycle = cycleOf.get(link);
      if (linkCycle == NONE) {
        return null;
      }
      if (linkCycle != null) {
        // Both on one cycle, or id only leads into it; the members of a found cycle all have positions.
        return positions.containsKey(id) ? linkCycle : null;
      }
    }
    return cycleThrough(id);
  }

  /** The cycle through this id, in link order, or null when there is none. */
  @Nullable List<String> cycleThrough(String id) {
    if (!cycleOf.containsKey(id)) {
      resolveFrom(id);
    }
    List<String> cycle = cycleOf.get(id);
    return cycle == NONE ? null : cycle;
  }

  /** The chain from {@code id} around its cycle back to it, cut short after {@link #CHAIN_NAMES}. */
  String chainFrom(String id) {
    return chain(cycleThrough(id), positions.get(id));
  }

  /**
   * How a cycle finding words its chain: the cycle's ids in link order from the one at
   * {@code start} round to it again, cut short after {@link #CHAIN_NAMES}, such as
   * {@code a -> b -> c -> a}. Reporting cycles come from the snapshot's index
   * ({@link dev.alignkit.org.OrganizationSnapshot#reportingCycle}, which starts at the person);
   * alignment cycles from a {@code LinkCycles}.
   */
  static String chain(List<String> cycle, int start) {
    StringBuilder out = new StringBuilder();
    int shown = Math.min(cycle.size(), CHAIN_NAMES);
    for (int i = 0; i < shown; i++) {
      out.append(cycle.get((start + i) % cycle.size())).append(" -> ");
    }
    if (shown < cycle.size()) {
      out.append("... -> ");
    }
    return out.append(cycle.get(start)).toString();
  }

  private void resolveFrom(String id) {
    List<String> path = new ArrayList<>();
    Map<String, Integer> onPath = new HashMap<>();
    String current = id;
    while (current != null && !cycleOf.containsKey(current) && !onPath.containsKey(current)) {
      onPath.put(current, path.size());
      path.add(current);
      current = next.apply(current);
    }
    int cycleStart = current != null && onPath.containsKey(current) ? onPath.get(current) : path.size();
    for (int i = 0; i < cycleStart; i++) {
      cycleOf.put(path.get(i), NONE);
    }
    if (cycleStart < path.size()) {
      List<String> cycle = List.copyOf(path.subList(cycleStart, path.size()));
      for (int i = 0; i < cycle.size(); i++) {
        cycleOf.put(cycle.get(i), cycle);
        positions.put(cycle.get(i), i);
      }
    }
  }
}
