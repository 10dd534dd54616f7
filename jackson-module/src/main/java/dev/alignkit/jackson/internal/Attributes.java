package dev.alignkit.jackson.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Vendor fields as raw JSON text in compact form: the value's tokens copied as they are, without
 * the whitespace between them. Numbers keep their source text ({@code -0} stays {@code -0},
 * {@code 1e2} stays {@code 1e2}, {@code 1.50} stays {@code 1.50}, big integers stay whole), since
 * they are copied as text and never converted, so that a round trip changes nothing but whitespace
 * (see {@code docs/concepts.md}, "JSON"). A name repeated in one object is refused, and so are
 * the names that Jackson's default typing reads as class names ({@link #isTypeIdName}) unless the
 * document is read keeping them.
 */
final class Attributes {
  /** Writes the compact text of every attribute, and parses the text given in the model (standard JSON only). */
  private static final JsonFactory TEXT = JsonFactory.builder()
      .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .build();

  private Attributes() {}

  /**
   * Whether {@code name} is one that Jackson's default typing reads as the name of a class to load:
   * {@code @class} ({@code JsonTypeInfo.Id.CLASS}) or {@code @c} ({@code JsonTypeInfo.Id.MINIMAL_CLASS}),
   * in any letter case, since a mapper may match property names ignoring case.
   */
  static boolean isTypeIdName(String name) {
    return name.length() <= 6 && name.startsWith("@")
        && (name.equalsIgnoreCase("@class") || name.equalsIgnoreCase("@c"));
  }

  /**
   * Refuses {@code name}, a {@link #isTypeIdName type-id name} on which the reader stands, unless
   * the document is read keeping such names.
   */
  static void checkName(JsonIn in, String name) {
    if (isTypeIdName(name) && !in.context().keepsTypeIdAttributes()) {
      throw in.error("field " + Strings.quote(name) + " is refused: Jackson's default typing reads it as the name of a"
          + " class to load, so it is not kept as an attribute; AlignkitJson.reader().keepingTypeIdAttributes()"
          + " keeps it");
    }
  }

  /** Reads the value at the reader's current token and returns it as compact JSON text. */
  static String read(JsonIn in) {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = TEXT.createGenerator(text)) {
      copyValue(in.parser(), out, new Names() {
        @Override
        public void check(String name) {
          checkName(in, name);
        }

        @Override
        public RuntimeException repeated(String name) {
          return in.duplicateField(name);
        }
      });
    } catch (JsonProcessingException e) {
      throw JsonIn.syntax(e, in.parser());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  /**
   * The compact form of {@code json}, numbers as they are written in it.
   *
   * @throws IllegalArgumentException if {@code json} is not one JSON value
   */
  static String normalize(String json) {
    StringWriter text = new StringWriter();
    try (JsonParser parser = TEXT.createParser(json); JsonGenerator out = TEXT.createGenerator(text)) {
      if (parser.nextToken() == null) {
        throw new IllegalArgumentException("no JSON value in " + Strings.quote(json));
      }
      copyValue(parser, out, new Names() {
        @Override
        public void check(String name) {}

        @Override
        public RuntimeException repeated(String name) {
          return new IllegalArgumentException("duplicate field " + Strings.quote(name));
        }
      });
      if (parser.nextToken() != null) {
        throw new IllegalArgumentException("content after the value in " + Strings.quote(json));
      }
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  /** What {@link #copyValue} does with the field names it meets. */
  private interface Names {
    /** Called with each field name, before the name is copied; throws to refuse it. */
    void check(String name);

    /** The failure to throw for {@code name} repeated in one object. */
    RuntimeException repeated(String name);
  }

  /**
   * Copies the value whose first token is {@code parser}'s current one to {@code out}, numbers as
   * their text, and leaves {@code parser} on the value's last token.
   */
  private static void copyValue(JsonParser parser, JsonGenerator out, Names names) throws IOException {
    // Names seen in each object open around the current token, innermost first; scalars need none.
    Deque<Set<String>> seen = new ArrayDeque<>();
    int depth = 0;
    do {
      JsonToken token = parser.currentToken();
      switch (token) {
        case START_OBJECT:
          seen.push(new HashSet<>());
          out.writeStartObject();
          depth++;
          break;
        case END_OBJECT:
          seen.pop();
          out.writeEndObject();
          depth--;
          break;
        case START_ARRAY:
          out.writeStartArray();
          depth++;
          break;
        case END_ARRAY:
          out.writeEndArray();
          depth--;
          break;
        case FIELD_NAME:
          String name = parser.currentName();
          names.check(name);
          if (!seen.peek().add(name)) {
            throw names.repeated(name);
          }
          out.writeFieldName(name);
          break;
        case VALUE_STRING:
          out.writeString(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
          break;
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          out.writeNumber(parser.getText());
          break;
        case VALUE_TRUE:
        case VALUE_FALSE:
          out.writeBoolean(token == JsonToken.VALUE_TRUE);
          break;
        case VALUE_NULL:
          out.writeNull();
          break;
        default:
          throw new IllegalStateException("unexpected token " + token);
      }
    } while (depth > 0 && parser.nextToken() != null);
  }
}
