package dev.alignkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.OkrStatus;
import dev.alignkit.okr.Owner;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.progress.ObjectiveRollup;
import dev.alignkit.progress.Rollup;
import dev.alignkit.testing.Gens;
import dev.alignkit.testing.OkrGenerators;
import dev.alignkit.testing.OrgGenerators;
import dev.alignkit.testing.Property;
import dev.alignkit.testing.Theory;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.quicktheories.core.Gen;

/**
 * A backlog objective (DRAFT, no cycle) added to any generated snapshot, adversarial ones
 * included, as a leaf under any objective or none: validation and roll-up do not throw, and no
 * finding and no result of the other objectives changes.
 */
class BacklogProperties {
  private static final int TRIES = 200;
  private static final Validator DEFAULTS = Validator.defaults();

  /** Where the backlog objective goes: an owner and a parent picked modulo their numbers, and its key result. */
  private record Placement(int owner, int parent, boolean aligned, KeyResult keyResult) {
    Objective in(OrganizationSnapshot snapshot) {
      List<Person> people = snapshot.people();
      Objective.Builder backlog = Objective.builder().id("backlog-o").title("An idea for later")
          .status(OkrStatus.DRAFT)
          .owner(people.isEmpty() || owner % 3 == 0 ? Owner.organization()
              : Owner.person(people.get(owner % people.size()).id()))
          .addKeyResult(KeyResult.builder().from(keyResult).id("backlog-kr").build());
      List<Objective> objectives = snapshot.objectives();
      if (aligned && !objectives.isEmpty()) {
        backlog.addAlignment(Alignment.contributes(objectives.get(parent % objectives.size()).id(), 1));
      }
      return backlog.build();
    }
  }

  private static Gen<Placement> placements() {
    return Gens.combine(Gens.ints(0, 999), Gens.ints(0, 999), Gens.booleans(), OkrGenerators.keyResults(),
        Placement::new);
  }

  @Property(examples = TRIES)
  void backlogObjectiveChangesNoFindingAndNoRollupOfTheOthers(Theory theory) {
    theory.forAll(OrgGenerators.anySnapshot(), OkrGenerators.dates(), placements()).check((snapshot, asOf, placement) -> {
      Objective backlog = placement.in(snapshot);
      OrganizationSnapshot with = OrganizationSnapshot.builder().from(snapshot).addObjective(backlog).build();

      assertEquals(DEFAULTS.validate(snapshot, asOf), DEFAULTS.validate(with, asOf));
      for (Person person : snapshot.people()) {
        assertEquals(DEFAULTS.validatePerson(snapshot, person.id(), asOf),
            DEFAULTS.validatePerson(with, person.id(), asOf), person.id());
      }
      assertSameResultsForTheOthers(snapshot, with, asOf);
    });
  }

  private static void assertSameResultsForTheOthers(OrganizationSnapshot snapshot, OrganizationSnapshot with,
      LocalDate asOf) {
    Rollup before = Rollup.of(snapshot, asOf);
    Rollup after = Rollup.of(with, asOf);
    for (Objective objective : snapshot.objectives()) {
      assertEquals(before.objective(objective.id()), after.objective(objective.id()), objective.id());
      for (KeyResult keyResult : objective.keyResults()) {
        assertEquals(before.keyResult(keyResult.id()), after.keyResult(keyResult.id()), keyResult.id());
      }
    }
    assertEquals(before.summaryOfOrganization(), after.summaryOfOrganization());
    ObjectiveRollup backlog = after.objective("backlog-o").orElseThrow();
    assertEquals(OptionalDouble.empty(), backlog.expected(), "no cycle, no expected progress");
    assertEquals(Optional.empty(), backlog.grade(), "no cycle, no grade");
  }
}
