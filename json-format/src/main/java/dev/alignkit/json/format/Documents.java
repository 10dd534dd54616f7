package dev.alignkit.json.format;

import static java.util.Objects.requireNonNull;

import dev.alignkit.json.AlignkitJsonException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What each binding's {@code AlignkitJson} and {@code ResultJson} do around a whole document that
 * needs no JSON library: the final newline, the files and streams and their failures, the result
 * types, and the JSON Schemas, which are resources of the package {@code dev.alignkit.json}.
 */
public final class Documents {
  /** The JSON Schema of the organization document. */
  public static final String SCHEMA = "alignkit.schema.json";
  /** The JSON Schema of the result documents. */
  public static final String RESULT_SCHEMA = "alignkit-results.schema.json";

  private Documents() {}

  /** The text of the UTF-8 resource {@code name} of the package {@code dev.alignkit.json}. */
  public static String resource(String name) {
    try (InputStream in = AlignkitJsonException.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code document} with a final newline. */
  public static byte[] withNewline(byte[] document) {
    byte[] withNewline = Arrays.copyOf(document, document.length + 1);
    withNewline[document.length] = '\n';
    return withNewline;
  }

  /**
   * The failure of writing a document that a JSON library reports as {@code failure}: what a codec
   * refused, found among its causes, as it was thrown; anything else as {@link AlignkitJsonException.Kind#NOT_WRITABLE}.
   *
   * @param problem the library's own words for what failed
   */
  public static AlignkitJsonException writeFailure(Exception failure, @Nullable String problem) {
    for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof AlignkitJsonException) {
        return (AlignkitJsonException) cause;
      }
    }
    return new AlignkitJsonException(AlignkitJsonException.Kind.NOT_WRITABLE, "", -1, -1,
        "cannot write the document: " + problem, failure);
  }

  /** An {@link AlignkitJsonException.Kind#IO_FAILURE}: {@code what} failed, and why. */
  public static AlignkitJsonException ioFailure(String what, IOException e) {
    String reason = e instanceof NoSuchFileException ? "no such file" : String.valueOf(e.getMessage());
    return new AlignkitJsonException(AlignkitJsonException.Kind.IO_FAILURE, "", -1, -1, what + ": " + reason, e);
  }

  /**
   * Writes {@code document} to {@code out}, which is flushed and left open.
   *
   * @throws AlignkitJsonException if the stream fails
   */
  public static void write(byte[] document, OutputStream out) {
    try {
      out.write(document);
      out.flush();
    } catch (IOException e) {
      throw ioFailure("cannot write the document", e);
    }
  }

  /**
   * Writes {@code document} to {@code path}, replacing the file.
   *
   * @throws AlignkitJsonException if the file cannot be written
   */
  public static void write(byte[] document, Path path) {
    try {
      Files.write(path, document);
    } catch (IOException e) {
      throw ioFailure("cannot write " + path, e);
    }
  }

  /** The result types, the ones a binding's {@code ResultJson} writes and reads, in no particular order. */
  public static List<Class<?>> resultTypes() {
    List<Class<?>> types = new ArrayList<>();
    for (ResultCodec<?, ?> codec : Codecs.results()) {
      types.add(codec.type());
    }
    return List.copyOf(types);
  }

  /**
   * Checks that {@code type} is (a subtype of) one of the {@link #resultTypes()}.
   *
   * @throws IllegalArgumentException if it is not, naming the result types
   */
  public static void requireResultType(Class<?> type) {
    requireNonNull(type, "type");
    for (ResultCodec<?, ?> codec : Codecs.results()) {
      if (codec.type().isAssignableFrom(type)) {
        return;
      }
    }
    List<String> names = new ArrayList<>();
    resultTypes().forEach(t -> names.add(t.getSimpleName()));
    throw new IllegalArgumentException("not a result type: " + type.getName() + "; the result types are " + names);
  }
}
