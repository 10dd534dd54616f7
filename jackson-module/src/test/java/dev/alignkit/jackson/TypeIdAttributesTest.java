package dev.alignkit.jackson;

import static dev.alignkit.jackson.ReadErrorsTest.assertAt;
import static dev.alignkit.jackson.ReadErrorsTest.base;
import static dev.alignkit.jackson.ReadErrorsTest.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.json.AlignkitJsonException;
import dev.alignkit.json.ErrorMode;
import dev.alignkit.json.JsonLimits;
import dev.alignkit.json.JsonLinesResult;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The field names that Jackson's default typing reads as class names, {@code "@class"} and
 * {@code "@c"}, are refused where they would become vendor attributes, unless the reader is told
 * to keep them; every other name starting with {@code @} is an attribute like any other.
 */
class TypeIdAttributesTest {
  private static final Binding BINDING = Binding.current();
  private static final String REFUSED = " is refused: Jackson's default typing reads it as the name of a class to load,"
      + " so it is not kept as an attribute; a reader made with keepingTypeIdAttributes() keeps it";

  /** {@code BASE} with the first person given {@code "name": "value"} before its team. */
  private static String withPersonField(String name, String value) {
    return base("\"teamId\": \"support\"", "\"" + name + "\": \"" + value + "\", \"teamId\": \"support\"");
  }

  @Test
  void atClassIsRefusedAtItsNameNamingTheOption() {
    AlignkitJsonException e = failure(withPersonField("@class", "java.lang.ProcessBuilder"));
    assertAt(e, "/people/0/@class", 4, 41, "field \"@class\"" + REFUSED);
  }

  @Test
  void atCIsRefusedToo() {
    assertAt(failure(withPersonField("@c", ".Gadget")), "/people/0/@c", 4, 41, "field \"@c\"" + REFUSED);
  }

  @Test
  void theNamesAreRefusedInAnyCaseOnTheDocumentItselfToo() {
    assertAt(failure(base("\"formatVersion\": 3,", "\"formatVersion\": 3, \"@Class\": \"x.Y\",")), "/@Class", 2, 23,
        "field \"@Class\"" + REFUSED);
    assertEquals("/people/0/@C", failure(withPersonField("@C", "x.Y")).pointer());
  }

  @Test
  void otherNamesStartingWithAnAtSignAreOrdinaryAttributes() {
    String json = base("\"teamId\": \"support\"", "\"@odata.etag\": \"W/\\\"42\\\"\", \"@id\": \"https://example.com/maya\","
        + " \"@type\": \"Person\", \"@classic\": 1, \"c\": 2, \"teamId\": \"support\"");
    Person maya = BINDING.fromJson(json).person("maya").orElseThrow();
    assertEquals(Map.of("@odata.etag", "\"W/\\\"42\\\"\"", "@id", "\"https://example.com/maya\"", "@type", "\"Person\"",
        "@classic", "1", "c", "2"), maya.attributes());
  }

  @Test
  void theReaderThatKeepsThemReadsThemAsAttributesAndTheWriterWritesThemBack() {
    Binding.Reader keeping = BINDING.reader().keepingTypeIdAttributes();
    assertTrue(keeping.keepsTypeIdAttributes());
    assertFalse(BINDING.reader().keepsTypeIdAttributes());
    String json = withPersonField("@class", "com.example.Employee");
    Person maya = keeping.fromJson(json).person("maya").orElseThrow();
    assertEquals(Map.of("@class", "\"com.example.Employee\""), maya.attributes());
    String written = BINDING.toJson(keeping.fromJson(json));
    assertTrue(written.contains("\"@class\": \"com.example.Employee\""), written);
    assertEquals(maya, keeping.read(new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8)))
        .person("maya").orElseThrow());
  }

  @Test
  void theOptionKeepsTheLimitsAndTheLimitsKeepTheOption() {
    JsonLimits limits = JsonLimits.defaults().withMaxNestingDepth(10);
    Binding.Reader reader = BINDING.withLimits(limits).keepingTypeIdAttributes();
    assertEquals(limits, reader.limits());
    assertTrue(reader.keepsTypeIdAttributes());
    assertEquals("AlignkitJson.Reader{" + limits + ", keepsTypeIdAttributes}", reader.toString());
    assertEquals("AlignkitJson.Reader{" + JsonLimits.defaults() + "}", BINDING.reader().toString());
    assertEquals(JsonLimits.defaults(), BINDING.reader().limits());
  }

  @Test
  void aMapperRefusesThemUnlessItComesFromAReaderThatKeepsThem() throws Exception {
    String json = withPersonField("@c", "x.Y");
    AlignkitJsonException refused = assertThrows(AlignkitJsonException.class,
        () -> BINDING.reader().readWithMapper(json, OrganizationSnapshot.class));
    assertEquals("/people/0/@c", refused.pointer());
    assertEquals("/@class", assertThrows(AlignkitJsonException.class, () -> BINDING.readWithModuleOnly(
        "{\"id\": \"p-1\", \"name\": \"Ada\", \"@class\": \"x.Y\"}", Person.class)).pointer());
    Binding.Reader keeping = BINDING.reader().keepingTypeIdAttributes();
    assertEquals("\"x.Y\"", keeping.readWithMapper(json, OrganizationSnapshot.class).person("maya").orElseThrow()
        .attributes().get("@c"));
  }

  @Test
  void jsonLinesRefusesThemOnItsLines() {
    String lines = "{\"formatVersion\": 3}\n{\"person\": {\"id\": \"maya\", \"name\": \"Maya\", \"@class\": \"x.Y\"}}\n";
    JsonLinesResult result = BINDING.readLines(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)),
        JsonLimits.defaults(), ErrorMode.COLLECT_AND_CONTINUE);
    assertEquals(1, result.errors().size());
    assertAt(result.errors().get(0), "/person/@class", 2, 43, "field \"@class\"" + REFUSED);
  }
}
