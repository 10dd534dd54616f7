package dev.alignkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.Owner;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.testing.Gens;
import dev.alignkit.testing.Property;
import dev.alignkit.testing.Theory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.quicktheories.core.Gen;

/**
 * The link rules ({@code okr.alignment.cycle}, {@code okr.alignment.unaligned},
 * {@code org.reporting.cycle}) remember what earlier checks found; whatever the order of the
 * items, they report what a plain walk from each item finds.
 */
class LinkRulesProperties {
  private static final LocalDate AS_OF = LocalDate.of(2026, 8, 15);
  private static final Set<String> CODES =
      Set.of(RuleCodes.ALIGNMENT_CYCLE, RuleCodes.ALIGNMENT_UNALIGNED, RuleCodes.REPORTING_CYCLE);
  private static final int MAX_SIZE = 40;
  /** How many orders of the same items are validated. */
  private static final int ROUNDS = 3;

  /**
   * The draws of objective {@code o<i>} and person {@code p<i>}: the owner (0 the organization, 1
   * team {@code t}, else the person), the alignment (0 or 1 none, 2 a missing parent, else
   * {@code o<parent>}) and the manager (0 or 1 none, 2 a missing one, else {@code p<managerIndex>}).
   */
  private record Item(int owner, int link, int parent, int manager, int managerIndex) {}

  /** The positions, in build order, of the objectives and of the people in one round's snapshot. */
  private record Round(List<Integer> objectiveOrder, List<Integer> personOrder) {}

  private record Scenario(List<Item> items, List<Round> rounds) {}

  /**
   * 1 to 40 items whose links point into the items, at missing ones or nowhere, and three orders of
   * them; all drawn from the theory, so that its seed replays the scenario and a failure shrinks
   * towards fewer items, fewer links and the build order.
   */
  private static Gen<Scenario> scenarios() {
    return Gens.ints(1, MAX_SIZE).flatMap(size -> {
      Gen<Integer> index = Gens.ints(0, size - 1);
      Gen<Item> items = Gens.combine(Gens.ints(0, 4), Gens.ints(0, 9), index, Gens.ints(0, 9), index, Item::new);
      List<Integer> positions = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        positions.add(i);
      }
      Gen<Round> rounds = Gens.combine(Gens.shuffled(positions), Gens.shuffled(positions), Round::new);
      return Gens.combine(Gens.lists(items, size, size), Gens.lists(rounds, ROUNDS, ROUNDS), Scenario::new);
    });
  }

  @Property(examples = 400)
  void linkFindingsAreWhatAPlainWalkFindsInAnyOrder(Theory theory) {
    theory.forAll(scenarios()).check(scenario -> {
      int size = scenario.items().size();
      List<Objective> objectives = new ArrayList<>();
      List<Person> people = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        Item item = scenario.items().get(i);
        int owner = item.owner();
        Objective.Builder objective = Objective.builder().id("o" + i).title("Objective " + i).cycleId("c")
            .owner(owner == 0 ? Owner.organization() : owner == 1 ? Owner.team("t") : Owner.person("p" + i))
            .addKeyResult(KeyResult.achieve("kr" + i, "Done " + i));
        int link = item.link();
        if (link > 1) {
          String parent = link == 2 ? "missing" + i : "o" + item.parent();
          objective.addAlignment(Alignment.contributes(parent, 1));
        }
        objectives.add(objective.build());
        int manager = item.manager();
        Person.Builder person = Person.builder().from(Person.of("p" + i, "Person " + i));
        if (manager > 1) {
          person.managerId(manager == 2 ? "gone" + i : "p" + item.managerIndex());
        }
        people.add(person.build());
      }
      Set<String> expected = expected(objectives, people);
      for (Round round : scenario.rounds()) {
        OrganizationSnapshot snapshot = OrganizationSnapshot.builder()
            .addAllObjectives(inOrder(objectives, round.objectiveOrder()))
            .addAllPeople(inOrder(people, round.personOrder())).build();
        Set<String> found = new TreeSet<>();
        for (Finding finding : Validator.defaults().validate(snapshot, AS_OF).findings()) {
          if (CODES.contains(finding.code())) {
            found.add(finding.code() + " " + finding.subjectId() + " " + finding.arguments().getOrDefault("chain",
                finding.arguments().getOrDefault("root", "")));
          }
        }
        assertEquals(expected, found);
      }
    });
  }

  private static <T> List<T> inOrder(List<T> items, List<Integer> order) {
    List<T> ordered = new ArrayList<>(items.size());
    for (int position : order) {
      ordered.add(items.get(position));
    }
    return ordered;
  }

  private static Set<String> expected(List<Objective> objectives, List<Person> people) {
    Map<String, Objective> byId = new HashMap<>();
    objectives.forEach(o -> byId.put(o.id(), o));
    Map<String, String> parents = new HashMap<>();
    for (Objective objective : objectives) {
      objective.alignments().stream().findFirst().map(Alignment::parentId).filter(byId::containsKey)
          .ifPresent(parent -> parents.put(objective.id(), parent));
    }
    Map<String, String> managers = new HashMap<>();
    Set<String> personIds = new HashSet<>();
    people.forEach(p -> personIds.add(p.id()));
    for (Person person : people) {
      person.managerId().filter(personIds::contains).ifPresent(manager -> managers.put(person.id(), manager));
    }
    Set<String> expected = new TreeSet<>();
    for (Objective objective : objectives) {
      String chain = chain(objective.id(), parents);
      if (chain != null) {
        expected.add(RuleCodes.ALIGNMENT_CYCLE + " " + objective.id() + " " + chain);
      }
      String root = unalignedRoot(objective, byId);
      if (root != null) {
        expected.add(RuleCodes.ALIGNMENT_UNALIGNED + " " + objective.id() + " " + root);
      }
    }
    for (Person person : people) {
      String chain = chain(person.id(), managers);
      if (chain != null) {
        expected.add(RuleCodes.REPORTING_CYCLE + " " + person.id() + " " + chain);
      }
    }
    return expected;
  }

  /** The chain around the cycle through {@code id} as the rules word it, or null when it is on none. */
  private static String chain(String id, Map<String, String> links) {
    List<String> around = new ArrayList<>();
    String current = links.get(id);
    around.add(id);
    for (int steps = 0; current != null && !current.equals(id) && steps <= links.size(); steps++) {
      around.add(current);
      current = links.get(current);
    }
    if (current == null || !current.equals(id)) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    int shown = Math.min(around.size(), LinkCycles.CHAIN_NAMES);
    for (int i = 0; i < shown; i++) {
      out.append(around.get(i)).append(" -> ");
    }
    if (shown < around.size()) {
      out.append("... -> ");
    }
    return out.append(id).toString();
  }

  /** The top of a chain that never reaches an organization objective, walked from scratch. */
  private static String unalignedRoot(Objective objective, Map<String, Objective> byId) {
    if (objective.owner().kind() == dev.alignkit.okr.OwnerKind.ORGANIZATION) {
      return null;
    }
    Set<String> seen = new HashSet<>();
    Objective current = objective;
    while (true) {
      if (current.owner().kind() == dev.alignkit.okr.OwnerKind.ORGANIZATION || !seen.add(current.id())) {
        return null;
      }
      if (current.alignments().isEmpty()) {
        return current.id();
      }
      Objective parent = byId.get(current.alignments().get(0).parentId());
      if (parent == null) {
        return null;
      }
      current = parent;
    }
  }
}
