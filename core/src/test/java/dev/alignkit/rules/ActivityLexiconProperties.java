package dev.alignkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The activity lexicon's quick first-letter check never changes which verb leads a title. */
class ActivityLexiconProperties {
  private static final String LETTERS = "aAbBiIıİwWhHrRsSxXéÉ ΣσςšŠ\t\n+1-";

  @Property(tries = 3000)
  void theLeadingVerbIsTheOneTheFullNormalizationFinds(@ForAll("verbs") List<String> verbs,
      @ForAll("titles") String title, @ForAll("locales") Locale locale) {
    KeyResultActivityRule.Lexicon lexicon = new KeyResultActivityRule.Lexicon(verbs, locale);
    assertEquals(reference(verbs, title, locale), lexicon.leadingVerb(title), title);
  }

  @Example
  void aTitleStartingWithALetterNoVerbStartsWithHasNoLeadingVerb() {
    KeyResultActivityRule.Lexicon lexicon = new KeyResultActivityRule.Lexicon(List.of("attend", "work on"),
        Locale.ENGLISH);
    assertEquals(null, lexicon.leadingVerb("Raise NPS from 30 to 45"));
    assertEquals("work on", lexicon.leadingVerb("  Work \t on the backlog"));
    assertEquals("attend", lexicon.leadingVerb("ATTEND the guild"));
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

  @Provide
  Arbitrary<List<String>> verbs() {
    return Arbitraries.strings().withChars(LETTERS).ofMinLength(0).ofMaxLength(6).list().ofMaxSize(6);
  }

  @Provide
  Arbitrary<String> titles() {
    return Arbitraries.strings().withChars(LETTERS).ofMaxLength(12);
  }

  @Provide
  Arbitrary<Locale> locales() {
    return Arbitraries.of(Locale.ROOT, Locale.ENGLISH, Locale.GERMAN, new Locale("tr"), new Locale("el"),
        new Locale("lt"));
  }
}
