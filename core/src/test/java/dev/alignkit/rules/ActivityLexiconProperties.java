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
  private static final String LETTERS = "aAbBiIıİwWhHrRsSxXéÉ ΣσςšŠ\t\n+1-";

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
