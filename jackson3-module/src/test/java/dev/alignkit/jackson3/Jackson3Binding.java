package dev.alignkit.jackson3;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.alignkit.jackson.Binding;
import dev.alignkit.json.AlignkitJsonException;
import dev.alignkit.json.ErrorMode;
import dev.alignkit.json.JsonLimits;
import dev.alignkit.json.JsonLinesResult;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DefaultTyping;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * The corpus's {@link Binding} on this module's Jackson 3 facade: the surefire execution
 * {@code jackson2-corpus} runs the Jackson 2 module's corpus tests with it.
 */
public final class Jackson3Binding implements Binding {
  /** Lets every class through, as Jackson 2's {@code LaissezFaireSubTypeValidator} does. */
  private static final BasicPolymorphicTypeValidator ANY_CLASS = BasicPolymorphicTypeValidator.builder()
      .allowIfSubType(Object.class).build();
  /** A failure Jackson raised, not the module: a test that meets it fails. */
  private static IllegalStateException jackson(JacksonException e) {
    return new IllegalStateException("Jackson refused the document: " + e, e);
  }

  @Override
  public String name() {
    return "Jackson 3";
  }

  @Override
  public Binding.Reader reader() {
    return new Reader(AlignkitJson.reader());
  }

  @Override
  public Binding.Reader withLimits(JsonLimits limits) {
    return new Reader(AlignkitJson.withLimits(limits));
  }

  @Override
  public String toJson(OrganizationSnapshot snapshot) {
    return AlignkitJson.toJson(snapshot);
  }

  @Override
  public void write(OrganizationSnapshot snapshot, OutputStream out) {
    AlignkitJson.write(snapshot, out);
  }

  @Override
  public void write(OrganizationSnapshot snapshot, Path path) {
    AlignkitJson.write(snapshot, path);
  }

  @Override
  public String jsonSchema() {
    return AlignkitJson.jsonSchema();
  }

  @Override
  public String resultToJson(Object result) {
    return ResultJson.toJson(result);
  }

  @Override
  public String resultToJson(Object result, Locale locale) {
    return ResultJson.toJson(result, locale);
  }

  @Override
  public <T> T resultFromJson(String json, Class<T> type) {
    return ResultJson.fromJson(json, type);
  }

  @Override
  public String resultSchema() {
    return ResultJson.jsonSchema();
  }

  @Override
  public <T> T readWithModuleOnly(String json, Class<T> type) {
    try {
      return JsonMapper.builder().addModule(new AlignkitModule()).build().readValue(json, type);
    } catch (JacksonException e) {
      throw jackson(e);
    }
  }

  @Override
  public String writeWithFoundModules(Object value) {
    try {
      return JsonMapper.builder().findAndAddModules().build().writeValueAsString(value);
    } catch (JacksonException e) {
      throw jackson(e);
    }
  }

  @Override
  public <T> T readWithFoundModules(String json, Class<T> type) {
    try {
      return JsonMapper.builder().findAndAddModules().build().readValue(json, type);
    } catch (JacksonException e) {
      throw jackson(e);
    }
  }

  @Override
  public String writeRenderedWithFoundModules(Object value, Locale locale) {
    try {
      return ResultJson.writer(JsonMapper.builder().findAndAddModules().build(), locale).writeValueAsString(value);
    } catch (JacksonException e) {
      throw jackson(e);
    }
  }

  @Override
  public List<?> readPeopleWithFacadeMapper(String json) {
    try {
      return AlignkitJson.newJsonMapper().readValue(json, new TypeReference<List<Person>>() {});
    } catch (JacksonException e) {
      throw jackson(e);
    }
  }

  @Override
  public OrganizationSnapshot readWithDefaultTyping(String json, boolean wrapperArrays) {
    JsonMapper mapper = AlignkitJson.newJsonMapper().rebuild()
        .activateDefaultTyping(ANY_CLASS, DefaultTyping.NON_FINAL,
            wrapperArrays ? JsonTypeInfo.As.WRAPPER_ARRAY : JsonTypeInfo.As.PROPERTY)
        .build();
    try {
      return mapper.readValue(json, OrganizationSnapshot.class);
    } catch (JacksonException e) {
      throw jackson(e);
    }
  }

  @Override
  public boolean facadeMapperHasNoDefaultTyping() {
    JsonMapper mapper = AlignkitJson.newJsonMapper();
    return mapper.deserializationConfig().getDefaultTyper(mapper.constructType(OrganizationSnapshot.class)) == null
        && mapper.serializationConfig().getDefaultTyper(mapper.constructType(OrganizationSnapshot.class)) == null;
  }

  @Override
  public JsonLinesResult readLines(InputStream in, JsonLimits limits, ErrorMode mode) {
    return JsonLinesReader.readSnapshot(in, limits, mode);
  }

  @Override
  public JsonLinesResult readLines(Path file, JsonLimits limits, ErrorMode mode) {
    return JsonLinesReader.readSnapshot(file, limits, mode);
  }

  @Override
  public LinesReader linesReader(InputStream in, JsonLimits limits, ErrorMode mode) {
    return lines(JsonLinesReader.of(in, limits, mode));
  }

  @Override
  public LinesReader openLines(Path file) {
    return lines(JsonLinesReader.open(file));
  }

  private static LinesReader lines(JsonLinesReader reader) {
    return new LinesReader(reader::organization, reader::people, reader::forEachPerson, reader::errors,
        reader::lineNumber, reader::close);
  }

  @Override
  public LinesWriter linesWriter(OutputStream out) {
    JsonLinesWriter writer = JsonLinesWriter.of(out);
    return new LinesWriter(writer::writeOrganization, writer::writeSnapshot, writer::writePerson, writer::lines,
        writer::close);
  }

  @Override
  public void writeLines(OrganizationSnapshot snapshot, Path file) {
    JsonLinesWriter.write(snapshot, file);
  }

  /** {@code AlignkitJson.Reader} as the corpus's reader. */
  private static final class Reader implements Binding.Reader {
    private final AlignkitJson.Reader reader;

    Reader(AlignkitJson.Reader reader) {
      this.reader = reader;
    }

    @Override
    public OrganizationSnapshot fromJson(String json) {
      return reader.fromJson(json);
    }

    @Override
    public OrganizationSnapshot read(InputStream in) {
      return reader.read(in);
    }

    @Override
    public OrganizationSnapshot read(Path path) {
      return reader.read(path);
    }

    @Override
    public Binding.Reader keepingTypeIdAttributes() {
      return new Reader(reader.keepingTypeIdAttributes());
    }

    @Override
    public boolean keepsTypeIdAttributes() {
      return reader.keepsTypeIdAttributes();
    }

    @Override
    public JsonLimits limits() {
      return reader.limits();
    }

    @Override
    public String toString() {
      return reader.toString();
    }

    @Override
    public String writeWithMapper(Object value) {
      try {
        return reader.newJsonMapper().writeValueAsString(value);
      } catch (JacksonException e) {
        throw jackson(e);
      }
    }

    @Override
    public <T> T readWithMapper(String json, Class<T> type) {
      try {
        return reader.newJsonMapper().readValue(json, type);
      } catch (JacksonException e) {
        throw jackson(e);
      }
    }
  }
}
