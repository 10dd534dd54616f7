package dev.alignkit.rules;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.common.Visibility;
import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.GoalStatus;
import dev.alignkit.development.GrowSession;
import dev.alignkit.okr.CycleStatus;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.testing.Coverage;
import dev.alignkit.testing.DevelopmentGenerators;
import dev.alignkit.testing.OkrGenerators;
import dev.alignkit.testing.Property;
import dev.alignkit.testing.Theory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.quicktheories.core.Gen;

/**
 * Properties of the dev.* rules over generated development snapshots, adversarial ones included:
 * validation never throws, the counting rules of DOMAIN section 2 hold exactly (no tolerance),
 * and every development finding is about its person and private under the default policy.
 */
class DevelopmentRulesProperties {
  private static final int TRIES = 150;
  private static final int MAX_COUNTED_GOALS = 3;
  private static final Set<String> PLAN_CODES = Set.of(
      RuleCodes.GOAL_TOO_MANY, RuleCodes.GOAL_NONE, RuleCodes.PLAN_COACHING_STALE, RuleCodes.PLAN_UNDERPERFORMER);

  private static Gen<OrganizationSnapshot> developmentSnapshot() {
    return DevelopmentGenerators.anyDevelopmentSnapshot();
  }

  private static Gen<LocalDate> asOf() {
    return OkrGenerators.dates();
  }

  @Property(examples = TRIES)
  void validatingADevelopmentSnapshotNeverThrows(Theory theory) {
    theory.forAll(developmentSnapshot(), asOf()).check((snapshot, asOf) ->
        assertDoesNotThrow(() -> Validator.defaults().validate(snapshot, asOf)));
  }

  @Property(examples = TRIES)
  void validatingEachPersonNeverThrows(Theory theory) {
    theory.forAll(developmentSnapshot(), asOf()).check((snapshot, asOf) -> {
      for (String personId : peopleAndPlanOwners(snapshot)) {
        assertDoesNotThrow(() -> Validator.defaults().validatePerson(snapshot, personId, asOf), personId);
      }
    });
  }

  @Property(examples = TRIES)
  void tooManyIsReportedOnceForEachPersonAndCycleWithMoreThanThreeCountedGoals(Theory theory) {
    Coverage tooMany = new Coverage("some person and cycle with too many counted goals");
    theory.forAll(developmentSnapshot(), asOf()).check((snapshot, asOf) -> {
      Map<String, Integer> counted = new TreeMap<>();
      for (DevelopmentPlan plan : snapshot.plans()) {
        counted.merge(personAndCycle(plan.personId(), plan.cycleId()), countedGoals(plan), Integer::sum);
      }
      Map<String, List<String>> expected = new TreeMap<>();
      counted.forEach((key, count) -> {
        if (count > MAX_COUNTED_GOALS) {
          expected.put(key, List.of(String.valueOf(count)));
        }
      });
      Map<String, List<String>> reported = new TreeMap<>();
      Report report = Validator.defaults().validate(snapshot, asOf);
      for (Finding finding : developmentFindings(report, RuleCodes.GOAL_TOO_MANY)) {
        String key = personAndCycle(finding.personId().orElse("?"), finding.arguments().get("cycle"));
        reported.computeIfAbsent(key, k -> new ArrayList<>()).add(finding.arguments().get("count"));
      }

      assertEquals(expected, reported, "person/cycle -> counts reported");
      tooMany.count(!expected.isEmpty());
    });
    // A count, not a percentage: a percentage threshold near the observed rate fails by chance.
    tooMany.assertCountAtLeast(true, 1);
  }

  @Property(examples = TRIES)
  void noneIsReportedExactlyForOpenPlansWithoutACountedGoal(Theory theory) {
    Coverage none = new Coverage("some open plan without a counted goal");
    theory.forAll(developmentSnapshot(), asOf()).check((snapshot, asOf) -> {
      List<String> expected = new ArrayList<>();
      for (DevelopmentPlan plan : snapshot.plans()) {
        boolean open = snapshot.cycle(plan.cycleId()).map(c -> c.status() != CycleStatus.CLOSED).orElse(true);
        if (open && countedGoals(plan) < 1) {
          expected.add(plan.id());
        }
      }
      List<String> reported = new ArrayList<>();
      for (Finding finding : developmentFindings(Validator.defaults().validate(snapshot, asOf), RuleCodes.GOAL_NONE)) {
        reported.add(finding.subjectId());
      }
      Collections.sort(expected);
      Collections.sort(reported);

      assertEquals(expected, reported, "plans reported");
      none.count(!expected.isEmpty());
    });
    none.assertPercentAtLeast(true, 20);
  }

  @Property(examples = TRIES)
  void notMeasurableNeverNamesADoneOrDroppedGoal(Theory theory) {
    theory.forAll(developmentSnapshot(), asOf()).check((snapshot, asOf) -> {
      for (Finding finding : developmentFindings(Validator.defaults().validate(snapshot, asOf),
          RuleCodes.GOAL_NOT_MEASURABLE)) {
        GoalStatus status = goal(snapshot, finding).status();
        assertNotEquals(GoalStatus.DONE, status, finding.toString());
        assertNotEquals(GoalStatus.DROPPED, status, finding.toString());
      }
    });
  }

  @Property(examples = TRIES)
  void notAgreedNeverNamesAGoalOfAPersonWithoutAManager(Theory theory) {
    theory.forAll(developmentSnapshot(), asOf()).check((snapshot, asOf) -> {
      for (Finding finding : developmentFindings(Validator.defaults().validate(snapshot, asOf),
          RuleCodes.PLAN_NOT_AGREED)) {
        String personId = snapshot.planOfGoal(finding.subjectId()).orElseThrow().personId();
        Optional<String> managerId = snapshot.person(personId).flatMap(Person::managerId);
        assertTrue(managerId.isPresent(), finding + " names a goal of " + personId + ", who has no manager");
      }
    });
  }

  @Property(examples = TRIES)
  void notAgreedNeverNamesAProposedGoal(Theory theory) {
    theory.forAll(developmentSnapshot(), asOf()).check((snapshot, asOf) -> {
      for (Finding finding : developmentFindings(Validator.defaults().validate(snapshot, asOf),
          RuleCodes.PLAN_NOT_AGREED)) {
        assertNotEquals(GoalStatus.PROPOSED, goal(snapshot, finding).status(), finding.toString());
      }
    });
  }

  @Property(examples = TRIES)
  void everyDevelopmentFindingCarriesThePersonItIsAbout(Theory theory) {
    theory.forAll(developmentSnapshot(), asOf()).check((snapshot, asOf) -> {
      for (Finding finding : developmentFindings(Validator.defaults().validate(snapshot, asOf), null)) {
        assertEquals(Optional.of(ownerOf(snapshot, finding)), finding.personId(), finding.toString());
      }
    });
  }

  /** PRIVATE unless the item the finding is about sets a visibility of its own; the underperformer finding always. */
  @Property(examples = TRIES)
  void everyDevelopmentFindingIsPrivateUnderTheDefaultPolicy(Theory theory) {
    Coverage visibilities = new Coverage("visibility of the finding's subject");
    theory.forAll(developmentSnapshot(), asOf()).check((snapshot, asOf) -> {
      for (Finding finding : developmentFindings(Validator.defaults().validate(snapshot, asOf), null)) {
        Optional<Visibility> own = ownVisibilityOf(snapshot, finding);
        Visibility expected = finding.code().equals(RuleCodes.PLAN_UNDERPERFORMER)
            ? Visibility.PRIVATE : own.orElse(Visibility.PRIVATE);
        assertEquals(expected, finding.subjectVisibility(), finding.toString());
        visibilities.count(own.isPresent() ? "own visibility" : "default");
      }
    });
    visibilities.assertCountAtLeast("default", 1);
  }

  @Property(examples = TRIES)
  void validatingAPersonGivesTheDevelopmentFindingsAboutThemOfTheWholeSnapshot(Theory theory) {
    theory.forAll(developmentSnapshot(), asOf()).check((snapshot, asOf) -> {
      List<Finding> all = developmentFindings(Validator.defaults().validate(snapshot, asOf), null);
      for (Person person : snapshot.people()) {
        List<Finding> expected = new ArrayList<>();
        for (Finding finding : all) {
          if (finding.personId().equals(Optional.of(person.id()))) {
            expected.add(finding);
          }
        }
        Report report = Validator.defaults().validatePerson(snapshot, person.id(), asOf);
        List<Finding> ofPerson = developmentFindings(report, null);

        assertEquals(expected, ofPerson, person.id());
      }
    });
  }

  // ---------------------------------------------------------------------------------------------

  /** The dev.* findings of the report, waived ones included, of {@code code} or of every dev.* code when null. */
  private static List<Finding> developmentFindings(Report report, String code) {
    List<Finding> all = new ArrayList<>(report.findings());
    for (WaivedFinding waived : report.waived()) {
      all.add(waived.finding());
    }
    List<Finding> selected = new ArrayList<>();
    for (Finding finding : all) {
      if (code == null ? finding.code().startsWith("dev.") : finding.code().equals(code)) {
        selected.add(finding);
      }
    }
    return selected;
  }

  /** AGREED or ACTIVE goals, counted here without {@link GoalStatus#counts()}. */
  private static int countedGoals(DevelopmentPlan plan) {
    int count = 0;
    for (DevelopmentGoal goal : plan.goals()) {
      if (goal.status() == GoalStatus.AGREED || goal.status() == GoalStatus.ACTIVE) {
        count++;
      }
    }
    return count;
  }

  private static String personAndCycle(String personId, String cycleId) {
    return personId + " in " + cycleId;
  }

  private static Set<String> peopleAndPlanOwners(OrganizationSnapshot snapshot) {
    Set<String> ids = new LinkedHashSet<>();
    for (Person person : snapshot.people()) {
      ids.add(person.id());
    }
    for (DevelopmentPlan plan : snapshot.plans()) {
      ids.add(plan.personId());
    }
    for (GrowSession session : snapshot.growSessions()) {
      ids.add(session.personId());
    }
    return ids;
  }

  private static DevelopmentGoal goal(OrganizationSnapshot snapshot, Finding finding) {
    return snapshot.developmentGoal(finding.subjectId())
        .orElseThrow(() -> new AssertionError(finding + ": subject is not a goal"));
  }

  /** The person whose plan, goal or GROW session the finding is about. */
  private static String ownerOf(OrganizationSnapshot snapshot, Finding finding) {
    if (finding.code().startsWith("dev.grow.")) {
      return snapshot.growSession(finding.subjectId()).orElseThrow(() -> new AssertionError(finding.toString()))
          .personId();
    }
    if (PLAN_CODES.contains(finding.code())) {
      return snapshot.plan(finding.subjectId()).orElseThrow(() -> new AssertionError(finding.toString())).personId();
    }
    return snapshot.planOfGoal(finding.subjectId()).orElseThrow(() -> new AssertionError(finding.toString()))
        .personId();
  }

  /** The visibility the plan, goal or GROW session the finding is about sets for itself. */
  private static Optional<Visibility> ownVisibilityOf(OrganizationSnapshot snapshot, Finding finding) {
    if (finding.code().startsWith("dev.grow.")) {
      return snapshot.growSession(finding.subjectId()).orElseThrow().visibility();
    }
    if (PLAN_CODES.contains(finding.code())) {
      return snapshot.plan(finding.subjectId()).orElseThrow().visibility();
    }
    return goal(snapshot, finding).visibility();
  }
}
