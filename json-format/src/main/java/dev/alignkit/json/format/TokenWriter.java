package dev.alignkit.json.format;

/**
 * What the codecs need of a streaming JSON generator: {@link JsonOut} writes every document
 * through one, and each Jackson binding implements it over its own generator. An I/O failure
 * leaves every method as an {@link java.io.UncheckedIOException}.
 */
public interface TokenWriter {
  /** Whether the next value written is the whole document, not a part of one. */
  boolean atRoot();

  /** The JSON Pointer of the value being written. */
  String pointer();

  void startObject();

  void endObject();

  void startArray();

  void endArray();

  void name(String name);

  void string(String value);

  /** Writes a finite number. */
  void number(double value);

  void number(int value);

  void bool(boolean value);

  void nullValue();

  /** Writes {@code json}, one JSON value in compact form (what {@link #normalize} gave, or a number's text), as it is. */
  void raw(String json);

  /**
   * The compact form of {@code json}, numbers as they are written in it.
   *
   * @throws IllegalArgumentException if {@code json} is not one JSON value
   */
  String normalize(String json);
}
