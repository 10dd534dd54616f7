package dev.alignkit.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.alignkit.json.format.FormatException;
import dev.alignkit.json.format.JsonIn;
import dev.alignkit.json.format.ParserFailures;
import dev.alignkit.json.format.RawValues;
import dev.alignkit.json.format.Token;
import dev.alignkit.json.format.TokenReader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/** The {@link TokenReader} over a Jackson 2 parser. */
public final class JacksonReader implements TokenReader {
  /** The codecs' token of each of Jackson's, by ordinal. */
  private static final Token[] TOKENS = tokens();
  private static final int UNKNOWN_SHIFT = Integer.MIN_VALUE;
  private static final int NO_SHIFT = Integer.MIN_VALUE + 1;
  private final JsonParser parser;
  /** The parser when it is one of Jackson's own, which tell a token's place cheaply. */
  private final @Nullable ParserBase base;
  /** What to add to {@link #base}'s token column to get the JsonLocation's; or a marker below. */
  private int columnShift = UNKNOWN_SHIFT;

  /** Reads from {@code parser}. */
  public JacksonReader(JsonParser parser) {
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
    } catch (JsonProcessingException e) {
      throw syntax(e, parser);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The codecs' token for Jackson's {@code token}; no allocation, as it runs at every token. */
  private static @Nullable Token token(@Nullable JsonToken token) {
    return token == null ? null : TOKENS[token.ordinal()];
  }

  @Override
  public String fieldName() {
    try {
      return parser.currentName();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String text() {
    try {
      return parser.getText();
    } catch (JsonProcessingException e) {
      throw syntax(e, parser);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public char[] textCharacters() {
    try {
      return parser.getTextCharacters();
    } catch (JsonProcessingException e) {
      throw syntax(e, parser);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public int textOffset() {
    try {
      return parser.getTextOffset();
    } catch (JsonProcessingException e) {
      throw syntax(e, parser);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public int textLength() {
    try {
      return parser.getTextLength();
    } catch (JsonProcessingException e) {
      throw syntax(e, parser);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public double doubleValue() {
    try {
      return parser.getDoubleValue();
    } catch (JsonProcessingException e) {
      throw syntax(e, parser);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public int intValue() {
    try {
      return parser.getIntValue();
    } catch (JsonProcessingException e) {
      throw syntax(e, parser);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public boolean fitsInt() {
    try {
      return parser.getNumberType() == JsonParser.NumberType.INT;
    } catch (JsonProcessingException e) {
      throw syntax(e, parser);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void skip() {
    try {
      parser.skipChildren();
    } catch (JsonProcessingException e) {
      throw syntax(e, parser);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
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
        return JsonIn.pack(base.getTokenLineNr(), base.getTokenColumnNr() + columnShift);
      }
    }
    JsonLocation location = parser.currentTokenLocation();
    return JsonIn.pack(location.getLineNr(), location.getColumnNr());
  }

  @Override
  public String pointer() {
    return parser.getParsingContext().pathAsPointer().toString();
  }

  @Override
  public int depth() {
    return parser.getParsingContext().getNestingDepth();
  }

  @Override
  public int elementIndex() {
    JsonStreamContext parent = parser.getParsingContext().getParent();
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
    try (JsonGenerator out = JacksonWriter.TEXT.createGenerator(text)) {
      RawValues.copy(this, new JacksonWriter(out), names);
    } catch (JsonProcessingException e) {
      throw syntax(e, parser);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  /**
   * Translates a parser failure (malformed JSON, a duplicate field, a nesting limit, no content,
   * content after the document) into an error at the parser's place: {@link FormatException.Kind#LIMIT_EXCEEDED}
   * for a broken {@code StreamReadConstraints} limit, else {@link FormatException.Kind#MALFORMED_JSON}.
   */
  public static FormatException syntax(JsonProcessingException e) {
    return syntax(e, e.getProcessor() instanceof JsonParser ? (JsonParser) e.getProcessor() : null);
  }

  /** As {@link #syntax(JsonProcessingException)}, at the place of {@code parser} when the failure names none. */
  static FormatException syntax(JsonProcessingException e, @Nullable JsonParser parser) {
    JsonLocation location = e.getLocation();
    String pointer = "";
    boolean inArray = false;
    JsonParser processor = e.getProcessor() instanceof JsonParser ? (JsonParser) e.getProcessor() : parser;
    if (processor != null) {
      pointer = processor.getParsingContext().pathAsPointer().toString();
      inArray = processor.getParsingContext().inArray();
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
