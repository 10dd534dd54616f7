package dev.alignkit.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The built-in lexicons against titles as people write them ({@code titles_<language>.txt}): each
 * language's activities are flagged with the words found, its results are not, and a title is
 * flagged under another language's lexicon only where it is an activity there too.
 */
class ActivityTitlesTest {
  /**
   * Every title that another language's lexicon flags, as "lexicon language <- title" with the
   * words found: each reads as an activity in that language too ("Analyse" is an English verb and a
   * German activity noun, "Organisation" a German one).
   */
  private static final Map<String, String> ACTIVITIES_IN_TWO_LANGUAGES = Map.of(
      "en <- Analyse der Kündigungsgründe aus Q2", "analyse",
      "en <- Analyse des causes de résiliation", "analyse",
      "de <- Analyse des causes de résiliation", "Analyse",
      "de <- Organisation d'un hackathon interne", "Organisation");

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("activities")
  void activityTitleIsFlaggedWithTheWordsFound(String language, String title, String words) {
    assertEquals(Optional.of(words), lexicon(language).find(title).map(ActivityLexicon.Activity::words));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("results")
  void resultTitleIsNotFlagged(String language, String title) {
    assertEquals(Optional.empty(), lexicon(language).find(title));
  }

  @Test
  void everyLanguageHasAtLeastThirtyActivityAndThirtyResultTitles() {
    for (String language : ActivityTitles.LANGUAGES) {
      ActivityTitles titles = ActivityTitles.of(language);
      assertTrue(titles.activities.size() >= 30, language + " activities: " + titles.activities.size());
      assertTrue(titles.results.size() >= 30, language + " results: " + titles.results.size());
    }
  }

  @Test
  void aTitleIsFlaggedUnderAnotherLanguagesLexiconOnlyWhereItIsAnActivityThereToo() {
    Map<String, String> flagged = new TreeMap<>();
    for (String lexiconLanguage : ActivityTitles.LANGUAGES) {
      for (String titleLanguage : ActivityTitles.LANGUAGES) {
        if (titleLanguage.equals(lexiconLanguage)) {
          continue;
        }
        ActivityTitles titles = ActivityTitles.of(titleLanguage);
        List<String> all = new ArrayList<>(titles.activities.keySet());
        all.addAll(titles.results);
        for (String title : all) {
          lexicon(lexiconLanguage).find(title)
              .ifPresent(activity -> flagged.put(lexiconLanguage + " <- " + title, activity.words()));
        }
      }
    }
    assertEquals(new TreeMap<>(ACTIVITIES_IN_TWO_LANGUAGES), flagged);
  }

  static Stream<Arguments> activities() {
    return ActivityTitles.LANGUAGES.stream().flatMap(language -> ActivityTitles.of(language).activities.entrySet()
        .stream().map(entry -> Arguments.of(language, entry.getKey(), entry.getValue())));
  }

  static Stream<Arguments> results() {
    return ActivityTitles.LANGUAGES.stream().flatMap(language -> ActivityTitles.of(language).results.stream()
        .map(title -> Arguments.of(language, title)));
  }

  private static ActivityLexicon lexicon(String language) {
    return ActivityLexicon.builtIn(Locale.forLanguageTag(language));
  }
}
