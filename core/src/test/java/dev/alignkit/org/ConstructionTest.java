package dev.alignkit.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** People, teams and waivers that cannot be represented fail at construction, naming the item (DOMAIN section 5). */
class ConstructionTest {
  private static final LocalDate DAY = LocalDate.of(2026, 7, 1);

  private static void assertRejected(String expectedMessage, Executable construction) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, construction);
    assertEquals(expectedMessage, e.getMessage());
  }

  @Test
  void blankAttributeNameIsRejectedNamingTheItemThatHoldsIt() {
    assertRejected("person 'p-1': attribute names must not be blank: ' '",
        () -> Person.builder().id("p-1").name("Ada").putAttribute(" ", "x").build());
    assertRejected("team 'support': attribute names must not be blank: ''",
        () -> Team.builder().id("support").name("Support").putAttribute("", "x").build());
    assertRejected("waiver 'okr.objective.count' of 'p-1': attribute names must not be blank: ' '",
        () -> Waiver.builder().code("okr.objective.count").subjectId("p-1").reason("Interim lead")
            .putAttribute(" ", "x").build());
    assertRejected("snapshot: attribute names must not be blank: ' '",
        () -> OrganizationSnapshot.builder().putAttribute(" ", "x").build());
  }

  @Test
  void waiverGrantedByABlankIdIsRejected() {
    assertRejected("waiver 'okr.objective.count': grantedBy must not be blank: ' '",
        () -> Waiver.of("okr.objective.count", "p-1", "Interim lead", " ", DAY));
  }

  @Test
  void waiverEndingBeforeItWasGrantedIsRejectedNamingBothDays() {
    assertRejected("waiver 'okr.check-in.stale' of 'kr-nps': untilInclusive 2026-08-31 is before grantedOn 2026-09-01",
        () -> Waiver.builder().code("okr.check-in.stale").subjectId("kr-nps").reason("Survey paused")
            .grantedOn(LocalDate.of(2026, 9, 1)).untilInclusive(LocalDate.of(2026, 8, 31)).build());
  }
}
