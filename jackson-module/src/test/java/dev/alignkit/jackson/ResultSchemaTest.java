package dev.alignkit.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.alignkit.advice.GoalAdvice;
import dev.alignkit.json.AlignkitJsonException;
import dev.alignkit.json.format.Codecs;
import dev.alignkit.json.format.ResultCodec;
import dev.alignkit.progress.KeyResultRollup;
import dev.alignkit.progress.ObjectiveRollup;
import dev.alignkit.progress.RoleOption;
import dev.alignkit.review.ReadinessLine;
import dev.alignkit.review.ReviewDocument;
import dev.alignkit.rules.Finding;
import dev.alignkit.rules.Report;
import dev.alignkit.testing.Property;
import dev.alignkit.testing.Theory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The JSON Schema of the result documents ({@code dev/alignkit/jackson/alignkit-results.schema.json})
 * holds for 1,000 generated documents of each kind, names exactly the fields the codecs know, and
 * a real validator (networknt, draft 2020-12) finds documents with a field removed or of the
 * wrong type, which the reader refuses too.
 */
class ResultSchemaTest {
  private static final Binding BINDING = Binding.current();
  private static final String ID = "https://alignkit.dev/schema/alignkit-results-1.schema.json";
  private static final String INPUT_ID = "https://alignkit.dev/schema/alignkit-3.schema.json";
  private static final String TEXT = BINDING.resultSchema();
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
      builder -> builder.schemas(Map.of(ID, TEXT, INPUT_ID, BINDING.jsonSchema())));
  private static final Schema DOCUMENT = REGISTRY.getSchema(SchemaLocation.of(ID));
  private static final ObjectMapper TREES = new ObjectMapper();
  private static final int DOCUMENTS = 1_000;

  private static List<String> errors(Schema schema, String json) {
    return SchemaTest.errors(schema, json);
  }

  /** The errors of {@code json} as a result document and as the definition of {@code type}. */
  private static List<String> errors(Class<?> type, String json) {
    List<String> errors = new ArrayList<>(errors(DOCUMENT, json));
    errors.addAll(errors(REGISTRY.getSchema(SchemaLocation.of(ID + "#/$defs/" + type.getSimpleName())), json));
    return errors;
  }

  @Test
  void theSchemaIsAValidDraft2020SchemaThatRefersToTheInputSchema() {
    assertEquals(List.of(), errors(REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema")),
        TEXT));
    assertTrue(TEXT.contains("\"$ref\": \"" + INPUT_ID + "#/$defs/Waiver\""), "a waiver is the input schema's");
  }

  @Test
  void theSchemaDescribesExactlyTheFieldsOfEachResultTypeInWritingOrder() throws IOException {
    JsonNode schema = TREES.readTree(TEXT);
    JsonNode defs = schema.get("$defs");
    List<String> kinds = new ArrayList<>();
    schema.get("anyOf").forEach(kind -> kinds.add(kind.get("$ref").asText().replace("#/$defs/", "")));
    List<String> types = new ArrayList<>();
    for (ResultCodec<?, ?> codec : Codecs.results()) {
      String type = codec.type().getSimpleName();
      types.add(type);
      JsonNode definition = defs.get(type);
      assertTrue(definition != null && definition.get("description").asText().length() > 10, type);
      List<String> properties = new ArrayList<>();
      definition.get("properties").fieldNames().forEachRemaining(properties::add);
      assertEquals(List.copyOf(codec.fieldNames()), properties, type);
      List<String> required = new ArrayList<>();
      definition.get("required").forEach(name -> required.add(name.asText()));
      assertEquals(codec.fieldNames().stream().filter(codec::isRequired).collect(Collectors.toList()), required, type);
      for (String field : properties) {
        String description = definition.get("properties").get(field).get("description").asText();
        assertTrue(description.length() > 5, type + "." + field + " has a description");
        assertEquals(codec.isRendered(field), description.contains("only when the writer is given a Locale"),
            type + "." + field + " says whether it is rendered");
      }
      assertFalse(definition.has("additionalProperties"), type + " allows fields it does not name");
    }
    assertEquals(types, kinds, "every result type is a kind of document, in the order of Codecs.results()");
  }

  /**
   * Validates, with rendered texts, each document {@code results} makes until {@link #DOCUMENTS}
   * were; fails unless that many were made (QuickTheories may draw an example twice, so the
   * properties ask for some more).
   */
  private static <T> void assertValid(Theory theory, Gen<List<T>> results, Class<T> type) {
    AtomicInteger documents = new AtomicInteger();
    theory.forAll(results).check(list -> {
      for (T result : list) {
        if (documents.get() < DOCUMENTS) {
          String json = BINDING.resultToJson(result, Locale.ENGLISH);
          assertEquals(List.of(), errors(type, json), json);
          documents.incrementAndGet();
        }
      }
    });
    assertEquals(DOCUMENTS, documents.get(), type.getSimpleName() + " documents validated");
  }

  @Property(examples = DOCUMENTS + 100)
  void aThousandGeneratedReportsAreValid(Theory theory) {
    assertValid(theory, ResultGenerators.reports().map(report -> List.of(report)), Report.class);
  }

  @Property(examples = 400)
  void aThousandGeneratedFindingsAreValid(Theory theory) {
    assertValid(theory, ResultGenerators.reports().map(Report::findings), Finding.class);
  }

  @Property(examples = 300)
  void aThousandGeneratedRollupsOfObjectivesAndOfKeyResultsAreValid(Theory theory) {
    assertValid(theory, ResultGenerators.rollups().map(r -> List.copyOf(r.objectives().values())),
        ObjectiveRollup.class);
    assertValid(theory, ResultGenerators.rollups().map(r -> List.copyOf(r.keyResults().values())),
        KeyResultRollup.class);
  }

  @Property(examples = 600)
  void aThousandGeneratedRoleOptionsWithTheirReadinessAreValid(Theory theory) {
    assertValid(theory, ResultGenerators.roleOptions(), RoleOption.class);
  }

  @Property(examples = 600)
  void aThousandGeneratedAdviceOnGoalsAreValid(Theory theory) {
    assertValid(theory, ResultGenerators.advice(), GoalAdvice.class);
  }

  @Property(examples = DOCUMENTS + 100)
  void aThousandGeneratedReviewDocumentsAreValid(Theory theory) {
    assertValid(theory, ResultGenerators.reviews().map(review -> List.of(review)), ReviewDocument.class);
  }

  /**
   * Every field of a document, one at a time, removed when required and given a value of the wrong
   * type otherwise: the schema finds each, and the reader refuses each.
   */
  private static <T> void assertBrokenCopiesFail(T result, Class<T> type) throws IOException {
    String json = BINDING.resultToJson(result);
    ObjectNode tree = (ObjectNode) TREES.readTree(json);
    List<String> names = new ArrayList<>();
    tree.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      JsonNode value = tree.get(name);
      ObjectNode broken = tree.deepCopy();
      boolean required = name.equals("resultFormatVersion")
          || Codecs.results().stream().filter(c -> c.type() == type).findFirst().orElseThrow().isRequired(name);
      if (required) {
        broken.remove(name);
        assertRefused(broken, type, "without " + name);
      }
      broken = tree.deepCopy();
      broken.set(name, mistyped(value));
      assertRefused(broken, type, name + " mistyped");
    }
  }

  /** A value of another JSON type than {@code value}. */
  private static JsonNode mistyped(JsonNode value) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    if (value.isTextual()) {
      return nodes.numberNode(42);
    }
    if (value.isNumber()) {
      return nodes.textNode(value.asText());
    }
    if (value.isBoolean()) {
      return nodes.textNode(value.asText());
    }
    if (value.isArray()) {
      return nodes.objectNode();
    }
    return nodes.textNode("x");
  }

  private static void assertRefused(ObjectNode broken, Class<?> type, String what) {
    String json = broken.toString();
    assertFalse(errors(type, json).isEmpty(), type.getSimpleName() + " " + what + " is invalid: " + json);
    assertThrows(AlignkitJsonException.class, () -> BINDING.resultFromJson(json, type),
        type.getSimpleName() + " " + what + " is refused by the reader: " + json);
  }

  @Property(examples = 30)
  void documentsWithAFieldRemovedOrMistypedFail(Theory theory) {
    theory.forAll(ResultGenerators.dated()).check(dated -> {
      try {
        ReviewDocument review = ResultGenerators.review(dated);
        assertBrokenCopiesFail(review, ReviewDocument.class);
        assertBrokenCopiesFail(review.report(), Report.class);
        for (Finding finding : review.report().findings()) {
          assertBrokenCopiesFail(finding, Finding.class);
        }
        for (ObjectiveRollup objective : review.objectives()) {
          assertBrokenCopiesFail(objective, ObjectiveRollup.class);
        }
        for (KeyResultRollup keyResult : review.keyResults()) {
          assertBrokenCopiesFail(keyResult, KeyResultRollup.class);
        }
        for (ReadinessLine line : review.readiness()) {
          assertBrokenCopiesFail(line.option(), RoleOption.class);
        }
        for (GoalAdvice advice : review.advice()) {
          assertBrokenCopiesFail(advice, GoalAdvice.class);
        }
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  @Test
  void aNestedFieldOfTheWrongTypeIsFoundAtItsPointer() {
    String json = BINDING.resultToJson(ReportJsonTest.REPORT).replace("\"severity\": \"ERROR\"", "\"severity\": \"FATAL\"");
    List<String> errors = errors(DOCUMENT, json);
    assertFalse(errors.isEmpty());
    assertTrue(errors(REGISTRY.getSchema(SchemaLocation.of(ID + "#/$defs/Report")), json).stream()
        .anyMatch(error -> error.contains("/findings/0/severity")), errors.toString());
    AlignkitJsonException e = assertThrows(AlignkitJsonException.class, () -> BINDING.resultFromJson(json, Report.class));
    assertEquals("/findings/0/severity", e.pointer());
  }

  @Test
  void fieldsTheSchemaDoesNotNameAreAllowed() {
    String json = BINDING.resultToJson(ReportJsonTest.REPORT).replace("\"valid\": false,",
        "\"valid\": false, \"x-request-id\": \"r-1\",");
    assertEquals(List.of(), errors(Report.class, json));
  }
}
