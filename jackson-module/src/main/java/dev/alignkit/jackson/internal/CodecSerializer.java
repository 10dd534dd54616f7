package dev.alignkit.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.alignkit.common.HasAttributes;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Jackson's view of a codec's writing side. It writes no type ids, even when a mapper asks for them. */
public final class CodecSerializer<T extends HasAttributes> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient ObjectCodec<T, ?> codec;

  public CodecSerializer(ObjectCodec<T, ?> codec) {
    super(codec.type());
    this.codec = codec;
  }

  @Override
  public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
    try {
      codec.write(value, new JsonOut(generator));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Writes the value without a type id: the format has none, and its reader would take none. */
  @Override
  public void serializeWithType(T value, JsonGenerator generator, SerializerProvider provider,
      TypeSerializer typeSerializer) throws IOException {
    serialize(value, generator, provider);
  }
}
