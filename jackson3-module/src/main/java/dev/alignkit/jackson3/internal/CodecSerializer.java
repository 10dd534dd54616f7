package dev.alignkit.jackson3.internal;

import dev.alignkit.json.format.Bindings;
import dev.alignkit.json.format.Texts;
import dev.alignkit.json.format.TypeCodec;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes one model or result type through its codec, for a Jackson 3 mapper. */
public final class CodecSerializer<T> extends StdSerializer<T> {
  private final TypeCodec<T> codec;

  /** Writes values of {@code codec}'s type. */
  public CodecSerializer(TypeCodec<T> codec) {
    super(codec.type());
    this.codec = codec;
  }

  @Override
  public void serialize(T value, JsonGenerator generator, SerializationContext context) {
    Bindings.write(codec, value, new Jackson3Writer(generator), context.getAttribute(Texts.ATTRIBUTE));
  }

  /** Writes the value without a type id: the format has none, and its reader would take none. */
  @Override
  public void serializeWithType(T value, JsonGenerator generator, SerializationContext context,
      TypeSerializer typeSerializer) {
    serialize(value, generator, context);
  }
}
