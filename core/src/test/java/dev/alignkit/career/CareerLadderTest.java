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
  void ofBuildsAnIndividualContributorLadderWithTheLevelsInTheOrderGiven() {
    Level e4 = Level.of("E4", "Senior engineer", 4, Expectation.essential("sql", 4));
    Level e3 = Level.of("E3", "Engineer", 3, Expectation.essential("sql", 3), Expectation.optional("go", 2));
    CareerLadder ladder = CareerLadder.of("eng", "Engineering", e4, e3);
    assertEquals(CareerLadder.builder().id("eng").name("Engineering").addLevel(e4).addLevel(e3).build(), ladder);
    assertEquals(TrackKind.INDIVIDUAL_CONTRIBUTOR, ladder.track());
    assertEquals(List.of("E3", "E4"), ladder.levelsByRank().stream().map(Level::id).toList());
    assertEquals(Level.builder().id("E3").name("Engineer").rank(3)
        .addExpectation(Expectation.essential("sql", 3)).addExpectation(Expectation.optional("go", 2)).build(), e3);
  }

  @Test
  void ofRejectsWhatTheBuilderRejects() {
    DuplicateIdException duplicate = assertThrows(DuplicateIdException.class,
        () -> CareerLadder.of("eng", "Engineering", level("E3", 3), level("E3", 4)));
    assertEquals("duplicate level id 'E3' at ladders[eng].levels[0] and ladders[eng].levels[1]", duplicate.getMessage());
    IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
        () -> CareerLadder.of(" ", "Engineering"));
    assertEquals("ladder id must not be blank: ' '", blank.getMessage());
    assertThrows(NullPointerException.class, () -> CareerLadder.of("eng", "Engineering", (Level) null));
    IllegalArgumentException blankLevel = assertThrows(IllegalArgumentException.class, () -> Level.of("", "E", 1));
    assertEquals("level id must not be blank: ''", blankLevel.getMessage());
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
