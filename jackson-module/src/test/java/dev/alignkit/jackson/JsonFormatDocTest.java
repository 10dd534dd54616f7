package dev.alignkit.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.alignkit.json.ErrorMode;
import dev.alignkit.json.JsonLimits;
import dev.alignkit.json.JsonLinesResult;
import dev.alignkit.json.format.Codecs;
import dev.alignkit.json.format.ObjectCodec;
import dev.alignkit.org.Person;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/json-format.md} true: it has a section per model type whose table lists
 * exactly that type's fields, in writing order, and whose example reads as that type.
 */
class JsonFormatDocTest {
  private static final Path DOC = Path.of("..", "docs", "json-format.md");
  private static final Pattern ROW = Pattern.compile("(?m)^\\| `([A-Za-z]+)` \\|");
  private static final Pattern JSON_BLOCK = Pattern.compile("(?s)```json\\n(.*?)```");

  private static String doc() throws IOException {
    return Files.readString(DOC, StandardCharsets.UTF_8);
  }

  private static String section(String doc, String heading) {
    int start = doc.indexOf("\n## " + heading + "\n");
    assertTrue(start >= 0, "docs/json-format.md has a section ## " + heading);
    int end = doc.indexOf("\n## ", start + 1);
    return doc.substring(start, end < 0 ? doc.length() : end);
  }

  private static List<String> jsonBlocks(String text) {
    List<String> blocks = new ArrayList<>();
    Matcher matcher = JSON_BLOCK.matcher(text);
    while (matcher.find()) {
      blocks.add(matcher.group(1));
    }
    return blocks;
  }

  @Test
  void everyTypeHasASectionListingExactlyItsFieldsInWritingOrder() throws IOException {
    String doc = doc();
    for (ObjectCodec<?, ?> codec : Codecs.all()) {
      String section = section(doc, codec.type().getSimpleName());
      Set<String> rows = new LinkedHashSet<>();
      Matcher row = ROW.matcher(section);
      while (row.find()) {
        rows.add(row.group(1));
      }
      assertEquals(List.copyOf(codec.fieldNames()), List.copyOf(rows), codec.type().getSimpleName());
      for (String field : codec.fieldNames()) {
        String required = section.substring(section.indexOf("| `" + field + "` |")).lines().findFirst().orElseThrow();
        assertEquals(codec.isRequired(field), required.contains("| required |"), codec.type().getSimpleName()
            + "." + field + " is documented as required exactly when it is");
      }
    }
  }

  @Test
  void everySectionsExampleReadsAsItsTypeAndWritesBackTheSame() throws IOException {
    String doc = doc();
    ObjectMapper mapper = AlignkitJson.newObjectMapper();
    for (ObjectCodec<?, ?> codec : Codecs.all()) {
      List<String> examples = jsonBlocks(section(doc, codec.type().getSimpleName()));
      assertEquals(1, examples.size(), codec.type().getSimpleName() + " has one example");
      Object value = mapper.readValue(examples.get(0), codec.type());
      assertEquals(value, mapper.readValue(mapper.writeValueAsString(value), codec.type()));
    }
  }

  @Test
  void theCompleteDocumentIsWhatTheWriterWrites() throws IOException {
    String complete = jsonBlocks(section(doc(), "A complete document")).get(0);
    assertEquals(complete, AlignkitJson.toJson(AlignkitJson.fromJson(complete)));
  }

  @Test
  void theVendorFieldExampleKeepsItsAttributes() throws IOException {
    String example = jsonBlocks(section(doc(), "Vendor fields (attributes)")).get(0);
    Person person = AlignkitJson.newObjectMapper().readValue(example, Person.class);
    assertNotNull(person);
    assertEquals("\"E-1042\"", person.attributes().get("x-hris-id"));
    assertEquals("{\"color\":\"teal\"}", person.attributes().get("x-badge"));
  }

  @Test
  void theJsonLinesExampleIsWhatTheWriterWrites() throws IOException {
    Matcher block = Pattern.compile("(?s)```jsonl\\n(.*?)```").matcher(section(doc(), "JSON Lines"));
    assertTrue(block.find());
    String example = block.group(1);
    JsonLinesResult result = JsonLinesReader.readSnapshot(
        new java.io.ByteArrayInputStream(example.getBytes(StandardCharsets.UTF_8)), JsonLimits.defaults(),
        ErrorMode.STOP_AT_FIRST);
    assertEquals(4, result.lines());
    assertEquals(example, new String(JsonLinesTest.write(result.snapshot()), StandardCharsets.UTF_8));
  }

  @Test
  void theLimitsTableStatesTheDefaults() throws IOException {
    String limits = section(doc(), "Limits");
    JsonLimits defaults = JsonLimits.defaults();
    assertTrue(limits.contains("| `maxDocumentLength` | 4 GiB (4,294,967,296 bytes) |"), limits);
    assertEquals(4_294_967_296L, defaults.maxDocumentLength());
    assertTrue(limits.contains("| `maxLineLength` | 64 MiB (67,108,864 bytes) |"), limits);
    assertEquals(67_108_864, defaults.maxLineLength());
    assertTrue(limits.contains("| `maxNestingDepth` | 64 |"), limits);
    assertEquals(64, defaults.maxNestingDepth());
    assertTrue(limits.contains("| `maxStringLength` | 1 MiB (1,048,576 characters) |"), limits);
    assertEquals(1_048_576, defaults.maxStringLength());
    assertTrue(limits.contains("| `maxNumberLength` | 100 characters |"), limits);
    assertEquals(100, defaults.maxNumberLength());
  }
}
