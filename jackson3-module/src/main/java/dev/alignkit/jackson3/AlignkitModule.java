package dev.alignkit.jackson3;

import dev.alignkit.jackson3.internal.CodecDeserializer;
import dev.alignkit.jackson3.internal.CodecSerializer;
import dev.alignkit.json.format.Codecs;
import dev.alignkit.json.format.TypeCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * Teaches a Jackson 3 mapper Alignkit's formats: every model type (a whole
 * {@code OrganizationSnapshot} or any part of it) and every result type reads and writes as
 * {@code docs/json-format.md} describes, the same documents as the Jackson 2 module's.
 * {@code JsonMapper.builder().findAndAddModules()} finds it, on the class path and the module path:
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
 * OrganizationSnapshot snapshot = mapper.readValue(json, OrganizationSnapshot.class);
 * }</pre>
 * Such a mapper reads the format with Jackson's own defaults; prefer {@link AlignkitJson}, or its
 * {@link AlignkitJson#newJsonMapper() newJsonMapper()}, which also enforce the {@code JsonLimits}
 * and turn every failure, those Jackson raises before the module runs too, into an
 * {@code AlignkitJsonException}.
 */
public final class AlignkitModule extends JacksonModule {
  private static final Version VERSION = readVersion();

  /** The module; it holds no state. */
  public AlignkitModule() {}

  @Override
  public String getModuleName() {
    return "alignkit";
  }

  /** This module's version, the artifact's. */
  @Override
  public Version version() {
    return VERSION;
  }

  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();
    for (TypeCodec<?> codec : Codecs.all()) {
      register(codec, serializers, deserializers);
    }
    for (TypeCodec<?> codec : Codecs.results()) {
      register(codec, serializers, deserializers);
    }
    context.addSerializers(serializers);
    context.addDeserializers(deserializers);
  }

  private static <T> void register(TypeCodec<T> codec, SimpleSerializers serializers,
      SimpleDeserializers deserializers) {
    serializers.addSerializer(codec.type(), new CodecSerializer<>(codec));
    deserializers.addDeserializer(codec.type(), new CodecDeserializer<>(codec));
  }

  private static Version readVersion() {
    Properties properties = new Properties();
    try (InputStream in = AlignkitModule.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return Version.unknownVersion();
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return VersionUtil.parseVersion(properties.getProperty("version"), properties.getProperty("groupId"),
        properties.getProperty("artifactId"));
  }
}
