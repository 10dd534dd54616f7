package dev.alignkit.jackson3.internal;

import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonReadFeature;
import dev.alignkit.json.format.RawValues;
import dev.alignkit.json.format.TokenWriter;
import java.io.StringWriter;

/** The {@link TokenWriter} over a Jackson 3 generator; Jackson 3's failures are unchecked. */
public final class Jackson3Writer implements TokenWriter {
  /** Writes the compact text of every attribute, and parses the text given in the model (standard JSON only). */
  static final JsonFactory TEXT = JsonFactory.builder()
      .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .build();
  private final JsonGenerator generator;

  /** Writes to {@code generator}. */
  public Jackson3Writer(JsonGenerator generator) {
    this.generator = generator;
  }

  @Override
  public boolean atRoot() {
    return generator.streamWriteContext().inRoot();
  }

  @Override
  public String pointer() {
    return generator.streamWriteContext().pathAsPointer().toString();
  }

  @Override
  public void startObject() {
    generator.writeStartObject();
  }

  @Override
  public void endObject() {
    generator.writeEndObject();
  }

  @Override
  public void startArray() {
    generator.writeStartArray();
  }

  @Override
  public void endArray() {
    generator.writeEndArray();
  }

  @Override
  public void name(String name) {
    generator.writeName(name);
  }

  @Override
  public void string(String value) {
    generator.writeString(value);
  }

  @Override
  public void number(double value) {
    generator.writeNumber(value);
  }

  @Override
  public void number(int value) {
    generator.writeNumber(value);
  }

  @Override
  public void bool(boolean value) {
    generator.writeBoolean(value);
  }

  @Override
  public void nullValue() {
    generator.writeNull();
  }

  @Override
  public void raw(String json) {
    generator.writeRawValue(json);
  }

  @Override
  public String normalize(String json) {
    StringWriter text = new StringWriter();
    try (JsonParser parser = TEXT.createParser(json); JsonGenerator out = TEXT.createGenerator(text)) {
      RawValues.normalize(new Jackson3Reader(parser), new Jackson3Writer(out), json);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(e.getOriginalMessage(), e);
    }
    return text.toString();
  }
}
