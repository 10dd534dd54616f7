package dev.alignkit.json.format;

/**
 * The codec of a type that is a JSON object and that the module registers with Jackson: a model
 * type ({@link ObjectCodec}) or a result type ({@link ResultCodec}).
 *
 * @param <T> the type
 */
public interface TypeCodec<T> extends ValueCodec<T> {
  /** The type. */
  Class<T> type();

  /** The type's name in messages, such as {@code key result}. */
  String kind();

  /** Whether this is the type of a whole input document, the snapshot, which is read with its own version. */
  boolean isRoot();
}
