package dev.alignkit.career;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.alignkit.common.DuplicateIdException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Career values that cannot exist are rejected at construction, naming the value (DOMAIN section
 * 5): vendor attributes need a name, and the catalog's skill ids are unique.
 */
class CareerValuesTest {
  private static final String BLANK = " ";

  private static void assertRejected(String message, Executable construction) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, construction).getMessage());
  }

  @Test
  void anAssessmentWithABlankAttributeNameIsRejected() {
    assertRejected("assessment of 'sql': attribute names must not be blank: ' '",
        () -> Assessment.builder().skillId("sql").proficiency(3).date(LocalDate.of(2026, 8, 1))
            .putAttribute(BLANK, "1").build());
  }

  @Test
  void aLadderWithABlankAttributeNameIsRejected() {
    assertRejected("ladder 'eng': attribute names must not be blank: ' '",
        () -> CareerLadder.builder().id("eng").name("Engineering").putAttribute(BLANK, "1").build());
  }

  @Test
  void aLevelWithABlankAttributeNameIsRejected() {
    assertRejected("level 'E3': attribute names must not be blank: ' '",
        () -> Level.builder().id("E3").name("E3").rank(3).putAttribute(BLANK, "1").build());
  }

  @Test
  void aLateralMoveWithABlankAttributeNameIsRejected() {
    assertRejected("lateral move 'cs-to-sales': attribute names must not be blank: ' '",
        () -> LateralMove.builder().id("cs-to-sales").from(RoleRef.of("cs", "CS3")).to(RoleRef.of("sales", "S2"))
            .putAttribute(BLANK, "1").build());
  }

  @Test
  void anOpeningWithABlankAttributeNameIsRejected() {
    assertRejected("opening 'open-data': attribute names must not be blank: ' '",
        () -> Opening.builder().id("open-data").role(RoleRef.of("data", "DE3")).putAttribute(BLANK, "1").build());
  }

  @Test
  void aSkillWithABlankAttributeNameIsRejected() {
    assertRejected("skill 'sql': attribute names must not be blank: ' '",
        () -> Skill.builder().id("sql").name("SQL").family("data").putAttribute(BLANK, "1").build());
  }

  @Test
  void aSkillProfileWithABlankAttributeNameIsRejected() {
    assertRejected("skill profile of 'eli': attribute names must not be blank: ' '",
        () -> SkillProfile.builder().personId("eli").putAttribute(BLANK, "1").build());
  }

  @Test
  void anExpectationWithABlankAttributeNameIsRejected() {
    assertRejected("expectation of 'sql': attribute names must not be blank: ' '",
        () -> Expectation.builder().skillId("sql").required(3).putAttribute(BLANK, "1").build());
  }

  @Test
  void aProficiencyScaleWithABlankAttributeNameIsRejected() {
    assertRejected("proficiency scale [1, 3]: attribute names must not be blank: ' '",
        () -> ProficiencyScale.builder().min(1).max(3).putAttribute(BLANK, "1").build());
  }

  @Test
  void aRoleWithABlankAttributeNameIsRejected() {
    assertRejected("role 'eng/E4': attribute names must not be blank: ' '",
        () -> RoleRef.builder().ladderId("eng").levelId("E4").putAttribute(BLANK, "1").build());
  }

  @Test
  void aSkillCatalogWithABlankAttributeNameIsRejected() {
    assertRejected("skill catalog: attribute names must not be blank: ' '",
        () -> SkillCatalog.builder().putAttribute(BLANK, "1").build());
  }

  @Test
  void twoSkillsWithOneIdAreRejectedNamingBothPlaces() {
    DuplicateIdException e = assertThrows(DuplicateIdException.class, () -> SkillCatalog.builder()
        .addSkills(Skill.of("sql", "SQL", "data"), Skill.of("go", "Go", "technical-expertise"),
            Skill.of("sql", "Structured queries", "data"))
        .build());
    assertEquals("duplicate skill id 'sql' at skillCatalog.skills[0] and skillCatalog.skills[2]", e.getMessage());
  }
}
