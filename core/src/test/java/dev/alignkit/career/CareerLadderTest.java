package dev.alignkit.career;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.alignkit.common.DuplicateIdException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A ladder's levels, the level above one, and the expectations resolved up to a level. */
class CareerLadderTest {
  private static Level level(String id, int rank, Expectation... expectations) {
    return Level.builder().id(id).name(id).rank(rank).addExpectations(expectations).build();
  }

  @Test
  void twoLevelsWithOneIdAreRejectedNamingBothPlaces() {
    DuplicateIdException e = assertThrows(DuplicateIdException.class, () -> CareerLadder.builder().id("eng")
        .name("Engineering").addLevel(level("E3", 3)).addLevel(level("E4", 4)).addLevel(level("E3", 5)).build());
    assertEquals("duplicate level id 'E3' at ladders[eng].levels[0] and ladders[eng].levels[2]", e.getMessage());
  }

  @Test
  void anUnknownLevelHasNoNextLevel() {
    CareerLadder ladder = CareerLadder.builder().id("eng").name("Engineering").addLevel(level("E3", 3))
        .addLevel(level("E4", 4)).build();
    assertEquals(Optional.empty(), ladder.nextLevel("E9"));
    assertEquals(Optional.of("E4"), ladder.nextLevel("E3").map(Level::id));
  }

  @Test
  void aDeclarationEqualToTheInheritedRequirementTakesEffectWithoutARegression() {
    CareerLadder ladder = CareerLadder.builder().id("eng").name("Engineering")
        .addLevel(level("E3", 3, Expectation.optional("sql", 3)))
        .addLevel(level("E4", 4, Expectation.essential("sql", 3)))
        .build();
    ExpectationResolution e4 = ExpectationResolution.of(ladder, "E4").orElseThrow();
    ResolvedExpectation sql = e4.expectation("sql").orElseThrow();
    assertEquals("E4", sql.levelId());
    assertEquals(Importance.ESSENTIAL, sql.importance());
    assertEquals(List.of(), e4.regressions());
  }

  @Test
  void aLevelInheritsNothingFromALevelOfTheSameRankListedAfterIt() {
    // Ranks should be unique (career.ladder.levels reports it); until they are, the given order decides.
    CareerLadder ladder = CareerLadder.builder().id("eng").name("Engineering")
        .addLevel(level("E3", 3, Expectation.essential("go", 3)))
        .addLevel(level("E3b", 3, Expectation.essential("rust", 3)))
        .build();
    assertEquals(List.of("go"), ExpectationResolution.of(ladder, "E3").orElseThrow().expectations().stream()
        .map(ResolvedExpectation::skillId).toList());
    assertEquals(List.of("go", "rust"), ExpectationResolution.of(ladder, "E3b").orElseThrow().expectations().stream()
        .map(ResolvedExpectation::skillId).toList());
  }

  @Test
  void anUnknownLevelResolvesToNothing() {
    CareerLadder ladder = CareerLadder.builder().id("eng").name("Engineering").addLevel(level("E3", 3)).build();
    assertEquals(Optional.empty(), ExpectationResolution.of(ladder, "E9"));
  }
}
