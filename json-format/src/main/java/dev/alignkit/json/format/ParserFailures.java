package dev.alignkit.json.format;

import dev.alignkit.json.JsonLimits;
import dev.alignkit.json.format.FormatException.Kind;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A streaming parser's failure (malformed JSON, a duplicate field, a nesting limit, no content,
 * content after the document) in the format's words, the same under every binding: Jackson's
 * message is read here once, and each binding hands over only the message and the place.
 */
public final class ParserFailures {
  /** Jackson's words for a broken {@code StreamReadConstraints} limit. */
  private static final Pattern LIMIT = Pattern.compile(
      "^(.*?) \\((\\d+)\\) exceeds the maximum allowed \\((\\d+), from `StreamReadConstraints\\.getMax(\\w+)\\(\\)`");
  /** Jackson's "(start marker at [Source: ...])" and "(for Object starting at [Source: ...])", places in its own terms. */
  private static final Pattern START_MARKER = Pattern.compile(
      " \\((?:start marker at|for \\w+ starting at) \\[Source: [^\\]]*\\]\\)");
  private static final Pattern NON_STANDARD = Pattern.compile("^Non-standard token '([^']*)'");
  /**
   * Jackson 3.3's words for a number with a second decimal point, such as {@code 1.0.0}, which
   * Jackson 2 and Jackson 3 before 3.3 end after {@code 1.0} and then find a {@code .} where a
   * comma belongs.
   */
  private static final String SECOND_DECIMAL_POINT =
      "Unexpected character ('.' (code 46)) in numeric value: Cannot parse number with more than one decimal point";

  private ParserFailures() {}

  /**
   * The failure whose parser message is {@code original}, at {@code pointer}, {@code line} and
   * {@code column} ({@code -1} when the parser names no place): {@link Kind#LIMIT_EXCEEDED} when
   * {@code overLimit}, for a broken {@code StreamReadConstraints} limit, else {@link Kind#MALFORMED_JSON}.
   * {@code inArray} says whether the parser stopped inside an array rather than an object.
   */
  public static FormatException of(@Nullable String original, boolean overLimit, boolean inArray, String pointer,
      int line, int column, Throwable cause) {
    // Jackson 3 says "property name" where Jackson 2 said "field name"; the format's errors keep one wording.
    String message = START_MARKER.matcher(String.valueOf(original)).replaceAll("")
        .replace("property name", "field name");
    if (message.startsWith(SECOND_DECIMAL_POINT)) {
      // One wording under every Jackson: the one the older parsers give, at the same place.
      message = "Unexpected character ('.' (code 46)): was expecting comma to separate "
          + (inArray ? "Array" : "Object") + " entries" + message.substring(SECOND_DECIMAL_POINT.length());
    }
    String problem;
    Matcher limit = LIMIT.matcher(message);
    Matcher nonStandard = NON_STANDARD.matcher(message);
    if (message.startsWith("No content to map due to end-of-input")) {
      problem = "the document is empty";
    } else if (message.startsWith("Trailing token")) {
      problem = "unexpected content after the end of the document";
    } else if (overLimit && limit.find()) {
      problem = limitExceeded(limit.group(1), limit.group(4), limit.group(2), limit.group(3));
    } else if (nonStandard.find()) {
      problem = "invalid JSON: " + nonStandard.group(1) + " is not a JSON value; JSON has no NaN or Infinity";
    } else {
      problem = "invalid JSON: " + message;
    }
    Kind kind = overLimit ? Kind.LIMIT_EXCEEDED : Kind.MALFORMED_JSON;
    // At the end of the input Jackson may say column 0; the place is then the line's start.
    return new FormatException(kind, pointer, line, line > 0 ? Math.max(1, column) : column, problem, cause);
  }

  /**
   * The problem of a document over one of the limits, naming the limit as {@code JsonLimits} does:
   * {@code nesting depth 65 exceeds the limit maxNestingDepth 64}.
   */
  static String limitExceeded(String jacksonWhat, String jacksonLimit, String found, String allowed) {
    String what;
    switch (jacksonWhat) {
      case "Document nesting depth":
        what = "nesting depth";
        break;
      case "String value length":
        what = "string length";
        break;
      case "Number value length":
        what = "number length";
        break;
      case "Document length":
        what = "document length";
        break;
      case "Name length":
        what = "field name length";
        break;
      default:
        what = jacksonWhat.toLowerCase(Locale.ROOT);
    }
    return what + " " + found + " exceeds the limit max" + jacksonLimit + " " + allowed;
  }
}
