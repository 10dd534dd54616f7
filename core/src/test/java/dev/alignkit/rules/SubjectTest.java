package dev.alignkit.rules;

import static dev.alignkit.rules.RuleFixtures.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.alignkit.career.Assessment;
import dev.alignkit.career.AssessmentSource;
import dev.alignkit.common.Visibility;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.okr.Initiative;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.Owner;
import dev.alignkit.org.Person;
import dev.alignkit.policy.Policy;
import dev.alignkit.policy.VisibleKind;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A subject takes its person and visibility from its item, or from the policy's default for the item's kind. */
class SubjectTest {
  private static final Policy TEAM_OBJECTIVES = Policy.builder()
      .putDefaultVisibility(VisibleKind.OBJECTIVE, Visibility.TEAM).build();

  @Test
  void anObjectiveBelongsToItsPersonalOwnerAndIsSeenAsItsOwnVisibilityElseThePolicysDefault() {
    Objective personal = RuleFixtures.personalObjective();
    Subject subject = Subject.objective(personal);
    assertEquals("o-maya", subject.id());
    assertEquals(Optional.of("maya"), subject.personId());
    assertEquals(Visibility.PUBLIC, subject.visibility(Policy.defaults()));
    assertEquals(Visibility.TEAM, subject.visibility(TEAM_OBJECTIVES));
    Objective secret = Objective.builder().from(personal).visibility(Visibility.PRIVATE).build();
    assertEquals(Visibility.PRIVATE, Subject.objective(secret).visibility(TEAM_OBJECTIVES));
  }

  @Test
  void subjectsAreEqualWhenIdPersonKindAndVisibilityAreAndNeverEqualAnotherType() {
    Objective personal = RuleFixtures.personalObjective();

    assertEquals(Subject.objective(personal), Subject.objective(personal));
    assertEquals(Subject.objective(personal).hashCode(), Subject.objective(personal).hashCode());
    assertNotEquals(Subject.objective(personal), Subject.objective(personal).ownedBy("lena"));
    assertNotEquals(Subject.of("o-maya"), Subject.objective(personal));
    assertNotEquals((Object) "o-maya", Subject.of("o-maya"));
    assertNotEquals(Subject.of("o-maya"), (Object) "o-maya");
  }

  @Test
  void aKeyResultIsItsOwnSubjectWithThePersonAndVisibilityOfItsObjective() {
    Objective personal = RuleFixtures.personalObjective();
    Subject subject = Subject.keyResult(personal, personal.keyResults().get(0));
    assertEquals("kr-playbook", subject.id());
    assertEquals(Optional.of("maya"), subject.personId());
    assertEquals(Visibility.TEAM, subject.visibility(TEAM_OBJECTIVES));
    assertEquals(Optional.empty(), Subject.objective(RuleFixtures.teamObjective()).personId());
  }

  @Test
  void aKeyResultWithItsOwnOwnerBelongsToThemAndItsUnknownOwnerFindingToTheObjectivesOwner() {
    Objective personal = RuleFixtures.personalObjective();
    KeyResult lenas = KeyResult.builder().from(personal.keyResults().get(0)).ownerId("lena").build();
    assertEquals(Optional.of("lena"), Subject.keyResult(personal, lenas).personId());
    Subject unknown = Subject.keyResultOfObjectiveOwner(personal, lenas);
    assertEquals("kr-playbook", unknown.id());
    assertEquals(Optional.of("maya"), unknown.personId());
    assertEquals(Visibility.TEAM, unknown.visibility(TEAM_OBJECTIVES));
    Objective team = RuleFixtures.teamObjective();
    assertEquals(Optional.empty(),
        Subject.keyResultOfObjectiveOwner(team, KeyResult.builder().from(lenas).id("kr-x").build()).personId());
  }

  @Test
  void anInitiativeIsItsOwnSubjectWithThePersonOwnerAndVisibilityOfItsObjective() {
    Objective secret = Objective.builder().from(RuleFixtures.personalObjective()).visibility(Visibility.PRIVATE).build();
    Subject subject = Subject.initiative(secret, Initiative.of("i-drill", "Run a drill"));
    assertEquals("i-drill", subject.id());
    assertEquals(Optional.of("maya"), subject.personId());
    assertEquals(Visibility.PRIVATE, subject.visibility(Policy.defaults()));
    Subject ofTeam = Subject.initiative(RuleFixtures.teamObjective(), Initiative.of("i-drill", "Run a drill"));
    assertEquals(Optional.empty(), ofTeam.personId());
    assertEquals(Visibility.TEAM, ofTeam.visibility(TEAM_OBJECTIVES));
  }

  @Test
  void anOwnersObjectivesBelongToThePersonOnlyWhenTheOwnerIsOne() {
    assertEquals(Optional.of("maya"), Subject.owner(Owner.person("maya")).personId());
    assertEquals(Optional.empty(), Subject.owner(Owner.team("support")).personId());
    assertEquals("organization", Subject.owner(Owner.organization()).id());
    assertEquals(Visibility.PUBLIC, Subject.owner(Owner.team("support")).visibility(Policy.defaults()));
  }

  @Test
  void aPlanAPersonAndAnAssessmentTakeThePolicysDefaultsForTheirKinds() {
    DevelopmentPlan plan = DevelopmentPlan.builder().id("plan-maya").personId("maya").cycleId("2026-Q3").build();
    assertEquals(Visibility.PRIVATE, Subject.plan(plan).visibility(Policy.defaults()));
    assertEquals(Visibility.PUBLIC, Subject.person(Person.of("maya", "Maya Chen")).visibility(Policy.defaults()));
    Subject assessment = Subject.assessment("maya", Assessment.of("sql", 3, AS_OF, AssessmentSource.MANAGER));
    assertEquals("maya", assessment.id());
    assertEquals(Visibility.PRIVATE, assessment.visibility(Policy.defaults()));
  }

  @Test
  void ownedByAndVisibleAsReplaceWhatTheItemSays() {
    DevelopmentPlan plan = DevelopmentPlan.builder().id("plan-maya").personId("maya").cycleId("2026-Q3")
        .visibility(Visibility.PUBLIC).build();
    Subject hidden = Subject.plan(plan).visibleAs(Visibility.PRIVATE);
    assertEquals(Visibility.PRIVATE, hidden.visibility(Policy.defaults()));
    assertEquals(Optional.of("maya"), hidden.personId());
    assertEquals(Optional.of(""), Subject.of("it").ownedBy("").personId(), "a blank person is no one");
    assertEquals(Visibility.PUBLIC, Subject.of("ladder").visibility(Policy.defaults()));
  }

  @Test
  void subjectsAreEqualWhenIdPersonAndVisibilityAre() {
    assertEquals(Subject.of("x").ownedBy("maya"), Subject.of("x").ownedBy("maya"));
    assertEquals(Subject.of("x").hashCode(), Subject.of("x").hashCode());
    assertNotEquals(Subject.of("x"), Subject.of("x").ownedBy("maya"));
    assertNotEquals(Subject.of("x"), Subject.of("x").visibleAs(Visibility.TEAM));
    assertEquals("Subject{x, person maya, PRIVATE}",
        Subject.of("x").ownedBy("maya").visibleAs(Visibility.PRIVATE).toString());
  }
}
