package dev.alignkit.rules;

import static dev.alignkit.rules.RuleFixtures.AS_OF;
import static dev.alignkit.rules.RuleFixtures.args;
import static dev.alignkit.rules.RuleFixtures.only;
import static dev.alignkit.rules.RuleFixtures.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alignkit.career.Assessment;
import dev.alignkit.career.AssessmentSource;
import dev.alignkit.career.SkillProfile;
import dev.alignkit.common.Visibility;
import dev.alignkit.development.CareerVision;
import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.GrowSession;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.policy.Policy;
import dev.alignkit.policy.VisibleKind;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** privacy.visibility.widened: exact paths, subjects and arguments for each kind, and what is not flagged. */
class VisibilityWidenedRuleTest {
  private static final String CODE = RuleCodes.PRIVACY_VISIBILITY_WIDENED;

  private static DevelopmentPlan plan(Optional<Visibility> planVisibility, Optional<Visibility> goalVisibility) {
    return DevelopmentPlan.builder().id("plan-maya").personId("maya").cycleId("2026-Q3").visibility(planVisibility)
        .addGoal(DevelopmentGoal.builder().id("g-1").statement("Lead the guild").visibility(goalVisibility).build())
        .build();
  }

  private static OrganizationSnapshot with(DevelopmentPlan plan) {
    return RuleFixtures.clean().addPlan(plan).build();
  }

  @Test
  void aPublicPlanIsFlaggedOnItsVisibility() {
    Finding finding = only(CODE, validate(with(plan(Optional.of(Visibility.PUBLIC), Optional.empty()))));
    assertEquals("plans[plan-maya].visibility", finding.path().toString());
    assertEquals("plan-maya", finding.subjectId());
    assertEquals(Optional.of("maya"), finding.personId());
    assertEquals(Visibility.PUBLIC, finding.subjectVisibility());
    assertEquals(args("person", "Maya Chen", "kind", "development plan", "item", "plan-maya"), finding.arguments());
  }

  @Test
  void aPublicGoalIsFlaggedOnItsVisibility() {
    Finding finding = only(CODE, validate(with(plan(Optional.empty(), Optional.of(Visibility.PUBLIC)))));
    assertEquals("plans[plan-maya].goals[g-1].visibility", finding.path().toString());
    assertEquals("g-1", finding.subjectId());
    assertEquals(args("person", "Maya Chen", "kind", "development goal", "item", "Lead the guild"),
        finding.arguments());
  }

  @Test
  void aPublicVisionIsFlaggedOnItsVisibility() {
    OrganizationSnapshot snapshot = RuleFixtures.clean().addVision(CareerVision.builder().id("v-1").personId("maya")
        .visibility(Visibility.PUBLIC).build()).build();
    Finding finding = only(CODE, validate(snapshot));
    assertEquals("visions[v-1].visibility", finding.path().toString());
    assertEquals("v-1", finding.subjectId());
    assertEquals(Optional.of("maya"), finding.personId());
    assertEquals(args("person", "Maya Chen", "kind", "career vision", "item", "v-1"), finding.arguments());
  }

  @Test
  void aPublicGrowSessionIsFlaggedOnItsVisibility() {
    OrganizationSnapshot snapshot = RuleFixtures.clean().addGrowSession(GrowSession.builder().id("s-1")
        .personId("maya").visibility(Visibility.PUBLIC).build()).build();
    Finding finding = only(CODE, validate(snapshot));
    assertEquals("growSessions[s-1].visibility", finding.path().toString());
    assertEquals("s-1", finding.subjectId());
    assertEquals(args("person", "Maya Chen", "kind", "GROW session", "item", "s-1"), finding.arguments());
  }

  @Test
  void aPublicAssessmentIsFlaggedOnItsVisibilityWithThePersonAsSubject() {
    LocalDate date = AS_OF.minusDays(10);
    OrganizationSnapshot snapshot = RuleFixtures.clean().addProfile(SkillProfile.of("maya", List.of(
        Assessment.of("writing", 3, date.minusDays(5), AssessmentSource.SELF),
        Assessment.builder().skillId("product").proficiency(4).date(date).visibility(Visibility.PUBLIC).build())))
        .build();
    Finding finding = only(CODE, validate(snapshot));
    assertEquals("profiles[maya].assessments[product].visibility", finding.path().toString());
    assertEquals("maya", finding.subjectId());
    assertEquals(args("person", "Maya Chen", "kind", "assessment", "item", "product (" + date + ")"),
        finding.arguments());
  }

  @Test
  void teamAndDefaultVisibilitiesAreNotFlagged() {
    assertEquals(List.of(), validate(with(plan(Optional.of(Visibility.TEAM), Optional.of(Visibility.TEAM))))
        .ofCode(CODE));
    assertEquals(List.of(), validate(with(plan(Optional.empty(), Optional.of(Visibility.PRIVATE)))).ofCode(CODE));
  }

  @Test
  void aKindThatThePolicyMakesPublicByDefaultIsNotFlagged() {
    Map<VisibleKind, Visibility> defaults = new EnumMap<>(Policy.defaults().defaultVisibilities());
    defaults.put(VisibleKind.DEVELOPMENT_PLAN, Visibility.PUBLIC);
    Validator validator = Validator.builder().policy(Policy.builder().defaultVisibilities(defaults).build()).build();
    Report report = validator.validate(with(plan(Optional.of(Visibility.PUBLIC), Optional.of(Visibility.PUBLIC))),
        AS_OF);
    assertEquals(List.of("g-1"), report.ofCode(CODE).stream().map(Finding::subjectId).toList());
  }

  @Test
  void theMessageNamesTheKindAndTheItemInEnglishAndGerman() {
    Finding finding = only(CODE, validate(with(plan(Optional.of(Visibility.PUBLIC), Optional.empty()))));
    assertEquals("The development plan \"plan-maya\" of Maya Chen is PUBLIC, though this kind of item is PRIVATE by "
        + "default: everyone in the organization can see it.", FindingFormatter.standard().message(finding,
        Locale.ENGLISH));
    assertEquals("Das Element „plan-maya“ (development plan) von Maya Chen ist PUBLIC, obwohl diese Art von Element "
        + "standardmäßig PRIVATE ist: Alle in der Organisation können es sehen.",
        FindingFormatter.standard().message(finding, Locale.GERMAN));
  }
}
