package dev.alignkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alignkit.testing.Gens;
import dev.alignkit.testing.Property;
import dev.alignkit.testing.Theory;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The activity lexicon's quick first-letter check never changes which verb leads a title. */
class ActivityLexiconProperties {
  /**
   * Letters that lower-case specially in some locale, each whitespace that normalization collapses,
   * and U+0080, the first character past the ASCII shortcuts.
   */
  private static final String LETTERS = "aAbBiIıİwWhHrRsSxXéÉ ΣσςšŠ\t\n\u000B\f\r\u0080+1-";

  @Property(examples = 3000)
  void theLeadingVerbIsTheOneTheFullNormalizationFinds(Theory theory) {
    theory.forAll(verbs(), titles(), locales()).check((verbs, title, locale) -> {
      KeyResultActivityRule.Lexicon lexicon = new KeyResultActivityRule.Lexicon(verbs, locale);
      assertEquals(reference(verbs, title, locale), lexicon.leadingVerb(title), title);
    });
  }

  @Test
  void aTitleStartingWithALetterNoVerbStartsWithHasNoLeadingVerb() {
    KeyResultActivityRule.Lexicon lexicon = new KeyResultActivityRule.Lexicon(List.of("attend", "work on"),
        Locale.ENGLISH);
    assertEquals(null, lexicon.leadingVerb("Raise NPS from 30 to 45"));
    assertEquals("work on", lexicon.leadingVerb("  Work \t on the backlog"));
    assertEquals("attend", lexicon.leadingVerb("ATTEND the guild"));
  }

  @Test
  void theLongerOfTwoVerbsWinsWhateverOrderTheLexiconGivesThem() {
    KeyResultActivityRule.Lexicon lexicon = new KeyResultActivityRule.Lexicon(List.of("work", "work on"),
        Locale.ENGLISH);
    assertEquals("work on", lexicon.leadingVerb("Work on the backlog"));
    assertEquals("work", lexicon.leadingVerb("Work through the backlog"));
  }

  @Test
  void aTitleThatIsOnlyTheVerbWithDoubledSpacesNamesIt() {
    KeyResultActivityRule.Lexicon lexicon = new KeyResultActivityRule.Lexicon(List.of("attend", "work on"),
        Locale.ENGLISH);
    assertEquals("work on", lexicon.leadingVerb("Work  on"));
    assertEquals("work on", lexicon.leadingVerb("Work \t on "));
  }

  @Test
  void aWindowsLineBreakInsideAVerbCollapsesToOneSpace() {
    KeyResultActivityRule.Lexicon lexicon = new KeyResultActivityRule.Lexicon(List.of("attend", "work on"),
        Locale.ENGLISH);
    assertEquals("work on", lexicon.leadingVerb("Work\r\non the backlog"));
  }

  /**
   * Lower case can depend on what follows: a capital sigma ends a word as final sigma unless a
   * letter follows, even after combining marks. A non-ASCII title is therefore lower-cased whole,
   * not only the head that could hold a verb.
   */
  @Test
  void aCapitalSigmaIsLowerCasedByWhatFollowsItBeyondTheVerb() {
    KeyResultActivityRule.Lexicon lexicon = new KeyResultActivityRule.Lexicon(List.of("ασ"), new Locale("el"));
    assertEquals("ασ", lexicon.leadingVerb("ΑΣ\u0301\u0301Β"));
    assertEquals(null, lexicon.leadingVerb("ΑΣ\u0301\u0301"));
  }

  /** The lexicon's contract without its shortcut: normalize both sides, longest verb first. */
  private static String reference(List<String> verbs, String title, Locale locale) {
    String text = title.strip().replaceAll("[ \\t\\n\\x0B\\f\\r]+", " ").toLowerCase(locale);
    String found = null;
    for (String verb : verbs) {
      String words = verb.strip().replaceAll("[ \\t\\n\\x0B\\f\\r]+", " ").toLowerCase(locale);
      boolean leads = !words.isEmpty() && text.startsWith(words)
          && (text.length() == words.length() || !Character.isLetterOrDigit(text.charAt(words.length())));
      if (leads && (found == null || words.length() > found.length()
          || words.length() == found.length() && words.compareTo(found) < 0)) {
        found = words;
      }
    }
    return found;
  }

  private static Gen<List<String>> verbs() {
    return Gens.lists(Gens.strings(LETTERS, 0, 6), 6);
  }

  private static Gen<String> titles() {
    return Gens.strings(LETTERS, 0, 12);
  }

  private static Gen<Locale> locales() {
    return Gens.of(Locale.ROOT, Locale.ENGLISH, Locale.GERMAN, new Locale("tr"), new Locale("el"),
        new Locale("lt"));
  }
}
