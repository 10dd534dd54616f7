package dev.alignkit.testing;

import java.util.List;
import org.quicktheories.core.Gen;

/**
 * Ids as people type them and as a careless or hostile export gives them, for the properties of
 * the id rule ({@code docs/concepts.md}, "Ids"): {@link #ids()} the model accepts, letters of any
 * script, digits, e-mail addresses and the usual punctuation, spaces inside; {@link #refusedIds()}
 * it refuses, with a control, format or separator character somewhere, or nothing visible at all.
 * The snapshot generators number their ids ({@code p-1}) and never draw from here.
 */
public final class IdGenerators {
  /**
   * Characters an id may start with: visible ones of several scripts, and an emoji, which is two
   * chars in Java.
   */
  private static final List<String> VISIBLE = List.of("a", "Z", "7", "é", "ß", "Ж", "λ", "東", "京", "ع", "ש", "क",
      "ก", "한", "İ", "-", "_", ".", "@", "+", ":", "/", "#", "'", "(", "]", "\uD83D\uDE80");

  /** What may follow inside an id: visible characters and the spaces that separate words. */
  private static final List<String> INSIDE = List.of("a", "ö", "Я", "字", "ی", "5", "-", ".", "@", " ", "\u00A0",
      "\u3000", "\u2009", "\uD83D\uDC69");

  /**
   * One of each kind the rule refuses anywhere in an id: controls (C0, DEL, C1 such as the CSI of
   * terminal escapes), format characters (zero-width, bidirectional overrides, the byte order mark,
   * soft hyphen, a tag character beyond the BMP), line and paragraph separators, and a surrogate
   * without its pair.
   */
  public static final List<String> REFUSED_CHARACTERS = List.of("\u0000", "\t", "\n", "\r", "\u001B", "\u007F",
      "\u0085", "\u009B", "\u200B", "\u200D", "\u200E", "\u202E", "\u2066", "\u2060", "\uFEFF", "\u00AD",
      "\uDB40\uDC01", "\u2028", "\u2029", "\uD800", "\uDC00");

  /** Ids that hold nothing visible: empty, or spaces of any width only. */
  public static final List<String> BLANK_IDS = List.of("", " ", "   ", "\u00A0", "\u3000", "\u2007\u202F",
      " \u00A0 ");

  private IdGenerators() {}

  /** Ids the model accepts: a visible character, then up to 11 more, spaces inside included. */
  public static Gen<String> ids() {
    return Gens.combine(Gens.of(VISIBLE), Gens.lists(Gens.of(INSIDE), 0, 11), (first, rest) ->
        first + String.join("", rest));
  }

  /** Ids the model refuses: an accepted id with a refused character put in anywhere, or a blank one. */
  public static Gen<String> refusedIds() {
    Gen<String> withRefusedCharacter = Gens.combine(ids(), Gens.of(REFUSED_CHARACTERS), Gens.ints(0, 12),
        (id, refused, at) -> {
          int index = Math.min(at, id.length());
          // Not between the two chars of an emoji, which would leave each half unpaired.
          if (index > 0 && index < id.length() && Character.isLowSurrogate(id.charAt(index))) {
            index--;
          }
          return id.substring(0, index) + refused + id.substring(index);
        });
    return Gens.frequency(Gens.weighted(9, withRefusedCharacter), Gens.weighted(1, Gens.of(BLANK_IDS)));
  }
}
