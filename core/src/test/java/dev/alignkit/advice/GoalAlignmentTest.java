package dev.alignkit.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alignkit.career.RoleRef;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link GoalAlignment#withoutWork()}: what someone who may not see the work is told instead. */
class GoalAlignmentTest {
  @Test
  void aGoalWovenThroughASkillNamesTheSkillButNotTheWork() {
    GoalAlignment woven = GoalAlignment.builder().goalId("g-tf").alignmentClass(AlignmentClass.WOVEN)
        .skillId("terraform").objectiveId("o-platform").reason("terraform is exercised by objective o-platform")
        .build();
    GoalAlignment hidden = woven.withoutWork();
    assertEquals(AlignmentClass.WOVEN, hidden.alignmentClass());
    assertEquals(Optional.of("terraform"), hidden.skillId());
    assertEquals(Optional.empty(), hidden.objectiveId());
    assertEquals("terraform is exercised by work that is not shown", hidden.reason());
  }

  @Test
  void aGoalWovenIntoAnInitiativeNamesNeitherTheInitiativeNorASkill() {
    GoalAlignment woven = GoalAlignment.builder().goalId("g-intake").alignmentClass(AlignmentClass.WOVEN)
        .initiativeId("i-intake").reason("woven into initiative i-intake").build();
    GoalAlignment hidden = woven.withoutWork();
    assertEquals(Optional.empty(), hidden.initiativeId());
    assertEquals(Optional.empty(), hidden.objectiveId());
    assertEquals("woven into work that is not shown", hidden.reason());
  }

  @Test
  void anAlignmentThatNamesNoWorkIsUnchanged() {
    GoalAlignment currentRole = GoalAlignment.builder().goalId("g-go").alignmentClass(AlignmentClass.CURRENT_ROLE)
        .skillId("go").role(RoleRef.of("eng", "E3")).reason("go is expected at eng/E3").build();
    assertEquals(currentRole, currentRole.withoutWork());
  }
}
