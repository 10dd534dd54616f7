package dev.alignkit.org;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alignkit.testing.OrgGenerators;
import dev.alignkit.testing.Property;
import dev.alignkit.testing.Theory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The snapshot's reporting lines ({@link OrganizationSnapshot#managerChain},
 * {@link OrganizationSnapshot#isInManagerChain}, {@link OrganizationSnapshot#reportingCycle} and
 * {@link OrganizationSnapshot#mayAgree}), answered from one index, are what a plain walk up the
 * manager links finds, for every pair of people of adversarial snapshots (dangling managers,
 * reporting cycles, people who report to themselves) and an id that names nobody.
 */
class ReportingTreeProperties {
  private static final int TRIES = 500;
  private static final String NOBODY = "p-999";

  @Property(examples = TRIES)
  void everyReportingAnswerIsWhatAPlainWalkFinds(Theory theory) {
    theory.forAll(OrgGenerators.adversarialSnapshots()).check(snapshot -> {
      Map<String, Person> byId = new HashMap<>();
      List<String> ids = new ArrayList<>();
      for (Person person : snapshot.people()) {
        byId.put(person.id(), person);
        ids.add(person.id());
      }
      ids.add(NOBODY);
      for (String personId : ids) {
        Walk walk = walk(personId, byId);
        List<String> chain = walk.cycle == null && !walk.visited.isEmpty()
            ? walk.visited.subList(1, walk.visited.size()) : List.of();
        boolean onCycle = walk.cycle != null && walk.cycle.equals(personId);

        assertEquals(chain, snapshot.managerChain(personId), "chain of " + personId);
        assertEquals(onCycle ? walk.visited : List.of(), snapshot.reportingCycle(personId), "cycle of " + personId);
        for (String otherId : ids) {
          boolean above = chain.contains(otherId);
          boolean hr = byId.containsKey(otherId) && byId.get(otherId).hrAdministrator();
          assertEquals(above, snapshot.isInManagerChain(otherId, personId), otherId + " above " + personId);
          assertEquals(above || hr, snapshot.mayAgree(otherId, personId), otherId + " agrees for " + personId);
        }
      }
    });
  }

  /**
   * The ids met walking up from {@code personId} (the person first, or nothing when the id names
   * nobody) until a manager id that names nobody, or until an id met before, which is then
   * {@code cycle}.
   */
  private record Walk(List<String> visited, @Nullable String cycle) {}

  private static Walk walk(String personId, Map<String, Person> byId) {
    List<String> visited = new ArrayList<>();
    Person current = byId.get(personId);
    while (current != null) {
      if (visited.contains(current.id())) {
        return new Walk(visited, current.id());
      }
      visited.add(current.id());
      current = current.managerId().map(byId::get).orElse(null);
    }
    return new Walk(visited, null);
  }
}
