package dev.alignkit.rules;

import java.util.List;

/**
 * How a cycle finding words its chain, for reporting cycles ({@code org.reporting.cycle}) and
 * alignment cycles ({@code okr.alignment.cycle}) alike: the ids around the cycle in link order,
 * back to the first, cut short after {@link #CHAIN_NAMES}.
 */
final class LinkCycles {
  /** Names shown in a chain before it is cut short. */
  static final int CHAIN_NAMES = 10;

  private LinkCycles() {}

  /**
   * The chain of a cycle: its ids in link order from the one at {@code start} round to it again,
   * cut short after {@link #CHAIN_NAMES}, such as {@code a -> b -> c -> a}, or
   * {@code a -> b -> ... -> a} with the ids left out replaced by {@code ...}. Reporting cycles
   * come from the snapshot's index ({@link dev.alignkit.org.OrganizationSnapshot#reportingCycle},
   * which starts at the person); alignment cycles from {@link AlignmentGraph}, which passes only
   * the first {@code CHAIN_NAMES + 1} ids of a longer cycle, enough to show that it is cut.
   *
   * @param cycle the ids around the cycle, each once; not empty
   * @param start the position of the id the chain starts and ends at
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
}
