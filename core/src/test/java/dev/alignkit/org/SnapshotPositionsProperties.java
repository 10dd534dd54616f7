package dev.alignkit.org;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alignkit.career.SkillProfile;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.internal.SnapshotPositions;
import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.Objective;
import dev.alignkit.testing.CareerGenerators;
import dev.alignkit.testing.Coverage;
import dev.alignkit.testing.DevelopmentGenerators;
import dev.alignkit.testing.Gens;
import dev.alignkit.testing.OrgGenerators;
import dev.alignkit.testing.Property;
import dev.alignkit.testing.Theory;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;

/**
 * The positions a snapshot resolves when it is built ({@link SnapshotPositions}) say what its id
 * lookups say, over valid and adversarial snapshots: dangling cycle, parent, person and profile ids
 * among them. The roll-up and the rules read these positions instead of the lookups.
 */
class SnapshotPositionsProperties {
  private static final int TRIES = 400;

  private static Gen<OrganizationSnapshot> snapshots() {
    return Gens.oneOf(OrgGenerators.anySnapshot(), DevelopmentGenerators.anyDevelopmentSnapshot(),
        CareerGenerators.careerSnapshots(), CareerGenerators.adversarialCareerSnapshots());
  }

  @Property(examples = TRIES)
  void everyObjectivesCycleAndLinkTargetsArePositionsOfWhatItsIdsResolveTo(Theory theory) {
    Coverage dangling = new Coverage("a link whose parent does not resolve");
    theory.forAll(snapshots()).check(snapshot -> {
      SnapshotPositions positions = SnapshotPositions.of(snapshot);
      List<Objective> objectives = snapshot.objectives();
      assertEquals(objectives.size(), positions.objectiveCount());
      boolean anyDangling = false;
      for (int i = 0; i < objectives.size(); i++) {
        Objective objective = objectives.get(i);
        assertEquals(positionOf(snapshot.cycles(), snapshot.cycleOf(objective)), positions.cycleOf(i),
            () -> "cycle of " + objective.id());
        List<Alignment> links = objective.alignments();
        assertEquals(links.size(), positions.linkCount(i), () -> "links of " + objective.id());
        for (int j = 0; j < links.size(); j++) {
          Optional<Objective> parent = snapshot.parentOf(links.get(j));
          anyDangling |= parent.isEmpty();
          int link = j;
          assertEquals(positionOf(objectives, parent), positions.linkTarget(i, j),
              () -> "link " + link + " of " + objective.id());
        }
      }
      dangling.count(anyDangling);
    });
    dangling.assertPercentAtLeast(true, 5);
  }

  @Property(examples = TRIES)
  void everyPersonsProfileAndEveryPlansPersonAndCycleArePositionsOfWhatTheirIdsResolveTo(Theory theory) {
    Coverage profiles = new Coverage("a person with a profile");
    Coverage unknownPlanPeople = new Coverage("a plan of a person id that does not resolve");
    theory.forAll(snapshots()).check(snapshot -> {
      SnapshotPositions positions = SnapshotPositions.of(snapshot);
      List<Person> people = snapshot.people();
      boolean anyProfile = false;
      for (int p = 0; p < people.size(); p++) {
        Optional<SkillProfile> profile = snapshot.profile(people.get(p).id());
        anyProfile |= profile.isPresent();
        assertEquals(positionOf(snapshot.profiles(), profile), positions.profileOf(p), people.get(p).id());
      }
      profiles.count(anyProfile);
      List<DevelopmentPlan> plans = snapshot.plans();
      boolean anyUnknown = false;
      for (int i = 0; i < plans.size(); i++) {
        DevelopmentPlan plan = plans.get(i);
        Optional<Person> person = snapshot.person(plan.personId());
        anyUnknown |= person.isEmpty();
        assertEquals(positionOf(people, person), positions.personOfPlan(i), () -> "person of " + plan.id());
        assertEquals(positionOf(snapshot.cycles(), snapshot.cycle(plan.cycleId())), positions.cycleOfPlan(i),
            () -> "cycle of " + plan.id());
      }
      unknownPlanPeople.count(anyUnknown);
    });
    profiles.assertPercentAtLeast(true, 5);
    unknownPlanPeople.assertPercentAtLeast(true, 2);
  }

  /** The position of {@code item} in {@code list}, by identity (an independent search), or -1 when empty. */
  private static <T> int positionOf(List<T> list, Optional<? extends T> item) {
    if (item.isEmpty()) {
      return -1;
    }
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == item.get()) {
        return i;
      }
    }
    throw new AssertionError(item.get() + " is not in the snapshot's list");
  }
}
