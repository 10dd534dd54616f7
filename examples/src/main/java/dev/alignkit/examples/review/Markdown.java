package dev.alignkit.examples.review;

import dev.alignkit.common.PlainText;
import java.util.regex.Pattern;

/**
 * Puts user text (titles, names, descriptions, finding messages) into Markdown so that it reads
 * as the words it is and never as markup: whatever a title or a description holds, it cannot
 * break a table row, start a heading, a list or a quote, open raw HTML or a link, or turn on
 * emphasis.
 *
 * <p>Rules: control characters show as {@link PlainText#line} shows them (ESC as {@code ␛}, so no
 * escape sequence reaches a terminal that shows the Markdown source); every run of white space,
 * line breaks included, becomes one space, so the text stays on its line; the characters
 * {@code \ ` * _ [ ] < > & | ~ #} get a backslash (CommonMark and GitHub render a
 * backslash-escaped punctuation character as itself, so {@code <script>} shows as text and
 * {@code |} does not end a table cell); and a leading {@code -}, {@code +}, {@code =}
 * or list number ({@code 1.}, {@code 1)}) is escaped too, because the text may follow a
 * {@code > } quote marker at the start of a line.
 */
final class Markdown {
  private static final String SPECIAL = "\\`*_[]<>&|~#";
  private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u0085\\u2028\\u2029]+");
  // Atomic, so that the \r of a \r\n is not taken for a line break of its own.
  private static final String LINE_BREAK = "(?>\\r\\n|[\\n\\x0B\\f\\r\\u0085\\u2028\\u2029])";
  /** A blank line between two paragraphs of a description; the HTML review splits them there too. */
  static final Pattern PARAGRAPH_BREAK = Pattern.compile(LINE_BREAK + "[ \\t]*" + LINE_BREAK);
  private static final Pattern LIST_NUMBER = Pattern.compile("^(\\d{1,9})([.)])");

  private Markdown() {}

  /** The text on one line, escaped. */
  static String text(String text) {
    String line = WHITE_SPACE.matcher(PlainText.line(text)).replaceAll(" ").strip();
    StringBuilder out = new StringBuilder(line.length() + 8);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (SPECIAL.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    String escaped = out.toString();
    if (escaped.startsWith("-") || escaped.startsWith("+") || escaped.startsWith("=")) {
      return "\\" + escaped;
    }
    return LIST_NUMBER.matcher(escaped).replaceFirst("$1\\\\$2");
  }

  /**
   * The first paragraph of a description on one line, escaped, with " …" when more paragraphs
   * follow: the review shows what a description opens with, and the full text stays where it
   * was written.
   */
  static String firstParagraph(String description) {
    String[] paragraphs = PARAGRAPH_BREAK.split(description.strip(), 2);
    String first = text(paragraphs[0]);
    return paragraphs.length > 1 && !paragraphs[1].isBlank() ? first + " …" : first;
  }

  /**
   * An id as inline code, with control characters shown as in {@link #text}; the fence grows past
   * any backtick the id holds.
   */
  static String code(String id) {
    String line = WHITE_SPACE.matcher(PlainText.line(id)).replaceAll(" ");
    String fence = "`";
    while (line.contains(fence)) {
      fence += "`";
    }
    boolean pad = line.startsWith("`") || line.endsWith("`");
    return fence + (pad ? " " + line + " " : line) + fence;
  }
}
