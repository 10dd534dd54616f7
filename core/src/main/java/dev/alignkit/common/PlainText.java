package dev.alignkit.common;

import static java.util.Objects.requireNonNull;

/**
 * Puts user text (a title, a name, a retrospective, a finding's message) on one line of plain
 * text, so that it shows the characters it holds and never acts on the terminal, log or table it
 * is printed in: a title cannot clear the screen, colour what follows, set the window's title,
 * start a line of its own or reorder the rest of the line.
 *
 * <p>Each character is replaced by at most one:
 * <ul>
 *   <li>a line break (LF, CR, CR LF as one, NEL U+0085, LINE SEPARATOR U+2028, PARAGRAPH
 *       SEPARATOR U+2029), a tab, a vertical tab and a form feed become a space;</li>
 *   <li>every other C0 control and DEL shows as its Unicode control picture: ESC as
 *       {@code ␛} (U+241B), so {@code ESC [31m} reads {@code ␛[31m}; BEL as {@code ␇}; NUL as
 *       {@code ␀}; DEL as {@code ␡};</li>
 *   <li>the C1 controls (U+0080 to U+009F, among them the one-byte CSI U+009B that some terminals
 *       obey) and the bidirectional formatting characters (U+061C, U+200E, U+200F, U+202A to
 *       U+202E, U+2066 to U+2069), which reorder how a terminal or an editor shows the rest of a
 *       line, have no picture and show as the replacement character {@code �} (U+FFFD).</li>
 * </ul>
 * Everything else stays as it is: letters of any script, digits, punctuation, emoji and the
 * joiners they and many scripts need (U+200C, U+200D). Since no character becomes more than one,
 * text cut to a column's width after this cannot grow past it.
 *
 * <p>Text without any of these characters is returned as it is. Thread-safe.
 */
public final class PlainText {
  private static final char FIRST_PICTURE = '\u2400';
  private static final char DELETE_PICTURE = '\u2421';
  private static final char REPLACEMENT = '\uFFFD';

  private PlainText() {}

  /**
   * The text on one line, with the characters that would act on a terminal shown visibly.
   *
   * @param text any text; not null
   * @return the text, changed only where it holds a control, a line break or a bidirectional control
   * @throws NullPointerException if {@code text} is null
   */
  public static String line(String text) {
    requireNonNull(text, "text");
    int first = 0;
    while (first < text.length() && !needsReplacing(text.charAt(first))) {
      first++;
    }
    if (first == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        continue;
      }
      out.append(needsReplacing(c) ? replacement(c) : c);
    }
    return out.toString();
  }

  private static boolean needsReplacing(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' || isBidiControl(c);
  }

  private static char replacement(char c) {
    if (c == '\n' || c == '\r' || c == '\t' || c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028'
        || c == '\u2029') {
      return ' ';
    }
    if (c < 0x20) {
      return (char) (FIRST_PICTURE + c);
    }
    return c == 0x7F ? DELETE_PICTURE : REPLACEMENT;
  }

  private static boolean isBidiControl(char c) {
    return c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }
}
