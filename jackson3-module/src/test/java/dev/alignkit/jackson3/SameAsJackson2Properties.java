package dev.alignkit.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.alignkit.json.AlignkitJsonException;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.testing.Gens;
import dev.alignkit.testing.Property;
import dev.alignkit.testing.Theory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two bindings read one definition of the format: a sample document with a part deleted,
 * replaced by another value or cut off reads to the same snapshot under Jackson 3 as under
 * Jackson 2, or fails with the same kind, pointer, line, column and problem. Jackson 2's mapper is
 * the module's own ({@code AlignkitJson.newObjectMapper()}), which, as Jackson 3's does by default,
 * refuses content after the document.
 */
class SameAsJackson2Properties {
  private static final JsonMapper JACKSON3 = JsonMapper.builder().findAndAddModules().build();
  private static final ObjectMapper JACKSON2 = dev.alignkit.jackson.AlignkitJson.newObjectMapper();
  private static final List<String> DOCUMENTS = List.of(text("small.json"), text("organization-40.json"));
  private static final List<String> VALUES = List.of("\"38\"", "38", "-1", "0", "1.5", "1e400", "-0.0", "null", "true",
      "{}", "[]", "\"\"", "\"2026-02-30\"", "\"@class\"", "NaN", "}", "]", ",", ":", "\"x\":1,");

  private static String text(String name) {
    try {
      return Files.readString(Path.of("..", "examples", "data", name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What a binding makes of {@code json}: the snapshot, or the failure's kind, pointer, line, column
   * and problem. Read as UTF-8 bytes, as both facades read text: Jackson 3.3's parser over characters
   * places a number with a second decimal point at an earlier column than its parser over bytes does.
   */
  private static Object jackson2(String json) {
    try {
      return JACKSON2.readValue(json.getBytes(StandardCharsets.UTF_8), OrganizationSnapshot.class);
    } catch (dev.alignkit.json.AlignkitJsonException e) {
      return e.kind() + " " + e.pointer() + " " + e.line() + ":" + e.column() + " " + e.problem();
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      return "Jackson refused the document";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object jackson3(String json) {
    try {
      return JACKSON3.readValue(json.getBytes(StandardCharsets.UTF_8), OrganizationSnapshot.class);
    } catch (AlignkitJsonException e) {
      return e.kind() + " " + e.pointer() + " " + e.line() + ":" + e.column() + " " + e.problem();
    } catch (JacksonException e) {
      return "Jackson refused the document";
    }
  }

  @Test
  void aNumberWithTwoDecimalPointsIsPlacedAndWordedAlike() {
    // Line 539 of the sample is the first key result weight, `          "weight": 1.0,`.
    String inObject = DOCUMENTS.get(1).replaceFirst("\"weight\": 1\\.0,", "\"weight\": 1.0.0,");
    assertEquals("MALFORMED_JSON /objectives/0/keyResults/0/weight 539:24 invalid JSON: Unexpected character "
        + "('.' (code 46)): was expecting comma to separate Object entries", jackson3(inObject));
    assertEquals(jackson2(inObject), jackson3(inObject));
  }

  @Property(examples = 1500)
  void aDocumentWithAPartReplacedReadsTheSameUnderBoth(Theory theory) {
    theory.forAll(Gens.ints(0, DOCUMENTS.size() - 1), Gens.ints(1, Integer.MAX_VALUE), Gens.ints(0, 12),
        Gens.ints(0, VALUES.size())).check((document, at, length, value) -> {
          String text = DOCUMENTS.get(document);
          int from = 1 + at % (text.length() - 1);
          int to = Math.min(text.length(), from + length);
          String json = text.substring(0, from) + (value == VALUES.size() ? "" : VALUES.get(value)) + text.substring(to);
          assertEquals(jackson2(json), jackson3(json), json);
        });
  }

  @Property(examples = 300)
  void aDocumentCutOffFailsTheSameUnderBoth(Theory theory) {
    theory.forAll(Gens.ints(0, DOCUMENTS.size() - 1), Gens.ints(1, Integer.MAX_VALUE)).check((document, at) -> {
      String text = DOCUMENTS.get(document);
      String json = text.substring(0, 1 + at % (text.length() - 1));
      assertEquals(jackson2(json), jackson3(json), json);
    });
  }
}
