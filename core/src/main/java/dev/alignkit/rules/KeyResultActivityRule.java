package dev.alignkit.rules;

import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.KeyResultKind;
import dev.alignkit.okr.Objective;
import dev.alignkit.policy.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * {@code okr.key-result.activity}: a key result names a result, not a to-do. Its title
 * must not start with a verb of the policy's activity lexicon for the content locale, matched as
 * whole words; ACHIEVE key results are milestones and exempt, and so are the key results of
 * finished objectives ({@link RuleContext#isFinished}: CLOSED, or of an ended cycle).
 */
final class KeyResultActivityRule extends BuiltInRule implements KeyResultRule {
  KeyResultActivityRule() {
    super(RuleCodes.KEY_RESULT_ACTIVITY, Severity.WARNING, "keyResult", "verb");
  }

  @Override
  public void checkKeyResult(KeyResult keyResult, Objective objective, RuleContext context, Findings findings) {
    if (context.isFinished(objective)) {
      return;
    }
    if (keyResult.kind().orElse(null) == KeyResultKind.ACHIEVE) {
      return;
    }
    Lexicon lexicon = context.memo(Lexicon.class, () -> new Lexicon(context.policy().activityVerbs(),
        context.policy().contentLocale()));
    String verb = lexicon.leadingVerb(keyResult.title());
    if (verb != null) {
      keyResultFinding(findings, ItemPath.keyResult(objective.id(), keyResult.id()).field("title"),
              objective, keyResult, context)
          .argument("verb", verb)
          .report();
    }
  }

  /** The verbs, lower-cased and longest first so that "work on" wins over "work". */
  static final class Lexicon {
    private final List<String> verbs;
    private final Locale locale;
    /** For each ASCII letter, whether some verb starts with it in lower case. */
    private final boolean[] asciiStarts = new boolean[128];
    /** The length of the longest verb. */
    private final int longest;

    Lexicon(List<String> verbs, Locale locale) {
      this.locale = locale;
      List<String> normalized = new ArrayList<>(verbs.size());
      for (String verb : verbs) {
        String words = normalize(verb, locale);
        if (!words.isEmpty()) {
          normalized.add(words);
        }
      }
      normalized.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
      this.verbs = normalized;
      int length = 0;
      for (String verb : normalized) {
        if (verb.charAt(0) < 128) {
          asciiStarts[verb.charAt(0)] = true;
        }
        length = Math.max(length, verb.length());
      }
      this.longest = length;
    }

    /** The lexicon verb the title starts with as whole words, or null. */
    String leadingVerb(String title) {
      if (cannotStartAVerb(title)) {
        return null;
      }
      String text = asciiHead(title);
      if (text == null) {
        text = normalize(title, locale);
      }
      for (String verb : verbs) {
        if (text.startsWith(verb)
            && (text.length() == verb.length() || !Character.isLetterOrDigit(text.charAt(verb.length())))) {
          return verb;
        }
      }
      return null;
    }

    /**
     * Whether the title's first letter shows, without normalizing the whole title, that no verb
     * can lead it: an ASCII letter whose lower case starts no verb. Every locale lower-cases ASCII
     * letters to ASCII letters except {@code I} (Turkish and Azeri), which is left to the full check.
     */
    private boolean cannotStartAVerb(String title) {
      int i = 0;
      while (i < title.length() && Character.isWhitespace(title.charAt(i))) {
        i++;
      }
      if (i == title.length()) {
        return false;
      }
      char c = title.charAt(i);
      boolean asciiLetter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
      return asciiLetter && c != 'I' && c != 'i' && !asciiStarts[Character.toLowerCase(c)];
    }

    /**
     * The first {@code longest + 2} characters of the normalized title, when the title's first
     * characters up to there are ASCII; null otherwise. A verb and the character after it lie
     * within them, and lower-casing ASCII text maps each character on its own in every locale
     * (only what follows the last one could change, which is never read), so this answers as
     * the whole normalized title would without copying and lower-casing all of it.
     */
    private @Nullable String asciiHead(String title) {
      String stripped = title.strip();
      int limit = Math.min(longest + 2, stripped.length());
      char[] head = new char[limit];
      int length = 0;
      boolean previousSpace = false;
      for (int i = 0; i < stripped.length() && length < limit; i++) {
        char c = stripped.charAt(i);
        if (c >= 128) {
          return null;
        }
        boolean space = isCollapsedSpace(c);
        if (!space) {
          head[length++] = c;
        } else if (!previousSpace) {
          head[length++] = ' ';
        }
        previousSpace = space;
      }
      return new String(head, 0, length).toLowerCase(locale);
    }

    /**
     * Lower case, single spaces, no leading or trailing space: {@code strip()}, then each run of
     * {@code [ \t\n\x0B\f\r]} (regex {@code \s}) as one space. A plain loop, not
     * {@code replaceAll}: this runs once per key result, and a regex replace there cost more than
     * every other rule together.
     */
    private static String normalize(String text, Locale locale) {
      String stripped = text.strip();
      StringBuilder out = new StringBuilder(stripped.length());
      boolean previousSpace = false;
      for (int i = 0; i < stripped.length(); i++) {
        char c = stripped.charAt(i);
        boolean space = isCollapsedSpace(c);
        if (!space) {
          out.append(c);
        } else if (!previousSpace) {
          out.append(' ');
        }
        previousSpace = space;
      }
      return out.toString().toLowerCase(locale);
    }

    /** The whitespace that normalization collapses: regex {@code \s}, that is {@code [ \t\n\x0B\f\r]}. */
    private static boolean isCollapsedSpace(char c) {
      return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
  }
}
