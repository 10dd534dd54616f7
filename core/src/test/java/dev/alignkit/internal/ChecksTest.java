package dev.alignkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
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
  void idsOfAnyScriptWithDigitsPunctuationAndSpacesInsideAreAccepted() {
    for (String id : List.of("maya", "ana.costa@example.com", "Zoë Ölçer", "Жанна", "東京-2", "محمد", "कृष्ण",
        "2026-Q3 (north)", "o#1/kr:2+x_y", "a\u00A0b", "team \uD83D\uDE80", "O'Brien")) {
      assertEquals(id, Checks.requireId(id, "person id"));
      assertEquals(id, Checks.requireId(id, "objective '%s': cycleId", "o-1"));
    }
  }

  @Test
  void aControlCharacterInAnIdIsRejectedShowingItEscaped() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Checks.requireId("maya\u001B[2J", "person id"));
    assertEquals("person id must not contain a control character (\\u001B): 'maya\\u001B[2J'", e.getMessage());
    IllegalArgumentException newline = assertThrows(IllegalArgumentException.class,
        () -> Checks.requireId("o-1\nINFO all good", "objective '%s': cycleId", "o-9"));
    assertEquals("objective 'o-9': cycleId must not contain a control character (\\u000A): 'o-1\\u000AINFO all good'",
        newline.getMessage());
  }

  @Test
  void aFormatCharacterInAnIdIsRejectedShowingItEscaped() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Checks.requireId("ma\u200Bya", "person id"));
    assertEquals("person id must not contain a format character (\\u200B): 'ma\\u200Bya'", e.getMessage());
    IllegalArgumentException bidi = assertThrows(IllegalArgumentException.class,
        () -> Checks.requireId("admin\u202E", "team id"));
    assertEquals("team id must not contain a format character (\\u202E): 'admin\\u202E'", bidi.getMessage());
  }

  @Test
  void lineAndParagraphSeparatorsAndUnpairedSurrogatesInAnIdAreRejected() {
    assertEquals("team id must not contain a line separator (\\u2028): 'a\\u2028b'", assertThrows(
        IllegalArgumentException.class, () -> Checks.requireId("a\u2028b", "team id")).getMessage());
    assertEquals("team id must not contain a paragraph separator (\\u2029): 'a\\u2029'", assertThrows(
        IllegalArgumentException.class, () -> Checks.requireId("a\u2029", "team id")).getMessage());
    assertEquals("team id must not contain an unpaired surrogate (\\uD800): 'a\\uD800'", assertThrows(
        IllegalArgumentException.class, () -> Checks.requireId("a\uD800", "team id")).getMessage());
  }

  @Test
  void anIdOfSpacesOnlyIsBlankWhateverTheirWidth() {
    assertEquals("person id must not be blank: ' '", assertThrows(IllegalArgumentException.class,
        () -> Checks.requireId(" ", "person id")).getMessage());
    assertEquals("person id must not be blank: ''", assertThrows(IllegalArgumentException.class,
        () -> Checks.requireId("", "person id")).getMessage());
    assertEquals("person id must not be blank: '\\u00A0 \\u3000'", assertThrows(IllegalArgumentException.class,
        () -> Checks.requireId("\u00A0 \u3000", "person id")).getMessage());
    assertEquals("objective 'o-1': cycleId must not be blank: '\\u00A0'", assertThrows(IllegalArgumentException.class,
        () -> Checks.requireId("\u00A0", "objective '%s': cycleId", "o-1")).getMessage());
  }

  @Test
  void anInvisibleIdIsRejectedForTheCharacterThatMakesItInvisible() {
    assertEquals("person id must not contain a format character (\\u200B): '\\u200B'", assertThrows(
        IllegalArgumentException.class, () -> Checks.requireId("\u200B", "person id")).getMessage());
  }

  @Test
  void aBackslashInARejectedIdIsShownEscapedSoThatTheEscapesAreUnambiguous() {
    assertEquals("person id must not contain a format character (\\uFEFF): 'a\\\\u200B\\uFEFF'", assertThrows(
        IllegalArgumentException.class, () -> Checks.requireId("a\\u200B\uFEFF", "person id")).getMessage());
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
