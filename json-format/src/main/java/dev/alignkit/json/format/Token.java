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
  OTHER
}
