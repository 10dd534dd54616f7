package dev.alignkit.policy;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words that mark a key-result title as an activity rather than a result, in one language,
 * for {@code okr.key-result.activity} (see {@code docs/rules.md}, "Activity lexicons"). Immutable
 * and thread-safe; its patterns are compiled once, when it is created.
 *
 * <p>A <b>pattern</b> is words with {@code ...} (or {@code …}) where the rest of the title goes,
 * any words or none, and says where a language puts its activity words:
 * <ul>
 *   <li>{@code attend ...} leads the title: "Attend 12 product feedback sessions";
 *   <li>{@code ... teilnehmen} ends it: "An 5 Kundengesprächen teilnehmen";
 *   <li>{@code ... nimmt ... teil} ends it with a separable verb's particle after its verb:
 *       "Der Vertrieb nimmt an 3 Messen teil".
 * </ul>
 * A pattern starts or ends with words. Words match whole ("attend" is not "Attendance", "organize"
 * not "Reorganize"), and case, accents, and the marks between words are ignored: "réaliser l'audit
 * ..." matches "REALISER L’AUDIT DE SÉCURITÉ". Each inflected form that titles use is a pattern of
 * its own. Patterns come by {@link ActivityKind}, which picks the result the finding proposes.
 *
 * <p><b>Create</b> one with {@link #builtIn(Locale)} (English, German, French and Spanish ship
 * with the library), {@link #parse(String)} (the format of the built-in files), {@link #empty()},
 * and {@link #plus(ActivityKind, List)} to add patterns; give it to a policy with
 * {@link Policy.Builder#putActivityLexicon}.
 *
 * <p><b>Equality:</b> two lexicons are equal when they have the same patterns of each kind in the
 * same order; {@link #toString()} writes them in the format {@link #parse(String)} reads.
 */
public final class ActivityLexicon {
  private static final ActivityLexicon EMPTY = new ActivityLexicon(new EnumMap<>(ActivityKind.class));
  private static final Map<String, ActivityLexicon> BUILT_IN = new ConcurrentHashMap<>();

  private final Map<ActivityKind, List<String>> patterns;
  private final ActivityMatcher matcher;

  private ActivityLexicon(EnumMap<ActivityKind, List<String>> patterns) {
    patterns.replaceAll((kind, list) -> List.copyOf(list));
    patterns.values().removeIf(List::isEmpty);
    this.patterns = Collections.unmodifiableMap(patterns);
    this.matcher = new ActivityMatcher(this.patterns);
  }

  /** The lexicon that flags nothing. */
  public static ActivityLexicon empty() {
    return EMPTY;
  }

  /**
   * The lexicon the library ships for the language of {@code locale} (its country and variant do
   * not matter): {@code en}, {@code de}, {@code fr} and {@code es}; the {@link #empty()} lexicon
   * for any other. Each is read once, from {@code dev/alignkit/policy/activity_<language>.txt}.
   *
   * @param locale the language; not null
   */
  public static ActivityLexicon builtIn(Locale locale) {
    String language = requireNonNull(locale, "locale").getLanguage();
    return language.isEmpty() ? EMPTY : BUILT_IN.computeIfAbsent(language, ActivityLexicon::read);
  }

  private static ActivityLexicon read(String language) {
    String file = "activity_" + language + ".txt";
    try (InputStream in = ActivityLexicon.class.getResourceAsStream(file)) {
      return in == null ? EMPTY : parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the activity lexicon " + file, e);
    }
  }

  /**
   * Reads a lexicon from text: one pattern a line under a {@code [meeting]}, {@code [learning]} or
   * {@code [work]} line that names the {@link ActivityKind} of the patterns below it; blank lines
   * and lines starting with {@code #} are skipped, and each line is stripped.
   *
   * @param text the lexicon; not null
   * @throws IllegalArgumentException naming the line when a pattern comes before the first kind,
   *     a kind is unknown, or a pattern is not one ({@code activity lexicon line 7: activity
   *     pattern needs "..." where the rest of the title goes: "attend"})
   */
  public static ActivityLexicon parse(String text) {
    EnumMap<ActivityKind, List<String>> read = new EnumMap<>(ActivityKind.class);
    List<String> kind = null;
    List<String> lines = requireNonNull(text, "text").lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      String where = "activity lexicon line " + (i + 1) + ": ";
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        kind = read.computeIfAbsent(kindNamed(line, where), k -> new ArrayList<>());
        continue;
      }
      if (kind == null) {
        throw new IllegalArgumentException(where + "a pattern before the first [meeting], [learning] or [work]: "
            + line);
      }
      try {
        ActivityMatcher.compile(line, ActivityKind.WORK, 0);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + e.getMessage(), e);
      }
      kind.add(line);
    }
    return new ActivityLexicon(read);
  }

  private static ActivityKind kindNamed(String header, String where) {
    String name = header.substring(1, header.length() - 1).strip();
    for (ActivityKind kind : ActivityKind.values()) {
      if (kind.name().toLowerCase(Locale.ROOT).equals(name)) {
        return kind;
      }
    }
    throw new IllegalArgumentException(where + "unknown kind " + header + "; expected [meeting], [learning] or [work]");
  }

  /**
   * This lexicon with {@code added} after its patterns of {@code kind}. Adding never takes a
   * finding away: a title this lexicon flags, the larger one flags too.
   *
   * @param kind the kind of the added patterns; not null
   * @param added patterns as {@link ActivityLexicon} describes them; not null
   * @throws IllegalArgumentException naming a pattern without {@code ...}, one that neither starts
   *     nor ends with words, or one with no words between two gaps
   */
  public ActivityLexicon plus(ActivityKind kind, List<String> added) {
    requireNonNull(kind, "kind");
    requireNonNull(added, "added");
    EnumMap<ActivityKind, List<String>> larger = new EnumMap<>(ActivityKind.class);
    larger.putAll(patterns);
    List<String> ofKind = new ArrayList<>(patterns.getOrDefault(kind, List.of()));
    for (String pattern : added) {
      ofKind.add(requireNonNull(pattern, "pattern").strip());
    }
    larger.put(kind, ofKind);
    return new ActivityLexicon(larger);
  }

  /** The patterns by kind, in {@link ActivityKind} order, each kind's in the order given; kinds without patterns are left out. */
  public Map<ActivityKind, List<String>> patterns() {
    return patterns;
  }

  /**
   * The activity {@code title} names, if it matches a pattern: the matching pattern with the most
   * words, the first in this lexicon among those with as many. Linear in the title's length.
   *
   * @param title a key result's title; not null
   */
  public Optional<Activity> find(String title) {
    return matcher.find(requireNonNull(title, "title"));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ActivityLexicon && patterns.equals(((ActivityLexicon) other).patterns);
  }

  @Override
  public int hashCode() {
    return patterns.hashCode();
  }

  /** The lexicon in the format {@link #parse(String)} reads. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    patterns.forEach((kind, list) -> {
      text.append('[').append(kind.name().toLowerCase(Locale.ROOT)).append("]\n");
      list.forEach(pattern -> text.append(pattern).append('\n'));
    });
    return text.toString();
  }

  /**
   * An activity found in a title.
   *
   * @param words the words of the pattern that matched, as the lexicon writes them, with
   *     {@code ...} only between parts: {@code attend}, {@code Teilnahme an}, {@code nimmt ... teil}
   * @param kind the kind of the pattern
   */
  public record Activity(String words, ActivityKind kind) {
    /** Rejects a null part. */
    public Activity {
      requireNonNull(words, "words");
      requireNonNull(kind, "kind");
    }
  }
}
