package dev.alignkit.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.testing.Gens;
import dev.alignkit.testing.Property;
import dev.alignkit.testing.Theory;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.quicktheories.core.Gen;

/**
 * An activity lexicon only grows its findings as it grows, and finds what a plain search over
 * every placement of every pattern finds.
 */
class ActivityLexiconProperties {
  /** Words of the built-in lexicons, to add to them. */
  private static final List<String> LEXICON_WORDS = List.of(
      "attend", "work", "on", "teil", "nimmt", "Teilnahme", "an", "réaliser", "d", "mise", "en", "place", "de");
  /**
   * Few words, so that patterns and titles share many, each with a twin that folds to it: case,
   * accents precomposed and combining, ß, œ, final sigma, a ligature; and an Indic vowel sign.
   */
  private static final List<String> FOLDING_WORDS = List.of(
      "a", "A", "é", "e\u0301", "ß", "SS", "œ", "oe", "ΑΣ", "ας", "ﬁ", "fi", "क\u093F", "1");
  /** What stands between words of a title: spaces, punctuation, a line break. */
  private static final List<String> SEPARATORS = List.of(" ", "  ", "-", "'", "’", ". ", "\t", "\r\n", " (");

  @Property(examples = 2000)
  void addingPatternsNeverUnflagsATitle(Theory theory) {
    theory.forAll(Gens.of(ActivityTitles.LANGUAGES), Gens.of(ActivityKind.class),
        Gens.lists(patterns(LEXICON_WORDS), 1, 4), Gens.oneOf(Gens.of(ActivityTitles.all()), titles(LEXICON_WORDS)))
        .check((language, kind, added, title) -> {
          ActivityLexicon lexicon = ActivityLexicon.builtIn(Locale.forLanguageTag(language));
          if (lexicon.find(title).isPresent()) {
            assertTrue(lexicon.plus(kind, added).find(title).isPresent(), () -> title + " with " + added);
          }
        });
  }

  @Property(examples = 3000)
  void theActivityFoundIsTheOneAPlainSearchFinds(Theory theory) {
    theory.forAll(Gens.lists(patterns(FOLDING_WORDS), 0, 3), Gens.lists(patterns(FOLDING_WORDS), 0, 3),
        titles(FOLDING_WORDS))
        .check((meetings, work, title) -> {
          ActivityLexicon lexicon = ActivityLexicon.empty()
              .plus(ActivityKind.MEETING, meetings)
              .plus(ActivityKind.WORK, work);
          assertEquals(plainSearch(lexicon, title), lexicon.find(title), () -> title + " in " + lexicon);
        });
  }

  /** The best match by trying every placement of every pattern on the title's folded words. */
  private static Optional<ActivityLexicon.Activity> plainSearch(ActivityLexicon lexicon, String title) {
    List<String> words = folded(title);
    ActivityLexicon.Activity best = null;
    int bestCount = -1;
    for (Map.Entry<ActivityKind, List<String>> kind : lexicon.patterns().entrySet()) {
      for (String pattern : kind.getValue()) {
        String[] parts = pattern.split("\\.\\.\\.|…", -1);
        List<List<String>> segments = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        int count = 0;
        for (String part : parts) {
          if (!folded(part).isEmpty()) {
            segments.add(folded(part));
            shown.add(part.strip());
            count += folded(part).size();
          }
        }
        boolean leads = !folded(parts[0]).isEmpty();
        boolean ends = !folded(parts[parts.length - 1]).isEmpty();
        if (count > bestCount && placed(segments, 0, 0, leads, ends, words)) {
          best = new ActivityLexicon.Activity(String.join(" ... ", shown), kind.getKey());
          bestCount = count;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** Whether segments {@code i} on can be placed from word {@code from} on, in order, without overlap. */
  private static boolean placed(List<List<String>> segments, int i, int from, boolean leads, boolean ends,
      List<String> words) {
    if (i == segments.size()) {
      return true;
    }
    List<String> segment = segments.get(i);
    for (int at = from; at + segment.size() <= words.size(); at++) {
      boolean anchoredOk = (i > 0 || !leads || at == 0)
          && (i < segments.size() - 1 || !ends || at + segment.size() == words.size());
      if (anchoredOk && words.subList(at, at + segment.size()).equals(segment)
          && placed(segments, i + 1, at + segment.size(), leads, ends, words)) {
        return true;
      }
    }
    return false;
  }

  /** The words of a text by the lexicon's contract, computed by whole-string operations. */
  private static List<String> folded(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("[\\p{Mn}\\p{Me}]", "")
        .toLowerCase(Locale.ROOT).replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace("ς", "σ");
    return Arrays.stream(folded.split("[^\\p{L}\\p{Nd}\\p{Mc}]+")).filter(word -> !word.isEmpty()).toList();
  }

  /** Valid patterns of {@code vocabulary}: words that lead, end, or both, with a gap, and words between further gaps. */
  private static Gen<String> patterns(List<String> vocabulary) {
    Gen<String> words = Gens.lists(Gens.of(vocabulary), 1, 2).map(list -> String.join(" ", list));
    return Gens.combine(words, words, words, Gens.ints(0, 3), (lead, middle, end, shape) -> {
      switch (shape) {
        case 0:
          return lead + " ...";
        case 1:
          return "... " + end;
        case 2:
          return lead + " ... " + end;
        default:
          return "... " + middle + " ... " + end;
      }
    });
  }

  /** Titles of up to seven words of {@code vocabulary}, each followed by a separator. */
  private static Gen<String> titles(List<String> vocabulary) {
    return Gens.lists(Gens.combine(Gens.of(vocabulary), Gens.of(SEPARATORS), (word, separator) -> word + separator),
        0, 7).map(parts -> String.join("", parts));
  }
}
