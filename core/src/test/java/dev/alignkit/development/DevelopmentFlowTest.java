package dev.alignkit.development;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The bottom-up flow of seed 001: the employee proposes, the manager refines and agrees. */
class DevelopmentFlowTest {
  private static final LocalDate DAY = LocalDate.of(2026, 7, 10);
  private static final OrganizationSnapshot ORG = OrganizationSnapshot.builder()
      .addPerson(Person.builder().id("dana").name("Dana (VP)").build())
      .addPerson(Person.builder().id("lena").name("Lena (manager)").managerId("dana").build())
      .addPerson(Person.builder().id("maya").name("Maya").managerId("lena").build())
      .addPerson(Person.builder().id("sam").name("Sam (peer)").managerId("lena").build())
      .addPerson(Person.builder().id("hr").name("Hana (HR)").hrAdministrator(true).build())
      .build();

  private static DevelopmentPlan proposed() {
    return DevelopmentPlan.of("plan", "maya", "2026-Q3")
        .propose(DevelopmentGoal.propose("g1", "Understand the product deeply", "maya"))
        .propose(DevelopmentGoal.propose("g2", "Know the roadmap", "maya"));
  }

  @Test
  void employeeProposalsArePROPOSED() {
    assertEquals(List.of(GoalStatus.PROPOSED, GoalStatus.PROPOSED),
        proposed().goals().stream().map(DevelopmentGoal::status).toList());
    assertEquals(Optional.of("maya"), proposed().goal("g1").orElseThrow().proposedBy());
  }

  @Test
  void managerAgreesAndTheGoalCanThenBeActivated() {
    DevelopmentPlan plan = proposed().agree("g1", "lena", DAY, ORG).activate("g1");
    DevelopmentGoal goal = plan.goal("g1").orElseThrow();
    assertEquals(GoalStatus.ACTIVE, goal.status());
    assertEquals(Optional.of("lena"), goal.agreedBy());
    assertEquals(Optional.of(DAY), goal.agreedOn());
  }

  @Test
  void anyoneUpTheManagerChainOrHrMayAgree() {
    assertEquals(GoalStatus.AGREED, proposed().agree("g1", "dana", DAY, ORG).goal("g1").orElseThrow().status());
    assertEquals(GoalStatus.AGREED, proposed().agree("g1", "hr", DAY, ORG).goal("g1").orElseThrow().status());
  }

  @Test
  void aPeerMayNotAgree() {
    DevelopmentFlowException e = assertThrows(DevelopmentFlowException.class,
        () -> proposed().agree("g1", "sam", DAY, ORG));
    assertEquals("'sam' may not agree to goals of 'maya': not in their manager chain and not an HR administrator",
        e.getMessage());
    assertEquals("g1", e.goalId());
  }

  @Test
  void activatingAGoalThatWasNeverAgreedThrows() {
    DevelopmentFlowException e = assertThrows(DevelopmentFlowException.class, () -> proposed().activate("g2"));
    assertEquals("goal 'g2' is PROPOSED and was never agreed: agree it before activating it", e.getMessage());
  }

  @Test
  void editingAnAgreedGoalReturnsItToProposed() {
    DevelopmentPlan plan = proposed().agree("g1", "lena", DAY, ORG)
        .edit("g1", goal -> goal.statement("Understand the product deeply enough to demo it"));
    DevelopmentGoal goal = plan.goal("g1").orElseThrow();
    assertEquals(GoalStatus.PROPOSED, goal.status());
    assertEquals(Optional.empty(), goal.agreedBy());
    assertEquals("Understand the product deeply enough to demo it", goal.statement());
    assertThrows(DevelopmentFlowException.class, () -> plan.activate("g1"));
  }

  @Test
  void editingAProposedGoalKeepsItProposedAndIgnoresStatusChanges() {
    DevelopmentGoal goal = proposed().edit("g2", g -> g.status(GoalStatus.ACTIVE).statement("Know the 2027 roadmap"))
        .goal("g2").orElseThrow();
    assertEquals(GoalStatus.PROPOSED, goal.status());
    assertEquals("Know the 2027 roadmap", goal.statement());
  }

  @Test
  void mergingKeepsOneGoalWithBothGoalsPartsAndDropsTheOther() {
    DevelopmentPlan plan = proposed()
        .edit("g1", g -> g.addTargetSkill(TargetSkill.of("product", 4))
            .addSupportActivity(SupportActivity.of(SupportKind.ON_THE_JOB, "Join product reviews")))
        .edit("g2", g -> g.addTargetSkill(TargetSkill.of("roadmap", 3)))
        .agree("g1", "lena", DAY, ORG)
        .merge("g1", "g2", "Understand the product and its roadmap");
    DevelopmentGoal kept = plan.goal("g1").orElseThrow();
    assertEquals("Understand the product and its roadmap", kept.statement());
    assertEquals(List.of("product", "roadmap"), kept.targetSkills().stream().map(TargetSkill::skillId).toList());
    assertEquals(1, kept.supportActivities().size());
    assertEquals(GoalStatus.PROPOSED, kept.status(), "a merge is an edit");
    assertEquals(GoalStatus.DROPPED, plan.goal("g2").orElseThrow().status());
  }

  @Test
  void aGoalCannotBeMergedIntoItself() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> proposed().merge("g1", "g1", "Same"));
    assertEquals("plan 'plan': cannot merge goal 'g1' into itself", e.getMessage());
  }

  @Test
  void mergedGoalsMeasuresMoveSoThatIdsStayUnique() {
    DevelopmentPlan plan = proposed()
        .edit("g2", g -> g.addMeasure(dev.alignkit.okr.KeyResult.increase("m-1", "Roadmap reviews", 0, 3, "reviews")))
        .merge("g1", "g2", "Understand product and roadmap");
    assertEquals(List.of("m-1"), plan.goal("g1").orElseThrow().measures().stream().map(m -> m.id()).toList());
    assertEquals(List.of(), plan.goal("g2").orElseThrow().measures());
    assertEquals(1, OrganizationSnapshot.builder().from(ORG).addPlan(plan).build().plans().size());
  }

  @Test
  void droppedGoalsStayInThePlanAndCannotBeAgreed() {
    DevelopmentPlan plan = proposed().drop("g2");
    assertEquals(GoalStatus.DROPPED, plan.goal("g2").orElseThrow().status());
    assertThrows(DevelopmentFlowException.class, () -> plan.agree("g2", "lena", DAY, ORG));
  }

  @Test
  void unknownGoalAndDuplicateProposalAreRejected() {
    DevelopmentFlowException unknown = assertThrows(DevelopmentFlowException.class, () -> proposed().drop("g9"));
    assertEquals("plan 'plan' has no goal 'g9'", unknown.getMessage());
    IllegalArgumentException duplicate = assertThrows(IllegalArgumentException.class,
        () -> proposed().propose(DevelopmentGoal.propose("g1", "Again", "maya")));
    assertEquals("plan 'plan' already has a goal 'g1'", duplicate.getMessage());
  }

  @Test
  void managerChainStopsAtACycleAndGrantsNothing() {
    OrganizationSnapshot looped = OrganizationSnapshot.builder()
        .addPerson(Person.builder().id("a").name("A").managerId("b").build())
        .addPerson(Person.builder().id("b").name("B").managerId("a").build())
        .build();
    assertEquals(List.of(), looped.managerChain("a"));
    assertEquals(false, looped.mayAgree("b", "a"));
    assertEquals(List.of("lena", "dana"), ORG.managerChain("maya"));
  }

  @Test
  void aCycleAboveTheApproverStillGrantsNothing() {
    // a reports to b, b to c, and c and d report to each other: b is met before the cycle.
    OrganizationSnapshot looped = OrganizationSnapshot.builder()
        .addPerson(Person.builder().id("a").name("A").managerId("b").build())
        .addPerson(Person.builder().id("b").name("B").managerId("c").build())
        .addPerson(Person.builder().id("c").name("C").managerId("d").build())
        .addPerson(Person.builder().id("d").name("D").managerId("c").build())
        .addPerson(Person.builder().id("g").name("G").managerId("h").build())
        .addPerson(Person.builder().id("h").name("H").managerId("i").build())
        .addPerson(Person.builder().id("i").name("I").managerId("nobody").build())
        .build();
    assertEquals(List.of(), looped.managerChain("a"));
    assertEquals(false, looped.mayAgree("b", "a"));
    assertEquals(false, looped.mayAgree("d", "c"));
    // Outside the cycle the chain grants as usual, and stops at a manager id that does not resolve.
    assertEquals(List.of("h", "i"), looped.managerChain("g"));
    assertEquals(true, looped.mayAgree("i", "g"));
    assertEquals(false, looped.mayAgree("nobody", "g"));
  }

  @Test
  void impossibleValuesAreRejectedAtConstruction() {
    IllegalArgumentException share = assertThrows(IllegalArgumentException.class,
        () -> DevelopmentGoal.builder().id("g").statement("s").plannedShare(1.5).build());
    assertEquals("development goal 'g': plannedShare must be within [0, 1]: 1.5", share.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> WayForwardStep.builder().description("Call a mentor").likelihood(-0.1).build());
  }
}
