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
import dev.alignkit.career.LateralMove;
import dev.alignkit.career.Level;
import dev.alignkit.career.RoleRef;
import dev.alignkit.career.Skill;
import dev.alignkit.career.SkillCatalog;
import dev.alignkit.career.SkillProfile;
import dev.alignkit.common.Visibility;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The career rules: exact paths and arguments, and a clean career setup. */
class CareerRulesTest {
  private static final SkillCatalog CATALOG = SkillCatalog.builder()
      .addSkill(Skill.of("sql", "SQL", "technical-expertise"))
      .addSkill(Skill.of("influence", "Influence", "influence"))
      .build();

  private static Level level(String id, int rank, Expectation... expectations) {
    return Level.builder().id(id).name("Level " + id).rank(rank).addExpectations(expectations).build();
  }

  private static CareerLadder analysts(Level... levels) {
    return CareerLadder.builder().id("analyst").name("Analyst").addLevels(levels).build();
  }

  private static CareerLadder cleanLadder() {
    return analysts(level("A1", 1, Expectation.essential("sql", 2)),
        level("A2", 2, Expectation.essential("sql", 3), Expectation.optional("influence", 2)));
  }

  private static OrganizationSnapshot.Builder careers(CareerLadder ladder) {
    return RuleFixtures.clean().skillCatalog(CATALOG).addLadder(ladder)
        .people(List.of(Person.builder().id("lena").name("Lena Ortiz").build(),
            Person.builder().id("maya").name("Maya Chen").managerId("lena").role(RoleRef.of("analyst", "A1")).build()))
        .addProfile(SkillProfile.of("maya", List.of(Assessment.of("sql", 2, AS_OF.minusDays(40), AssessmentSource.MANAGER))));
  }

  @Test
  void cleanCareerSetupHasNoCareerFindings() {
    assertEquals(List.of(), validate(careers(cleanLadder()).build()).findings());
  }

  @Test
  void twoLevelsWithOneRankAreFlagged() {
    Finding finding = only(RuleCodes.LADDER_LEVELS, validate(careers(
        analysts(level("A1", 1, Expectation.essential("sql", 2)), level("A1b", 1, Expectation.essential("sql", 2))))
        .build()));
    assertEquals("ladders[analyst].levels[A1b].rank", finding.path().toString());
    assertEquals("analyst", finding.subjectId());
    assertEquals(args("ladder", "Analyst", "level", "A1b", "rank", "1", "other", "A1"), finding.arguments());
  }

  @Test
  void lowerRequirementWithoutRelaxIsARegression() {
    Finding finding = only(RuleCodes.LADDER_REGRESSION, validate(careers(
        analysts(level("A1", 1, Expectation.essential("sql", 3)), level("A2", 2, Expectation.essential("sql", 2.5))))
        .build()));
    assertEquals("ladders[analyst].levels[A2].expectations[sql].required", finding.path().toString());
    assertEquals(args("ladder", "Analyst", "level", "A2", "skill", "SQL", "declared", "2.5", "inherited", "3"),
        finding.arguments());
  }

  @Test
  void regressionIsReportedOnlyAtTheLevelThatDeclaresIt() {
    Report report = validate(careers(analysts(level("A1", 1, Expectation.essential("sql", 3)),
        level("A2", 2, Expectation.essential("sql", 2.5)), level("A3", 3, Expectation.essential("influence", 3))))
        .build());
    assertEquals(List.of("ladders[analyst].levels[A2].expectations[sql].required"),
        report.ofCode(RuleCodes.LADDER_REGRESSION).stream().map(f -> f.path().toString()).toList());
  }

  @Test
  void relaxedLowerRequirementIsNoRegression() {
    Expectation relaxed = Expectation.builder().skillId("sql").required(2.5).relax(true).build();
    assertEquals(List.of(), validate(careers(
        analysts(level("A1", 1, Expectation.essential("sql", 3)), level("A2", 2, relaxed))).build())
        .ofCode(RuleCodes.LADDER_REGRESSION));
  }

  @Test
  void expectationOfASkillOutsideTheCatalogIsFlagged() {
    Finding finding = only(RuleCodes.LADDER_UNKNOWN_SKILL, validate(careers(
        analysts(level("A1", 1, Expectation.essential("sql", 2), Expectation.essential("cobol", 2)))).build()));
    assertEquals("ladders[analyst].levels[A1].expectations[cobol].skillId", finding.path().toString());
    assertEquals(args("ladder", "Analyst", "level", "A1", "skill", "cobol"), finding.arguments());
  }

  @Test
  void lateralMoveToAnUnknownLevelIsFlagged() {
    OrganizationSnapshot snapshot = careers(cleanLadder())
        .addLateralMove(LateralMove.of("m-1", RoleRef.of("analyst", "A2"), RoleRef.of("sales", "S2")))
        .build();
    Finding finding = only(RuleCodes.LATERAL_UNKNOWN_TARGET, validate(snapshot));
    assertEquals("lateralMoves[m-1].to", finding.path().toString());
    assertEquals(args("move", "m-1", "role", "sales/S2"), finding.arguments());
  }

  @Test
  void lateralMoveFromAnUnknownLevelIsFlagged() {
    OrganizationSnapshot snapshot = careers(cleanLadder())
        .addLateralMove(LateralMove.of("m-2", RoleRef.of("sales", "S1"), RoleRef.of("analyst", "A1")))
        .build();
    Finding finding = only(RuleCodes.LATERAL_UNKNOWN_TARGET, validate(snapshot));
    assertEquals("lateralMoves[m-2].from", finding.path().toString());
    assertEquals(args("move", "m-2", "role", "sales/S1"), finding.arguments());
  }

  @Test
  void staleAssessmentUsedForTheCurrentRoleIsPrivateInfo() {
    OrganizationSnapshot snapshot = careers(cleanLadder())
        .profiles(List.of(SkillProfile.of("maya",
            List.of(Assessment.of("sql", 2, AS_OF.minusDays(400), AssessmentSource.MANAGER)))))
        .build();
    Finding finding = only(RuleCodes.ASSESSMENT_STALE, validate(snapshot));
    assertEquals("profiles[maya].assessments[sql]", finding.path().toString());
    assertEquals(Optional.of("maya"), finding.personId());
    assertEquals(Visibility.PRIVATE, finding.subjectVisibility());
    assertEquals(args("person", "Maya Chen", "skill", "SQL", "date", "2025-07-11", "days", "400", "limit", "365"),
        finding.arguments());
  }

  @Test
  void roleThatDoesNotResolveIsFlagged() {
    OrganizationSnapshot snapshot = careers(cleanLadder())
        .addPerson(Person.builder().id("sam").name("Sam Reed").managerId("lena").role(RoleRef.of("analyst", "A9")).build())
        .build();
    Finding finding = only(RuleCodes.PERSON_UNKNOWN_ROLE, validate(snapshot));
    assertEquals("people[sam].role", finding.path().toString());
    assertEquals(args("person", "Sam Reed", "role", "analyst/A9"), finding.arguments());
  }
}
