package dev.alignkit.career;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How a level's expectations resolve up its ladder: inheritance, regressions, the delta to the next level. */
class ExpectationResolutionTest {
  /** Five axes, all essential: D4 = (3,3,3,3,2), D5 = (4,4,3,4,3). */
  private static final CareerLadder DEV = CareerLadder.builder().id("dev").name("Developer")
      .addLevel(level("D4", 4, Expectation.essential("technology", 3), Expectation.essential("system", 3),
          Expectation.essential("people", 3), Expectation.essential("process", 3), Expectation.essential("influence", 2)))
      .addLevel(level("D5", 5, Expectation.essential("technology", 4), Expectation.essential("system", 4),
          Expectation.essential("people", 3), Expectation.essential("process", 4), Expectation.essential("influence", 3)))
      .build();

  private static Level level(String id, int rank, Expectation... expectations) {
    return Level.builder().id(id).name(id).rank(rank).addExpectations(expectations).build();
  }

  @Test
  void requirementIsInheritedFromLowerLevels() {
    CareerLadder ladder = CareerLadder.builder().id("l").name("L")
        .addLevel(level("L1", 1, Expectation.essential("sql", 2)))
        .addLevel(level("L2", 2, Expectation.essential("python", 3)))
        .build();
    ExpectationResolution l2 = ExpectationResolution.of(ladder, "L2").orElseThrow();
    assertEquals(2, l2.expectation("sql").orElseThrow().required());
    assertEquals("L1", l2.expectation("sql").orElseThrow().levelId());
    assertEquals(List.of("sql", "python"), l2.expectations().stream().map(ResolvedExpectation::skillId).toList());
  }

  @Test
  void lowerDeclarationIsARegressionUnlessRelaxed() {
    Expectation lower = Expectation.builder().skillId("coding").required(2).importance(Importance.OPTIONAL).build();
    Expectation relaxed = Expectation.builder().from(lower).relax(true).build();
    CareerLadder ladder = CareerLadder.builder().id("m").name("Manager")
        .addLevel(level("M1", 1, Expectation.essential("coding", 4)))
        .addLevel(level("M2", 2, lower))
        .addLevel(level("M3", 3, relaxed))
        .build();
    ExpectationResolution m2 = ExpectationResolution.of(ladder, "M2").orElseThrow();
    assertEquals(4, m2.expectation("coding").orElseThrow().required());
    assertEquals(Importance.ESSENTIAL, m2.expectation("coding").orElseThrow().importance());
    assertEquals(List.of(ImmutableRegression.of("M2", "coding", 2, 4)), m2.regressions());
    ExpectationResolution m3 = ExpectationResolution.of(ladder, "M3").orElseThrow();
    assertEquals(2, m3.expectation("coding").orElseThrow().required());
    assertEquals(Importance.OPTIONAL, m3.expectation("coding").orElseThrow().importance());
    assertEquals("M3", m3.expectation("coding").orElseThrow().levelId());
  }

  @Test
  void deltaListsWhatIsNewOrRaisedAtTheNextLevel() {
    CareerLadder ladder = CareerLadder.builder().id("dev").name("Developer")
        .addLevel(DEV.level("D4").orElseThrow())
        .addLevel(Level.builder().from(DEV.level("D5").orElseThrow())
            .addExpectation(Expectation.optional("mentoring", 2)).build())
        .build();
    List<ExpectationChange> delta = ExpectationResolution.of(ladder, "D4").orElseThrow()
        .delta(ExpectationResolution.of(ladder, "D5").orElseThrow());
    assertEquals(List.of("technology 3.0->4.0", "system 3.0->4.0", "process 3.0->4.0", "influence 2.0->3.0",
            "mentoring new->2.0"),
        delta.stream().map(c -> c.skillId() + " " + (c.isNew() ? "new" : c.from().getAsDouble()) + "->" + c.to())
            .toList());
  }

  @Test
  void levelsAreWalkedByRankNotByListOrder() {
    CareerLadder shuffled = CareerLadder.builder().id("l").name("L")
        .addLevel(level("L2", 2, Expectation.essential("sql", 3)))
        .addLevel(level("L1", 1, Expectation.essential("sql", 2), Expectation.essential("git", 2)))
        .build();
    assertEquals(3, ExpectationResolution.of(shuffled, "L2").orElseThrow().expectation("sql").orElseThrow().required());
    assertEquals(Optional.of("L2"), shuffled.nextLevel("L1").map(Level::id));
    assertEquals(Optional.empty(), shuffled.nextLevel("L2"));
  }

  @Test
  void defaultScaleNamesItsFivePoints() {
    assertEquals(List.of("Novice", "Advanced beginner", "Competent", "Proficient", "Expert"), ProficiencyScale.defaultScale().names());
    assertEquals(Optional.of("Competent"), ProficiencyScale.defaultScale().nameOf(3.5));
    assertEquals(Optional.empty(), ProficiencyScale.defaultScale().nameOf(5.5));
  }
}
