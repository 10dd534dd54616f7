package dev.alignkit.json.format;

/**
 * A token of a JSON document as the codecs see it, independent of the streaming parser that read
 * it: the field tables compare these, and only {@link JsonIn} knows the parser's own token type.
 * The names are the parser's, so that a codec reads the same under any binding.
 */
public enum Token {
  START_OBJECT,
  END_OBJECT,
  START_ARRAY,
  END_ARRAY,
  FIELD_NAME,
  VALUE_STRING,
  VALUE_NUMBER_INT,
  VALUE_NUMBER_FLOAT,
  VALUE_TRUE,
  VALUE_FALSE,
  VALUE_NULL,
  /** Anything else a parser may report, such as an embedded binary value; no codec accepts it. */
  OTHER;

  /**
   * The token of the parser's token named {@code name}: Jackson 2's {@code FIELD_NAME} and
   * Jackson 3's {@code PROPERTY_NAME} are both {@link #FIELD_NAME}; a name no codec reads is
   * {@link #OTHER}. For a binding's table by the parser's own enum, built once.
   */
  public static Token named(String name) {
    if (name.equals("PROPERTY_NAME")) {
      return FIELD_NAME;
    }
    for (Token token : values()) {
      if (token.name().equals(name)) {
        return token;
      }
    }
    return OTHER;
  }
}
