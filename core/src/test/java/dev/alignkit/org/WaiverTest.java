package dev.alignkit.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When a waiver is in force: from the day it was granted, when known, to its last day. */
class WaiverTest {
  private static final LocalDate SEPTEMBER_1 = LocalDate.of(2026, 9, 1);
  private static final LocalDate SEPTEMBER_30 = LocalDate.of(2026, 9, 30);

  private static Waiver staleCheckIns() {
    return Waiver.of("okr.check-in.stale", "kr-nps", "Survey paused for the migration", "lena", SEPTEMBER_30);
  }

  @Test
  void grantedOnIsTheFirstDayInForceAndUntilInclusiveTheLast() {
    Waiver waiver = Waiver.builder().from(staleCheckIns()).grantedOn(SEPTEMBER_1).build();

    assertEquals(Optional.of(SEPTEMBER_1), waiver.grantedOn());
    assertFalse(waiver.isInForceOn(LocalDate.of(2026, 8, 15)));
    assertFalse(waiver.isInForceOn(LocalDate.of(2026, 8, 31)));
    assertTrue(waiver.isInForceOn(SEPTEMBER_1));
    assertTrue(waiver.isInForceOn(LocalDate.of(2026, 9, 2)));
    assertTrue(waiver.isInForceOn(SEPTEMBER_30));
    assertFalse(waiver.isInForceOn(LocalDate.of(2026, 10, 1)));
  }

  @Test
  void withoutAGrantDayAWaiverIsInForceOnEveryDayUpToItsEnd() {
    Waiver waiver = staleCheckIns();

    assertEquals(Optional.empty(), waiver.grantedOn());
    assertTrue(waiver.isInForceOn(LocalDate.of(2020, 1, 1)));
    assertTrue(waiver.isInForceOn(SEPTEMBER_30));
    assertFalse(waiver.isInForceOn(LocalDate.of(2026, 10, 1)));
  }

  @Test
  void withoutAnEndAWaiverIsInForceFromItsGrantDayOn() {
    Waiver waiver = Waiver.builder().code("okr.objective.count").subjectId("support").reason("Merger year")
        .grantedOn(SEPTEMBER_1).build();

    assertFalse(waiver.isInForceOn(LocalDate.of(2026, 8, 31)));
    assertTrue(waiver.isInForceOn(SEPTEMBER_1));
    assertTrue(waiver.isInForceOn(LocalDate.of(2036, 1, 1)));
  }

  @Test
  void aWaiverGrantedOnItsLastDayIsInForceThatDayOnly() {
    Waiver oneDay = Waiver.builder().from(staleCheckIns()).grantedOn(SEPTEMBER_30).build();

    assertFalse(oneDay.isInForceOn(SEPTEMBER_30.minusDays(1)));
    assertTrue(oneDay.isInForceOn(SEPTEMBER_30));
    assertFalse(oneDay.isInForceOn(SEPTEMBER_30.plusDays(1)));
  }

  @Test
  void theGrantDayCountsInEquality() {
    Waiver granted = Waiver.builder().from(staleCheckIns()).grantedOn(SEPTEMBER_1).build();

    assertNotEquals(staleCheckIns(), granted);
    assertEquals(granted, Waiver.builder().from(staleCheckIns()).grantedOn(SEPTEMBER_1).build());
    assertEquals(granted.hashCode(), Waiver.builder().from(staleCheckIns()).grantedOn(SEPTEMBER_1).build().hashCode());
  }
}
