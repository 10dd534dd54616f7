package dev.alignkit.jackson.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.alignkit.jackson.AlignkitJsonException;
import dev.alignkit.jackson.AlignkitJsonException.Kind;
import java.io.IOException;
import java.io.UncheckedIOException;
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
  /** The codecs' token of each of the parser's, by ordinal. */
  private static final Token[] TOKENS = tokens();
  private static final int UNKNOWN_SHIFT = Integer.MIN_VALUE;
  private static final int NO_SHIFT = Integer.MIN_VALUE + 1;
  private final JsonParser parser;
  /** The parser when it is one of Jackson's own, which tell a token's place cheaply. */
  private final @Nullable ParserBase base;
  /** What to add to {@link #base}'s token column to get the JsonLocation's; or a marker below. */
  private int columnShift = UNKNOWN_SHIFT;
  /** The shared instances of repeated references and dates. */
  private final Canonical canonical;
  /** What is known of the document as a whole: its version and zone. */
  private final ReadContext context;
  /** Where every object and field value read so far started. */
  private final Places places = new Places();
  /** The entry of the field value being read: the parent of its array's elements, or the object itself. */
  private int container = -1;
  /** The nesting depth of the parser's context inside {@link #container}'s value. */
  private int containerDepth = -1;

  /** Reads from {@code parser}, which must stand on the first token of the value to read. */
  public JsonIn(JsonParser parser) {
    this(parser, new Canonical());
  }

  /** Reads from {@code parser}, sharing repeated references and dates through {@code canonical}. */
  public JsonIn(JsonParser parser, Canonical canonical) {
    this(parser, canonical, new ReadContext());
  }

  /** Reads a part of a document whose version and zone {@code context} knows, such as a JSON Lines line. */
  JsonIn(JsonParser parser, Canonical canonical, ReadContext context) {
    this.parser = parser;
    this.canonical = canonical;
    this.context = context;
    this.base = parser instanceof ParserBase ? (ParserBase) parser : null;
  }

  /** The current token; null before the first and after the last. */
  public @Nullable Token token() {
    return token(parser.currentToken());
  }

  /** Moves to the next token, and returns it; null at the end of the input. */
  public @Nullable Token next() {
    try {
      return token(parser.nextToken());
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

  /**
   * The value of the current number token with a fraction or an exponent, the same double as
   * {@link Double#parseDouble} of its text: infinite when it is too large for a double.
   */
  public double doubleValue() {
    try {
      return parser.getDoubleValue();
    } catch (JsonProcessingException e) {
      throw syntax(e, parser);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the current whole-number token fits an int. */
  boolean fitsInt() {
    try {
      return parser.getNumberType() == JsonParser.NumberType.INT;
    } catch (JsonProcessingException e) {
      throw syntax(e, parser);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The codecs' token for the parser's {@code token}; no allocation, as it runs at every token. */
  private static @Nullable Token token(@Nullable JsonToken token) {
    return token == null ? null : TOKENS[token.ordinal()];
  }

  /** The value of the current whole-number token, which must fit an int. */
  public int intValue() {
    try {
      return parser.getIntValue();
    } catch (JsonProcessingException e) {
      throw syntax(e, parser);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Skips the current value, with all it holds; the reader is left on its last token. */
  void skip() {
    try {
      parser.skipChildren();
    } catch (JsonProcessingException e) {
      throw syntax(e, parser);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the object whose {@link JsonToken#START_OBJECT} is current is the whole document. */
  boolean atRootObject() {
    JsonStreamContext parent = parser.getParsingContext().getParent();
    return parent != null && parent.inRoot();
  }

  /** The canonical table of this reader, for references and dates. */
  Canonical canonical() {
    return canonical;
  }

  /** What is known of the document as a whole. */
  ReadContext context() {
    return context;
  }

  /** The parser itself, for reading a subtree. */
  JsonParser parser() {
    return parser;
  }

  /** The JSON Pointer of the current value. */
  public String pointer() {
    return parser.getParsingContext().pathAsPointer().toString();
  }

  /** Where the current token starts, packed by {@link #pack}. */
  public long location() {
    // Jackson's own parsers tell a token's place without building a JsonLocation, which reading
    // asks for at every value; their column count differs from the JsonLocation's by a fixed
    // amount, which the first value measures. For a field name their token place is not the name's.
    if (base != null && parser.currentToken() != JsonToken.FIELD_NAME) {
      if (columnShift == UNKNOWN_SHIFT) {
        JsonLocation location = parser.currentTokenLocation();
        columnShift = location.getLineNr() == base.getTokenLineNr()
            ? location.getColumnNr() - base.getTokenColumnNr() : NO_SHIFT;
      }
      if (columnShift != NO_SHIFT) {
        return pack(base.getTokenLineNr(), base.getTokenColumnNr() + columnShift);
      }
    }
    JsonLocation location = parser.currentTokenLocation();
    return pack(location.getLineNr(), location.getColumnNr());
  }

  /**
   * Records the object whose {@link JsonToken#START_OBJECT} is current and that started at
   * {@code location}, and returns its entry for {@link #field}, {@link #key} and {@link #pointerOf}.
   * An object that is the value of the field just recorded shares that field's entry.
   */
  int enterObject(long location) {
    JsonStreamContext context = parser.getParsingContext();
    JsonStreamContext parent = context.getParent();
    if (container >= 0 && parent != null) {
      if (parent.inArray() && parent.getNestingDepth() == containerDepth) {
        return places.element(container, parent.getCurrentIndex(), location);
      }
      if (context.getNestingDepth() == containerDepth && places.location(container) == location) {
        return container;
      }
    }
    // Not below a recorded field (the document's root, or a value the codecs did not descend
    // into): its place is the parser's, built once.
    return places.base(pointer(), location);
  }

  /**
   * Records the value of field {@code name} of {@code object}, on which the parser stands and which
   * started at {@code location}, and makes it the container of what is read next.
   */
  void field(int object, String name, long location) {
    container = places.field(object, name, location);
    JsonToken token = parser.currentToken();
    containerDepth = token == JsonToken.START_ARRAY || token == JsonToken.START_OBJECT
        ? parser.getParsingContext().getNestingDepth() : -1;
  }

  /** The current container, to hand back to {@link #leave} once an object's fields are read. */
  long mark() {
    return ((long) container << 32) | (containerDepth & 0xffffffffL);
  }

  /** Makes the container of {@code mark}, from {@link #mark()}, current again. */
  void leave(long mark) {
    container = (int) (mark >> 32);
    containerDepth = (int) mark;
  }

  /** Names the array element recorded as {@code entry} by {@code key}, for places such as {@code objectives[o-1]}. */
  void key(int entry, String key) {
    places.key(entry, key);
  }

  /** The JSON Pointer of the value recorded as {@code entry}. */
  String pointerOf(int entry) {
    return places.pointer(entry);
  }

  /** The fields of the object recorded as {@code entry}, in document order, with where their values started. */
  Map<String, Long> fieldsOf(int entry) {
    return places.fieldsOf(entry);
  }

  /** Where the value at {@code pointer} started, if it was read. */
  @Nullable Long locationOf(String pointer) {
    return places.locationOf(pointer);
  }

  /** The index of the first item with {@code key} in the array at {@code arrayPointer}. */
  @Nullable Integer indexOfKey(String arrayPointer, String key) {
    return places.indexOfKey(arrayPointer, key);
  }

  /** An error about the current token, an {@link Kind#INVALID_VALUE invalid value}. */
  public AlignkitJsonException error(String problem) {
    return error(Kind.INVALID_VALUE, problem);
  }

  /** An error of {@code kind} about the current token. */
  public AlignkitJsonException error(Kind kind, String problem) {
    long location = location();
    return new AlignkitJsonException(kind, pointer(), line(location), column(location), problem, null);
  }

  /**
   * The error for a field name repeated in one object, on which the parser stands: malformed, as
   * Jackson's own duplicate detection would say, so that the kind does not depend on the mapper.
   */
  AlignkitJsonException duplicateField(String name) {
    return error(Kind.MALFORMED_JSON, "duplicate field " + Strings.quote(name));
  }

  /** An {@link Kind#INVALID_VALUE invalid value} at {@code pointer} that started at {@code location}. */
  public static AlignkitJsonException error(String pointer, long location, String problem, @Nullable Throwable cause) {
    return new AlignkitJsonException(Kind.INVALID_VALUE, pointer, line(location), column(location), problem, cause);
  }

  /** The type error for the current token, such as {@code expected a string, got a number 42}. */
  public AlignkitJsonException expected(String what) {
    return error("expected " + what + ", got " + describeToken());
  }

  /** The current token in words, such as {@code a number 42} or {@code an object}. */
  String describeToken() {
    JsonToken token = parser.currentToken();
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
   * content after the document) into an error at the parser's place: {@link Kind#LIMIT_EXCEEDED}
   * for a broken {@code StreamReadConstraints} limit, else {@link Kind#MALFORMED_JSON}.
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
    Kind kind = e instanceof StreamConstraintsException ? Kind.LIMIT_EXCEEDED : Kind.MALFORMED_JSON;
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
        ? new AlignkitJsonException(kind, pointer, -1, -1, problem, e)
        // At the end of the input Jackson may say column 0; the place is then the line's start.
        : new AlignkitJsonException(kind, pointer, location.getLineNr(),
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

  private static Token[] tokens() {
    Token[] tokens = new Token[JsonToken.values().length];
    for (JsonToken token : JsonToken.values()) {
      tokens[token.ordinal()] = mapped(token);
    }
    return tokens;
  }

  private static Token mapped(JsonToken token) {
    switch (token) {
      case START_OBJECT:
        return Token.START_OBJECT;
      case END_OBJECT:
        return Token.END_OBJECT;
      case START_ARRAY:
        return Token.START_ARRAY;
      case END_ARRAY:
        return Token.END_ARRAY;
      case FIELD_NAME:
        return Token.FIELD_NAME;
      case VALUE_STRING:
        return Token.VALUE_STRING;
      case VALUE_NUMBER_INT:
        return Token.VALUE_NUMBER_INT;
      case VALUE_NUMBER_FLOAT:
        return Token.VALUE_NUMBER_FLOAT;
      case VALUE_TRUE:
        return Token.VALUE_TRUE;
      case VALUE_FALSE:
        return Token.VALUE_FALSE;
      case VALUE_NULL:
        return Token.VALUE_NULL;
      default:
        return Token.OTHER;
    }
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
