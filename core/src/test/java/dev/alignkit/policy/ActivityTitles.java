package dev.alignkit.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Key-result titles as people write them in one language, read from {@code titles_<language>.txt}:
 * activities with the words their lexicon finds, and results it must not flag.
 */
final class ActivityTitles {
  /** The languages the library ships lexicons for. */
  static final List<String> LANGUAGES = List.of("en", "de", "fr", "es");

  /** Activity titles, in file order, with the words the lexicon finds in each. */
  final Map<String, String> activities = new LinkedHashMap<>();
  /** Result titles, in file order. */
  final List<String> results = new ArrayList<>();

  private ActivityTitles() {}

  static ActivityTitles of(String language) {
    ActivityTitles titles = new ActivityTitles();
    List<String> section = null;
    for (String line : read("titles_" + language + ".txt").lines().toList()) {
      String entry = line.strip();
      if (entry.isEmpty() || entry.startsWith("#")) {
        continue;
      }
      if (entry.equals("[activity]") || entry.equals("[result]")) {
        section = entry.equals("[result]") ? titles.results : null;
        continue;
      }
      if (section == null) {
        int arrow = entry.indexOf(" => ");
        titles.activities.put(entry.substring(0, arrow), entry.substring(arrow + 4));
      } else {
        section.add(entry);
      }
    }
    return titles;
  }

  /** Every title of every language, activities and results. */
  static List<String> all() {
    List<String> all = new ArrayList<>();
    for (String language : LANGUAGES) {
      ActivityTitles titles = of(language);
      all.addAll(titles.activities.keySet());
      all.addAll(titles.results);
    }
    return all;
  }

  private static String read(String file) {
    try (InputStream in = ActivityTitles.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("no test resource " + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
