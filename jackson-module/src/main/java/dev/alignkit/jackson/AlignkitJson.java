package dev.alignkit.jackson;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.alignkit.jackson.internal.JsonIn;
import dev.alignkit.org.OrganizationSnapshot;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads and writes an organization snapshot as a JSON document in one call:
 * {@code OrganizationSnapshot snapshot = AlignkitJson.read(Path.of("organization.json"))}.
 *
 * <p>Documents are UTF-8, written with two-space indentation, {@code \n} line ends and a final
 * newline, so that writing a snapshot twice gives the same bytes. Every failure, including an I/O
 * error, is an {@link AlignkitJsonException} that names the JSON Pointer, line and column and what
 * to fix; a reference that does not resolve is not a failure (the rules report it). Thread-safe.
 */
public final class AlignkitJson {
  private static final ObjectMapper MAPPER = newObjectMapper();
  private static final ObjectWriter WRITER = MAPPER.writer(prettyPrinter());

  private AlignkitJson() {}

  /**
   * A new {@code ObjectMapper} set up as this class reads and writes: the {@link AlignkitModule},
   * strict duplicate detection, trailing content rejected, and caller's streams left open.
   */
  public static ObjectMapper newObjectMapper() {
    return JsonMapper.builder()
        .addModule(new AlignkitModule())
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .build();
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  /**
   * Reads the document in {@code path}.
   *
   * @param path a UTF-8 (or UTF-16/32) JSON file; not null
   * @throws AlignkitJsonException if the file cannot be read or is not a valid document
   */
  public static OrganizationSnapshot read(Path path) {
    requireNonNull(path, "path");
    try (InputStream in = Files.newInputStream(path)) {
      return read(in);
    } catch (IOException e) {
      throw ioFailure("cannot read " + path, e);
    }
  }

  /**
   * Reads one document from {@code in}, which is left open.
   *
   * @param in the document's bytes; not null
   * @throws AlignkitJsonException if the stream fails or does not hold exactly one valid document
   */
  public static OrganizationSnapshot read(InputStream in) {
    requireNonNull(in, "in");
    try {
      return MAPPER.readValue(in, OrganizationSnapshot.class);
    } catch (JsonProcessingException e) {
      throw JsonIn.syntax(e);
    } catch (IOException e) {
      throw ioFailure("cannot read the document", e);
    } catch (UncheckedIOException e) {
      throw ioFailure("cannot read the document", e.getCause());
    }
  }

  /**
   * Reads a document held in a string.
   *
   * @param json the document's text; not null
   * @throws AlignkitJsonException if it is not exactly one valid document
   */
  public static OrganizationSnapshot fromJson(String json) {
    requireNonNull(json, "json");
    try {
      return MAPPER.readValue(json, OrganizationSnapshot.class);
    } catch (JsonProcessingException e) {
      throw JsonIn.syntax(e);
    }
  }

  /**
   * Writes {@code snapshot} as a document.
   *
   * @param snapshot not null
   * @throws AlignkitJsonException if an attribute is not one JSON value or uses a field's name
   */
  public static String toJson(OrganizationSnapshot snapshot) {
    return new String(bytes(snapshot), StandardCharsets.UTF_8);
  }

  /**
   * Writes {@code snapshot} as a UTF-8 document to {@code out}, which is flushed and left open.
   * Nothing is written when the snapshot cannot be written.
   *
   * @throws AlignkitJsonException if the snapshot cannot be written or the stream fails
   */
  public static void write(OrganizationSnapshot snapshot, OutputStream out) {
    requireNonNull(out, "out");
    byte[] bytes = bytes(snapshot);
    try {
      out.write(bytes);
      out.flush();
    } catch (IOException e) {
      throw ioFailure("cannot write the document", e);
    }
  }

  /**
   * Writes {@code snapshot} as a UTF-8 document to {@code path}, replacing the file. The file is
   * left untouched when the snapshot cannot be written.
   *
   * @throws AlignkitJsonException if the snapshot cannot be written or the file cannot be written
   */
  public static void write(OrganizationSnapshot snapshot, Path path) {
    requireNonNull(path, "path");
    byte[] bytes = bytes(snapshot);
    try {
      Files.write(path, bytes);
    } catch (IOException e) {
      throw ioFailure("cannot write " + path, e);
    }
  }

  private static byte[] bytes(OrganizationSnapshot snapshot) {
    requireNonNull(snapshot, "snapshot");
    try {
      byte[] document = WRITER.writeValueAsBytes(snapshot);
      byte[] withNewline = java.util.Arrays.copyOf(document, document.length + 1);
      withNewline[document.length] = '\n';
      return withNewline;
    } catch (JsonProcessingException e) {
      for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof AlignkitJsonException) {
          throw (AlignkitJsonException) cause;
        }
      }
      throw new AlignkitJsonException("", -1, -1, "cannot write the document: " + e.getOriginalMessage(), e);
    }
  }

  private static AlignkitJsonException ioFailure(String what, IOException e) {
    String reason = e instanceof NoSuchFileException ? "no such file" : String.valueOf(e.getMessage());
    return new AlignkitJsonException("", -1, -1, what + ": " + reason, e);
  }
}
