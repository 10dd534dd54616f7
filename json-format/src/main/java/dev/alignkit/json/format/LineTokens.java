package dev.alignkit.json.format;

import java.io.Writer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What JSON Lines need of a binding: a {@link TokenReader} over the bytes of one line, made by the
 * binding's parser factory with the line's limits, for {@link LineParser}; and a compact
 * {@link TokenWriter} for one line, for {@link LinesOut}.
 */
public interface LineTokens {
  /**
   * Gives {@code read} a reader over {@code bytes[0, length)}, standing before the first token, and
   * closes the parser after it. A parser failure, even one raised when the parser is made or
   * closed, leaves as a {@link FormatException} at the parser's place; another I/O failure as an
   * {@link java.io.UncheckedIOException}.
   */
  <T> T read(byte[] bytes, int length, Function<TokenReader, T> read);

  /**
   * Gives {@code write} a compact writer to {@code out} and flushes and closes the generator after
   * it, leaving {@code out} open. A failure of {@code write} leaves as it is; an I/O failure as an
   * {@link java.io.UncheckedIOException}.
   */
  void write(Writer out, Consumer<TokenWriter> write);
}
