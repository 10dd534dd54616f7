package dev.alignkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The construction checks hand back the value they accept, so that a factory can check and use it in one
 * expression, and name the field, from a template when they have one, in what they reject.
 */
class ChecksTest {
  private static final LocalDate DAY = LocalDate.of(2026, 7, 1);

  @Test
  void anAcceptedIdIsReturned() {
    assertEquals("c-1", Checks.requireId("c-1", "cycle id"));
    assertEquals("c-1", Checks.requireId("c-1", "objective '%s': cycleId", "o-1"));
  }

  @Test
  void aMissingIdIsRejectedNamingTheFieldFromTheTemplate() {
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> Checks.requireId(null, "objective '%s': cycleId", "o-1"));
    assertEquals("objective 'o-1': cycleId", e.getMessage());
  }

  @Test
  void anAcceptedFiniteNumberIsReturned() {
    assertEquals(-2.5, Checks.requireFinite(-2.5, "alignment weight"));
    assertEquals(-2.5, Checks.requireFinite(-2.5, "check-in of %s: value", DAY));
    assertEquals(-2.5, Checks.requireFinite(-2.5, "assessment of '%s' on %s: proficiency", "sql", DAY));
  }

  @Test
  void aNonFiniteNumberIsRejectedNamingTheFieldFromBothTemplateArguments() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Checks.requireFinite(Double.NaN, "assessment of '%s' on %s: proficiency", "sql", DAY));
    assertEquals("assessment of 'sql' on 2026-07-01: proficiency must be a finite number: NaN", e.getMessage());
  }

  @Test
  void anAcceptedShareIsReturned() {
    assertEquals(1.0, Checks.requireUnitInterval(1.0, "policy greenGrade"));
    assertEquals(1.0, Checks.requireUnitInterval(1.0, "check-in of %s: confidence", DAY));
  }
}
