package dev.alignkit.jackson;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.ContextAttributes;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import dev.alignkit.jackson.internal.CodecDeserializer;
import dev.alignkit.jackson.internal.Factories;
import dev.alignkit.jackson.internal.JacksonReader;
import dev.alignkit.json.AlignkitJsonException;
import dev.alignkit.json.JsonLimits;
import dev.alignkit.json.format.Documents;
import dev.alignkit.json.format.Errors;
import dev.alignkit.org.OrganizationSnapshot;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes an organization snapshot as a JSON document in one call:
 * {@code OrganizationSnapshot snapshot = AlignkitJson.read(Path.of("organization.json"))}.
 *
 * <p>It writes format version 3 and reads versions 1, 2 and 3: an older document reads into the
 * snapshot it always did, its single {@code alignment} as the first of an objective's
 * {@code alignments}, and its vendor attributes named like fields new in a later version promoted
 * to those fields (see {@code docs/concepts.md}, "JSON"). Documents are UTF-8, written with two-space
 * indentation, {@code \n} line ends and a final newline, so that writing a snapshot twice gives
 * the same bytes. Every failure, including an I/O
 * error, is an {@link AlignkitJsonException} that names the JSON Pointer, line and column and what
 * to fix; a reference that does not resolve is not a failure (the rules report it). Thread-safe.
 *
 * <p>Reading is strict and bounded: repeated field names, {@code NaN} and {@code Infinity}, and
 * anything but standard JSON are rejected; the document may not pass the {@link JsonLimits#defaults()
 * default limits} of length, nesting, string and number length (choose others with
 * {@link #withLimits(JsonLimits)}); a document that is not an object ({@code null}, a number, an
 * array) fails at the pointer {@code ""}; and no type id is ever taken from the input, so a document
 * cannot make Jackson load a class it names, nor pass one on: fields named {@code "@class"} or
 * {@code "@c"} are refused unless the reader {@link Reader#keepingTypeIdAttributes() keeps them}.
 * Large organizations are better exchanged as JSON Lines: see {@link JsonLinesWriter} and
 * {@link JsonLinesReader}.
 */
public final class AlignkitJson {
  private static final Reader DEFAULT = new Reader(JsonLimits.defaults(), false);
  private static final ObjectWriter WRITER = DEFAULT.mapper.writer(prettyPrinter());

  private AlignkitJson() {}

  /**
   * A new {@code ObjectMapper} set up as this class reads and writes: the {@link AlignkitModule},
   * strict duplicate detection, trailing content rejected, the {@link JsonLimits#defaults() default
   * limits}, no default typing, and caller's streams left open.
   */
  public static ObjectMapper newObjectMapper() {
    return mapperWith(JsonLimits.defaults(), false);
  }

  private static ObjectMapper mapperWith(JsonLimits limits, boolean keepTypeIdAttributes) {
    JsonMapper.Builder builder = JsonMapper.builder(Factories.forDocuments(limits))
        .addModule(new AlignkitModule())
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        // No default typing; and should a caller's own annotated types ask for type ids that
        // name classes, this validator lets none through.
        .deactivateDefaultTyping()
        .polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder().build());
    if (keepTypeIdAttributes) {
      builder.defaultAttributes(ContextAttributes.getEmpty()
          .withSharedAttribute(CodecDeserializer.KEEP_TYPE_ID_ATTRIBUTES, Boolean.TRUE));
    }
    return builder.build();
  }

  /**
   * The reader of the static methods: {@link JsonLimits#defaults() default limits}, and
   * {@code "@class"} and {@code "@c"} refused. Start here to choose another option, such as
   * {@code AlignkitJson.reader().keepingTypeIdAttributes()}.
   */
  public static Reader reader() {
    return DEFAULT;
  }

  /**
   * A reader that enforces {@code limits} instead of the defaults, for example
   * {@code AlignkitJson.withLimits(JsonLimits.defaults().withMaxDocumentLength(10_000_000)).read(path)}.
   * Create it once and share it.
   *
   * @param limits not null
   */
  public static Reader withLimits(JsonLimits limits) {
    return new Reader(requireNonNull(limits, "limits"), false);
  }

  /**
   * The JSON Schema (draft 2020-12) of the document, as text: every object and field with its
   * type and description. Fields that the schema does not name are allowed, since they are read
   * as vendor attributes. The same schema is the resource {@code dev/alignkit/json/alignkit.schema.json}
   * of {@code alignkit-json-format}.
   */
  public static String jsonSchema() {
    return Documents.resource(Documents.SCHEMA);
  }

  /** The layout of every document: two-space indentation, {@code \n} line ends, a space after each colon. */
  static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  /**
   * Reads the document in {@code path} within the default limits.
   *
   * @param path a UTF-8 (or UTF-16/32) JSON file; not null
   * @throws AlignkitJsonException if the file cannot be read or is not a valid document
   */
  public static OrganizationSnapshot read(Path path) {
    return DEFAULT.read(path);
  }

  /**
   * Reads one document from {@code in}, which is left open, within the default limits.
   *
   * @param in the document's bytes; not null
   * @throws AlignkitJsonException if the stream fails or does not hold exactly one valid document
   */
  public static OrganizationSnapshot read(InputStream in) {
    return DEFAULT.read(in);
  }

  /**
   * Reads a document held in a string, within the default limits.
   *
   * @param json the document's text; not null
   * @throws AlignkitJsonException if it is not exactly one valid document
   */
  public static OrganizationSnapshot fromJson(String json) {
    return DEFAULT.fromJson(json);
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
    Documents.write(bytes(snapshot), out);
  }

  /**
   * Writes {@code snapshot} as a UTF-8 document to {@code path}, replacing the file. The file is
   * left untouched when the snapshot cannot be written.
   *
   * @throws AlignkitJsonException if the snapshot cannot be written or the file cannot be written
   */
  public static void write(OrganizationSnapshot snapshot, Path path) {
    requireNonNull(path, "path");
    Documents.write(bytes(snapshot), path);
  }

  private static byte[] bytes(OrganizationSnapshot snapshot) {
    return document(WRITER, requireNonNull(snapshot, "snapshot"));
  }

  /**
   * {@code value} written by {@code writer} as a document with a final newline; what a codec
   * rejects leaves as its own {@link AlignkitJsonException}, not wrapped by Jackson.
   */
  static byte[] document(ObjectWriter writer, Object value) {
    try {
      return Documents.withNewline(writer.writeValueAsBytes(value));
    } catch (JsonProcessingException e) {
      throw Documents.writeFailure(e, e.getOriginalMessage());
    }
  }

  /**
   * Reads documents with chosen options: {@link JsonLimits} ({@link AlignkitJson#withLimits(JsonLimits)}),
   * and whether {@code "@class"} and {@code "@c"} are kept
   * ({@link #keepingTypeIdAttributes() keepingTypeIdAttributes()}).
   * Start from {@link AlignkitJson#reader()} or {@link AlignkitJson#withLimits(JsonLimits)}; each
   * option returns a new reader. Immutable and thread-safe.
   */
  public static final class Reader {
    private final JsonLimits limits;
    private final boolean keepsTypeIdAttributes;
    private final ObjectMapper mapper;

    private Reader(JsonLimits limits, boolean keepsTypeIdAttributes) {
      this.limits = limits;
      this.keepsTypeIdAttributes = keepsTypeIdAttributes;
      this.mapper = mapperWith(limits, keepsTypeIdAttributes);
    }

    /** The limits this reader enforces. */
    public JsonLimits limits() {
      return limits;
    }

    /**
     * A reader like this one that keeps fields named {@code "@class"} and {@code "@c"} (in any
     * letter case) as vendor attributes, as it keeps every other unknown field, and so writes them
     * back. By default they are refused with an {@link AlignkitJsonException} at the field: they
     * are the names under which Jackson's default typing reads the name of a class to load, and a
     * document kept and passed on would hand them to whatever reads it next. Keep them only when
     * no reader further down turns default typing on. Other names starting with {@code @}
     * ({@code "@odata.etag"}, {@code "@id"}) are ordinary attributes either way.
     */
    public Reader keepingTypeIdAttributes() {
      return keepsTypeIdAttributes ? this : new Reader(limits, true);
    }

    /** Whether this reader keeps {@code "@class"} and {@code "@c"} as attributes; false by default. */
    public boolean keepsTypeIdAttributes() {
      return keepsTypeIdAttributes;
    }

    /**
     * A new {@code ObjectMapper} set up as {@link AlignkitJson#newObjectMapper()}, with this
     * reader's limits and its choice of keeping {@code "@class"} and {@code "@c"}.
     */
    public ObjectMapper newObjectMapper() {
      return mapperWith(limits, keepsTypeIdAttributes);
    }

    /**
     * Reads the document in {@code path}.
     *
     * @param path a UTF-8 (or UTF-16/32) JSON file; not null
     * @throws AlignkitJsonException if the file cannot be read, is not a valid document or passes a limit
     */
    public OrganizationSnapshot read(Path path) {
      requireNonNull(path, "path");
      try (InputStream in = Files.newInputStream(path)) {
        return read(in);
      } catch (IOException e) {
        throw Documents.ioFailure("cannot read " + path, e);
      }
    }

    /**
     * Reads one document from {@code in}, which is left open.
     *
     * @param in the document's bytes; not null
     * @throws AlignkitJsonException if the stream fails, does not hold exactly one valid document or passes a limit
     */
    public OrganizationSnapshot read(InputStream in) {
      requireNonNull(in, "in");
      try {
        return mapper.readValue(in, OrganizationSnapshot.class);
      } catch (JsonProcessingException e) {
        throw Errors.of(JacksonReader.syntax(e));
      } catch (IOException e) {
        throw Documents.ioFailure("cannot read the document", e);
      } catch (UncheckedIOException e) {
        throw Documents.ioFailure("cannot read the document", e.getCause());
      }
    }

    /**
     * Reads a document held in a string. It is read as its UTF-8 bytes, so that its length counts
     * as the same document's in a file.
     *
     * @param json the document's text; not null
     * @throws AlignkitJsonException if it is not exactly one valid document or passes a limit
     */
    public OrganizationSnapshot fromJson(String json) {
      requireNonNull(json, "json");
      try {
        return mapper.readValue(json.getBytes(StandardCharsets.UTF_8), OrganizationSnapshot.class);
      } catch (JsonProcessingException e) {
        throw Errors.of(JacksonReader.syntax(e));
      } catch (IOException e) {
        throw Documents.ioFailure("cannot read the document", e);
      }
    }

    @Override
    public String toString() {
      return "AlignkitJson.Reader{" + limits + (keepsTypeIdAttributes ? ", keepsTypeIdAttributes" : "") + "}";
    }
  }
}
