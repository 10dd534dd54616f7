package dev.alignkit.rules;

import static dev.alignkit.rules.RuleFixtures.AS_OF;
import static dev.alignkit.rules.RuleFixtures.args;
import static dev.alignkit.rules.RuleFixtures.only;
import static dev.alignkit.rules.RuleFixtures.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alignkit.career.Assessment;
import dev.alignkit.career.AssessmentSource;
import dev.alignkit.career.CareerLadder;
import dev.alignkit.career.Expectation;
import dev.alignkit.career.Level;
import dev.alignkit.career.RoleRef;
import dev.alignkit.career.Skill;
import dev.alignkit.career.SkillCatalog;
import dev.alignkit.career.SkillProfile;
import dev.alignkit.common.Visibility;
import dev.alignkit.development.CoachingCheckIn;
import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.GoalStatus;
import dev.alignkit.development.GrowOption;
import dev.alignkit.development.GrowSession;
import dev.alignkit.development.Horizon;
import dev.alignkit.development.PerformanceStanding;
import dev.alignkit.development.SupportActivity;
import dev.alignkit.development.SupportKind;
import dev.alignkit.development.TargetSkill;
import dev.alignkit.development.WayForwardStep;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.KeyResultKind;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The dev.* rules: exact paths and arguments, and the clean cases issue 7 names. */
class DevelopmentRulesTest {
  /** A well-formed goal: measurable, supported, agreed by Lena, Maya's manager. */
  private static DevelopmentGoal goal(String id, GoalStatus status) {
    DevelopmentGoal.Builder goal = DevelopmentGoal.builder().id(id).statement("Goal " + id).proposedBy("maya")
        .addTargetSkill(TargetSkill.of("product", 4))
        .addMeasure(KeyResult.increase("m-" + id, "Client calls led", 0, 4, "calls")
            .withCheckIn(CheckIn.of(AS_OF.minusDays(3), 1)))
        .addSupportActivity(SupportActivity.of(SupportKind.ON_THE_JOB, "Lead a segment of the weekly client call"))
        .status(status);
    if (status != GoalStatus.PROPOSED) {
      goal.agreedBy("lena").agreedOn(RuleFixtures.JULY_1);
    }
    return goal.build();
  }

  private static DevelopmentPlan plan(DevelopmentGoal... goals) {
    return DevelopmentPlan.builder().id("plan-maya").personId("maya").cycleId("2026-Q3").addGoals(goals)
        .addCoachingCheckIn(CoachingCheckIn.of(AS_OF.minusDays(10), "lena")).build();
  }

  private static OrganizationSnapshot with(DevelopmentPlan plan) {
    return RuleFixtures.clean().addPlan(plan).build();
  }

  private static List<DevelopmentGoal> goals(int count, GoalStatus status) {
    List<DevelopmentGoal> goals = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      goals.add(goal("g" + i, status));
    }
    return goals;
  }

  @Test
  void cleanPlanHasNoFindings() {
    assertEquals(List.of(), validate(with(plan(goal("g1", GoalStatus.ACTIVE)))).findings());
  }

  @Test
  void fourAgreedGoalsAreTooMany() {
    Finding finding = only(RuleCodes.GOAL_TOO_MANY,
        validate(with(plan(goals(4, GoalStatus.AGREED).toArray(new DevelopmentGoal[0])))));
    assertEquals("plans[plan-maya].goals", finding.path().toString());
    assertEquals("plan-maya", finding.subjectId());
    assertEquals(Optional.of("maya"), finding.personId());
    assertEquals(Visibility.PRIVATE, finding.subjectVisibility());
    assertEquals(args("person", "Maya Chen", "cycle", "2026-Q3", "count", "4", "limit", "3"), finding.arguments());
  }

  @Test
  void fourProposedGoalsAreNotTooMany() {
    List<DevelopmentGoal> goals = new ArrayList<>(goals(4, GoalStatus.PROPOSED));
    goals.add(goal("g-agreed", GoalStatus.AGREED));
    assertEquals(List.of(), validate(with(plan(goals.toArray(new DevelopmentGoal[0]))))
        .ofCode(RuleCodes.GOAL_TOO_MANY));
  }

  @Test
  void threeGoalsGiveNothing() {
    assertEquals(List.of(), validate(with(plan(goals(3, GoalStatus.ACTIVE).toArray(new DevelopmentGoal[0]))))
        .findings());
  }

  @Test
  void goalsAreCountedAcrossThePersonsPlansOfOneCycle() {
    DevelopmentPlan second = DevelopmentPlan.builder().from(plan(goal("g3", GoalStatus.ACTIVE), goal("g4", GoalStatus.ACTIVE)))
        .id("plan-maya-2").build();
    OrganizationSnapshot snapshot = RuleFixtures.clean()
        .addPlan(plan(goal("g1", GoalStatus.ACTIVE), goal("g2", GoalStatus.AGREED))).addPlan(second).build();
    Finding finding = only(RuleCodes.GOAL_TOO_MANY, validate(snapshot));
    assertEquals("plans[plan-maya].goals", finding.path().toString());
    assertEquals("4", finding.arguments().get("count"));
  }

  @Test
  void openPlanWithoutAgreedGoalsHasNone() {
    Finding finding = only(RuleCodes.GOAL_NONE, validate(with(plan(goal("g1", GoalStatus.PROPOSED)))));
    assertEquals("plans[plan-maya].goals", finding.path().toString());
    assertEquals(args("person", "Maya Chen", "cycle", "2026-Q3", "count", "0", "min", "1", "max", "3"), finding.arguments());
  }

  @Test
  void goalWithoutMeasuresOrWithAVagueMeasureIsNotMeasurable() {
    DevelopmentGoal none = DevelopmentGoal.builder().from(goal("g1", GoalStatus.ACTIVE)).measures(List.of()).build();
    Finding noMeasure = only(RuleCodes.GOAL_NOT_MEASURABLE, validate(with(plan(none))));
    assertEquals("plans[plan-maya].goals[g1].measures", noMeasure.path().toString());
    assertEquals("g1", noMeasure.subjectId());
    assertEquals(args("goal", "Goal g1", "missing", "a measure"), noMeasure.arguments());

    DevelopmentGoal vague = DevelopmentGoal.builder().from(goal("g1", GoalStatus.ACTIVE))
        .measures(List.of(KeyResult.builder().id("m-vague").title("Be better at product").kind(KeyResultKind.INCREASE)
            .build())).build();
    Finding vagueMeasure = only(RuleCodes.GOAL_NOT_MEASURABLE, validate(with(plan(vague))));
    assertEquals("plans[plan-maya].goals[g1].measures[m-vague].target", vagueMeasure.path().toString());
    assertEquals(args("goal", "Goal g1", "missing", "target, start, unit"), vagueMeasure.arguments());
  }

  @Test
  void rollupMeasureCannotBeMeasuredSinceNothingContributesToAGoal() {
    DevelopmentGoal rollup = DevelopmentGoal.builder().from(goal("g1", GoalStatus.ACTIVE))
        .addMeasure(KeyResult.builder().from(KeyResult.rollup("m-sum", "Contributions")).target(4).build()).build();
    Finding finding = only(RuleCodes.GOAL_NOT_MEASURABLE, validate(with(plan(rollup))));
    assertEquals("plans[plan-maya].goals[g1].measures[m-sum].kind", finding.path().toString());
    assertEquals(args("goal", "Goal g1", "missing", "kind"), finding.arguments());
    assertEquals(Optional.of(GoalNotMeasurableRule.ROLLUP_SUGGESTION), finding.suggestionKey());
    assertEquals(Optional.of("A ROLLUP measure counts contributing objectives, which a development goal does not have:"
            + " give it a kind of its own, such as INCREASE or ACHIEVE, and a target."),
        FindingFormatter.standard().suggestion(finding, Locale.ENGLISH));
  }

  @Test
  void goalWithoutSupportIsFlagged() {
    DevelopmentGoal alone = DevelopmentGoal.builder().from(goal("g1", GoalStatus.ACTIVE))
        .supportActivities(List.of()).build();
    Finding finding = only(RuleCodes.GOAL_NO_SUPPORT, validate(with(plan(alone))));
    assertEquals("plans[plan-maya].goals[g1].supportActivities", finding.path().toString());
    assertEquals(args("goal", "Goal g1"), finding.arguments());
  }

  @Test
  void droppedGoalsAreNotChecked() {
    DevelopmentGoal dropped = DevelopmentGoal.builder().from(goal("g2", GoalStatus.DROPPED))
        .measures(List.of()).supportActivities(List.of()).build();
    assertEquals(List.of(), validate(with(plan(goal("g1", GoalStatus.ACTIVE), dropped))).findings());
  }

  @Test
  void goalAgreedByAPeerIsNotAgreed() {
    DevelopmentGoal byPeer = DevelopmentGoal.builder().from(goal("g1", GoalStatus.ACTIVE)).agreedBy("sam").build();
    OrganizationSnapshot snapshot = RuleFixtures.clean()
        .addPerson(Person.builder().id("sam").name("Sam").managerId("lena").build()).addPlan(plan(byPeer)).build();
    Finding finding = only(RuleCodes.PLAN_NOT_AGREED, validate(snapshot));
    assertEquals("plans[plan-maya].goals[g1].agreedBy", finding.path().toString());
    assertEquals(args("goal", "Goal g1", "agreedBy", "sam"), finding.arguments());
  }

  @Test
  void goalMarkedAgreedByNobodyIsNotAgreed() {
    DevelopmentGoal unsigned = DevelopmentGoal.builder().from(goal("g1", GoalStatus.AGREED))
        .agreedBy(Optional.empty()).build();
    assertEquals(args("goal", "Goal g1", "agreedBy", "nobody"),
        only(RuleCodes.PLAN_NOT_AGREED, validate(with(plan(unsigned)))).arguments());
  }

  @Test
  void droppedGoalNeedsNoAgreement() {
    DevelopmentGoal dropped = DevelopmentGoal.builder().from(goal("g2", GoalStatus.DROPPED))
        .agreedBy(Optional.empty()).build();
    assertEquals(List.of(), validate(with(plan(goal("g1", GoalStatus.ACTIVE), dropped)))
        .ofCode(RuleCodes.PLAN_NOT_AGREED));
  }

  @Test
  void goalAgreedByAnHrAdministratorIsAgreed() {
    DevelopmentGoal byHr = DevelopmentGoal.builder().from(goal("g1", GoalStatus.ACTIVE)).agreedBy("hana").build();
    OrganizationSnapshot snapshot = RuleFixtures.clean()
        .addPerson(Person.builder().id("hana").name("Hana").hrAdministrator(true).build()).addPlan(plan(byHr)).build();
    assertEquals(List.of(), validate(snapshot).ofCode(RuleCodes.PLAN_NOT_AGREED));
  }

  @Test
  void personWithoutAManagerIsNotFlaggedAsNotAgreed() {
    DevelopmentPlan lenasPlan = DevelopmentPlan.builder().from(plan(
        DevelopmentGoal.builder().from(goal("g1", GoalStatus.ACTIVE)).agreedBy("lena").build()))
        .personId("lena").build();
    assertEquals(List.of(), validate(with(lenasPlan)).ofCode(RuleCodes.PLAN_NOT_AGREED));
  }

  @Test
  void coachingOlderThanTheCadenceIsStale() {
    DevelopmentPlan quiet = DevelopmentPlan.builder().from(plan(goal("g1", GoalStatus.ACTIVE)))
        .coachingCheckIns(List.of(CoachingCheckIn.of(AS_OF.minusDays(32), "lena"))).build();
    Finding finding = only(RuleCodes.PLAN_COACHING_STALE, validate(with(quiet)));
    assertEquals("plans[plan-maya].coachingCheckIns", finding.path().toString());
    assertEquals(args("person", "Maya Chen", "days", "32", "cadence", "31"), finding.arguments());
    DevelopmentPlan weekly = DevelopmentPlan.builder().from(quiet).coachingCadenceDays(40).build();
    assertEquals(List.of(), validate(with(weekly)).ofCode(RuleCodes.PLAN_COACHING_STALE));
  }

  @Test
  void coachingExactlyOneCadenceAgoIsNotStale() {
    DevelopmentPlan monthly = DevelopmentPlan.builder().from(plan(goal("g1", GoalStatus.ACTIVE)))
        .coachingCheckIns(List.of(CoachingCheckIn.of(AS_OF.minusDays(31), "lena"))).build();
    assertEquals(List.of(), validate(with(monthly)).ofCode(RuleCodes.PLAN_COACHING_STALE));
  }

  @Test
  void planWhoseGoalsAreAllClosedNeedsNoCoaching() {
    DevelopmentPlan finished = DevelopmentPlan.builder()
        .from(plan(goal("g1", GoalStatus.DONE), goal("g2", GoalStatus.DROPPED)))
        .coachingCheckIns(List.of(CoachingCheckIn.of(AS_OF.minusDays(60), "lena"))).build();
    assertEquals(List.of(), validate(with(finished)).ofCode(RuleCodes.PLAN_COACHING_STALE));
  }

  private static OrganizationSnapshot underperformer(DevelopmentGoal goal) {
    return underperformer(PerformanceStanding.BELOW, goal);
  }

  /** Maya in CS2, UNDER on troubleshooting (2 of 3) and meeting product, with a plan of {@code goals}. */
  private static OrganizationSnapshot underperformer(PerformanceStanding standing, DevelopmentGoal... goals) {
    CareerLadder support = CareerLadder.builder().id("cs").name("Customer service")
        .addLevel(Level.builder().id("CS2").name("CS2").rank(2)
            .addExpectation(Expectation.essential("troubleshooting", 3))
            .addExpectation(Expectation.essential("product", 3)).build())
        .build();
    return RuleFixtures.clean()
        .skillCatalog(SkillCatalog.builder().addSkill(Skill.of("troubleshooting", "Troubleshooting", "technical-expertise"))
            .addSkill(Skill.of("product", "Product", "product-knowledge"))
            .addSkill(Skill.of("negotiation", "Negotiation", "influence")).build())
        .addLadder(support)
        .people(List.of(Person.builder().id("lena").name("Lena Ortiz").build(),
            Person.builder().id("maya").name("Maya Chen").managerId("lena").role(RoleRef.of("cs", "CS2")).build()))
        .addProfile(SkillProfile.of("maya", List.of(
            Assessment.of("troubleshooting", 2, AS_OF.minusDays(30), AssessmentSource.MANAGER),
            Assessment.of("product", 3, AS_OF.minusDays(30), AssessmentSource.MANAGER))))
        .addPlan(DevelopmentPlan.builder().from(plan(goals)).standing(standing).build())
        .build();
  }

  @Test
  void underperformerWhoseGoalsSkipTheCurrentRoleGapIsFlaggedPrivately() {
    DevelopmentGoal future = DevelopmentGoal.builder().from(goal("g1", GoalStatus.ACTIVE))
        .targetSkills(List.of(TargetSkill.of("negotiation", 3))).build();
    Finding finding = only(RuleCodes.PLAN_UNDERPERFORMER, validate(underperformer(future)));
    assertEquals("plans[plan-maya].goals", finding.path().toString());
    assertEquals(Visibility.PRIVATE, finding.subjectVisibility());
    assertEquals(args("person", "Maya Chen", "gaps", "Troubleshooting"), finding.arguments());
  }

  @Test
  void underperformerWithACurrentRoleGoalIsFine() {
    DevelopmentGoal fixing = DevelopmentGoal.builder().from(goal("g1", GoalStatus.ACTIVE))
        .targetSkills(List.of(TargetSkill.of("troubleshooting", 3))).build();
    assertEquals(List.of(), validate(underperformer(fixing)).ofCode(RuleCodes.PLAN_UNDERPERFORMER));
  }

  @Test
  void personMeetingExpectationsNeedsNoCurrentRoleGoal() {
    DevelopmentGoal future = DevelopmentGoal.builder().from(goal("g1", GoalStatus.ACTIVE))
        .targetSkills(List.of(TargetSkill.of("negotiation", 3))).build();
    assertEquals(List.of(), validate(underperformer(PerformanceStanding.MEETS, future))
        .ofCode(RuleCodes.PLAN_UNDERPERFORMER));
  }

  @Test
  void underperformerWithoutCurrentRoleGapsIsFine() {
    DevelopmentGoal future = DevelopmentGoal.builder().from(goal("g1", GoalStatus.ACTIVE))
        .targetSkills(List.of(TargetSkill.of("negotiation", 3))).build();
    OrganizationSnapshot noGaps = OrganizationSnapshot.builder().from(underperformer(future))
        .profiles(List.of(SkillProfile.of("maya", List.of(
            Assessment.of("troubleshooting", 3, AS_OF.minusDays(30), AssessmentSource.MANAGER),
            Assessment.of("product", 3, AS_OF.minusDays(30), AssessmentSource.MANAGER)))))
        .build();
    assertEquals(List.of(), validate(noGaps).ofCode(RuleCodes.PLAN_UNDERPERFORMER));
  }

  @Test
  void underperformerWhoseOnlyCurrentRoleGoalIsDoneIsFlagged() {
    DevelopmentGoal done = DevelopmentGoal.builder().from(goal("g1", GoalStatus.DONE))
        .targetSkills(List.of(TargetSkill.of("troubleshooting", 3))).build();
    DevelopmentGoal future = DevelopmentGoal.builder().from(goal("g2", GoalStatus.ACTIVE))
        .targetSkills(List.of(TargetSkill.of("negotiation", 3))).build();
    assertEquals(args("person", "Maya Chen", "gaps", "Troubleshooting"),
        only(RuleCodes.PLAN_UNDERPERFORMER, validate(underperformer(PerformanceStanding.BELOW, done, future)))
            .arguments());
  }

  private static GrowSession.Builder completeSession() {
    return GrowSession.builder().id("grow-1").personId("maya").coachId("lena").date(AS_OF.minusDays(5))
        .goal("Lead the escalation practice").whereNow("Handles her own escalations")
        .addOption(GrowOption.of("Shadow the support lead"))
        .addStep(WayForwardStep.builder().description("Book time with the support lead").horizon(Horizon.THIS_WEEK)
            .likelihood(0.9).build())
        .addStep(WayForwardStep.builder().description("Run the weekly escalation review").horizon(Horizon.THIS_MONTH)
            .likelihood(0.4).contingency("Co-run it with Lena").trackedBy("g1").build());
  }

  @Test
  void completeSessionWithTrackedStepsIsClean() {
    assertEquals(List.of(), validate(RuleFixtures.clean().addPlan(plan(goal("g1", GoalStatus.ACTIVE)))
        .addGrowSession(completeSession().build()).build()).findings());
  }

  @Test
  void sessionWithoutRealityAndAnUnlikelyStepWithoutContingencyIsIncomplete() {
    GrowSession session = GrowSession.builder().from(completeSession().build()).whereNow(Optional.empty())
        .steps(List.of(WayForwardStep.builder().description("Ask for the review").horizon(Horizon.THIS_WEEK)
            .likelihood(0.3).build()))
        .build();
    Finding finding = only(RuleCodes.GROW_INCOMPLETE, validate(RuleFixtures.clean().addGrowSession(session).build()));
    assertEquals("growSessions[grow-1].reality", finding.path().toString());
    assertEquals(Optional.of("maya"), finding.personId());
    assertEquals(Visibility.PRIVATE, finding.subjectVisibility());
    assertEquals(args("session", "grow-1", "missing", "reality, steps[0].contingency"), finding.arguments());
  }

  @Test
  void emptySessionMissesEveryPart() {
    GrowSession empty = GrowSession.builder().id("grow-x").personId("maya").build();
    Finding finding = only(RuleCodes.GROW_INCOMPLETE, validate(RuleFixtures.clean().addGrowSession(empty).build()));
    assertEquals("growSessions[grow-x].goal", finding.path().toString());
    assertEquals(args("session", "grow-x", "missing", "goal, reality, options, steps"), finding.arguments());
  }

  @Test
  void blankGoalAndStepsWithoutAHorizonAreMissing() {
    GrowSession session = GrowSession.builder().from(completeSession().build()).goal(" ")
        .steps(List.of(WayForwardStep.builder().description("Think about it").build()))
        .build();
    Finding finding = only(RuleCodes.GROW_INCOMPLETE, validate(RuleFixtures.clean().addGrowSession(session).build()));
    assertEquals("growSessions[grow-1].goal", finding.path().toString());
    assertEquals(args("session", "grow-1", "missing", "goal, steps"), finding.arguments());
  }

  @Test
  void stepAsLikelyAsNotNeedsNoContingency() {
    GrowSession session = GrowSession.builder().from(completeSession().build())
        .steps(List.of(WayForwardStep.builder().description("Book time with the support lead")
            .horizon(Horizon.THIS_WEEK).likelihood(0.5).build()))
        .build();
    assertEquals(List.of(), validate(RuleFixtures.clean().addGrowSession(session).build())
        .ofCode(RuleCodes.GROW_INCOMPLETE));
  }

  @Test
  void untrackedMonthlyStepIsInfoAndAWeeklyStepNeedsNoTracking() {
    GrowSession session = GrowSession.builder().from(completeSession().build())
        .steps(List.of(
            WayForwardStep.of("Book time with the support lead", Horizon.THIS_WEEK),
            WayForwardStep.of("Write the escalation playbook", Horizon.LATER)))
        .build();
    Finding finding = only(RuleCodes.GROW_STEPS_UNTRACKED, validate(RuleFixtures.clean().addGrowSession(session).build()));
    assertEquals("growSessions[grow-1].steps[1].trackedBy", finding.path().toString());
    assertEquals(args("session", "grow-1", "step", "Write the escalation playbook"), finding.arguments());
  }

  @Test
  void stepTrackedByAGoalsMeasureIsTrackedAndOneTrackedByAnUnknownIdIsNot() {
    GrowSession session = GrowSession.builder().from(completeSession().build())
        .steps(List.of(
            WayForwardStep.builder().description("Lead two client calls").horizon(Horizon.THIS_MONTH)
                .trackedBy("m-g1").build(),
            WayForwardStep.builder().description("Write the escalation playbook").horizon(Horizon.LATER)
                .trackedBy("g-gone").build()))
        .build();
    Finding finding = only(RuleCodes.GROW_STEPS_UNTRACKED, validate(RuleFixtures.clean()
        .addPlan(plan(goal("g1", GoalStatus.ACTIVE))).addGrowSession(session).build()));
    assertEquals("growSessions[grow-1].steps[1].trackedBy", finding.path().toString());
    assertEquals(args("session", "grow-1", "step", "Write the escalation playbook"), finding.arguments());
  }

  @Test
  void validatingOnePersonIncludesTheirPlansAndSessions() {
    OrganizationSnapshot snapshot = RuleFixtures.clean()
        .addPlan(plan(goal("g1", GoalStatus.PROPOSED)))
        .addGrowSession(GrowSession.builder().id("grow-x").personId("maya").build())
        .build();
    Report maya = Validator.defaults().validatePerson(snapshot, "maya", AS_OF);
    assertEquals(List.of("dev.grow.incomplete", "dev.goal.none"), maya.findings().stream().map(Finding::code).toList());
    assertEquals(List.of(), Validator.defaults().validatePerson(snapshot, "lena", AS_OF).findings());
  }
}
