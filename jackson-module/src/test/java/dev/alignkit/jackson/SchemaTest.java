package dev.alignkit.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.alignkit.json.format.Codecs;
import dev.alignkit.json.format.ObjectCodec;
import dev.alignkit.testing.Property;
import dev.alignkit.testing.Theory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The module's JSON Schema ({@code dev/alignkit/jackson/alignkit.schema.json}) holds for every
 * document the writer writes and the samples, names exactly the fields the codecs know, and a
 * real validator (networknt, draft 2020-12) finds documents that break it.
 */
class SchemaTest {
  private static final Binding BINDING = Binding.current();
  private static final String ID = "https://alignkit.dev/schema/alignkit-1.schema.json";
  private static final String TEXT = BINDING.jsonSchema();
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
      builder -> builder.schemas(Map.of(ID, TEXT)));
  private static final Schema DOCUMENT = REGISTRY.getSchema(SchemaLocation.of(ID));
  private static final ObjectMapper TREES = new ObjectMapper();

  /** The errors {@code schema} finds in {@code json}, as text; empty when it is valid. */
  static List<String> errors(Schema schema, String json) {
    return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).collect(Collectors.toList());
  }

  private static Schema definition(String name) {
    return REGISTRY.getSchema(SchemaLocation.of(ID + "#/$defs/" + name));
  }

  @Test
  void theSchemaIsAValidDraft2020Schema() {
    Schema meta = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    assertEquals(List.of(), errors(meta, TEXT));
  }

  @Test
  void theSampleDocumentsAreValid() throws IOException {
    List<Path> samples = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(Path.of("..", "examples", "data"), "*.json")) {
      files.forEach(samples::add);
    }
    assertTrue(samples.size() >= 2, samples.toString());
    for (Path sample : samples) {
      // A sample of the previous version is valid once migrated as docs/json-format.md says.
      String current = FormatMigration.toCurrent(FormatMigration.tree(Files.readString(sample, StandardCharsets.UTF_8)))
          .toString();
      assertEquals(List.of(), errors(DOCUMENT, current), sample.toString());
    }
    assertEquals(List.of(), errors(DOCUMENT, ReadErrorsTest.BASE));
  }

  @Property(examples = 150)
  void everyGeneratedDocumentIsValid(Theory theory) {
    theory.forAll(DocumentGenerators.anyDecoratedSnapshot())
        .check(snapshot -> assertEquals(List.of(), errors(DOCUMENT, BINDING.toJson(snapshot))));
  }

  @Property(examples = 50)
  void everyLineOfAGeneratedJsonLinesFileIsValid(Theory theory) {
    theory.forAll(DocumentGenerators.anyDecoratedSnapshot()).check(snapshot -> {
      List<String> lines = new String(JsonLinesTest.write(snapshot), StandardCharsets.UTF_8).lines()
          .collect(Collectors.toList());
      assertEquals(List.of(), errors(definition("OrganizationLine"), lines.get(0)));
      for (String line : lines.subList(1, lines.size())) {
        String kind = line.startsWith("{\"team\":") ? "TeamLine" : "PersonLine";
        assertEquals(List.of(), errors(definition(kind), line), line);
      }
    });
  }

  @Test
  void aStringWhereANumberBelongsIsInvalid() {
    List<String> errors = errors(DOCUMENT, ReadErrorsTest.base("\"value\": 38", "\"value\": \"38\""));
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).contains("/objectives/0/keyResults/0/checkIns/0/value"), errors.get(0));
    assertTrue(errors.get(0).contains("number"), errors.get(0));
  }

  @Test
  void otherBrokenDocumentsAreInvalid() {
    for (String[] change : new String[][] {
        {"\"name\": \"Maya Chen\", ", ""},
        {"\"kind\": \"INCREASE\"", "\"kind\": \"GROW\""},
        {"\"formatVersion\": 3", "\"formatVersion\": 2"},
        {"\"kind\": \"CONTRIBUTES\"", "\"parentKind\": \"TEAM\", \"kind\": \"CONTRIBUTES\""},
        {"\"kind\": \"INCREASE\"", "\"kind\": \"ROLLUP\""},
        {"\"owner\": {\"kind\": \"ORGANIZATION\"},", "\"owner\": {\"kind\": \"ORGANIZATION\"}, \"outcome\": \"FAILED\","},
        {"\"owner\": {\"kind\": \"ORGANIZATION\"},", "\"owner\": {\"kind\": \"ORGANIZATION\"}, \"retrospective\": 1,"},
        {"\"alignments\": [{\"parentId\": \"o-1\", \"kind\": \"CONTRIBUTES\", \"weight\": 1}]",
            "\"alignment\": {\"parentId\": \"o-1\", \"kind\": \"CONTRIBUTES\", \"weight\": 1}"},
        {"\"confidence\": 0.8", "\"confidence\": 1.4"},
        {"\"target\": 45", "\"target\": 45, \"commit\": \"40\""},
        {"\"target\": 45", "\"target\": 45, \"stretch\": [50]"},
        {"\"2026-08-10\"", "\"10.8.2026\""},
        {"\"rank\": 2,", "\"rank\": 2.5,"},
        {"\"owner\": {\"kind\": \"ORGANIZATION\"}", "\"owner\": null"},
        {"\"people\": [", "\"people\": \"none\", \"x-people\": ["}}) {
      String json = ReadErrorsTest.base(change[0], change[1]);
      assertFalse(errors(DOCUMENT, json).isEmpty(), change[1]);
    }
  }

  @Test
  void commitAndStretchAreNumbersOrNull() {
    assertEquals(List.of(), errors(DOCUMENT, ReadErrorsTest.base("\"target\": 45",
        "\"commit\": 40, \"target\": 45, \"stretch\": 5e1")));
    assertEquals(List.of(), errors(DOCUMENT, ReadErrorsTest.base("\"target\": 45",
        "\"commit\": null, \"target\": 45, \"stretch\": null")));
    List<String> errors = errors(DOCUMENT, ReadErrorsTest.base("\"target\": 45", "\"target\": 45, \"commit\": \"40\""));
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).contains("/objectives/0/keyResults/0/commit"), errors.get(0));
  }

  @Test
  void aWaiversGrantDayIsADateOrNull() {
    assertEquals(List.of(), errors(DOCUMENT, ReadErrorsTest.withWaiver(
        "\"grantedOn\": \"2026-09-01\", \"untilInclusive\": \"2026-09-30\"")));
    assertEquals(List.of(), errors(DOCUMENT, ReadErrorsTest.withWaiver("\"grantedOn\": null")));
    for (String notADate : List.of("\"1.9.2026\"", "20260901", "[\"2026-09-01\"]")) {
      List<String> errors = errors(DOCUMENT, ReadErrorsTest.withWaiver("\"grantedOn\": " + notADate));
      assertEquals(1, errors.size(), notADate + ": " + errors);
      assertTrue(errors.get(0).contains("/waivers/0/grantedOn"), errors.get(0));
    }
  }

  @Test
  void linksToKeyResultsAndRollupKeyResultsWithoutCheckInsAreValid() {
    String link = "\"alignments\": [{\"parentId\": \"o-1\", \"kind\": \"CONTRIBUTES\", \"weight\": 1}]";
    assertEquals(List.of(), errors(DOCUMENT, ReadErrorsTest.base(link, "\"alignment\": null, \"alignments\": [{\"parentId\":"
        + " \"kr-1\", \"parentKind\": \"KEY_RESULT\", \"kind\": \"CONTRIBUTES\", \"weight\": 1}, {\"parentId\": \"o-1\","
        + " \"parentKind\": null, \"kind\": \"SUPPORTS\", \"weight\": 1}]")));
    for (String checkIns : List.of("[]", "null")) {
      String rollup = ReadErrorsTest.base("{\"id\": \"kr-2\", \"title\": \"Publish the playbook\", \"kind\": \"ACHIEVE\","
          + " \"target\": 1}", "{\"id\": \"kr-2\", \"title\": \"Publish the playbook\", \"kind\": \"ROLLUP\", \"checkIns\": "
          + checkIns + "}");
      assertEquals(List.of(), errors(DOCUMENT, rollup), checkIns);
    }
    List<String> errors = errors(DOCUMENT, ReadErrorsTest.base("\"kind\": \"INCREASE\"", "\"kind\": \"ROLLUP\""));
    assertTrue(errors.stream().anyMatch(error -> error.contains("/objectives/0/keyResults/0/checkIns")), errors.toString());
  }

  @Test
  void fieldsTheSchemaDoesNotNameAreAllowedAsAttributes() {
    String json = ReadErrorsTest.base("\"teamId\": \"support\"",
        "\"teamId\": \"support\", \"x-hris\": {\"a\": [1, null]}, \"@odata.etag\": \"W/\\\"42\\\"\"");
    assertEquals(List.of(), errors(DOCUMENT, json));
    assertEquals(List.of(), errors(DOCUMENT, "{\"formatVersion\": 3, \"x-exported-by\": \"hris\"}"));
  }

  @Test
  void aPersonLineWithAFieldOfItsOwnIsInvalid() {
    assertFalse(errors(definition("PersonLine"), "{\"person\": {\"id\": \"a\", \"name\": \"A\"}, \"x\": 1}").isEmpty());
    assertFalse(errors(definition("OrganizationLine"),
        "{\"formatVersion\": 3, \"people\": [{\"id\": \"a\", \"name\": \"A\"}]}").isEmpty());
  }

  @Test
  void theSchemaDescribesExactlyTheFieldsOfEachTypeInWritingOrder() throws IOException {
    JsonNode defs = TREES.readTree(TEXT).get("$defs");
    for (ObjectCodec<?, ?> codec : Codecs.all()) {
      String type = codec.type().getSimpleName();
      JsonNode definition = defs.get(type);
      assertTrue(definition != null && definition.get("description").asText().length() > 10, type);
      List<String> properties = new ArrayList<>();
      definition.get("properties").fieldNames().forEachRemaining(properties::add);
      assertEquals(List.copyOf(codec.fieldNames()), properties, type);
      List<String> required = new ArrayList<>();
      if (definition.has("required")) {
        definition.get("required").forEach(name -> required.add(name.asText()));
      }
      assertEquals(codec.fieldNames().stream().filter(codec::isRequired).collect(Collectors.toList()), required, type);
      for (String field : properties) {
        assertTrue(definition.get("properties").get(field).get("description").asText().length() > 5,
            type + "." + field + " has a description");
      }
      assertFalse(definition.has("additionalProperties"), type + " allows vendor attributes");
    }
  }
}
