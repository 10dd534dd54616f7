package dev.alignkit.jackson3.internal;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.JsonToken;
import tools.jackson.core.base.ParserBase;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import dev.alignkit.json.format.FormatException;
import dev.alignkit.json.format.JsonIn;
import dev.alignkit.json.format.ParserFailures;
import dev.alignkit.json.format.RawValues;
import dev.alignkit.json.format.Token;
import dev.alignkit.json.format.TokenReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/** The {@link TokenReader} over a Jackson 3 parser; Jackson 3's failures are unchecked. */
public final class Jackson3Reader implements TokenReader {
  /** The codecs' token of each of Jackson's, by ordinal. */
  private static final Token[] TOKENS = tokens();
  private static final int UNKNOWN_SHIFT = Integer.MIN_VALUE;
  private static final int NO_SHIFT = Integer.MIN_VALUE + 1;
  private final JsonParser parser;
  /** The parser when it is one of Jackson's own, which tell a token's place cheaply. */
  private final @Nullable ParserBase base;
  /** What to add to {@link #base}'s token column to get the TokenStreamLocation's; or a marker below. */
  private int columnShift = UNKNOWN_SHIFT;

  /** Reads from {@code parser}. */
  public Jackson3Reader(JsonParser parser) {
    this.parser = parser;
    this.base = parser instanceof ParserBase ? (ParserBase) parser : null;
  }

  @Override
  public @Nullable Token token() {
    return token(parser.currentToken());
  }

  @Override
  public @Nullable Token next() {
    try {
      return token(parser.nextToken());
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  /** The codecs' token for Jackson's {@code token}; no allocation, as it runs at every token. */
  private static @Nullable Token token(@Nullable JsonToken token) {
    return token == null ? null : TOKENS[token.ordinal()];
  }

  @Override
  public String fieldName() {
    return parser.currentName();
  }

  @Override
  public String text() {
    try {
      return parser.getString();
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  @Override
  public char[] textCharacters() {
    try {
      return parser.getStringCharacters();
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  @Override
  public int textOffset() {
    try {
      return parser.getStringOffset();
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  @Override
  public int textLength() {
    try {
      return parser.getStringLength();
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  @Override
  public double doubleValue() {
    try {
      return parser.getDoubleValue();
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  @Override
  public int intValue() {
    try {
      return parser.getIntValue();
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  @Override
  public boolean fitsInt() {
    try {
      return parser.getNumberType() == JsonParser.NumberType.INT;
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  @Override
  public void skip() {
    try {
      parser.skipChildren();
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  @Override
  public long location() {
    // Jackson's own parsers tell a token's place without building a TokenStreamLocation, which reading
    // asks for at every value; their column count differs from the TokenStreamLocation's by a fixed
    // amount, which the first value measures. For a field name their token place is not the name's.
    if (base != null && parser.currentToken() != JsonToken.PROPERTY_NAME) {
      if (columnShift == UNKNOWN_SHIFT) {
        TokenStreamLocation location = parser.currentTokenLocation();
        columnShift = location.getLineNr() == base.getTokenLineNr()
            ? location.getColumnNr() - base.getTokenColumnNr() : NO_SHIFT;
      }
      if (columnShift != NO_SHIFT) {
        return JsonIn.pack(base.getTokenLineNr(), base.getTokenColumnNr() + columnShift);
      }
    }
    TokenStreamLocation location = parser.currentTokenLocation();
    return JsonIn.pack(location.getLineNr(), location.getColumnNr());
  }

  @Override
  public String pointer() {
    return parser.streamReadContext().pathAsPointer().toString();
  }

  @Override
  public int depth() {
    return parser.streamReadContext().getNestingDepth();
  }

  @Override
  public int elementIndex() {
    TokenStreamContext parent = parser.streamReadContext().getParent();
    return parent != null && parent.inArray() ? parent.getCurrentIndex() : -1;
  }

  @Override
  public String otherToken() {
    JsonToken token = parser.currentToken();
    return token == null ? "the end of the document" : token.asString() == null ? token.name() : token.asString();
  }

  @Override
  public String rawValue(Names names) {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = Jackson3Writer.TEXT.createGenerator(text)) {
      RawValues.copy(this, new Jackson3Writer(out), names);
    } catch (JacksonException e) {
      throw failure(e);
    }
    return text.toString();
  }

  private RuntimeException failure(JacksonException e) {
    return failure(e, parser);
  }

  /**
   * {@code e} as a {@link TokenReader} leaves it: an I/O failure as an {@link UncheckedIOException},
   * any other as {@link #syntax(JacksonException, JsonParser)} gives it.
   */
  public static RuntimeException failure(JacksonException e, @Nullable JsonParser parser) {
    return e instanceof JacksonIOException ? new UncheckedIOException(((JacksonIOException) e).getCause())
        : syntax(e, parser);
  }

  /**
   * Translates a parser failure (malformed JSON, a duplicate field, a nesting limit, no content,
   * content after the document) into an error at the parser's place: {@link FormatException.Kind#LIMIT_EXCEEDED}
   * for a broken {@code StreamReadConstraints} limit, else {@link FormatException.Kind#MALFORMED_JSON}.
   */
  public static FormatException syntax(JacksonException e) {
    return syntax(e, e.processor() instanceof JsonParser ? (JsonParser) e.processor() : null);
  }

  /** As {@link #syntax(JacksonException)}, at the place of {@code parser} when the failure names none. */
  static FormatException syntax(JacksonException e, @Nullable JsonParser parser) {
    TokenStreamLocation location = e.getLocation();
    String pointer = "";
    boolean inArray = false;
    JsonParser processor = e.processor() instanceof JsonParser ? (JsonParser) e.processor() : parser;
    if (processor != null) {
      pointer = processor.streamReadContext().pathAsPointer().toString();
      inArray = processor.streamReadContext().inArray();
      if (location == null) {
        location = processor.currentLocation();
      }
    }
    boolean overLimit = e instanceof StreamConstraintsException;
    return location == null
        ? ParserFailures.of(e.getOriginalMessage(), overLimit, inArray, pointer, -1, -1, e)
        : ParserFailures.of(e.getOriginalMessage(), overLimit, inArray, pointer, location.getLineNr(), location.getColumnNr(), e);
  }

  private static Token[] tokens() {
    Token[] tokens = new Token[JsonToken.values().length];
    for (JsonToken token : JsonToken.values()) {
      tokens[token.ordinal()] = Token.named(token.name());
    }
    return tokens;
  }
}
