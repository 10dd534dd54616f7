package dev.alignkit.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.util.AccessPattern;
import dev.alignkit.json.format.Bindings;
import dev.alignkit.json.format.TypeCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/**
 * Jackson's view of a codec's reading side; its failures are {@code AlignkitJsonException}s.
 *
 * <p>It never takes a type id from the input: even on a mapper with default typing turned on, a
 * model value is read by its codec alone, so a document cannot name a class for Jackson to load.
 * A value wrapped the way default typing writes it ({@code ["some.Class", {...}]}) is then simply
 * not an object; a property {@code "@class"} or {@code "@c"} is refused, so that no reader further
 * down a pipeline meets it again, unless the context attribute {@link #KEEP_TYPE_ID_ATTRIBUTES}
 * keeps it as a vendor attribute.
 */
public final class CodecDeserializer<T> extends StdDeserializer<T> {
  /**
   * The context attribute ({@code ObjectMapper.setDefaultAttributes}, {@code ObjectReader.withAttribute})
   * that, set to {@code true}, keeps the field names {@code @class} and {@code @c} as attributes.
   */
  public static final String KEEP_TYPE_ID_ATTRIBUTES = "dev.alignkit.jackson.keepTypeIdAttributes";
  private static final long serialVersionUID = 1L;

  private final transient TypeCodec<T> codec;

  public CodecDeserializer(TypeCodec<T> codec) {
    super(codec.type());
    this.codec = codec;
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    try {
      return Bindings.read(codec, new JacksonReader(parser),
          Boolean.TRUE.equals(context.getAttribute(KEEP_TYPE_ID_ATTRIBUTES)));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Refuses a whole input that is just {@code null}, as any other value that is no object: Jackson
   * asks here instead of calling {@link #deserialize}, and would hand the caller null. A
   * {@code null} inside a caller's own type (a field, a list element) stays null, as Jackson has it.
   */
  @Override
  public @Nullable T getNullValue(DeserializationContext context) {
    JsonParser parser = context.getParser();
    if (parser != null && parser.currentToken() == JsonToken.VALUE_NULL && parser.getParsingContext().inRoot()) {
      throw Bindings.nullDocument(codec, new JacksonReader(parser));
    }
    return null;
  }

  /** Asked for every {@code null}, since whether it is refused depends on where it stands. */
  @Override
  public AccessPattern getNullAccessPattern() {
    return AccessPattern.DYNAMIC;
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
