package dev.alignkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alignkit.okr.Objective;
import dev.alignkit.okr.Owner;
import dev.alignkit.policy.Policy;
import dev.alignkit.testing.Coverage;
import dev.alignkit.testing.Gens;
import dev.alignkit.testing.OkrGenerators;
import dev.alignkit.testing.OrgGenerators;
import dev.alignkit.testing.Property;
import dev.alignkit.testing.Theory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quicktheories.core.Gen;

/**
 * The owner-and-cycle groups the validator hands to its rules are what grouping the objectives
 * into a map of maps of lists, in order of first appearance, gives; and the count rule reports the
 * same from a group as from a plain list of its objectives.
 */
class OwnerCycleGroupsProperties {
  /** A few owners of every kind, so that owners and cycles repeat and interleave. */
  private static final List<Owner> OWNERS = List.of(Owner.person("p-1"), Owner.person("p-2"), Owner.team("t-1"),
      Owner.team("p-1"), Owner.organization());

  private static Gen<List<Objective>> objectives() {
    return Gens.lists(Gens.combine(Gens.of(OWNERS), Gens.of("c-1", "c-2", "c-3"), (owner, cycle) -> cycle
        + "/" + OWNERS.indexOf(owner)), 0, 40).map(keys -> {
          List<Objective> out = new ArrayList<>();
          for (int i = 0; i < keys.size(); i++) {
            String[] parts = keys.get(i).split("/");
            out.add(Objective.builder().id("o-" + i).title("Objective " + i)
                .owner(OWNERS.get(Integer.parseInt(parts[1]))).cycleId(parts[0]).build());
          }
          return out;
        });
  }

  @Property(examples = 500)
  void groupsAreTheMapOfMapsInOrderOfFirstAppearance(Theory theory) {
    theory.forAll(objectives()).check(objectives -> {
      Map<Owner, Map<String, List<Objective>>> expected = new LinkedHashMap<>();
      OwnerCycleGroups groups = new OwnerCycleGroups(objectives);
      for (int i = 0; i < objectives.size(); i++) {
        Objective objective = objectives.get(i);
        String cycleId = objective.cycleId().orElseThrow();
        expected.computeIfAbsent(objective.owner(), o -> new LinkedHashMap<>())
            .computeIfAbsent(cycleId, c -> new ArrayList<>()).add(objective);
        groups.add(i, objective.owner(), cycleId);
      }
      List<String> want = new ArrayList<>();
      expected.forEach((owner, cycles) -> cycles.forEach((cycle, members) -> want.add(owner + " " + cycle + " "
          + members.stream().map(Objective::id).toList())));
      List<String> got = new ArrayList<>();
      groups.forEach((owner, cycle, members) -> got.add(owner + " " + cycle + " "
          + members.stream().map(Objective::id).toList()));

      assertEquals(want, got);
    });
  }

  /**
   * {@code okr.objective.count} reads what a group gathered while its objectives were added (how
   * many are not CLOSED, and the cycle of its first one); it reports exactly what it reports from a
   * plain list of the same objectives, which it reads one by one. A limit of one makes findings
   * common.
   */
  @Property(examples = 300)
  void theCountRuleReportsTheSameFromAGroupAsFromAPlainListOfItsObjectives(Theory theory) {
    Coverage overTheLimit = new Coverage("some owner and cycle over the limit");
    Policy policy = Policy.builder().maxObjectivesPerOwner(1).build();
    ObjectiveCountRule rule = new ObjectiveCountRule();
    theory.forAll(OrgGenerators.anySnapshot(), OkrGenerators.dates()).check((snapshot, asOf) -> {
      List<Objective> objectives = snapshot.objectives();
      OwnerCycleGroups groups = new OwnerCycleGroups(objectives);
      Map<Owner, Map<String, List<Objective>>> plain = new LinkedHashMap<>();
      for (int i = 0; i < objectives.size(); i++) {
        Objective objective = objectives.get(i);
        if (policy.skips(objective.status()) || objective.cycleId().isEmpty()) {
          continue;
        }
        String cycleId = objective.cycleId().get();
        groups.add(i, objective.owner(), cycleId, objective.status());
        plain.computeIfAbsent(objective.owner(), o -> new LinkedHashMap<>())
            .computeIfAbsent(cycleId, c -> new ArrayList<>()).add(objective);
      }
      RuleContext context = new RuleContext(snapshot, policy, asOf);
      List<Finding> fromGroups = new ArrayList<>();
      Findings intoGroups = new Findings(rule.descriptor(), policy, fromGroups::add);
      groups.forEach((owner, cycleId, members) -> rule.checkOwnerCycle(owner, cycleId, members, context, intoGroups));
      List<Finding> fromLists = new ArrayList<>();
      Findings intoLists = new Findings(rule.descriptor(), policy, fromLists::add);
      plain.forEach((owner, cycles) -> cycles.forEach((cycleId, members) ->
          rule.checkOwnerCycle(owner, cycleId, List.copyOf(members), context, intoLists)));

      assertEquals(fromLists, fromGroups);
      overTheLimit.count(!fromLists.isEmpty());
    });
    overTheLimit.assertCountAtLeast(true, 10);
  }
}
