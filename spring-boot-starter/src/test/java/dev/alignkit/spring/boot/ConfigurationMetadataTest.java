package dev.alignkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alignkit.policy.Policy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The configuration metadata that the processor generates: its defaults are the policy's, and the
 * properties table of docs/embedding.md is rendered from it. Run with
 * {@code -Dalignkit.docs.write=true} to rewrite the table after changing a property.
 */
class ConfigurationMetadataTest {
  private static final Path METADATA = Path.of("target/classes/META-INF/spring-configuration-metadata.json");
  private static final Path DOC = Path.of("../docs/embedding.md");
  private static final String START = "<!-- alignkit-properties: generated from the configuration metadata by"
      + " ConfigurationMetadataTest; -Dalignkit.docs.write=true rewrites it -->";
  private static final String END = "<!-- /alignkit-properties -->";

  @Test
  void everyPropertyIsDescribedAndEveryDefaultIsThePolicysDefault() throws IOException {
    List<JsonNode> properties = alignkitProperties();
    assertThat(properties).hasSize(31);
    for (JsonNode property : properties) {
      String name = property.get("name").asString();
      assertThat(property.path("description").asString("")).as(name).isNotBlank();
      JsonNode defaultValue = property.get("defaultValue");
      if (defaultValue != null) {
        AlignkitProperties bound = new Binder(new MapConfigurationPropertySource(Map.of(name, text(defaultValue))))
            .bindOrCreate("alignkit", Bindable.of(AlignkitProperties.class));
        assertThat(bound.toPolicy()).as(name + "=" + text(defaultValue)).isEqualTo(Policy.defaults());
      }
    }
  }

  @Test
  void theEndpointDescribesThePolicyByTheNamesOfItsProperties() throws IOException {
    List<String> described = new ArrayList<>();
    for (String key : AlignkitProperties.describe(Policy.defaults()).keySet()) {
      // The endpoint shows the lexicon in force where the properties add patterns to it.
      described.add("alignkit.policy." + (key.equals("activity-lexicon") ? "activity-patterns" : key));
    }
    List<String> properties = new ArrayList<>();
    for (JsonNode property : alignkitProperties()) {
      if (property.get("name").asString().startsWith("alignkit.policy.")) {
        properties.add(property.get("name").asString());
      }
    }
    assertThat(described).containsExactlyInAnyOrderElementsOf(properties);
  }

  @Test
  void theDocumentsPropertiesTableIsTheMetadatas() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    int start = doc.indexOf(START);
    int end = doc.indexOf(END);
    assertThat(start).as("the table's start marker in " + DOC).isNotNegative();
    assertThat(end).as("the table's end marker in " + DOC).isGreaterThan(start);
    String table = table();
    if (Boolean.getBoolean("alignkit.docs.write")) {
      Files.writeString(DOC, doc.substring(0, start + START.length()) + "\n" + table + doc.substring(end),
          StandardCharsets.UTF_8);
      return;
    }
    assertThat(doc.substring(start + START.length(), end)).as("run with -Dalignkit.docs.write=true to rewrite it")
        .isEqualTo("\n" + table);
  }

  /** The table: each {@code alignkit.*} property with its type, default and description, by name. */
  static String table() throws IOException {
    StringBuilder table = new StringBuilder("| property | type | default | description |\n|---|---|---|---|\n");
    for (JsonNode property : alignkitProperties()) {
      JsonNode defaultValue = property.get("defaultValue");
      table.append("| `").append(property.get("name").asString()).append("` | ")
          .append(shortType(property.get("type").asString())).append(" | ")
          .append(defaultValue == null ? "" : "`" + text(defaultValue) + "`").append(" | ")
          .append(property.get("description").asString().replaceAll("\\s+", " ").replace("|", "\\|"))
          .append(" |\n");
    }
    return table.toString();
  }

  private static List<JsonNode> alignkitProperties() throws IOException {
    JsonNode metadata = JsonMapper.builder().build().readTree(Files.readString(METADATA, StandardCharsets.UTF_8));
    List<JsonNode> properties = new ArrayList<>();
    for (JsonNode property : metadata.get("properties")) {
      if (property.get("name").asString().startsWith("alignkit.")) {
        properties.add(property);
      }
    }
    properties.sort((a, b) -> a.get("name").asString().compareTo(b.get("name").asString()));
    return properties;
  }

  private static String text(JsonNode value) {
    if (!value.isArray()) {
      return value.asString();
    }
    List<String> items = new ArrayList<>();
    value.forEach(item -> items.add(item.asString()));
    return String.join(",", items);
  }

  /** {@code java.util.Map<java.lang.String,java.util.List<java.lang.String>>} as {@code Map<String, List<String>>}. */
  private static String shortType(String type) {
    return type.replaceAll("[a-z][a-zA-Z0-9]*\\.", "").replace("$", ".").replace(",", ", ")
        .replace("<", "&lt;").replace(">", "&gt;");
  }
}
