package dev.alignkit.policy;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The patterns of one {@link ActivityLexicon}, folded once and indexed by the word a title must
 * start or end with, so that finding the activity of a title costs one pass over the title and a
 * look at the few patterns that share its first or last word, however large the lexicon.
 * Immutable and thread-safe.
 */
final class ActivityMatcher {
  /** Patterns that start with words, by their first folded word. */
  private final Map<String, List<Pattern>> byFirstWord = new HashMap<>();
  /** Patterns that start with a gap, by the last folded word they end with. */
  private final Map<String, List<Pattern>> byLastWord = new HashMap<>();
  /** For each ASCII character, the keys of {@link #byFirstWord} that start with it, or null. */
  private final String[][] firstWordsByInitial = new String[128][];
  /** For each ASCII character, the keys of {@link #byLastWord} that end with it, or null. */
  private final String[][] lastWordsByFinal = new String[128][];

  /** Compiles the patterns, in kind order, then list order; rejects a pattern as {@link #compile} does. */
  ActivityMatcher(Map<ActivityKind, List<String>> patterns) {
    int order = 0;
    for (Map.Entry<ActivityKind, List<String>> kind : patterns.entrySet()) {
      for (String text : kind.getValue()) {
        Pattern pattern = compile(text, kind.getKey(), order++);
        if (pattern.leads) {
          String word = pattern.firstWord();
          if (!byFirstWord.containsKey(word)) {
            mark(firstWordsByInitial, word.charAt(0), word);
          }
          byFirstWord.computeIfAbsent(word, w -> new ArrayList<>(1)).add(pattern);
        } else {
          String word = pattern.lastWord();
          if (!byLastWord.containsKey(word)) {
            mark(lastWordsByFinal, word.charAt(word.length() - 1), word);
          }
          byLastWord.computeIfAbsent(word, w -> new ArrayList<>(1)).add(pattern);
        }
      }
    }
  }

  private static void mark(String[][] words, char c, String word) {
    if (c < 128) {
      String[] known = words[c] == null ? new String[0] : words[c];
      String[] more = Arrays.copyOf(known, known.length + 1);
      more[known.length] = word;
      words[c] = more;
    }
  }

  /** The activity {@code title} names: the matching pattern with the most words, the earliest among equals. */
  Optional<ActivityLexicon.Activity> find(String title) {
    if (edgeWord(title, true) == NOT_A_KEY && edgeWord(title, false) == NOT_A_KEY) {
      return Optional.empty();
    }
    String text = words(title);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    int firstSpace = text.indexOf(' ');
    Pattern best = best(null, byFirstWord.get(firstSpace < 0 ? text : text.substring(0, firstSpace)), text);
    if (!byLastWord.isEmpty()) {
      best = best(best, byLastWord.get(text.substring(text.lastIndexOf(' ') + 1)), text);
    }
    return best == null ? Optional.empty() : Optional.of(best.activity);
  }

  /** {@link #edgeWord}: the edge word is no key, so no pattern anchored at that edge can match. */
  private static final int NOT_A_KEY = 0;
  /** {@link #edgeWord}: the edge word is a key. */
  private static final int KEY = 1;
  /** {@link #edgeWord}: a character that is not ASCII stands at the edge; only folding tells. */
  private static final int UNSURE = 2;

  /**
   * Whether the first (or last) word of a title is a key of {@link #byFirstWord} (or
   * {@link #byLastWord}), read from the title's edge without folding the title or reading the rest
   * of it. Most titles start with a letter no pattern starts with, and are done without
   * allocating. Where the edge (the gap before the word, the word and the character after it) is
   * ASCII, its word is the title's first (or last) word as {@link #words} makes it: a run of ASCII
   * letters and digits, lower-cased; characters beyond it cannot change it, since folding maps
   * ASCII to itself and joins nothing across an ASCII gap. Otherwise the answer is {@link #UNSURE}.
   */
  private int edgeWord(String title, boolean first) {
    Map<String, List<Pattern>> index = first ? byFirstWord : byLastWord;
    if (index.isEmpty()) {
      return NOT_A_KEY;
    }
    int length = title.length();
    int start;
    int end;
    if (first) {
      start = 0;
      while (start < length && isAsciiGap(title.charAt(start))) {
        start++;
      }
      end = start;
      while (end < length && isAsciiLetterOrDigit(title.charAt(end))) {
        end++;
      }
      if (end < length && title.charAt(end) >= 128) {
        return UNSURE;
      }
    } else {
      end = length;
      while (end > 0 && isAsciiGap(title.charAt(end - 1))) {
        end--;
      }
      start = end;
      while (start > 0 && isAsciiLetterOrDigit(title.charAt(start - 1))) {
        start--;
      }
      if (start > 0 && title.charAt(start - 1) >= 128) {
        return UNSURE;
      }
    }
    if (start == end) {
      // No ASCII word at the edge: the title is empty, all gap, or a character beyond ASCII
      // stopped the scan of the gap.
      return (first ? end < length : start > 0) ? UNSURE : NOT_A_KEY;
    }
    String[] candidates = first ? firstWordsByInitial[lowerCase(title.charAt(start))]
        : lastWordsByFinal[lowerCase(title.charAt(end - 1))];
    return candidates != null && isOneOf(candidates, title, start, end) ? KEY : NOT_A_KEY;
  }

  /** Whether the ASCII word at {@code start..end} of {@code title}, lower-cased, is one of {@code words}. */
  private static boolean isOneOf(String[] words, String title, int start, int end) {
    for (String word : words) {
      if (word.length() == end - start && isLowerCaseOf(word, title, start)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLowerCaseOf(String word, String title, int start) {
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) != lowerCase(title.charAt(start + i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiGap(char c) {
    return c < 128 && !isAsciiLetterOrDigit(c);
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  private static char lowerCase(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  private static @Nullable Pattern best(@Nullable Pattern best, @Nullable List<Pattern> candidates, String text) {
    if (candidates != null) {
      for (Pattern candidate : candidates) {
        if ((best == null || candidate.beats(best)) && candidate.matches(text)) {
          best = candidate;
        }
      }
    }
    return best;
  }

  /**
   * Checks and compiles one pattern: words with "..." (or "…") where any words, or none, may stand.
   * It must hold such a gap, start or end with words, and have words between two gaps.
   *
   * @throws IllegalArgumentException naming the pattern and what is wrong with it
   */
  static Pattern compile(String text, ActivityKind kind, int order) {
    String[] parts = text.split("\\.\\.\\.|\u2026", -1);
    if (parts.length < 2) {
      throw new IllegalArgumentException("activity pattern needs \"...\" where the rest of the title goes: \"" + text + "\"");
    }
    boolean leads = !words(parts[0]).isEmpty();
    boolean ends = !words(parts[parts.length - 1]).isEmpty();
    if (!leads && !ends) {
      throw new IllegalArgumentException("activity pattern must start or end with words: \"" + text + "\"");
    }
    List<String> segments = new ArrayList<>(parts.length);
    List<String> shown = new ArrayList<>(parts.length);
    for (int i = 0; i < parts.length; i++) {
      String words = words(parts[i]);
      if (words.isEmpty() && i > 0 && i < parts.length - 1) {
        throw new IllegalArgumentException("activity pattern has no words between two \"...\": \"" + text + "\"");
      }
      if (!words.isEmpty()) {
        segments.add(words);
        shown.add(parts[i].strip());
      }
    }
    return new Pattern(segments, leads, ends, new ActivityLexicon.Activity(String.join(" ... ", shown), kind), order);
  }

  /**
   * The words of {@code text} as patterns and titles are compared: compatibility-decomposed
   * (NFKD) without its non-spacing and enclosing marks (the accents), lower case as
   * {@link java.util.Locale#ROOT} has it for each character, {@code ß}, {@code æ}, {@code œ} as
   * {@code ss}, {@code ae}, {@code oe} and a final sigma as a sigma; runs of letters, digits and
   * spacing marks (vowel signs of Indic scripts), joined by one space, everything else dropped. So
   * "Réaliser  l'AUDIT" reads {@code realiser l audit}, and a word is never part of a longer one.
   */
  static String words(String text) {
    String source = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(source.length());
    boolean gap = false;
    for (int i = 0; i < source.length(); ) {
      int c = source.codePointAt(i);
      i += Character.charCount(c);
      int type = Character.getType(c);
      if (Character.isLetterOrDigit(c) || type == Character.COMBINING_SPACING_MARK) {
        if (gap && out.length() > 0) {
          out.append(' ');
        }
        gap = false;
        appendLowerCase(out, c);
      } else if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK) {
        gap = true;
      }
    }
    return out.toString();
  }

  private static void appendLowerCase(StringBuilder out, int c) {
    if (c < 128) {
      out.append(lowerCase((char) c));
      return;
    }
    int lower = Character.toLowerCase(c);
    switch (lower) {
      case 'ß' -> out.append("ss");
      case 'æ' -> out.append("ae");
      case 'œ' -> out.append("oe");
      case 'ς' -> out.append('σ');
      default -> out.appendCodePoint(lower);
    }
  }

  /** One compiled pattern: its word segments, folded, with gaps between them and where it does not lead or end. */
  static final class Pattern {
    private final String[] segments;
    private final boolean leads;
    private final boolean ends;
    private final int wordCount;
    private final ActivityLexicon.Activity activity;
    private final int order;

    private Pattern(List<String> segments, boolean leads, boolean ends, ActivityLexicon.Activity activity, int order) {
      this.segments = segments.toArray(new String[0]);
      this.leads = leads;
      this.ends = ends;
      int count = 0;
      for (String segment : segments) {
        count += segment.split(" ").length;
      }
      this.wordCount = count;
      this.activity = activity;
      this.order = order;
    }

    private String firstWord() {
      String first = segments[0];
      int space = first.indexOf(' ');
      return space < 0 ? first : first.substring(0, space);
    }

    private String lastWord() {
      String last = segments[segments.length - 1];
      return last.substring(last.lastIndexOf(' ') + 1);
    }

    private boolean beats(Pattern other) {
      return wordCount > other.wordCount || wordCount == other.wordCount && order < other.order;
    }

    /**
     * Whether the folded {@code text} is this pattern: the leading segment at its start, the
     * ending one at its end, each segment between them after the one before (the earliest place
     * is as good as any), none overlapping.
     */
    private boolean matches(String text) {
      int from = 0;
      int to = text.length();
      int first = 0;
      int last = segments.length - 1;
      if (leads) {
        if (!wordsAt(text, segments[0], 0)) {
          return false;
        }
        from = segments[0].length() + 1;
        first = 1;
      }
      if (ends) {
        int at = text.length() - segments[last].length();
        if (at < from || !wordsAt(text, segments[last], at)) {
          return false;
        }
        to = at - 1;
        last--;
      }
      for (int i = first; i <= last; i++) {
        int at = text.indexOf(segments[i], from);
        while (at >= 0 && at + segments[i].length() <= to && !wordsAt(text, segments[i], at)) {
          at = text.indexOf(segments[i], at + 1);
        }
        if (at < 0 || at + segments[i].length() > to) {
          return false;
        }
        from = at + segments[i].length() + 1;
      }
      return true;
    }

    /** Whether {@code words} stand at {@code at} in {@code text} as whole words. */
    private static boolean wordsAt(String text, String words, int at) {
      int end = at + words.length();
      return at >= 0 && end <= text.length() && text.startsWith(words, at)
          && (at == 0 || text.charAt(at - 1) == ' ') && (end == text.length() || text.charAt(end) == ' ');
    }
  }
}
