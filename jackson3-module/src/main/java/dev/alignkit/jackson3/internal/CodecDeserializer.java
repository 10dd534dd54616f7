package dev.alignkit.jackson3.internal;

import dev.alignkit.json.format.Canonical;
import dev.alignkit.json.format.FormatException;
import dev.alignkit.json.format.JsonIn;
import dev.alignkit.json.format.OrgCodecs;
import dev.alignkit.json.format.ReadContext;
import dev.alignkit.json.format.TypeCodec;
import java.time.ZoneOffset;
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
  private final TypeCodec<T> codec;

  /** Reads values of {@code codec}'s type. */
  public CodecDeserializer(TypeCodec<T> codec) {
    super(codec.type());
    this.codec = codec;
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) {
    ReadContext document = codec.isRoot() ? new ReadContext()
        : ReadContext.known(OrgCodecs.FORMAT_VERSION, ZoneOffset.UTC);
    try {
      return codec.read(new JsonIn(new Jackson3Reader(parser), new Canonical(), document));
    } catch (FormatException e) {
      throw Errors.of(e);
    }
  }

  /** Refuses a whole input that is just {@code null}, as any other value that is no object. */
  @Override
  public @Nullable T getNullValue(DeserializationContext context) {
    JsonParser parser = context.getParser();
    if (parser != null && parser.currentToken() == JsonToken.VALUE_NULL && parser.streamReadContext().inRoot()) {
      throw Errors.of(new JsonIn(new Jackson3Reader(parser)).expected("an object (" + codec.kind() + ")"));
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
