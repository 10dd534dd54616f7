package dev.alignkit.json.format;

import dev.alignkit.json.AlignkitJsonException;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * What every binding's serializer and deserializer do around a codec, once for all of them: the
 * binding hands over its {@link TokenReader} or {@link TokenWriter} and gets the value, or an
 * {@link AlignkitJsonException} with the format's kind, pointer, line, column and problem.
 */
public final class Bindings {
  private Bindings() {}

  /**
   * Reads a value of {@code codec}'s type whose first token is {@code reader}'s current one: a
   * whole document, whose version and zone it gives, or a value on its own, which has no document
   * and is read as the current version in UTC.
   *
   * @param keepTypeIdAttributes whether {@code "@class"} and {@code "@c"} are kept as attributes
   * @throws AlignkitJsonException if the value cannot be read
   */
  public static <T> T read(TypeCodec<T> codec, TokenReader reader, boolean keepTypeIdAttributes) {
    ReadContext document = codec.isRoot() ? new ReadContext()
        : ReadContext.known(OrgCodecs.FORMAT_VERSION, ZoneOffset.UTC);
    if (keepTypeIdAttributes) {
      document.keepingTypeIdAttributes();
    }
    try {
      return codec.read(new JsonIn(reader, new Canonical(), document));
    } catch (FormatException e) {
      throw Errors.of(e);
    }
  }

  /**
   * The failure for a whole input that is just {@code null}, at {@code reader}'s place: refused as
   * any other value that is no object, where a mapper would hand the caller null.
   */
  public static AlignkitJsonException nullDocument(TypeCodec<?> codec, TokenReader reader) {
    return Errors.of(new JsonIn(reader).expected("an object (" + codec.kind() + ")"));
  }

  /**
   * Writes {@code value} through {@code codec}, with its texts rendered when {@code texts} (the
   * writer's attribute {@link Texts#ATTRIBUTE}) is a {@link Texts}.
   *
   * @throws AlignkitJsonException if the value cannot be written
   */
  public static <T> void write(TypeCodec<T> codec, T value, TokenWriter writer, @Nullable Object texts) {
    try {
      codec.write(value, new JsonOut(writer, texts instanceof Texts ? (Texts) texts : null));
    } catch (FormatException e) {
      throw Errors.of(e);
    }
  }
}
