package dev.alignkit.json.format;

/**
 * Reads and writes one kind of JSON value. {@link #read} starts on the value's first token and
 * leaves the reader on its last one, as Jackson's deserializers do.
 *
 * @param <V> the Java type of the value
 */
public interface ValueCodec<V> {
  /** Reads the value at the current token; fails with the pointer and location of what it rejects. */
  V read(JsonIn in);

  /** Writes {@code value}. */
  void write(V value, JsonOut out);
}
