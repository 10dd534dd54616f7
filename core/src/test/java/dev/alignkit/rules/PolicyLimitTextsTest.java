package dev.alignkit.rules;

import static dev.alignkit.rules.RuleFixtures.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.career.Assessment;
import dev.alignkit.career.AssessmentSource;
import dev.alignkit.career.CareerLadder;
import dev.alignkit.career.Expectation;
import dev.alignkit.career.Level;
import dev.alignkit.career.RoleRef;
import dev.alignkit.career.Skill;
import dev.alignkit.career.SkillCatalog;
import dev.alignkit.career.SkillProfile;
import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.GoalStatus;
import dev.alignkit.internal.Messages;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.policy.Policy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No text spells out a limit of the policy: for each limit, two policies that differ only in it
 * give findings whose every text naming the limit's argument (message and suggestion, English
 * and German) shows that policy's value, and differs from the other's only there.
 */
class PolicyLimitTextsTest {
  private static final Messages TEMPLATES = Messages.nextTo(FindingFormatter.class, "messages");
  private static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.GERMAN);

  /** One limit: how to set it, the rule whose texts name it, the argument that carries it, where it fires. */
  private record Limit(String name, BiConsumer<Policy.Builder, Integer> set, String code,
      String argument, OrganizationSnapshot snapshot, int value, int otherValue) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> limits() {
    return Stream.of(
        new Limit("maxObjectivesPerOwner", Policy.Builder::maxObjectivesPerOwner, RuleCodes.OBJECTIVE_COUNT, "limit",
            threePersonalObjectives(), 1, 2),
        new Limit("maxKeyResultsPerObjective", Policy.Builder::maxKeyResultsPerObjective, RuleCodes.KEY_RESULT_COUNT,
            "limit", threeKeyResults(), 1, 2),
        new Limit("checkInStaleDays", Policy.Builder::checkInStaleDays, RuleCodes.CHECK_IN_STALE, "limit",
            lastCheckInFortyDaysAgo(), 7, 9),
        new Limit("checkInGraceDays", Policy.Builder::checkInGraceDays, RuleCodes.CHECK_IN_DATE, "grace",
            checkInTwentyDaysAfterTheCycle(), 11, 13),
        new Limit("assessmentStaleDays", Policy.Builder::assessmentStaleDays, RuleCodes.ASSESSMENT_STALE, "limit",
            assessmentFourHundredDaysOld(), 100, 200),
        new Limit("maxDevelopmentGoals", Policy.Builder::maxDevelopmentGoals, RuleCodes.GOAL_TOO_MANY, "limit",
            plan(goals(4, GoalStatus.AGREED)), 1, 2),
        new Limit("maxDevelopmentGoals", Policy.Builder::maxDevelopmentGoals, RuleCodes.GOAL_NONE, "max",
            plan(goals(1, GoalStatus.PROPOSED)), 4, 6),
        new Limit("minDevelopmentGoals", (policy, min) -> policy.minDevelopmentGoals(min).maxDevelopmentGoals(5),
            RuleCodes.GOAL_NONE, "min", plan(goals(1, GoalStatus.AGREED)), 2, 4),
        new Limit("coachingCadenceDays", Policy.Builder::coachingCadenceDays, RuleCodes.PLAN_COACHING_STALE,
            "cadence", plan(goals(1, GoalStatus.ACTIVE)), 7, 9))
        .map(limit -> Arguments.of(limit));
  }

  @ParameterizedTest(name = "{0} in {index}")
  @MethodSource("limits")
  void everyTextThatNamesALimitShowsThePolicysValue(Limit limit) {
    List<String> keys = keysNaming(limit.code(), limit.argument());
    assertFalse(keys.isEmpty(), limit.code() + " names its limit {" + limit.argument() + "} in no text");
    List<String> texts = texts(limit, limit.value(), keys);
    List<String> otherTexts = texts(limit, limit.otherValue(), keys);
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      assertTrue(namesValue(text, limit.value()), () -> "no " + limit.value() + " in: " + text);
      assertFalse(namesValue(text, limit.otherValue()), () -> limit.otherValue() + " in: " + text);
      assertEquals(otherTexts.get(i), text.replaceAll(word(limit.value()), Integer.toString(limit.otherValue())),
          "the texts differ only in the limit");
    }
  }

  /** The message and suggestion keys of {@code code} whose English template names {@code argument}. */
  private static List<String> keysNaming(String code, String argument) {
    List<String> keys = new ArrayList<>();
    for (String key : List.of(code, code + ".suggestion")) {
      Optional<String> template = TEMPLATES.template(key, Locale.ROOT);
      if (template.isPresent() && Messages.placeholders(template.get()).contains(argument)) {
        keys.add(key);
      }
    }
    return keys;
  }

  /** The texts of {@code keys}, in every locale, for the one finding of the limit's rule under {@code value}. */
  private static List<String> texts(Limit limit, int value, List<String> keys) {
    Policy.Builder policy = Policy.builder();
    limit.set().accept(policy, value);
    Finding finding = RuleFixtures.only(limit.code(),
        Validator.builder().policy(policy.build()).build().validate(limit.snapshot(), AS_OF));
    assertEquals(Integer.toString(value), finding.arguments().get(limit.argument()));
    List<String> texts = new ArrayList<>();
    for (Locale locale : LOCALES) {
      for (String key : keys) {
        texts.add(key.equals(finding.code()) ? FindingFormatter.standard().message(finding, locale)
            : FindingFormatter.standard().suggestion(finding, locale).orElseThrow());
      }
    }
    return texts;
  }

  private static boolean namesValue(String text, int value) {
    return Pattern.compile(word(value)).matcher(text).find();
  }

  /** The value as a whole number in text: not a digit of a longer number or of a date. */
  private static String word(int value) {
    return "(?<![\\d.])" + value + "(?![\\d.]\\d)";
  }

  // --- where each limit fires under both values, and not under the other rules' texts ----------

  private static OrganizationSnapshot threePersonalObjectives() {
    List<Objective> objectives = new ArrayList<>(List.of(RuleFixtures.companyObjective(), RuleFixtures.teamObjective()));
    for (String id : List.of("o-maya", "o-maya-2", "o-maya-3")) {
      KeyResult playbook = KeyResult.achieve("kr-" + id, "Publish the playbook").withCheckIn(CheckIn.of(AS_OF, 0, 0.8));
      objectives.add(Objective.builder().from(RuleFixtures.personalWith(playbook)).id(id).build());
    }
    return RuleFixtures.withObjectives(objectives.toArray(new Objective[0]));
  }

  private static OrganizationSnapshot threeKeyResults() {
    KeyResult playbook = RuleFixtures.personalObjective().keyResults().get(0);
    Objective personal = Objective.builder().from(RuleFixtures.personalObjective())
        .keyResults(List.of(playbook, KeyResult.builder().from(playbook).id("kr-2").build(),
            KeyResult.builder().from(playbook).id("kr-3").build()))
        .build();
    return RuleFixtures.withObjectives(RuleFixtures.companyObjective(), RuleFixtures.teamObjective(), personal);
  }

  private static OrganizationSnapshot lastCheckInFortyDaysAgo() {
    return RuleFixtures.withPersonalKeyResult(KeyResult.achieve("kr-q", "Publish the playbook")
        .withCheckIn(CheckIn.of(AS_OF.minusDays(40), 0, 0.8)));
  }

  private static OrganizationSnapshot checkInTwentyDaysAfterTheCycle() {
    return RuleFixtures.withPersonalKeyResult(KeyResult.achieve("kr-q", "Publish the playbook")
        .withCheckIn(CheckIn.of(AS_OF.minusDays(1), 0, 0.8))
        .withCheckIn(CheckIn.of(LocalDate.of(2026, 10, 20), 1, 0.9)));
  }

  private static OrganizationSnapshot assessmentFourHundredDaysOld() {
    CareerLadder analysts = CareerLadder.builder().id("analyst").name("Analyst")
        .addLevel(Level.builder().id("A1").name("Level A1").rank(1).addExpectation(Expectation.essential("sql", 2))
            .build())
        .build();
    return RuleFixtures.clean()
        .skillCatalog(SkillCatalog.builder().addSkill(Skill.of("sql", "SQL", "technical-expertise")).build())
        .addLadder(analysts)
        .people(List.of(Person.builder().id("lena").name("Lena Ortiz").build(),
            Person.builder().id("maya").name("Maya Chen").managerId("lena").role(RoleRef.of("analyst", "A1")).build()))
        .addProfile(SkillProfile.of("maya",
            List.of(Assessment.of("sql", 2, AS_OF.minusDays(400), AssessmentSource.MANAGER))))
        .build();
  }

  /** Maya's plan for 2026-Q3 with {@code goals}, and no coaching since the cycle began 45 days ago. */
  private static OrganizationSnapshot plan(List<DevelopmentGoal> goals) {
    return RuleFixtures.clean()
        .addPlan(DevelopmentPlan.builder().id("plan-maya").personId("maya").cycleId("2026-Q3").addAllGoals(goals)
            .build())
        .build();
  }

  private static List<DevelopmentGoal> goals(int count, GoalStatus status) {
    List<DevelopmentGoal> goals = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      DevelopmentGoal.Builder goal = DevelopmentGoal.builder().id("g" + i).statement("Goal g" + i).proposedBy("maya")
          .status(status);
      if (status != GoalStatus.PROPOSED) {
        goal.agreedBy("lena").agreedOn(RuleFixtures.JULY_1);
      }
      goals.add(goal.build());
    }
    return goals;
  }
}
