package dev.alignkit.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.alignkit.json.format.Bindings;
import dev.alignkit.json.format.Texts;
import dev.alignkit.json.format.TypeCodec;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Jackson's view of a codec's writing side. It writes no type ids, even when a mapper asks for
 * them, and renders texts when the writer holds the attribute {@link Texts#ATTRIBUTE}.
 */
public final class CodecSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient TypeCodec<T> codec;

  public CodecSerializer(TypeCodec<T> codec) {
    super(codec.type());
    this.codec = codec;
  }

  @Override
  public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
    try {
      Bindings.write(codec, value, new JacksonWriter(generator), provider.getAttribute(Texts.ATTRIBUTE));
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
