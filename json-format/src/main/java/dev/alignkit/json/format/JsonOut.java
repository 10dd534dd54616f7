package dev.alignkit.json.format;

import org.jspecify.annotations.Nullable;

/**
 * The writing side of one document: a {@link TokenWriter} whose I/O failures leave as
 * {@link java.io.UncheckedIOException}, so that the field tables can write with plain lambdas.
 */
public final class JsonOut {
  private final TokenWriter writer;
  private final @Nullable Texts texts;

  /** Writes to {@code writer}, without rendered texts. */
  public JsonOut(TokenWriter writer) {
    this(writer, null);
  }

  /** Writes to {@code writer}, rendering texts with {@code texts} when given. */
  public JsonOut(TokenWriter writer, @Nullable Texts texts) {
    this.writer = writer;
    this.texts = texts;
  }

  /** How to render texts such as a finding's message; null when the writer renders none. */
  @Nullable Texts texts() {
    return texts;
  }

  /** Whether the next value written is the whole document, not a part of one. */
  boolean atRoot() {
    return writer.atRoot();
  }

  /** The JSON Pointer of the value being written. */
  String pointer() {
    return writer.pointer();
  }

  /** An error about the value being written; writing has no line or column. */
  FormatException error(String problem) {
    return new FormatException(FormatException.Kind.NOT_WRITABLE, pointer(), -1, -1, problem, null);
  }

  public void startObject() {
    writer.startObject();
  }

  public void endObject() {
    writer.endObject();
  }

  public void startArray() {
    writer.startArray();
  }

  public void endArray() {
    writer.endArray();
  }

  public void name(String name) {
    writer.name(name);
  }

  public void string(String value) {
    writer.string(value);
  }

  /** Writes a finite number; JSON has no NaN or Infinity, so those are refused rather than written as text. */
  public void number(double value) {
    if (!Double.isFinite(value)) {
      throw error("cannot write " + value + ": JSON has no NaN or Infinity");
    }
    writer.number(value);
  }

  public void number(int value) {
    writer.number(value);
  }

  public void bool(boolean value) {
    writer.bool(value);
  }

  /** Writes JSON text that {@link #normalize} has given. */
  public void raw(String json) {
    writer.raw(json);
  }

  /**
   * The compact form of {@code json}, an attribute's text, numbers as they are written in it.
   *
   * @throws IllegalArgumentException if {@code json} is not one JSON value
   */
  public String normalize(String json) {
    return writer.normalize(json);
  }
}
