package dev.alignkit.jackson3.internal;

import dev.alignkit.json.format.Bindings;
import dev.alignkit.json.format.TypeCodec;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.jsontype.TypeDeserializer;
import tools.jackson.databind.util.AccessPattern;

/**
 * Reads one model or result type through its codec, for a Jackson 3 mapper: a whole document
 * (its version and zone read from it) or a value on its own, read as the current version in UTC.
 */
public final class CodecDeserializer<T> extends StdDeserializer<T> {
  /**
   * The context attribute ({@code MapperBuilder.defaultAttributes}, {@code ObjectReader.withAttribute})
   * that, set to {@code true}, keeps the field names {@code @class} and {@code @c} as attributes.
   */
  public static final String KEEP_TYPE_ID_ATTRIBUTES = "dev.alignkit.jackson.keepTypeIdAttributes";
  private final TypeCodec<T> codec;

  /** Reads values of {@code codec}'s type. */
  public CodecDeserializer(TypeCodec<T> codec) {
    super(codec.type());
    this.codec = codec;
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) {
    return Bindings.read(codec, new Jackson3Reader(parser),
        Boolean.TRUE.equals(context.getAttribute(KEEP_TYPE_ID_ATTRIBUTES)));
  }

  /** Refuses a whole input that is just {@code null}, as any other value that is no object. */
  @Override
  public @Nullable T getNullValue(DeserializationContext context) {
    JsonParser parser = context.getParser();
    if (parser != null && parser.currentToken() == JsonToken.VALUE_NULL && parser.streamReadContext().inRoot()) {
      throw Bindings.nullDocument(codec, new Jackson3Reader(parser));
    }
    return null;
  }

  /** Asked for every {@code null}, since whether it is refused depends on where it stands. */
  @Override
  public AccessPattern getNullAccessPattern() {
    return AccessPattern.DYNAMIC;
  }

  /** Reads the value as without a type id: the format has none. */
  @Override
  public Object deserializeWithType(JsonParser parser, DeserializationContext context,
      TypeDeserializer typeDeserializer) {
    return deserialize(parser, context);
  }
}
