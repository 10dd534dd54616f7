package dev.alignkit.development;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.alignkit.common.DuplicateIdException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Development values that cannot exist are rejected at construction, naming the field and the
 * value (DOMAIN section 5); what a manager can fix in a form is left to the rules.
 */
class DevelopmentValuesTest {
  private static final String BLANK = " ";

  private static void assertRejected(String message, Executable construction) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, construction).getMessage());
  }

  private static DevelopmentPlan.Builder plan() {
    return DevelopmentPlan.builder().id("plan-maya").personId("maya").cycleId("2026-Q3");
  }

  @Test
  void aPlanWithACoachingCadenceOfZeroDaysIsRejected() {
    assertRejected("development plan 'plan-maya': coachingCadenceDays must be positive: 0",
        () -> plan().coachingCadenceDays(0).build());
  }

  @Test
  void aPlanWithTwoGoalsOfOneIdIsRejectedNamingBothPlaces() {
    DuplicateIdException e = assertThrows(DuplicateIdException.class, () -> plan()
        .addGoal(DevelopmentGoal.propose("g1", "Know the product", "maya"))
        .addGoal(DevelopmentGoal.propose("g2", "Know the roadmap", "maya"))
        .addGoal(DevelopmentGoal.propose("g1", "Know the product again", "maya"))
        .build());
    assertEquals("duplicate development goal id 'g1' at plans[plan-maya].goals[0] and plans[plan-maya].goals[2]",
        e.getMessage());
  }

  @Test
  void aPlanWithABlankAttributeNameIsRejected() {
    assertRejected("development plan 'plan-maya': attribute names must not be blank: ' '",
        () -> plan().putAttribute(BLANK, "1").build());
  }

  @Test
  void aGoalProposedByABlankIdIsRejected() {
    assertRejected("development goal 'g1': proposedBy must not be blank: ' '",
        () -> DevelopmentGoal.builder().id("g1").statement("Know the product").proposedBy(BLANK).build());
  }

  @Test
  void aGoalWithABlankAttributeNameIsRejected() {
    assertRejected("development goal 'g1': attribute names must not be blank: ' '",
        () -> DevelopmentGoal.builder().id("g1").statement("Know the product").putAttribute(BLANK, "1").build());
  }

  @Test
  void aTargetSkillAimedAtNoNumberIsRejected() {
    assertRejected("target skill 'sql': desired must be a finite number: NaN", () -> TargetSkill.of("sql", Double.NaN));
  }

  @Test
  void aSupportActivityWithNegativeHoursIsRejected() {
    assertRejected("support activity plannedHours must not be negative: -2.5",
        () -> SupportActivity.builder().kind(SupportKind.COURSE).description("SQL course").plannedHours(-2.5).build());
  }

  @Test
  void aSupportActivityWithInfiniteHoursIsRejected() {
    assertRejected("support activity plannedHours must be a finite number: Infinity",
        () -> SupportActivity.builder().kind(SupportKind.COURSE).description("SQL course")
            .plannedHours(Double.POSITIVE_INFINITY).build());
  }

  @Test
  void aSupportActivityWithABlankAttributeNameIsRejected() {
    assertRejected("support activity 'SQL course': attribute names must not be blank: ' '",
        () -> SupportActivity.builder().kind(SupportKind.COURSE).description("SQL course").putAttribute(BLANK, "1")
            .build());
  }

  @Test
  void aCareerVisionWithABlankAttributeNameIsRejected() {
    assertRejected("career vision 'vision-maya': attribute names must not be blank: ' '",
        () -> CareerVision.builder().id("vision-maya").personId("maya").putAttribute(BLANK, "1").build());
  }

  @Test
  void aGrowSessionWithABlankAttributeNameIsRejected() {
    assertRejected("GROW session 'grow-maya': attribute names must not be blank: ' '",
        () -> GrowSession.builder().id("grow-maya").personId("maya").putAttribute(BLANK, "1").build());
  }

  @Test
  void aTargetSkillWithABlankAttributeNameIsRejected() {
    assertRejected("target skill 'sql': attribute names must not be blank: ' '",
        () -> TargetSkill.builder().skillId("sql").putAttribute(BLANK, "1").build());
  }

  @Test
  void aCoachingCheckInWithABlankAttributeNameIsRejected() {
    assertRejected("coaching check-in of 2026-08-03: attribute names must not be blank: ' '",
        () -> CoachingCheckIn.builder().date(LocalDate.of(2026, 8, 3)).putAttribute(BLANK, "1").build());
  }

  @Test
  void aGrowOptionWithABlankAttributeNameIsRejected() {
    assertRejected("GROW option 'Pair with the product manager': attribute names must not be blank: ' '",
        () -> GrowOption.builder().description("Pair with the product manager").putAttribute(BLANK, "1").build());
  }

  @Test
  void aWayForwardStepWithABlankAttributeNameIsRejected() {
    assertRejected("way-forward step 'Lead the call': attribute names must not be blank: ' '",
        () -> WayForwardStep.builder().description("Lead the call").putAttribute(BLANK, "1").build());
  }
}
