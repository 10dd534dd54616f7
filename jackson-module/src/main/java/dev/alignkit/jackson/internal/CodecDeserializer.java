package dev.alignkit.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import dev.alignkit.common.HasAttributes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;

/**
 * Jackson's view of a codec's reading side; its failures are {@code AlignkitJsonException}s.
 *
 * <p>It never takes a type id from the input: even on a mapper with default typing turned on, a
 * model value is read by its codec alone, so a document cannot name a class for Jackson to load.
 * A value wrapped the way default typing writes it ({@code ["some.Class", {...}]}) is then simply
 * not an object, and a property such as {@code "@class"} is a vendor attribute like any other.
 */
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
      // A value read on its own has no document: it is read as the current version, in UTC.
      return codec.read(codec.isRoot() ? new JsonIn(parser)
          : new JsonIn(parser, new Canonical(), ReadContext.known(OrgCodecs.FORMAT_VERSION, ZoneOffset.UTC)));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Ignores {@code typeDeserializer}: the format has no type ids (see the class comment). */
  @Override
  public Object deserializeWithType(JsonParser parser, DeserializationContext context,
      TypeDeserializer typeDeserializer) throws IOException {
    return deserialize(parser, context);
  }

  /** Ignores {@code typeDeserializer}, as {@link #deserializeWithType(JsonParser, DeserializationContext, TypeDeserializer)} does. */
  @Override
  public Object deserializeWithType(JsonParser parser, DeserializationContext context,
      TypeDeserializer typeDeserializer, T intoValue) throws IOException {
    return deserialize(parser, context);
  }
}
