package dev.alignkit.privacy;

import static dev.alignkit.privacy.PrivacyFixtures.AS_OF;
import static dev.alignkit.privacy.PrivacyFixtures.E2;
import static dev.alignkit.privacy.PrivacyFixtures.POLICY;
import static dev.alignkit.privacy.PrivacyFixtures.goal;
import static dev.alignkit.privacy.PrivacyFixtures.objective;
import static dev.alignkit.privacy.PrivacyFixtures.organization;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.advice.AlignmentClass;
import dev.alignkit.advice.GoalAdvice;
import dev.alignkit.advice.Suggestion;
import dev.alignkit.advice.SuggestionKind;
import dev.alignkit.career.Assessment;
import dev.alignkit.career.AssessmentSource;
import dev.alignkit.career.CareerLadder;
import dev.alignkit.career.Expectation;
import dev.alignkit.career.LateralMove;
import dev.alignkit.career.Level;
import dev.alignkit.career.Opening;
import dev.alignkit.career.RoleRef;
import dev.alignkit.career.SkillProfile;
import dev.alignkit.common.Visibility;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.GoalStatus;
import dev.alignkit.development.PerformanceStanding;
import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.Initiative;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.Owner;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Waiver;
import dev.alignkit.progress.CareerPaths;
import dev.alignkit.progress.RoleOption;
import dev.alignkit.rules.Finding;
import dev.alignkit.rules.Report;
import dev.alignkit.rules.RuleCodes;
import dev.alignkit.rules.Validator;
import dev.alignkit.rules.WaivedFinding;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reports, advice and readiness for a viewer: what is dropped, what is rewritten. */
class ViewOutputsTest {
  private static Report report(OrganizationSnapshot snapshot, String viewer) {
    return Privacy.report(Validator.defaults(), snapshot, Viewer.of(viewer), AS_OF);
  }

  private static List<GoalAdvice> advice(OrganizationSnapshot snapshot, String viewer) {
    return Privacy.advice(snapshot, Viewer.of(viewer), AS_OF, POLICY, "plan-maya");
  }

  private static List<SuggestionKind> kinds(GoalAdvice advice) {
    return advice.suggestions().stream().map(Suggestion::kind).toList();
  }

  /** Maya's plan with only a proposed goal, so that dev.goal.none reports it, and a waiver for Sam's team. */
  private static OrganizationSnapshot withPlanFinding() {
    return organization().plans(List.of(DevelopmentPlan.builder().id("plan-maya").personId("maya")
            .cycleId("2026-Q3").addGoal(goal("g-maya", "Run the support guild", "s-influence")
                .status(GoalStatus.PROPOSED).agreedBy(Optional.empty()).agreedOn(Optional.empty()).build())
            .build()))
        .build();
  }

  @Test
  void findingsAboutHiddenItemsAreDroppedAndThoseAboutVisibleOnesKept() {
    OrganizationSnapshot snapshot = withPlanFinding();
    assertEquals(1, report(snapshot, "lena").ofCode(RuleCodes.GOAL_NONE).size());
    assertEquals(List.of(), report(snapshot, "omar").ofCode(RuleCodes.GOAL_NONE));
    assertEquals(Validator.defaults().validate(snapshot, AS_OF), report(snapshot, "hanna"), "HR sees it all");
  }

  @Test
  void waivedFindingsAboutHiddenItemsAreDroppedToo() {
    OrganizationSnapshot snapshot = OrganizationSnapshot.builder().from(withPlanFinding())
        .addWaiver(Waiver.of(RuleCodes.GOAL_NONE, "plan-maya", "Maya is on leave", "lena", AS_OF.plusDays(30)))
        .build();
    assertEquals(List.of("plan-maya"),
        report(snapshot, "lena").waived().stream().map(w -> w.finding().subjectId()).toList());
    assertEquals(List.<WaivedFinding>of(), report(snapshot, "omar").waived());
  }

  @Test
  void hiddenIdsInAnAlignmentChainBecomePlaceholders() {
    OrganizationSnapshot snapshot = organization()
        .addObjective(objective("o-x", "Visible end", Owner.person("maya"), 1)
            .addAlignment(Alignment.supports("o-y")).build())
        .addObjective(objective("o-y", "Private end", Owner.person("lena"), 1).visibility(Visibility.PRIVATE)
            .addAlignment(Alignment.supports("o-x")).build())
        .build();
    Report omars = report(snapshot, "omar");
    Finding cycle = omars.ofCode(RuleCodes.ALIGNMENT_CYCLE).get(0);
    assertEquals("o-x", cycle.subjectId());
    assertEquals("o-x -> (hidden) -> o-x", cycle.arguments().get("chain"));
    assertEquals(1, omars.ofCode(RuleCodes.ALIGNMENT_CYCLE).size(), "the hidden objective's finding is dropped");
    assertFalse(omars.toString().contains("o-y"));
    assertFalse(omars.toString().contains("Private end"));
    assertEquals("o-x -> o-y -> o-x", report(snapshot, "lena").aboutSubject("o-x").stream()
        .filter(f -> f.code().equals(RuleCodes.ALIGNMENT_CYCLE)).findFirst().orElseThrow().arguments().get("chain"));
  }

  @Test
  void theHiddenRootOfAnUnalignedChainBecomesAPlaceholder() {
    OrganizationSnapshot snapshot = organization()
        .addObjective(objective("o-top", "Secret top", Owner.person("lena"), 1).visibility(Visibility.PRIVATE)
            .build())
        .addObjective(objective("o-x", "Visible child", Owner.person("maya"), 1)
            .addAlignment(Alignment.supports("o-top")).build())
        .build();
    Finding unaligned = report(snapshot, "omar").aboutSubject("o-x").stream()
        .filter(f -> f.code().equals(RuleCodes.ALIGNMENT_UNALIGNED)).findFirst().orElseThrow();
    assertEquals("(hidden)", unaligned.arguments().get("root"));
  }

  @Test
  void theUnderperformerFindingIsPrivateEvenOnAPlanTheTeamMaySee() {
    OrganizationSnapshot snapshot = organization()
        .plans(List.of(DevelopmentPlan.builder().id("plan-maya").personId("maya").cycleId("2026-Q3")
            .visibility(Visibility.TEAM).standing(PerformanceStanding.BELOW)
            .addGoal(goal("g-maya", "Run the support guild", "s-influence").build()).build()))
        .profiles(List.of(SkillProfile.of("maya", List.of(
            Assessment.of("s-tech", 2, AS_OF.minusDays(20), AssessmentSource.MANAGER)))))
        .build();
    assertEquals(1, report(snapshot, "lena").ofCode(RuleCodes.PLAN_UNDERPERFORMER).size());
    assertEquals(List.of(), report(snapshot, "omar").ofCode(RuleCodes.PLAN_UNDERPERFORMER));
    assertTrue(Access.of(snapshot, Viewer.of("omar"), AS_OF, POLICY).sees(snapshot.plan("plan-maya").orElseThrow()));
  }

  @Test
  void aStaleAssessmentFindingHasTheAssessmentsVisibility() {
    OrganizationSnapshot snapshot = organization()
        .profiles(List.of(SkillProfile.of("maya", List.of(
            Assessment.of("s-tech", 3, AS_OF.minusDays(400), AssessmentSource.MANAGER)))))
        .build();
    assertEquals(1, report(snapshot, "lena").ofCode(RuleCodes.ASSESSMENT_STALE).size());
    assertEquals(List.of(), report(snapshot, "omar").ofCode(RuleCodes.ASSESSMENT_STALE));
  }

  /**
   * Maya's tangential goal (influence, which her role does not expect), on a PUBLIC plan, with
   * weave-able support work (TEAM), a sales opening that expects influence, and an assessment
   * under her role's requirement.
   */
  private static OrganizationSnapshot tangential() {
    OrganizationSnapshot base = organization().build();
    return organization()
        .objectives(List.of(base.objective("o-company").orElseThrow(),
            objective("o-support", "Answer within a day", Owner.team("support"), 8).visibility(Visibility.TEAM)
                .addAlignment(Alignment.contributes("o-company", 1)).addTag("cross-functional")
                .addInitiative(Initiative.builder().id("i-hidden").title("Support rotation").addSkill("s-mentoring")
                    .build())
                .build()))
        .addLadder(CareerLadder.builder().id("sales").name("Sales")
            .addLevel(Level.builder().id("s1").name("S1").rank(1)
                .addExpectation(Expectation.essential("s-influence", 3)).build())
            .build())
        .addOpening(Opening.of("open-sales", RoleRef.of("sales", "s1"), "sales"))
        .plans(List.of(DevelopmentPlan.builder().id("plan-maya").personId("maya").cycleId("2026-Q3")
            .visibility(Visibility.PUBLIC)
            .addGoal(goal("g-maya", "Run the support guild", "s-influence").visibility(Visibility.PUBLIC).build())
            .build()))
        .profiles(List.of(SkillProfile.of("maya", List.of(
            Assessment.of("s-tech", 2, AS_OF.minusDays(20), AssessmentSource.MANAGER)))))
        .build();
  }

  @Test
  void adviceLeavesOutHiddenWorkAndWhatComesFromHiddenAssessmentsAndRanksAgain() {
    OrganizationSnapshot snapshot = tangential();
    GoalAdvice mayas = advice(snapshot, "maya").get(0);
    assertEquals(AlignmentClass.TANGENTIAL, mayas.alignment().alignmentClass());
    assertTrue(kinds(mayas).contains(SuggestionKind.WEAVE), () -> "Maya sees her team's work: " + mayas);
    assertTrue(kinds(mayas).contains(SuggestionKind.CHANGE_ROLE));
    assertEquals("advice.expectations.gaps", mayas.suggestions().get(0).messageKey());

    GoalAdvice sams = advice(snapshot, "sam").get(0);
    assertFalse(kinds(sams).contains(SuggestionKind.WEAVE), "o-support is TEAM: Sam may not see it");
    assertFalse(kinds(sams).contains(SuggestionKind.CHANGE_ROLE), "readiness comes from Maya's assessments");
    Suggestion expectations = sams.suggestions().get(0);
    assertEquals(SuggestionKind.EXPECTATIONS, expectations.kind());
    assertEquals("advice.expectations", expectations.messageKey());
    assertEquals(List.of(), expectations.gaps());
    assertFalse(expectations.arguments().containsKey("gaps"));
    for (int i = 0; i < sams.suggestions().size(); i++) {
      assertEquals(i + 1, sams.suggestions().get(i).rank());
    }
    assertFalse(sams.toString().contains("o-support"));
    assertFalse(sams.toString().contains("i-hidden"));
    assertFalse(sams.toString().contains("Answer within a day"));
  }

  @Test
  void theAdviceCarriedByATangentialFindingIsFilteredTheSameWay() {
    Finding tangential = report(tangential(), "sam").ofCode(RuleCodes.GOAL_TANGENTIAL).get(0);
    assertFalse(tangential.advice().stream().anyMatch(s -> s.kind() == SuggestionKind.WEAVE));
    assertFalse(tangential.advice().stream().anyMatch(s -> s.kind() == SuggestionKind.CHANGE_ROLE));
    assertEquals(List.of(), tangential.advice().get(0).gaps());
  }

  @Test
  void aWeaveIntoVisibleWorkStaysWhenThatWorksSecondParentIsHiddenAndNamesNothingOfIt() {
    OrganizationSnapshot base = tangential();
    Objective support = base.objective("o-support").orElseThrow();
    OrganizationSnapshot snapshot = OrganizationSnapshot.builder().from(base)
        .objectives(List.of(base.objective("o-company").orElseThrow(),
            Objective.builder().from(support).addAlignment(Alignment.contributes("o-sales", 2)).build(),
            objective("o-sales", "Win the north region", Owner.team("sales"), 2).visibility(Visibility.TEAM)
                .build()))
        .build();
    GoalAdvice omars = advice(snapshot, "omar").get(0);

    assertEquals(advice(base, "omar"), advice(snapshot, "omar"), "a second parent changes no advice");
    assertEquals(List.of(List.of("o-support")), omars.suggestions().stream()
        .filter(s -> s.kind() == SuggestionKind.WEAVE).map(Suggestion::objectives).toList());
    assertFalse(omars.toString().contains("o-sales"), "Omar (support) does not see sales' objective");
    assertFalse(omars.toString().contains("Win the north region"));
  }

  @Test
  void aGoalWovenIntoHiddenWorkIsWovenWithoutNamingIt() {
    OrganizationSnapshot snapshot = organization()
        .plans(List.of(DevelopmentPlan.builder().id("plan-maya").personId("maya").cycleId("2026-Q3")
            .visibility(Visibility.PUBLIC)
            .addGoal(goal("g-maya", "Run the support guild", "s-influence").visibility(Visibility.PUBLIC)
                .wovenInto("o-support").build())
            .build()))
        .build();
    GoalAdvice sams = advice(snapshot, "sam").get(0);
    assertEquals(AlignmentClass.WOVEN, sams.alignment().alignmentClass());
    assertEquals(Optional.empty(), sams.alignment().objectiveId());
    assertFalse(sams.alignment().reason().contains("o-support"));
    assertEquals(Optional.of("o-support"), advice(snapshot, "omar").get(0).alignment().objectiveId());
  }

  @Test
  void expectationsThatWouldRevealABelowStandingAreLeftOut() {
    OrganizationSnapshot snapshot = organization()
        .plans(List.of(DevelopmentPlan.builder().id("plan-maya").personId("maya").cycleId("2026-Q3")
            .visibility(Visibility.TEAM).standing(PerformanceStanding.BELOW)
            .addGoal(goal("g-maya", "Master the stack", "s-tech").visibility(Visibility.TEAM).build())
            .build()))
        .build();
    GoalAdvice lenas = advice(snapshot, "lena").get(0);
    assertEquals(AlignmentClass.CURRENT_ROLE, lenas.alignment().alignmentClass());
    assertEquals(List.of(SuggestionKind.EXPECTATIONS), kinds(lenas));
    assertEquals(List.of(), advice(snapshot, "omar").get(0).suggestions());
  }

  @Test
  void adviceOfAPersonGathersTheirVisiblePlans() {
    OrganizationSnapshot snapshot = tangential();
    View sams = Privacy.view(snapshot, Viewer.of("sam"), AS_OF, POLICY);
    assertEquals(sams.advice("plan-maya"), sams.adviceOfPerson("maya"));
    assertEquals(List.of(), sams.adviceOfPerson("omar"));
  }

  @Test
  void adviceOnAHiddenPlanOrGoalIsEmpty() {
    OrganizationSnapshot snapshot = tangential();
    OrganizationSnapshot privatePlan = OrganizationSnapshot.builder().from(snapshot)
        .plans(List.of(DevelopmentPlan.builder().from(snapshot.plan("plan-maya").orElseThrow())
            .visibility(Optional.empty()).build()))
        .build();
    assertEquals(List.of(), advice(privatePlan, "sam"));
    assertEquals(List.of(), Privacy.advice(snapshot, Viewer.of("sam"), AS_OF, POLICY, "no-such-plan"));
  }

  @Test
  void readinessIsShownOnlyToThoseWhoSeeEveryAssessmentThePersonCouldHave() {
    OrganizationSnapshot snapshot = organization().build();
    assertEquals(Optional.empty(), Privacy.readiness(snapshot, Viewer.of("omar"), AS_OF, POLICY, "maya", E2));
    assertTrue(Privacy.readiness(snapshot, Viewer.of("lena"), AS_OF, POLICY, "maya", E2).isPresent());
    assertTrue(Privacy.readiness(snapshot, Viewer.of("maya"), AS_OF, POLICY, "maya", E2).isPresent());
    assertEquals(List.of(), Privacy.view(snapshot, Viewer.of("omar"), AS_OF, POLICY).bestNextRoles("maya"));
    assertEquals(Privacy.view(snapshot, Viewer.of("lena"), AS_OF, POLICY).bestNextRoles("maya"),
        dev.alignkit.progress.CareerPaths.of(snapshot, AS_OF, POLICY).bestNextRoles("maya"));

    View omars = Privacy.view(snapshot, Viewer.of("omar"), AS_OF, POLICY);
    assertEquals(Optional.empty(), omars.currentRole("maya"));
    assertEquals(Optional.empty(), omars.nextLevel("maya"));
    assertEquals(List.of(), omars.lateralMoves("maya"));
    assertTrue(Privacy.view(snapshot, Viewer.of("lena"), AS_OF, POLICY).currentRole("maya").isPresent());
    // A peer who sees every assessment the profile holds now is refused too: NotVisibleTest.
  }

  @Test
  void theNextLevelAndLateralMovesAreShownToThoseWhoSeeEveryAssessmentAsCareerPathsGivesThem() {
    OrganizationSnapshot snapshot = organization()
        .addLadder(CareerLadder.builder().id("sales").name("Sales")
            .addLevel(Level.builder().id("s1").name("S1").rank(1)
                .addExpectation(Expectation.essential("s-influence", 3)).build())
            .build())
        .addLateralMove(LateralMove.of("eng-to-sales", PrivacyFixtures.E1, RoleRef.of("sales", "s1")))
        .build();
    CareerPaths paths = CareerPaths.of(snapshot, AS_OF, POLICY);
    View lenas = Privacy.view(snapshot, Viewer.of("lena"), AS_OF, POLICY);
    assertEquals(E2, lenas.nextLevel("maya").orElseThrow().role());
    assertEquals(paths.nextLevel("maya"), lenas.nextLevel("maya"));
    assertEquals(List.of(RoleRef.of("sales", "s1")),
        lenas.lateralMoves("maya").stream().map(RoleOption::role).toList());
    assertEquals(paths.lateralMoves("maya"), lenas.lateralMoves("maya"));
  }

  @Test
  void anArgumentIsReplacedOnlyWhereItNamesAHiddenItem() {
    OrganizationSnapshot snapshot = withPlanFinding();
    Finding none = report(snapshot, "lena").ofCode(RuleCodes.GOAL_NONE).get(0);
    assertEquals(Map.of("person", "Maya Chen", "cycle", "2026-Q3", "count", "0", "min", "1", "max", "3"),
        none.arguments());
  }
}
