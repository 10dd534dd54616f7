package dev.alignkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.OkrStatus;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.policy.Policy;
import dev.alignkit.testing.CareerGenerators;
import dev.alignkit.testing.Coverage;
import dev.alignkit.testing.DevelopmentGenerators;
import dev.alignkit.testing.Gens;
import dev.alignkit.testing.OkrGenerators;
import dev.alignkit.testing.OrgGenerators;
import dev.alignkit.testing.Property;
import dev.alignkit.testing.Theory;
import java.time.LocalDate;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * What a {@link RuleContext} answers about the item the validator is checking, from the positions
 * the snapshot resolved when it was built, equals what the snapshot's id lookups answer, for every
 * objective, link, person and plan of valid and adversarial snapshots; and so does what it answers
 * about any other item, by id.
 */
class RuleContextProperties {
  private static final int TRIES = 300;

  private static Gen<OrganizationSnapshot> snapshots() {
    return Gens.oneOf(OrgGenerators.anySnapshot(), DevelopmentGenerators.anyDevelopmentSnapshot(),
        CareerGenerators.careerSnapshots(), CareerGenerators.adversarialCareerSnapshots());
  }

  @Property(examples = TRIES)
  void answersAboutTheObjectiveBeingCheckedEqualTheLookups(Theory theory) {
    Coverage finished = new Coverage("a finished objective");
    theory.forAll(snapshots(), OkrGenerators.dates()).check((snapshot, asOf) -> {
      RuleContext context = new RuleContext(snapshot, Policy.defaults(), asOf);
      List<Objective> objectives = snapshot.objectives();
      for (int i = 0; i < objectives.size(); i++) {
        Objective objective = objectives.get(i);
        context.checking(objective, i);
        boolean expectedFinished = isFinished(snapshot, objective, asOf);
        finished.count(expectedFinished);
        assertEquals(i, context.positionOf(objective), objective.id());
        assertEquals(snapshot.cycleOf(objective), context.cycleOf(objective), objective.id());
        assertEquals(expectedFinished, context.isFinished(objective), objective.id());
        // Asked twice: the second answer comes from what the context kept.
        assertEquals(expectedFinished, context.isFinished(objective), objective.id());
        List<Alignment> links = objective.alignments();
        for (int j = 0; j < links.size(); j++) {
          assertEquals(snapshot.parentOf(links.get(j)).isPresent(), context.parentResolves(objective, j, links.get(j)),
              objective.id() + " link " + j);
        }
        // An objective other than the one being checked is answered by id.
        Objective other = objectives.get((i + 1) % objectives.size());
        assertEquals(snapshot.cycleOf(other), context.cycleOf(other), other.id());
        assertEquals(isFinished(snapshot, other, asOf), context.isFinished(other), other.id());
        assertEquals((i + 1) % objectives.size(), context.positionOf(other), other.id());
      }
    });
    finished.assertPercentAtLeast(true, 5);
    finished.assertPercentAtLeast(false, 5);
  }

  @Property(examples = TRIES)
  void answersAboutThePersonAndPlanBeingCheckedEqualTheLookups(Theory theory) {
    Coverage severalPlans = new Coverage("some person with several plans");
    theory.forAll(snapshots()).check(snapshot -> {
      RuleContext context = new RuleContext(snapshot, Policy.defaults(), LocalDate.of(2026, 8, 15));
      List<Person> people = snapshot.people();
      for (int p = 0; p < people.size(); p++) {
        Person person = people.get(p);
        context.checking(person, p);
        assertEquals(snapshot.profile(person.id()), context.profileOf(person), person.id());
        Person other = people.get((p + 1) % people.size());
        assertEquals(snapshot.profile(other.id()), context.profileOf(other), other.id());
      }
      List<DevelopmentPlan> plans = snapshot.plans();
      for (int i = 0; i < plans.size(); i++) {
        DevelopmentPlan plan = plans.get(i);
        context.checking(plan, i);
        assertEquals(snapshot.person(plan.personId()), context.personOf(plan), plan.id());
        assertEquals(snapshot.cycle(plan.cycleId()), context.cycleOf(plan), plan.id());
        assertEquals(snapshot.plansOf(plan.personId()), context.plansOfPersonOf(plan), plan.id());
        DevelopmentPlan other = plans.get((i + 1) % plans.size());
        assertEquals(snapshot.person(other.personId()), context.personOf(other), other.id());
        assertEquals(snapshot.cycle(other.cycleId()), context.cycleOf(other), other.id());
        assertEquals(snapshot.plansOf(other.personId()), context.plansOfPersonOf(other), other.id());
      }
      severalPlans.count(plans.stream().anyMatch(plan -> snapshot.plansOf(plan.personId()).size() > 1));
    });
    severalPlans.assertCountAtLeast(true, 10);
  }

  /** {@link RuleContext#isFinished}'s contract, from the snapshot's lookups: CLOSED, or its cycle has ended. */
  private static boolean isFinished(OrganizationSnapshot snapshot, Objective objective, LocalDate asOf) {
    return objective.status() == OkrStatus.CLOSED
        || snapshot.cycleOf(objective).map(cycle -> cycle.hasEnded(asOf)).orElse(false);
  }
}
