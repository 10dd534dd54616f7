package dev.alignkit.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import dev.alignkit.jackson.internal.CodecDeserializer;
import dev.alignkit.jackson.internal.CodecSerializer;
import dev.alignkit.json.AlignkitJsonException;
import dev.alignkit.json.JsonLimits;
import dev.alignkit.json.format.Codecs;
import dev.alignkit.json.format.TypeCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Teaches an {@code ObjectMapper} the Alignkit JSON format (see {@code docs/concepts.md}, "JSON"):
 * {@code mapper.registerModule(new AlignkitModule())}, or {@code mapper.findAndRegisterModules()},
 * which finds it through {@code META-INF/services}. Then
 * {@code mapper.readValue(json, OrganizationSnapshot.class)} reads a whole document and
 * {@code mapper.writeValueAsString(snapshot)} writes one; every model type that is a JSON object
 * ({@code Person}, {@code Objective}, {@code KeyResult} ...) can be read and written on its own too;
 * such a value has no document, so it is read as format version 3 and a check-in given only
 * {@code at} is dated in UTC. The module also writes and reads results, such as a {@code Report}
 * or a {@code Finding}, as {@link ResultJson} describes.
 *
 * <p>The model carries no Jackson annotations: the module brings a serializer and a deserializer
 * for each type, and neither takes nor writes a type id, even on a mapper with default typing
 * turned on. Reading fails only with an {@link AlignkitJsonException}; Jackson wraps what a
 * serializer throws, so prefer {@link AlignkitJson}, which unwraps it and also turns on strict
 * duplicate detection, the rejection of trailing content and the {@link JsonLimits}. Immutable and
 * thread-safe.
 */
public final class AlignkitModule extends Module {
  private static final Version VERSION = readVersion();

  /** Creates the module; it has no settings. */
  public AlignkitModule() {}

  @Override
  public String getModuleName() {
    return "alignkit";
  }

  /** This module's version, the version of the {@code alignkit-jackson} artifact. */
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
