package dev.alignkit.json.format;

import org.jspecify.annotations.Nullable;

/**
 * What the codecs need of a streaming JSON parser: {@link JsonIn} reads every document through
 * one, and each Jackson binding implements it over its own parser. A parser failure leaves every
 * method as an {@code FormatException} at the parser's place; another I/O failure as an
 * {@link java.io.UncheckedIOException}.
 */
public interface TokenReader {
  /** The current token; null before the first and after the last. */
  @Nullable Token token();

  /** Moves to the next token, and returns it; null at the end of the input. */
  @Nullable Token next();

  /** The name of the current field; call on a {@link Token#FIELD_NAME}. */
  String fieldName();

  /** The text of the current string or number token. */
  String text();

  /**
   * The buffer that holds the characters of the current string token, {@link #textLength()} of
   * them from {@link #textOffset()}; call it before those two. The buffer is the reader's and
   * changes when it moves on: reading the characters makes no string, which lets repeated
   * references and dates be looked up without one ({@link Canonical}).
   */
  default char[] textCharacters() {
    return text().toCharArray();
  }

  /** Where the current string token's characters start in {@link #textCharacters()}. */
  default int textOffset() {
    return 0;
  }

  /** How many characters the current string token has. */
  default int textLength() {
    return text().length();
  }

  /** The value of the current number token, the same double as {@link Double#parseDouble} of its text. */
  double doubleValue();

  /** The value of the current whole-number token, which must fit an int. */
  int intValue();

  /** Whether the current whole-number token fits an int. */
  boolean fitsInt();

  /** Skips the current value, with all it holds; the reader is left on its last token. */
  void skip();

  /** Where the current token starts, packed by {@link JsonIn#pack}. */
  long location();

  /** The JSON Pointer of the current value. */
  String pointer();

  /** The nesting depth of the current context: 0 outside every value, 1 inside the document's root value. */
  int depth();

  /** The index of the current value in the array that holds it; -1 when no array holds it. */
  int elementIndex();

  /** The current token in words, for a token no codec reads ({@link Token#OTHER}). */
  String otherToken();

  /**
   * Reads the value at the current token and returns it as compact JSON text, numbers as their
   * source text; the reader is left on the value's last token.
   */
  String rawValue(Names names);

  /** What {@link #rawValue} does with the field names it meets. */
  interface Names {
    /** Called with each field name, before the name is copied; throws to refuse it. */
    void check(String name);

    /** The failure to throw for {@code name} repeated in one object. */
    RuntimeException repeated(String name);
  }
}
