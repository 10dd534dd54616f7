package dev.alignkit.advice;

import static dev.alignkit.advice.SeedOrganization.AS_OF;
import static dev.alignkit.advice.SeedOrganization.RECENTLY;
import static dev.alignkit.advice.SeedOrganization.assessed;
import static dev.alignkit.advice.SeedOrganization.goal;
import static dev.alignkit.advice.SeedOrganization.person;
import static dev.alignkit.advice.SeedOrganization.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.career.Assessment;
import dev.alignkit.career.AssessmentSource;
import dev.alignkit.progress.Readiness;
import dev.alignkit.career.RoleRef;
import dev.alignkit.career.SkillProfile;
import dev.alignkit.development.CareerVision;
import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.GrowOption;
import dev.alignkit.development.GrowSession;
import dev.alignkit.development.Horizon;
import dev.alignkit.development.PerformanceStanding;
import dev.alignkit.development.SupportKind;
import dev.alignkit.development.WayForwardStep;
import dev.alignkit.okr.Initiative;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.policy.Policy;
import dev.alignkit.policy.Severity;
import dev.alignkit.progress.CareerPaths;
import dev.alignkit.rules.Finding;
import dev.alignkit.rules.Report;
import dev.alignkit.rules.RuleCodes;
import dev.alignkit.rules.Validator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The seed scenarios of issue 8, end to end: plan, classes, findings, advice. */
class SeedScenariosTest {
  private static final double EPSILON = 1e-9;
  private final AdviceFormatter formatter = AdviceFormatter.standard();

  private static Report validate(OrganizationSnapshot snapshot) {
    return Validator.defaults().validate(snapshot, AS_OF);
  }

  private static Advisor advisor(OrganizationSnapshot snapshot) {
    return Advisor.of(snapshot, AS_OF, Policy.defaults());
  }

  private static List<String> codes(Report report) {
    return report.findings().stream().map(Finding::code).toList();
  }

  // --- seed 001: customer service toward outside sales ------------------------------------------

  private static OrganizationSnapshot.Builder anaTowardSales(Assessment... extra) {
    DevelopmentPlan plan = DevelopmentPlan.builder()
        .from(plan("ana", goal("g-liaison", "Act as liaison at the weekly product feedback session", "product"),
            goal("g-client-call", "Lead a segment of the weekly client call", "influence")))
        .targetRole(RoleRef.of("sales", "S2")).build();
    return SeedOrganization.base()
        .addPerson(person("ana", "support", RoleRef.of("cs", "CS1")))
        .addProfile(SkillProfile.of("ana", List.of(assessed("empathy", 4), assessed("troubleshooting", 3),
            assessed("product", 2), assessed("influence", 1))))
        .addPlan(plan);
  }

  @Test
  void seed001GoalsTowardSalesAreTargetRoleAndReadinessRisesWithTheAssessments() {
    OrganizationSnapshot before = anaTowardSales().build();
    DevelopmentPlan plan = before.plan("plan-ana").orElseThrow();
    Advisor advisor = advisor(before);
    for (DevelopmentGoal goal : plan.goals()) {
      GoalAlignment alignment = advisor.classify(plan, goal);
      assertEquals(AlignmentClass.TARGET_ROLE, alignment.alignmentClass(), goal.id());
      assertEquals(Optional.of(RoleRef.of("sales", "S2")), alignment.role());
    }
    assertEquals(List.of(), validate(before).findings());

    Readiness beforeReadiness = CareerPaths.of(before, AS_OF, Policy.defaults())
        .readiness("ana", RoleRef.of("sales", "S2")).orElseThrow();
    // S2 inherits empathy 3 (met); product (2 - 1) / (4 - 1) = 1/3; influence (1 - 1) / (4 - 1) = 0; all essential
    assertEquals((1 + 1.0 / 3 + 0) / 3, beforeReadiness.readiness().getAsDouble(), EPSILON);
    assertFalse(beforeReadiness.ready());

    OrganizationSnapshot after = OrganizationSnapshot.builder().from(before)
        .profiles(List.of(SkillProfile.of("ana", List.of(assessed("empathy", 4), assessed("troubleshooting", 3),
            assessed("product", 2), assessed("influence", 1),
            Assessment.of("product", 4, AS_OF, AssessmentSource.MANAGER),
            Assessment.of("influence", 4, AS_OF, AssessmentSource.MANAGER)))))
        .build();
    Readiness afterReadiness = CareerPaths.of(after, AS_OF, Policy.defaults())
        .readiness("ana", RoleRef.of("sales", "S2")).orElseThrow();
    assertEquals(1.0, afterReadiness.readiness().getAsDouble(), EPSILON);
    assertTrue(afterReadiness.ready());
  }

  // --- seed 000: a technology the team does not use ---------------------------------------------

  private static OrganizationSnapshot eliLearningRust(boolean ownTime) {
    DevelopmentGoal rust = DevelopmentGoal.builder().from(goal("g-rust", "Learn Rust", "rust"))
        .plannedShare(0.2).ownTime(ownTime).build();
    return SeedOrganization.base()
        .addPerson(person("eli", "platform", RoleRef.of("eng", "E3")))
        .addProfile(SkillProfile.of("eli", List.of(assessed("code-quality", 3), assessed("communication", 2))))
        .addPlan(plan("eli", rust))
        .build();
  }

  @Test
  void seed000TangentialTechnologyGetsExpectationsCostTweakAndAnotherRole() {
    OrganizationSnapshot snapshot = eliLearningRust(false);
    DevelopmentPlan plan = snapshot.plan("plan-eli").orElseThrow();
    GoalAdvice advice = advisor(snapshot).advise(plan, plan.goal("g-rust").orElseThrow());
    assertEquals(AlignmentClass.TANGENTIAL, advice.alignment().alignmentClass());
    assertEquals(List.of(SuggestionKind.EXPECTATIONS, SuggestionKind.OPPORTUNITY_COST, SuggestionKind.TWEAK,
        SuggestionKind.CHANGE_ROLE), advice.kinds());
    assertEquals(List.of(1, 2, 3, 4), advice.suggestions().stream().map(Suggestion::rank).toList());

    Suggestion expectations = advice.suggestions().get(0);
    assertEquals(List.of("code-quality", "communication"), expectations.skills());
    assertEquals(List.of(RoleRef.of("eng", "E3"), RoleRef.of("eng", "E4")), expectations.roles());
    assertEquals("Let's start from what your role (Engineering E3) and the next level expect: Code quality, Communication.",
        formatter.sentence(expectations, Locale.ENGLISH));

    assertEquals("About 20% of your working time would go to \"Learn Rust\" instead of your role's responsibilities.",
        formatter.sentence(advice.suggestions().get(1), Locale.ENGLISH));

    Suggestion tweak = advice.suggestions().get(2);
    assertEquals(List.of("go"), tweak.skills());
    assertEquals(List.of("o-platform"), tweak.objectives());
    assertEquals("Could you aim at Go instead of Rust? It grows the same kind of expertise, and it is what your role "
        + "and your team need.", formatter.sentence(tweak, Locale.ENGLISH));

    Suggestion changeRole = advice.suggestions().get(3);
    assertEquals(List.of("open-data"), changeRole.openings());
    assertEquals(List.of(RoleRef.of("data", "DE3")), changeRole.roles());
    // DE3: rust missing (0), code quality met (1), both essential
    assertEquals("If Rust is where you want to grow, Data engineering DE3 expects it; you are 50% ready for it today.",
        formatter.sentence(changeRole, Locale.ENGLISH));

    Finding finding = validate(snapshot).ofCode(RuleCodes.GOAL_TANGENTIAL).get(0);
    assertEquals("plans[plan-eli].goals[g-rust].targetSkills", finding.path().toString());
    assertEquals(Severity.WARNING, finding.severity());
    assertEquals(advice.suggestions(), finding.advice());
    assertEquals(List.of(RuleCodes.GOAL_TANGENTIAL), codes(validate(snapshot)));
  }

  @Test
  void seed000OnOwnTimeIsInfoWithoutOpportunityCost() {
    OrganizationSnapshot snapshot = eliLearningRust(true);
    Finding finding = validate(snapshot).ofCode(RuleCodes.GOAL_TANGENTIAL).get(0);
    assertEquals(Severity.INFO, finding.severity());
    assertEquals(List.of(SuggestionKind.EXPECTATIONS, SuggestionKind.TWEAK, SuggestionKind.CHANGE_ROLE),
        finding.advice().stream().map(Suggestion::kind).toList());
  }

  // --- seed 002: weave personal goals into organizational work -----------------------------------

  private static OrganizationSnapshot ivyWanting(String skill, dev.alignkit.okr.Objective work) {
    OrganizationSnapshot.Builder builder = SeedOrganization.base()
        .addPerson(person("ivy", "platform", RoleRef.of("eng", "E3")))
        .addProfile(SkillProfile.of("ivy", List.of(assessed("code-quality", 3), assessed("communication", 2))))
        .addPlan(plan("ivy", goal("g-grow", "Grow " + skill, skill)));
    if (work != null) {
      builder.addObjective(work);
    }
    return builder.build();
  }

  private void assertWovenAfterWeaving(OrganizationSnapshot snapshot, String workId, String sentence) {
    DevelopmentPlan plan = snapshot.plan("plan-ivy").orElseThrow();
    GoalAdvice advice = advisor(snapshot).advise(plan, plan.goal("g-grow").orElseThrow());
    assertEquals(AlignmentClass.TANGENTIAL, advice.alignment().alignmentClass());
    assertEquals(List.of(SuggestionKind.EXPECTATIONS, SuggestionKind.OPPORTUNITY_COST, SuggestionKind.WEAVE),
        advice.kinds());
    Suggestion weave = advice.suggestions().get(2);
    assertEquals(sentence, formatter.sentence(weave, Locale.ENGLISH));

    DevelopmentPlan woven = plan.weave("g-grow", workId, "mo").agree("g-grow", "mo", AS_OF, snapshot);
    OrganizationSnapshot after = OrganizationSnapshot.builder().from(snapshot).plans(List.of(woven)).build();
    DevelopmentGoal goal = woven.goal("g-grow").orElseThrow();
    GoalAlignment alignment = advisor(after).classify(woven, goal);
    assertEquals(AlignmentClass.WOVEN, alignment.alignmentClass());
    assertTrue(goal.supportActivities().stream().anyMatch(a -> a.kind() == SupportKind.COACHING
        && a.provider().equals(Optional.of("mo"))), "the manager's coaching supports the woven goal");
    assertEquals(List.of(), validate(after).ofCode(RuleCodes.GOAL_TANGENTIAL));
  }

  @Test
  void seed002InfluenceIsWovenIntoACrossFunctionalObjective() {
    OrganizationSnapshot snapshot = ivyWanting("stakeholder-influence",
        SeedOrganization.taggedWork("o-launch", "Launch the partner program", List.of("cross-functional"), null));
    assertWovenAfterWeaving(snapshot, "o-launch",
        "You could grow this inside \"Launch the partner program\", which is cross-functional work that needs exactly that.");
    assertEquals(List.of("o-launch"), advisor(snapshot).advise(snapshot.plan("plan-ivy").orElseThrow()).get(0)
        .suggestions().get(2).objectives());
  }

  @Test
  void seed002PeopleManagementIsWovenIntoVendorWork() {
    assertWovenAfterWeaving(ivyWanting("vendor-management",
            SeedOrganization.taggedWork("o-vendors", "Consolidate support vendors", List.of("vendors"), null)),
        "o-vendors",
        "You could grow this inside \"Consolidate support vendors\", which is vendors work that needs exactly that.");
  }

  @Test
  void seed002VisibilityIsWovenIntoExecutiveSponsoredWork() {
    assertWovenAfterWeaving(ivyWanting("exec-presence",
            SeedOrganization.taggedWork("o-exec", "Win the board's trust in AI", List.of("executive-sponsored"), null)),
        "o-exec",
        "You could grow this inside \"Win the board's trust in AI\", which is executive-sponsored work that needs exactly that.");
  }

  @Test
  void seed002ProcessIsWovenIntoAProcessInitiative() {
    Initiative initiative = Initiative.builder().id("i-intake").title("Streamline the intake process")
        .addTag("process").build();
    assertWovenAfterWeaving(ivyWanting("process-design",
            SeedOrganization.taggedWork("o-ops", "Run support like clockwork", List.of(), initiative)),
        "i-intake",
        "You could grow this by taking part in the initiative \"Streamline the intake process\", which is process work.");
  }

  @Test
  void seed002ProcessWithoutProcessWorkSuggestsANewInitiative() {
    OrganizationSnapshot snapshot = ivyWanting("process-design", null);
    DevelopmentPlan plan = snapshot.plan("plan-ivy").orElseThrow();
    Suggestion weave = advisor(snapshot).advise(plan, plan.goal("g-grow").orElseThrow()).suggestions().get(2);
    assertEquals(SuggestionKind.WEAVE, weave.kind());
    assertEquals(List.of(), weave.objectives());
    assertEquals("You could start a process-improvement initiative in the team and grow the skill there.",
        formatter.sentence(weave, Locale.ENGLISH));
  }

  // --- seed 003: career vision and GROW ------------------------------------------------------------

  @Test
  void seed003GrowStepsBecomeGoalsAndMeasuresAndOneUntrackedStepIsInfo() {
    DevelopmentGoal roadmap = goal("g-roadmap", "Own the Q4 roadmap review", "roadmapping");
    GrowSession session = GrowSession.builder().id("grow-pia").personId("pia").coachId("mo").date(RECENTLY)
        .goal("Become a product leader others follow").whereNow("Runs one product area")
        .doneSoFar("Shipped two launches").distance("No portfolio view yet")
        .addOption(GrowOption.builder().description("Own the roadmap review").benefits("Portfolio view")
            .challenges("Time").build())
        .addStep(WayForwardStep.builder().description("Ask Mo for the review slot").horizon(Horizon.THIS_WEEK)
            .likelihood(0.9).build())
        .addStep(WayForwardStep.builder().description("Run the roadmap review").horizon(Horizon.THIS_MONTH)
            .likelihood(0.7).trackedBy("g-roadmap").build())
        .addStep(WayForwardStep.builder().description("Give four sessions").horizon(Horizon.LATER)
            .likelihood(0.6).trackedBy("m-g-roadmap").build())
        .addStep(WayForwardStep.builder().description("Mentor a junior PM").horizon(Horizon.LATER)
            .likelihood(0.4).contingency("Pair on one launch instead").build())
        .build();
    OrganizationSnapshot snapshot = SeedOrganization.base()
        .addPerson(person("pia", "platform", RoleRef.of("pm", "PM2")))
        .addProfile(SkillProfile.of("pia", List.of(assessed("roadmapping", 3), assessed("communication", 3))))
        .addVision(CareerVision.builder().id("vision-pia").personId("pia").addStrength("Customer insight")
            .addWeakness("Delegation").longTermVision("Lead product for a whole business line").build())
        .addPlan(plan("pia", roadmap))
        .addGrowSession(session)
        .build();
    Report report = validate(snapshot);
    assertEquals(List.of(RuleCodes.GROW_STEPS_UNTRACKED), codes(report));
    assertEquals("growSessions[grow-pia].steps[3].trackedBy", report.findings().get(0).path().toString());
    assertEquals(AlignmentClass.CURRENT_ROLE,
        advisor(snapshot).classify(snapshot.plan("plan-pia").orElseThrow(), roadmap).alignmentClass());
  }

  // --- seed 001: an underperformer -----------------------------------------------------------------

  @Test
  void seed001UnderperformerAimingElsewhereIsFlaggedAndTheExpectationsNameTheGaps() {
    DevelopmentPlan plan = DevelopmentPlan.builder()
        .from(plan("ben", goal("g-product", "Learn the product deeply", "product"),
            goal("g-influence", "Influence client decisions", "influence")))
        .targetRole(RoleRef.of("sales", "S2")).standing(PerformanceStanding.BELOW).build();
    OrganizationSnapshot snapshot = SeedOrganization.base()
        .addPerson(person("ben", "support", RoleRef.of("cs", "CS1")))
        .addProfile(SkillProfile.of("ben", List.of(assessed("empathy", 3), assessed("troubleshooting", 1))))
        .addPlan(plan)
        .build();
    Report report = validate(snapshot);
    assertEquals(List.of(RuleCodes.PLAN_UNDERPERFORMER), codes(report));
    assertEquals("Troubleshooting", report.findings().get(0).arguments().get("gaps"));
    for (GoalAdvice advice : advisor(snapshot).advise(plan)) {
      assertEquals(AlignmentClass.TARGET_ROLE, advice.alignment().alignmentClass());
      assertEquals(List.of(SuggestionKind.EXPECTATIONS), advice.kinds());
      assertEquals(List.of("troubleshooting"), advice.suggestions().get(0).gaps());
      assertEquals("Let's start from what your role (Customer service CS1) and the next level expect: Customer empathy, "
          + "Troubleshooting. Today the gaps in your current role are Troubleshooting.",
          formatter.sentence(advice.suggestions().get(0), Locale.ENGLISH));
    }
  }

  // --- a person without a role -----------------------------------------------------------------------

  @Test
  void personWithoutARoleHasUnknownGoalsAndNoTangentialFinding() {
    OrganizationSnapshot snapshot = SeedOrganization.base()
        .addPerson(person("noa", "platform", null))
        .addPlan(plan("noa", goal("g-rust", "Learn Rust", "rust")))
        .build();
    DevelopmentPlan plan = snapshot.plan("plan-noa").orElseThrow();
    GoalAdvice advice = advisor(snapshot).advise(plan, plan.goal("g-rust").orElseThrow());
    assertEquals(AlignmentClass.UNKNOWN, advice.alignment().alignmentClass());
    assertEquals(List.of(), advice.suggestions());
    assertEquals(List.of(), validate(snapshot).findings());
  }
}
