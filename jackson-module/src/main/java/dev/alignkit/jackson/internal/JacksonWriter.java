package dev.alignkit.jackson.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import dev.alignkit.json.format.RawValues;
import dev.alignkit.json.format.TokenWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** The {@link TokenWriter} over a Jackson 2 generator. */
public final class JacksonWriter implements TokenWriter {
  /** Writes the compact text of every attribute, and parses the text given in the model (standard JSON only). */
  static final JsonFactory TEXT = JsonFactory.builder()
      .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .build();
  private final JsonGenerator generator;

  /** Writes to {@code generator}. */
  public JacksonWriter(JsonGenerator generator) {
    this.generator = generator;
  }

  @Override
  public boolean atRoot() {
    return generator.getOutputContext().inRoot();
  }

  @Override
  public String pointer() {
    return generator.getOutputContext().pathAsPointer().toString();
  }

  @Override
  public void startObject() {
    run(generator::writeStartObject);
  }

  @Override
  public void endObject() {
    run(generator::writeEndObject);
  }

  @Override
  public void startArray() {
    run(generator::writeStartArray);
  }

  @Override
  public void endArray() {
    run(generator::writeEndArray);
  }

  @Override
  public void name(String name) {
    run(() -> generator.writeFieldName(name));
  }

  @Override
  public void string(String value) {
    run(() -> generator.writeString(value));
  }

  @Override
  public void number(double value) {
    run(() -> generator.writeNumber(value));
  }

  @Override
  public void number(int value) {
    run(() -> generator.writeNumber(value));
  }

  @Override
  public void bool(boolean value) {
    run(() -> generator.writeBoolean(value));
  }

  @Override
  public void nullValue() {
    run(generator::writeNull);
  }

  @Override
  public void raw(String json) {
    run(() -> generator.writeRawValue(json));
  }

  @Override
  public String normalize(String json) {
    StringWriter text = new StringWriter();
    try (JsonParser parser = TEXT.createParser(json); JsonGenerator out = TEXT.createGenerator(text)) {
      RawValues.normalize(new JacksonReader(parser), new JacksonWriter(out), json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  private interface Write {
    void run() throws IOException;
  }

  private static void run(Write write) {
    try {
      write.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
