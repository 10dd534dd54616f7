package dev.alignkit.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.alignkit.jackson.AlignkitJsonException;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/**
 * The writing side of one document: a generator whose I/O failures leave as
 * {@link UncheckedIOException}, so that the field tables can write with plain lambdas.
 */
public final class JsonOut {
  private final JsonGenerator generator;
  private final @Nullable Texts texts;

  /** Writes to {@code generator}, without rendered texts. */
  public JsonOut(JsonGenerator generator) {
    this(generator, null);
  }

  /** Writes to {@code generator}, rendering texts with {@code texts} when given. */
  public JsonOut(JsonGenerator generator, @Nullable Texts texts) {
    this.generator = generator;
    this.texts = texts;
  }

  /** How to render texts such as a finding's message; null when the writer renders none. */
  @Nullable Texts texts() {
    return texts;
  }

  /** Whether the next value written is the whole document, not a part of one. */
  boolean atRoot() {
    return generator.getOutputContext().inRoot();
  }

  /** The JSON Pointer of the value being written. */
  String pointer() {
    return generator.getOutputContext().pathAsPointer().toString();
  }

  /** An error about the value being written; writing has no line or column. */
  AlignkitJsonException error(String problem) {
    return new AlignkitJsonException(AlignkitJsonException.Kind.NOT_WRITABLE, pointer(), -1, -1, problem, null);
  }

  void startObject() {
    run(generator::writeStartObject);
  }

  void endObject() {
    run(generator::writeEndObject);
  }

  void startArray() {
    run(generator::writeStartArray);
  }

  void endArray() {
    run(generator::writeEndArray);
  }

  void name(String name) {
    run(() -> generator.writeFieldName(name));
  }

  void string(String value) {
    run(() -> generator.writeString(value));
  }

  /** Writes a finite number; JSON has no NaN or Infinity, so those are refused rather than written as text. */
  void number(double value) {
    if (!Double.isFinite(value)) {
      throw error("cannot write " + value + ": JSON has no NaN or Infinity");
    }
    run(() -> generator.writeNumber(value));
  }

  void number(int value) {
    run(() -> generator.writeNumber(value));
  }

  void bool(boolean value) {
    run(() -> generator.writeBoolean(value));
  }

  /** Writes JSON text that {@link Attributes#normalize} has checked. */
  void raw(String json) {
    run(() -> generator.writeRawValue(json));
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
