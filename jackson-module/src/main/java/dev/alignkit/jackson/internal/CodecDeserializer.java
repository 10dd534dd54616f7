package dev.alignkit.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.alignkit.common.HasAttributes;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Jackson's view of a codec's reading side; its failures are {@code AlignkitJsonException}s. */
public final class CodecDeserializer<T extends HasAttributes> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient ObjectCodec<T, ?> codec;

  public CodecDeserializer(ObjectCodec<T, ?> codec) {
    super(codec.type());
    this.codec = codec;
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    try {
      return codec.read(new JsonIn(parser));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
