package dev.alignkit.jackson.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.alignkit.jackson.AlignkitJsonException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The reading side of one document: a streaming parser plus what the codecs remember while
 * descending, namely where each object and field started and which array index holds which id,
 * so that an error raised when a whole snapshot is built can still name the exact place.
 *
 * <p>Every parser failure leaves here as an {@link AlignkitJsonException}; other I/O failures as
 * an {@link UncheckedIOException}.
 */
public final class JsonIn {
  /** Jackson's words for a broken {@code StreamReadConstraints} limit. */
  private static final Pattern LIMIT = Pattern.compile(
      "^(.*?) \\((\\d+)\\) exceeds the maximum allowed \\((\\d+), from `StreamReadConstraints\\.getMax(\\w+)\\(\\)`");
  private static final Pattern START_MARKER = Pattern.compile(" \\(start marker at \\[Source: [^\\]]*\\]\\)");
  private static final Pattern NON_STANDARD = Pattern.compile("^Non-standard token '([^']*)'");
  private final JsonParser parser;
  /** Pointer to packed line and column, of every object and field value read so far. */
  private final Map<String, Long> locations = new HashMap<>();
  /** Array pointer to (item key to first index), for resolving places such as {@code objectives[o-1]}. */
  private final Map<String, Map<String, Integer>> keys = new HashMap<>();

  /** Reads from {@code parser}, which must stand on the first token of the value to read. */
  public JsonIn(JsonParser parser) {
    this.parser = parser;
  }

  /** The current token. */
  public @Nullable JsonToken token() {
    return parser.currentToken();
  }

  /** Moves to the next token. */
  public @Nullable JsonToken next() {
    try {
      return parser.nextToken();
    } catch (JsonProcessingException e) {
      throw syntax(e, parser);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The name of the current field; call on a {@link JsonToken#FIELD_NAME}. */
  public String fieldName() {
    try {
      return parser.currentName();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of the current string token. */
  public String text() {
    try {
      return parser.getText();
    } catch (JsonProcessingException e) {
      throw syntax(e, parser);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The parser itself, for reading a subtree. */
  JsonParser parser() {
    return parser;
  }

  /** The JSON Pointer of the current value. */
  public String pointer() {
    return parser.getParsingContext().pathAsPointer().toString();
  }

  /**
   * The array index of the object whose {@link JsonToken#START_OBJECT} is current, or -1 when it
   * is not an array element.
   */
  int elementIndex() {
    JsonStreamContext parent = parser.getParsingContext().getParent();
    return parent != null && parent.inArray() ? parent.getCurrentIndex() : -1;
  }

  /** Where the current token starts, packed by {@link #pack}. */
  public long location() {
    JsonLocation location = parser.currentTokenLocation();
    return pack(location.getLineNr(), location.getColumnNr());
  }

  /** Remembers where the value at {@code pointer} started. */
  void remember(String pointer, long location) {
    locations.putIfAbsent(pointer, location);
  }

  /** Where the value at {@code pointer} started, if it was read. */
  @Nullable Long locationOf(String pointer) {
    return locations.get(pointer);
  }

  /** Remembers that the item with {@code key} first appears at {@code index} of the array at {@code arrayPointer}. */
  void rememberKey(String arrayPointer, String key, int index) {
    keys.computeIfAbsent(arrayPointer, k -> new HashMap<>()).putIfAbsent(key, index);
  }

  /** The index of the first item with {@code key} in the array at {@code arrayPointer}. */
  @Nullable Integer indexOfKey(String arrayPointer, String key) {
    Map<String, Integer> byKey = keys.get(arrayPointer);
    return byKey == null ? null : byKey.get(key);
  }

  /** An error about the current token. */
  public AlignkitJsonException error(String problem) {
    return error(pointer(), location(), problem, null);
  }

  /** An error about the value at {@code pointer} that started at {@code location}. */
  public static AlignkitJsonException error(String pointer, long location, String problem, @Nullable Throwable cause) {
    return new AlignkitJsonException(pointer, line(location), column(location), problem, cause);
  }

  /** The type error for the current token, such as {@code expected a string, got a number 42}. */
  public AlignkitJsonException expected(String what) {
    return error("expected " + what + ", got " + describeToken());
  }

  /** The current token in words, such as {@code a number 42} or {@code an object}. */
  String describeToken() {
    JsonToken token = token();
    if (token == null) {
      return "the end of the document";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string " + Strings.quote(text());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number " + text();
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      case VALUE_NULL:
        return "null";
      default:
        return token.asString() == null ? token.name() : token.asString();
    }
  }

  /**
   * Translates a parser failure (malformed JSON, a duplicate field, a nesting limit, no content,
   * content after the document) into an error at the parser's place.
   */
  public static AlignkitJsonException syntax(JsonProcessingException e) {
    return syntax(e, e.getProcessor() instanceof JsonParser ? (JsonParser) e.getProcessor() : null);
  }

  /** As {@link #syntax(JsonProcessingException)}, at the place of {@code parser} when the failure names none. */
  static AlignkitJsonException syntax(JsonProcessingException e, @Nullable JsonParser parser) {
    JsonLocation location = e.getLocation();
    String pointer = "";
    JsonParser processor = e.getProcessor() instanceof JsonParser ? (JsonParser) e.getProcessor() : parser;
    if (processor != null) {
      pointer = processor.getParsingContext().pathAsPointer().toString();
      if (location == null) {
        location = processor.currentLocation();
      }
    }
    // Jackson's "start marker at [Source: ...; line: 1, column: 5]" names a place in its own terms.
    String original = START_MARKER.matcher(String.valueOf(e.getOriginalMessage())).replaceAll("");
    String problem;
    Matcher limit = LIMIT.matcher(original);
    Matcher nonStandard = NON_STANDARD.matcher(original);
    if (original.startsWith("No content to map due to end-of-input")) {
      problem = "the document is empty";
    } else if (original.startsWith("Trailing token")) {
      problem = "unexpected content after the end of the document";
    } else if (e instanceof StreamConstraintsException && limit.find()) {
      problem = limitExceeded(limit.group(1), limit.group(4), limit.group(2), limit.group(3));
    } else if (nonStandard.find()) {
      problem = "invalid JSON: " + nonStandard.group(1) + " is not a JSON value; JSON has no NaN or Infinity";
    } else {
      problem = "invalid JSON: " + original;
    }
    return location == null
        ? new AlignkitJsonException(pointer, -1, -1, problem, e)
        // At the end of the input Jackson may say column 0; the place is then the line's start.
        : new AlignkitJsonException(pointer, location.getLineNr(),
            location.getLineNr() > 0 ? Math.max(1, location.getColumnNr()) : location.getColumnNr(), problem, e);
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

  /** Packs a line and a column into one long. */
  static long pack(int line, int column) {
    return ((long) line << 32) | (column & 0xffffffffL);
  }

  static int line(long location) {
    return (int) (location >> 32);
  }

  static int column(long location) {
    return (int) location;
  }
}
