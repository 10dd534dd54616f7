package dev.alignkit.career;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The points of a proficiency scale and the scales that cannot exist. */
class ProficiencyScaleTest {
  @Test
  void aScaleWhoseMaxIsNotAboveItsMinIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ProficiencyScale.of(3, 3, List.of()));
    assertEquals("proficiency scale max 3 must be above min 3", e.getMessage());
  }

  @Test
  void namesThatDoNotMatchThePointsAreRejectedWithBothCounts() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ProficiencyScale.of(2, 4, List.of("Aware", "Practised")));
    assertEquals("proficiency scale [2, 4] has 3 points but 2 names: [Aware, Practised]", e.getMessage());
  }

  @Test
  void aScaleStartingAtZeroNamesEachWholePoint() {
    ProficiencyScale scale = ProficiencyScale.of(0, 2, List.of("Aware", "Practised", "Fluent"));
    assertEquals(Optional.of("Aware"), scale.nameOf(0.9));
    assertEquals(Optional.of("Fluent"), scale.nameOf(2));
    assertEquals(Optional.empty(), scale.nameOf(-0.5));
  }

  @Test
  void aScaleWithoutNamesNamesNoPoint() {
    assertEquals(Optional.empty(), ProficiencyScale.of(1, 10, List.of()).nameOf(4));
  }
}
