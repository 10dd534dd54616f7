package dev.alignkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.AlignmentKind;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.Owner;
import dev.alignkit.okr.OwnerKind;
import dev.alignkit.okr.ParentKind;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.testing.Coverage;
import dev.alignkit.testing.Gens;
import dev.alignkit.testing.Property;
import dev.alignkit.testing.Theory;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.quicktheories.core.Gen;

/**
 * The link rules ({@code okr.alignment.cycle}, {@code okr.alignment.unaligned},
 * {@code okr.alignment.missing-parent}, {@code okr.alignment.duplicate},
 * {@code org.reporting.cycle}) on objectives with 0 to 3 links each, to objectives, to key results
 * and to parents that do not exist, against a plain walk from each item: whatever the order of the
 * items, they report what the walk finds, and each cycle finding's chain is a cycle of links that
 * starts with the objective's first link on a cycle.
 */
class LinkRulesProperties {
  private static final LocalDate AS_OF = LocalDate.of(2026, 8, 15);
  private static final Set<String> CODES = Set.of(RuleCodes.ALIGNMENT_CYCLE, RuleCodes.ALIGNMENT_UNALIGNED,
      RuleCodes.ALIGNMENT_MISSING_PARENT, RuleCodes.ALIGNMENT_DUPLICATE, RuleCodes.REPORTING_CYCLE);
  private static final int MAX_SIZE = 40;
  /** How many orders of the same items are validated. */
  private static final int ROUNDS = 3;
  private static final String ELLIPSIS = "...";

  /**
   * One link of objective {@code o<i>}: to a missing objective (what 0), a missing key result (1),
   * objective {@code o<index>} (2 to 10) or its key result {@code kr<index>} (11 to 19). Missing
   * parents are rare: each settles every chain through it.
   */
  private record Link(int what, int index, boolean contributes) {
    Alignment of(int owner) {
      AlignmentKind kind = contributes ? AlignmentKind.CONTRIBUTES : AlignmentKind.SUPPORTS;
      if (what == 0) {
        return Alignment.of("missing" + owner, kind, 1);
      }
      if (what == 1) {
        return Alignment.of("kr-missing" + owner, ParentKind.KEY_RESULT, kind, 1);
      }
      return what <= 10 ? Alignment.of("o" + index, kind, 1)
          : Alignment.of("kr" + index, ParentKind.KEY_RESULT, kind, 1);
    }
  }

  /**
   * The draws of objective {@code o<i>} and person {@code p<i>}: the owner (0 the organization, 1
   * team {@code t}, else the person), the links, and the manager (0 or 1 none, 2 a missing one,
   * else {@code p<managerIndex>}).
   */
  private record Item(int owner, List<Link> links, int manager, int managerIndex) {}

  /** The positions, in build order, of the objectives and of the people in one round's snapshot. */
  private record Round(List<Integer> objectiveOrder, List<Integer> personOrder) {}

  private record Scenario(List<Item> items, List<Round> rounds) {}

  /** How many items a scenario has, and whether each has at most one link. */
  private record Shape(int size, boolean singleLinks) {}

  /**
   * 1 to 40 items whose links point into the items (often at one parent, sometimes at several; in
   * one scenario in four at most one each), at missing ones or nowhere, and three orders of them;
   * all drawn from the theory, so that its seed replays the scenario and a failure shrinks towards
   * fewer items, fewer links and the build order.
   */
  private static Gen<Scenario> scenarios() {
    return Gens.combine(Gens.ints(1, MAX_SIZE), Gens.oneIn(4), Shape::new).flatMap(shape -> {
      int size = shape.size();
      Gen<Integer> index = Gens.ints(0, size - 1);
      Gen<Link> link = Gens.combine(Gens.ints(0, 19), index, Gens.booleans(), Link::new);
      Gen<List<Link>> links = shape.singleLinks()
          ? Gens.frequency(Gens.weighted(2, Gens.constant(List.of())), Gens.weighted(5, Gens.lists(link, 1, 1)))
          : Gens.frequency(Gens.weighted(2, Gens.constant(List.of())), Gens.weighted(5, Gens.lists(link, 1, 1)),
              Gens.weighted(3, Gens.lists(link, 2, 3)));
      Gen<Item> items = Gens.combine(Gens.ints(0, 4), links, Gens.ints(0, 9), index, Item::new);
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
    Coverage cyclesOfSeveralLinks = new Coverage("scenarios with a cycle finding on an objective of several links");
    Coverage singleLinkCycles =
        new Coverage("scenarios of single links with a cycle, whose chains are compared exactly");
    Coverage unalignedBesideOtherLinks = new Coverage("scenarios with an unaligned objective of several links");
    theory.forAll(scenarios()).check(scenario -> {
      List<Objective> objectives = new ArrayList<>();
      List<Person> people = new ArrayList<>();
      build(scenario.items(), objectives, people);
      Oracle oracle = new Oracle(objectives);
      Map<String, String> expected = expected(oracle, people);
      Map<String, String> first = null;
      for (Round round : scenario.rounds()) {
        OrganizationSnapshot snapshot = OrganizationSnapshot.builder()
            .addAllObjectives(inOrder(objectives, round.objectiveOrder()))
            .addAllPeople(inOrder(people, round.personOrder())).build();
        Map<String, String> found = new TreeMap<>();
        Map<String, String> chains = new TreeMap<>();
        for (Finding finding : Validator.defaults().validate(snapshot, AS_OF).findings()) {
          if (!CODES.contains(finding.code())) {
            continue;
          }
          String key = finding.code() + " " + finding.subjectId() + " at " + finding.path();
          String detail = finding.arguments().getOrDefault("root", "");
          if (finding.code().equals(RuleCodes.ALIGNMENT_CYCLE)) {
            chains.put(finding.subjectId(), finding.arguments().get("chain"));
            detail = oracle.functional ? finding.arguments().get("chain") : "";
          } else if (finding.code().equals(RuleCodes.REPORTING_CYCLE)) {
            detail = finding.arguments().get("chain");
          }
          assertTrue(found.put(key, detail) == null, () -> "two findings " + key);
        }
        assertEquals(expected, found);
        for (Map.Entry<String, String> chain : chains.entrySet()) {
          oracle.assertIsCycleFromFirstLinkOnIt(chain.getKey(), chain.getValue());
        }
        Map<String, String> withChains = new TreeMap<>(found);
        chains.forEach((id, chain) -> withChains.put("chain of " + id, chain));
        if (first == null) {
          first = withChains;
          cyclesOfSeveralLinks.count(chains.keySet().stream()
              .anyMatch(id -> oracle.byId.get(id).alignments().size() > 1));
          singleLinkCycles.count(oracle.functional && !chains.isEmpty());
          unalignedBesideOtherLinks.count(found.keySet().stream()
              .filter(key -> key.startsWith(RuleCodes.ALIGNMENT_UNALIGNED + " "))
              .anyMatch(key -> oracle.byId.get(key.split(" ")[1]).alignments().size() > 1));
        } else {
          assertEquals(first, withChains, "the same findings and chains in another order of the items");
        }
      }
    });
    // Floors at about half the shares seen over 400 examples (71 %, 19 %, 9 %), so that they fail on drift.
    cyclesOfSeveralLinks.assertPercentAtLeast(true, 30);
    singleLinkCycles.assertPercentAtLeast(true, 8);
    unalignedBesideOtherLinks.assertPercentAtLeast(true, 4);
  }

  private static void build(List<Item> items, List<Objective> objectives, List<Person> people) {
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      int owner = item.owner();
      Objective.Builder objective = Objective.builder().id("o" + i).title("Objective " + i).cycleId("c")
          .owner(owner == 0 ? Owner.organization() : owner == 1 ? Owner.team("t") : Owner.person("p" + i))
          .addKeyResult(KeyResult.achieve("kr" + i, "Done " + i));
      for (Link link : item.links()) {
        objective.addAlignment(link.of(i));
      }
      objectives.add(objective.build());
      int manager = item.manager();
      Person.Builder person = Person.builder().from(Person.of("p" + i, "Person " + i));
      if (manager > 1) {
        person.managerId(manager == 2 ? "gone" + i : "p" + item.managerIndex());
      }
      people.add(person.build());
    }
  }

  private static <T> List<T> inOrder(List<T> items, List<Integer> order) {
    List<T> ordered = new ArrayList<>(items.size());
    for (int position : order) {
      ordered.add(items.get(position));
    }
    return ordered;
  }

  /**
   * The findings, as "code subject at path" to the detail compared: the root of an unaligned
   * objective, the chain of a reporting cycle, and the chain of an alignment cycle when every
   * objective has at most one link (so that the cycle through it is the only one).
   */
  private static Map<String, String> expected(Oracle oracle, List<Person> people) {
    Map<String, String> expected = new TreeMap<>();
    for (Objective objective : oracle.objectives) {
      String id = objective.id();
      List<Alignment> links = objective.alignments();
      for (int i = 0; i < links.size(); i++) {
        if (oracle.repeatsEarlier(objective, i)) {
          expected.put(RuleCodes.ALIGNMENT_DUPLICATE + " " + id + " at objectives[" + id + "].alignments[" + i + "]",
              "");
        } else if (oracle.target(links.get(i)) == null) {
          expected.put(RuleCodes.ALIGNMENT_MISSING_PARENT + " " + id + " at objectives[" + id + "].alignments[" + i
              + "].parentId", "");
        }
      }
      int onCycle = oracle.firstLinkOnCycle(objective);
      if (onCycle >= 0) {
        expected.put(RuleCodes.ALIGNMENT_CYCLE + " " + id + " at objectives[" + id + "].alignments[" + onCycle
            + "].parentId", oracle.functional ? oracle.singleLinkChain(objective) : "");
      }
      String root = oracle.unalignedRoot(objective);
      if (root != null) {
        expected.put(RuleCodes.ALIGNMENT_UNALIGNED + " " + id + " at objectives[" + id + "].alignments", root);
      }
    }
    Map<String, String> managers = new HashMap<>();
    Set<String> personIds = new HashSet<>();
    people.forEach(p -> personIds.add(p.id()));
    for (Person person : people) {
      person.managerId().filter(personIds::contains).ifPresent(manager -> managers.put(person.id(), manager));
    }
    for (Person person : people) {
      String chain = singleLinkChain(person.id(), managers);
      if (chain != null) {
        expected.put(RuleCodes.REPORTING_CYCLE + " " + person.id() + " at people[" + person.id() + "].managerId",
            chain);
      }
    }
    return expected;
  }

  /** The chain around the one cycle through {@code id} of single links, as the rules word it; null when none. */
  private static String singleLinkChain(String id, Map<String, String> links) {
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
      out.append(ELLIPSIS + " -> ");
    }
    return out.append(id).toString();
  }

  /** Plain walks over the objectives' links, each from scratch. */
  private static final class Oracle {
    final List<Objective> objectives;
    final Map<String, Objective> byId = new HashMap<>();
    private final Map<String, Objective> byKeyResult = new HashMap<>();
    /** Whether every objective has at most one link. */
    final boolean functional;

    Oracle(List<Objective> objectives) {
      this.objectives = objectives;
      boolean single = true;
      for (Objective objective : objectives) {
        byId.put(objective.id(), objective);
        objective.keyResults().forEach(kr -> byKeyResult.put(kr.id(), objective));
        single &= objective.alignments().size() <= 1;
      }
      this.functional = single;
    }

    /** The objective a link reaches, or null. */
    Objective target(Alignment link) {
      return link.parentKind() == ParentKind.KEY_RESULT ? byKeyResult.get(link.parentId()) : byId.get(link.parentId());
    }

    boolean repeatsEarlier(Objective objective, int index) {
      Alignment link = objective.alignments().get(index);
      for (int j = 0; j < index; j++) {
        Alignment earlier = objective.alignments().get(j);
        if (earlier.parentId().equals(link.parentId()) && earlier.parentKind() == link.parentKind()) {
          return true;
        }
      }
      return false;
    }

    boolean links(Objective from, Objective to) {
      for (Alignment link : from.alignments()) {
        if (target(link) == to) {
          return true;
        }
      }
      return false;
    }

    /** Whether some chain of links from {@code from} (itself included) reaches {@code to}. */
    boolean reaches(Objective from, Objective to) {
      Set<Objective> seen = new HashSet<>();
      ArrayDeque<Objective> queue = new ArrayDeque<>(List.of(from));
      while (!queue.isEmpty()) {
        Objective current = queue.poll();
        if (current == to) {
          return true;
        }
        if (seen.add(current)) {
          for (Alignment link : current.alignments()) {
            Objective next = target(link);
            if (next != null) {
              queue.add(next);
            }
          }
        }
      }
      return false;
    }

    /** The index of the first link of {@code objective} from which a chain comes back to it, or -1. */
    int firstLinkOnCycle(Objective objective) {
      List<Alignment> links = objective.alignments();
      for (int i = 0; i < links.size(); i++) {
        Objective next = target(links.get(i));
        if (next != null && reaches(next, objective)) {
          return i;
        }
      }
      return -1;
    }

    /**
     * The top that the first links from a team or personal objective end at, when no chain from it
     * reaches an organization objective, a link that does not resolve or a cycle; else null.
     */
    String unalignedRoot(Objective objective) {
      if (objective.owner().kind() == OwnerKind.ORGANIZATION) {
        return null;
      }
      Set<Objective> seen = new HashSet<>();
      ArrayDeque<Objective> queue = new ArrayDeque<>(List.of(objective));
      while (!queue.isEmpty()) {
        Objective current = queue.poll();
        if (!seen.add(current)) {
          continue;
        }
        if (current.owner().kind() == OwnerKind.ORGANIZATION || firstLinkOnCycle(current) >= 0) {
          return null;
        }
        for (Alignment link : current.alignments()) {
          Objective next = target(link);
          if (next == null) {
            return null;
          }
          queue.add(next);
        }
      }
      Objective current = objective;
      while (!current.alignments().isEmpty()) {
        current = target(current.alignments().get(0));
      }
      return current.id();
    }

    /** The chain of the only cycle through an objective when every objective has at most one link. */
    String singleLinkChain(Objective objective) {
      Map<String, String> next = new HashMap<>();
      for (Objective each : objectives) {
        if (!each.alignments().isEmpty() && target(each.alignments().get(0)) != null) {
          next.put(each.id(), target(each.alignments().get(0)).id());
        }
      }
      return LinkRulesProperties.singleLinkChain(objective.id(), next);
    }

    /**
     * That {@code chain} is how the rule words a cycle through {@code id} that starts with its
     * first link on a cycle: its names are distinct, each links to the next and the last shown to
     * {@code id} again; a cut chain shows exactly {@link LinkCycles#CHAIN_NAMES} names.
     */
    void assertIsCycleFromFirstLinkOnIt(String id, String chain) {
      Objective objective = byId.get(id);
      List<String> names = new ArrayList<>(Arrays.asList(chain.split(" -> ")));
      assertEquals(id, names.remove(names.size() - 1), chain);
      boolean cut = names.get(names.size() - 1).equals(ELLIPSIS);
      if (cut) {
        names.remove(names.size() - 1);
        assertEquals(LinkCycles.CHAIN_NAMES, names.size(), chain);
      } else {
        assertTrue(names.size() <= LinkCycles.CHAIN_NAMES, chain);
      }
      assertEquals(id, names.get(0), chain);
      assertEquals(names.size(), new HashSet<>(names).size(), () -> "names repeat in " + chain);
      Objective firstStep = target(objective.alignments().get(firstLinkOnCycle(objective)));
      assertEquals(names.size() > 1 ? names.get(1) : id, firstStep.id(), () -> "the first link of " + chain);
      for (int i = 0; i + 1 < names.size(); i++) {
        String from = names.get(i);
        String to = names.get(i + 1);
        assertTrue(links(byId.get(from), byId.get(to)), () -> from + " does not link to " + to + " in " + chain);
      }
      if (!cut) {
        assertTrue(links(byId.get(names.get(names.size() - 1)), objective), () -> "the chain does not close: " + chain);
      }
    }
  }
}
