package dev.alignkit.rules;

import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.policy.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code org.reporting.cycle}: following manager links from a person never comes back to that
 * person. Every person on a cycle gets a finding, with the chain from them back to them.
 */
final class ReportingCycleRule implements PersonRule {
  private static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(RuleCodes.REPORTING_CYCLE, Severity.ERROR, "person", "chain");
  /** Names shown in a chain before it is cut short. */
  static final int CHAIN_NAMES = 10;

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void checkPerson(Person person, RuleContext context) {
    Cycles cycles = context.memo(Cycles.class, () -> new Cycles(context.snapshot()));
    List<String> cycle = cycles.cycleThrough(person.id());
    if (cycle == null) {
      return;
    }
    context.finding(Path.person(person.id()).field("managerId"), person.id())
        .about(person)
        .argument("person", person.name())
        .argument("chain", chain(cycle, cycles.positionOf(person.id())))
        .report();
  }

  /** The ids from the one at {@code start} around to it again, cut short after {@link #CHAIN_NAMES}. */
  private static String chain(List<String> cycle, int start) {
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

  /**
   * Which people lie on a manager cycle, found lazily: each walk stops at the first person
   * already resolved, so resolving everyone takes time linear in the number of people, and
   * resolving one person takes the length of their chain.
   */
  static final class Cycles {
    private static final List<String> NONE = List.of();

    private final OrganizationSnapshot snapshot;
    private final Map<String, List<String>> cycleOf = new HashMap<>();
    private final Map<String, Integer> positions = new HashMap<>();

    Cycles(OrganizationSnapshot snapshot) {
      this.snapshot = snapshot;
    }

    /** The cycle through this person, or null when there is none. */
    List<String> cycleThrough(String personId) {
      if (!cycleOf.containsKey(personId)) {
        resolveFrom(personId);
      }
      List<String> cycle = cycleOf.get(personId);
      return cycle == NONE ? null : cycle;
    }

    int positionOf(String personId) {
      return positions.get(personId);
    }

    private void resolveFrom(String personId) {
      List<String> path = new ArrayList<>();
      Map<String, Integer> onPath = new HashMap<>();
      String current = personId;
      while (current != null && !cycleOf.containsKey(current) && !onPath.containsKey(current)) {
        onPath.put(current, path.size());
        path.add(current);
        current = snapshot.person(current).flatMap(Person::managerId)
            .filter(id -> snapshot.person(id).isPresent())
            .orElse(null);
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
}
