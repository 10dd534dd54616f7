package dev.alignkit.jackson.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import dev.alignkit.jackson.AlignkitJsonException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
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
      throw syntax(e);
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
      throw syntax(e);
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
    JsonLocation location = e.getLocation();
    String pointer = "";
    if (e.getProcessor() instanceof JsonParser) {
      pointer = ((JsonParser) e.getProcessor()).getParsingContext().pathAsPointer().toString();
    }
    String original = String.valueOf(e.getOriginalMessage());
    String problem;
    if (original.startsWith("No content to map due to end-of-input")) {
      problem = "the document is empty";
    } else if (original.startsWith("Trailing token")) {
      problem = "unexpected content after the end of the document";
    } else {
      problem = "invalid JSON: " + original;
    }
    return location == null
        ? new AlignkitJsonException(pointer, -1, -1, problem, e)
        : new AlignkitJsonException(pointer, location.getLineNr(), location.getColumnNr(), problem, e);
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
