package dev.alignkit.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.json.AlignkitJsonException;
import dev.alignkit.json.format.Codecs;
import dev.alignkit.json.format.ResultCodec;
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
 * Keeps the section "Results" of {@code docs/json-format.md} true: it has a subsection per result
 * type whose table lists exactly that type's fields, in writing order, and whose example reads as
 * that type and writes back the same.
 */
class ResultFormatDocTest {
  private static final Path DOC = Path.of("..", "docs", "json-format.md");
  private static final Pattern ROW = Pattern.compile("(?m)^\\| `([A-Za-z]+)` \\|");
  private static final Pattern JSON_BLOCK = Pattern.compile("(?s)```json\\n(.*?)```");

  private static String results() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    int start = doc.indexOf("\n## Results\n");
    assertTrue(start >= 0, "docs/json-format.md has a section ## Results");
    int end = doc.indexOf("\n## ", start + 1);
    return doc.substring(start, end < 0 ? doc.length() : end);
  }

  private static String subsection(String results, String heading) {
    int start = results.indexOf("\n### " + heading + "\n");
    assertTrue(start >= 0, "the section Results has a subsection ### " + heading);
    int end = results.indexOf("\n### ", start + 1);
    return results.substring(start, end < 0 ? results.length() : end);
  }

  @Test
  void everyResultTypeHasASubsectionListingExactlyItsFieldsInWritingOrder() throws IOException {
    String results = results();
    for (ResultCodec<?, ?> codec : Codecs.results()) {
      String type = codec.type().getSimpleName();
      String section = subsection(results, type);
      Set<String> rows = new LinkedHashSet<>();
      Matcher row = ROW.matcher(section);
      while (row.find()) {
        rows.add(row.group(1));
      }
      assertEquals(List.copyOf(codec.fieldNames()), List.copyOf(rows), type);
      for (String field : codec.fieldNames()) {
        String line = section.substring(section.indexOf("| `" + field + "` |")).lines().findFirst().orElseThrow();
        assertEquals(codec.isRequired(field), line.contains("| required |"), type + "." + field
            + " is documented as required exactly when it is");
      }
    }
  }

  @Test
  void everySubsectionsExampleReadsAsItsTypeAndWritesBackTheSame() throws IOException {
    String results = results();
    for (ResultCodec<?, ?> codec : Codecs.results()) {
      List<String> examples = new ArrayList<>();
      Matcher block = JSON_BLOCK.matcher(subsection(results, codec.type().getSimpleName()));
      while (block.find()) {
        examples.add(block.group(1));
      }
      assertEquals(1, examples.size(), codec.type().getSimpleName() + " has one example");
      Object value = ResultJson.fromJson(examples.get(0), codec.type());
      assertEquals(value, ResultJson.fromJson(ResultJson.toJson(value), codec.type()));
    }
  }

  @Test
  void theErrorsTheSectionQuotesAreTheReadersOwn() throws IOException {
    String results = results().replaceAll("\\s+", " ");
    String wrongVersion = ReportJsonTest.REPORT_JSON.replace("\"resultFormatVersion\": 1", "\"resultFormatVersion\": 2");
    AlignkitJsonException e = assertThrows(AlignkitJsonException.class,
        () -> ResultJson.fromJson(wrongVersion, dev.alignkit.rules.Report.class));
    assertTrue(results.contains("`" + e.getMessage() + "`"), e.getMessage());
  }
}
