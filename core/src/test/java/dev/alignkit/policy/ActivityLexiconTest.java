package dev.alignkit.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActivityLexiconTest {
  private static final ActivityLexicon GERMAN_STYLE = ActivityLexicon.parse(String.join("\n",
      "[meeting]",
      "Teilnahme an ...",
      "... teilnehmen",
      "... nimmt ... teil",
      "[work]",
      "work ...",
      "work on ..."));

  @Test
  void aPatternLeadsEndsOrEndsWithAParticleAfterItsVerb() {
    assertEquals(Optional.of("Teilnahme an"), words(GERMAN_STYLE, "Teilnahme an 5 Workshops"));
    assertEquals(Optional.of("teilnehmen"), words(GERMAN_STYLE, "An 5 Kundengesprächen teilnehmen"));
    assertEquals(Optional.of("nimmt ... teil"), words(GERMAN_STYLE, "Der Vertrieb nimmt an 3 Messen teil"));
    assertEquals(Optional.of("nimmt ... teil"), words(GERMAN_STYLE, "Nimmt teil"));
    assertEquals(Optional.empty(), words(GERMAN_STYLE, "Teil des Umsatzes nimmt zu"));
    assertEquals(Optional.empty(), words(GERMAN_STYLE, "5 Workshops mit Teilnahme an"));
    assertEquals(Optional.empty(), words(GERMAN_STYLE, "Teilnehmen ist alles"));
  }

  @Test
  void theMatchWithTheMostWordsWinsThenTheFirstInTheLexicon() {
    assertEquals(Optional.of("work on"), words(GERMAN_STYLE, "Work on the backlog"));
    assertEquals(Optional.of("work"), words(GERMAN_STYLE, "Work through the backlog"));
    ActivityLexicon tie = ActivityLexicon.empty()
        .plus(ActivityKind.WORK, List.of("... finish"))
        .plus(ActivityKind.MEETING, List.of("attend ..."));
    assertEquals(Optional.of(new ActivityLexicon.Activity("attend", ActivityKind.MEETING)),
        tie.find("Attend and finish"));
  }

  @Test
  void wordsMatchWholeSoALongerWordIsNotTheActivity() {
    ActivityLexicon lexicon = ActivityLexicon.empty().plus(ActivityKind.MEETING, List.of("organize ...", "attend ..."));
    assertEquals(Optional.empty(), words(lexicon, "Organization growth reaches 15 hires"));
    assertEquals(Optional.empty(), words(lexicon, "Reorganize the support team"));
    assertEquals(Optional.empty(), words(lexicon, "Attendance at the summit rises to 300"));
    assertEquals(Optional.of("attend"), words(lexicon, "Attend"));
  }

  @Test
  void caseAccentsSpacingAndPunctuationBetweenWordsAreIgnored() {
    ActivityLexicon lexicon = ActivityLexicon.empty().plus(ActivityKind.WORK,
        List.of("réalisation d'...", "mettre en œuvre ...", "... abschließen", "work on ..."));
    assertEquals(Optional.of("réalisation d'"), words(lexicon, "REALISATION D’UN AUDIT"));
    assertEquals(Optional.of("réalisation d'"), words(lexicon, "Re\u0301alisation d'un audit"));
    assertEquals(Optional.of("mettre en œuvre"), words(lexicon, "Mettre en oeuvre le SSO"));
    assertEquals(Optional.of("abschließen"), words(lexicon, "Die Migration abschliessen."));
    assertEquals(Optional.of("work on"), words(lexicon, "  - Work \t on\r\nthe docs"));
    assertEquals(Optional.empty(), words(lexicon, "Workon the docs"));
    assertEquals(Optional.empty(), words(lexicon, ""));
  }

  @Test
  void theEllipsisCharacterIsAGapToo() {
    assertEquals(ActivityLexicon.empty().plus(ActivityKind.WORK, List.of("… einreichen")).find("Antrag einreichen"),
        Optional.of(new ActivityLexicon.Activity("einreichen", ActivityKind.WORK)));
  }

  @Test
  void addingPatternsKeepsTheOldOnesAndTheirOrder() {
    ActivityLexicon lexicon = ActivityLexicon.empty()
        .plus(ActivityKind.WORK, List.of("draft ..."))
        .plus(ActivityKind.MEETING, List.of("attend ..."))
        .plus(ActivityKind.WORK, List.of("  write ... "));
    assertEquals(Map.of(ActivityKind.MEETING, List.of("attend ..."), ActivityKind.WORK, List.of("draft ...", "write ...")),
        lexicon.patterns());
    assertEquals(List.of(ActivityKind.MEETING, ActivityKind.WORK), List.copyOf(lexicon.patterns().keySet()));
  }

  @Test
  void toStringIsTheFormatParseReads() {
    ActivityLexicon lexicon = ActivityLexicon.parse("# a comment\n\n[work]\ndraft ...\n[meeting]\n  attend ...  \n[work]\n... umsetzen\n");
    assertEquals("[meeting]\nattend ...\n[work]\ndraft ...\n... umsetzen\n", lexicon.toString());
    assertEquals(lexicon, ActivityLexicon.parse(lexicon.toString()));
    assertEquals(lexicon.hashCode(), ActivityLexicon.parse(lexicon.toString()).hashCode());
    assertNotEquals(lexicon, lexicon.plus(ActivityKind.LEARNING, List.of("read ...")));
  }

  @Test
  void aPatternWithoutAGapOrWordsAtAnEndIsRejected() {
    assertEquals("activity pattern needs \"...\" where the rest of the title goes: \"attend\"",
        rejected(() -> ActivityLexicon.empty().plus(ActivityKind.WORK, List.of("attend"))));
    assertEquals("activity pattern must start or end with words: \"... attend ...\"",
        rejected(() -> ActivityLexicon.empty().plus(ActivityKind.WORK, List.of("... attend ..."))));
    assertEquals("activity pattern must start or end with words: \"-- ...\"",
        rejected(() -> ActivityLexicon.empty().plus(ActivityKind.WORK, List.of("-- ..."))));
    assertEquals("activity pattern has no words between two \"...\": \"nimmt ... ... teil\"",
        rejected(() -> ActivityLexicon.empty().plus(ActivityKind.WORK, List.of("nimmt ... ... teil"))));
  }

  @Test
  void aBadLexiconTextIsRejectedAtItsLine() {
    assertEquals("activity lexicon line 2: a pattern before the first [meeting], [learning] or [work]: attend ...",
        rejected(() -> ActivityLexicon.parse("# English\nattend ...")));
    assertEquals("activity lexicon line 1: unknown kind [meetings]; expected [meeting], [learning] or [work]",
        rejected(() -> ActivityLexicon.parse("[meetings]\nattend ...")));
    assertEquals("activity lexicon line 3: activity pattern needs \"...\" where the rest of the title goes: \"attend\"",
        rejected(() -> ActivityLexicon.parse("[meeting]\n\nattend\n")));
  }

  @Test
  void theLibraryShipsEnglishGermanFrenchAndSpanishWithEveryKind() {
    for (String language : ActivityTitles.LANGUAGES) {
      ActivityLexicon lexicon = ActivityLexicon.builtIn(Locale.forLanguageTag(language));
      assertEquals(List.of(ActivityKind.values()), List.copyOf(lexicon.patterns().keySet()), language);
      assertTrue(lexicon.patterns().get(ActivityKind.WORK).size() >= 30, language);
    }
  }

  @Test
  void aBuiltInLexiconIsTheOneOfTheLanguageWhateverTheCountry() {
    assertEquals(ActivityLexicon.builtIn(Locale.GERMAN), ActivityLexicon.builtIn(Locale.forLanguageTag("de-CH")));
    assertEquals(ActivityLexicon.empty(), ActivityLexicon.builtIn(Locale.JAPANESE));
    assertEquals(ActivityLexicon.empty(), ActivityLexicon.builtIn(Locale.ROOT));
    assertEquals(Map.of(), ActivityLexicon.empty().patterns());
  }

  private static Optional<String> words(ActivityLexicon lexicon, String title) {
    return lexicon.find(title).map(ActivityLexicon.Activity::words);
  }

  private static String rejected(Runnable build) {
    return assertThrows(IllegalArgumentException.class, build::run).getMessage();
  }
}
