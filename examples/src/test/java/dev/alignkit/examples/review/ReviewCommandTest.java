package dev.alignkit.examples.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.alignkit.examples.ReviewSample;
import dev.alignkit.jackson.AlignkitJson;
import dev.alignkit.jackson.ResultJson;
import dev.alignkit.review.ReviewDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review command on the sample organization, in every format, and on bad input. */
class ReviewCommandTest {
  @TempDir
  static Path dir;
  static Path sample;

  @BeforeAll
  static void writeSample() {
    sample = dir.resolve("organization-40.json");
    AlignkitJson.write(ReviewSample.build(), sample);
  }

  /** The exit code, standard output and standard error of one run. */
  private record Run(int code, String out, String err) {}

  private static Run review(String... args) {
    return review(Terminal.piped(), args);
  }

  private static Run review(Terminal terminal, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new ReviewCommand(JsonLoader::load).run(List.of(args),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), terminal);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static String[] withSample(String... args) {
    List<String> all = new ArrayList<>(List.of(sample.toString(), "--as-of", "2026-08-15"));
    all.addAll(List.of(args));
    return all.toArray(new String[0]);
  }

  @Test
  void textShowsTreeAtRiskReadinessFindingsAndAdvice() {
    Run run = review(withSample());
    assertEquals(0, run.code(), run.err());
    String out = run.out();
    assertTrue(out.startsWith("Alignkit review of 40 people and 18 objectives (2 more in the backlog), as of 2026-08-15\n"), out);
    assertTrue(out.contains("  Answer every customer within a work... [##........]  19%  AT_RISK    Customer support"), out);
    assertTrue(out.contains("\nScorecard of 2026-Q2 (2026-04-01 to 2026-06-30)\n"), out);
    assertTrue(out.contains("\nCustomers can count on us                 97%  GREEN   not met  PARTIAL   Organization\n"), out);
    assertTrue(out.contains("Objectives: 6 ON_TRACK, 3 BEHIND, 2 AT_RISK; 2 in the backlog\n"), out);
    assertTrue(out.contains("2026-Q2: 2 of 7 met; 4 GREEN, 2 YELLOW, 1 RED; outcomes 2 ACHIEVED, 3 PARTIAL, 1 MISSED,"
        + " 1 not recorded\n"), out);
    assertTrue(out.contains("Needs attention ("), out);
    assertTrue(out.contains("Build a repeatable mid-market motion (Sales): trend at kr-pipeline"), out);
    assertTrue(out.contains("  Ana Costa    Senior support specialist -> Account executive                 58%  gaps: Deep product"
        + " knowledge, Influencing decision-makers, Negotiation\n"), out);
    assertTrue(out.contains("Findings: 1 errors, 6 warnings, 1 infos"), out);
    assertTrue(out.contains("  Rex Tanaka\n    WARNING Objective \"Know why trial teams stall in setup\" of cycle 2026-Q2,"
        + " which ended 46 days ago, is not scored"), out);
    assertTrue(out.contains("  Quinn Ahmed\n    ERROR   Quinn Ahmed has 4 agreed or active development goals in 2026-Q3"), out);
    assertTrue(out.contains("Advice on tangential goals (1)\n  Eli Brandt: \"Learn Rust\"\n    1. EXPECTATIONS"), out);
    assertFalse(out.contains("\u001B["), "no colour when the output is not a terminal");
  }

  @Test
  void zonedKeyResultsShowTheirZoneInTheTreeTheListingsAndTheJson() throws IOException {
    assertTrue(review(withSample()).out().contains(
        "    Close the first five mid-market d... [###.......]  30%  ON_TRACK   Tia Russo  zones kr-deals=COMMIT\n"));
    assertTrue(review(withSample()).out().contains("  Customers find answers without open...  67%  YELLOW  not met  PARTIAL"
        + "   Customer support  zones kr-q2-articles=COMMIT\n"));
    assertTrue(review(withSample("--person", "tia")).out().contains(
        "  Close 5 mid-market deals                30%  ON_TRACK   zone COMMIT\n"));
    String markdown = review(withSample("--format", "markdown")).out();
    assertTrue(markdown.contains("- Close 5 mid-market deals: 30% · ON_TRACK · zone COMMIT\n"), markdown);
    assertTrue(markdown.contains("- Grow new ARR from 0 to 3.0M: 18% · BEHIND · zone FAIL\n"), markdown);
    JsonNode json = new ObjectMapper().readTree(review(withSample("--format", "json")).out());
    JsonNode deals = null;
    for (JsonNode keyResult : json.get("keyResults")) {
      String id = keyResult.get("keyResultId").asText();
      deals = id.equals("kr-deals") ? keyResult : deals;
      assertEquals(List.of("kr-arr", "kr-deals", "kr-q2-articles").contains(id), keyResult.has("zone"), keyResult.toString());
    }
    assertEquals("COMMIT", deals.get("zone").asText());
  }

  @Test
  void colourOnlyWhenAskedOrOnATerminal() {
    assertTrue(review(withSample("--color")).out().contains("\u001B[31mAT_RISK\u001B[0m"));
  }

  @Test
  void colourOnATerminalUnlessNoColorIsSet() {
    assertTrue(review(Terminal.of(true, Optional.of(true), null), withSample()).out().contains("\u001B[31mAT_RISK"));
    assertFalse(review(Terminal.of(true, Optional.of(true), "1"), withSample()).out().contains("\u001B"));
  }

  @Test
  void pipedOutputHoldsNoEscapeInAnyFormat() {
    Terminal jdk22OnAPipe = Terminal.of(true, Optional.of(false), null);
    for (Terminal terminal : List.of(Terminal.piped(), jdk22OnAPipe)) {
      for (String format : List.of("text", "json", "markdown", "mermaid", "html")) {
        Run run = review(terminal, withSample("--format", format));
        assertEquals(-1, run.out().indexOf('\u001B'), terminal + ", " + format);
        assertEquals(-1, run.err().indexOf('\u001B'), terminal + ", " + format);
      }
    }
  }

  @Test
  void mainWritesNoEscapeToAPipe() throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder command = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        ReviewCommand.class.getName(), sample.toString(), "--as-of", "2026-08-15")
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    command.environment().remove("NO_COLOR");
    Process process = command.start();
    byte[] out = process.getInputStream().readAllBytes();
    assertEquals(0, process.waitFor());
    assertTrue(new String(out, StandardCharsets.UTF_8).startsWith("Alignkit review of 40 people"));
    for (byte b : out) {
      assertTrue(b != 0x1B, "an ESC byte on a pipe");
    }
  }

  @Test
  void jsonCarriesIdsCodesAndAdvice() throws IOException {
    Run run = review(withSample("--format", "json"));
    assertEquals(0, run.code());
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertEquals(1, json.get("resultFormatVersion").asInt());
    assertEquals("2026-08-15", json.get("asOf").asText());
    assertEquals(18, json.get("objectives").size());
    assertFalse(json.get("report").get("valid").asBoolean());
    JsonNode tangential = null;
    for (JsonNode finding : json.get("report").get("findings")) {
      if (finding.get("code").asText().equals("dev.goal.tangential")) {
        tangential = finding;
      }
    }
    assertEquals("eli", tangential.get("personId").asText());
    assertEquals("EXPECTATIONS", tangential.get("advice").get(0).get("kind").asText());
    assertTrue(tangential.get("message").asText().startsWith("Development goal \"Learn Rust\" (Rust) does not serve"),
        tangential.toString());
    assertTrue(tangential.get("advice").get(0).get("sentence").asText().length() > 20, tangential.toString());
    JsonNode advice = json.get("advice").get(0);
    assertEquals("TANGENTIAL", advice.get("alignment").get("alignmentClass").asText());
    assertEquals(tangential.get("advice"), advice.get("suggestions"), "the finding carries the goal's advice");
  }

  @Test
  void jsonIsTheReviewDocumentValidAgainstTheResultSchema() {
    String out = review(withSample("--format", "json")).out();
    ReviewDocument document = ResultJson.fromJson(out, ReviewDocument.class);
    assertEquals(Review.of(ReviewSample.build(), Optional.of(LocalDate.of(2026, 8, 15)), Optional.empty()).document(),
        document);
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        builder -> builder.schemas(Map.of("https://alignkit.dev/schema/alignkit-results-1.schema.json",
            ResultJson.jsonSchema(), "https://alignkit.dev/schema/alignkit-3.schema.json", AlignkitJson.jsonSchema())));
    Schema schema = registry.getSchema(SchemaLocation.of("https://alignkit.dev/schema/alignkit-results-1.schema.json"));
    assertEquals(List.of(), schema.validate(out, InputFormat.JSON));
    String broken = out.replace("\"asOf\": \"2026-08-15\"", "\"asOf\": 20260815");
    assertFalse(schema.validate(broken, InputFormat.JSON).isEmpty(), "the schema finds a date that is a number");
  }

  @Test
  void markdownHasSectionsAndTables() {
    String out = review(withSample("--format", "markdown")).out();
    assertTrue(out.startsWith("# Alignkit review, 2026-08-15\n"), out);
    assertTrue(out.contains("| ↳ Answer every customer within a working day | Customer support | 19% | AT_RISK | 1 |\n"
        + "| &emsp;&emsp;↳ Make escalations painless | Lara Haddad | 0% | AT_RISK | 0 |\n"), out);
    assertTrue(out.contains("### Quinn Ahmed"), out);
  }

  @Test
  void mermaidDrawsTheAlignmentGraph() {
    String out = review(withSample("--format", "mermaid")).out();
    assertTrue(out.startsWith("flowchart BT\n"), out);
    assertEquals(18, out.lines().filter(l -> l.matches("  n\\d+\\[.*")).count(), out);
    assertTrue(out.contains(" --> "), "contributing links are solid");
    assertTrue(out.contains(" -.-> "), "a supporting link is dotted");
    assertTrue(out.contains(":::at_risk"), out);
  }

  @Test
  void personRestrictsTheReview() {
    String out = review(withSample("--person", "eli")).out();
    assertTrue(out.startsWith("Alignkit review of 40 people and 18 objectives (2 more in the backlog), as of 2026-08-15, for Eli Brandt\n"), out);
    assertTrue(out.contains("Findings: 0 errors, 1 warnings, 0 infos"), out);
    assertFalse(out.contains("Quinn Ahmed"), out);
  }

  @Test
  void germanLocaleRendersFindingsAndAdviceInGerman() {
    String out = review(withSample("--locale", "de")).out();
    assertTrue(out.contains("Das Entwicklungsziel „Learn Rust“ (Rust) dient weder der jetzigen Rolle"), out);
    assertTrue(out.contains("Fangen wir damit an, was deine Rolle"), out);
  }

  @Test
  void failOnGatesAPipeline() {
    assertEquals(1, review(withSample("--fail-on", "error")).code());
    assertEquals(1, review(withSample("--fail-on", "warning", "--person", "eli")).code());
    assertEquals(0, review(withSample("--fail-on", "error", "--person", "eli")).code());
  }

  @Test
  void badUsageExitsWithTwoAndOneLine() {
    Run unknown = review("--frobnicate");
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().startsWith("review: unknown option --frobnicate; usage: review"), unknown.err());
    Run date = review(withSample("--as-of", "15.08.2026"));
    assertEquals(2, date.code());
    assertEquals("review: --as-of takes a date like 2026-08-15, not '15.08.2026'\n", date.err());
    Run person = review(withSample("--person", "ghost"));
    assertEquals("review: no person 'ghost' in the organization\n", person.err());
  }

  @Test
  void malformedInputExitsWithTwoAndNamesTheLocation() throws IOException {
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"formatVersion\": 1, \"people\": [ {\"id\": \"p-1\", \"name\": 7 ]}");
    Run run = review(broken.toString());
    assertEquals(2, run.code());
    assertTrue(run.err().startsWith("review: cannot read " + broken + ": "), run.err());
    assertTrue(run.err().contains("line 1"), run.err());
    assertEquals(1, run.err().lines().count(), "one line, no stack trace");
    assertEquals("", run.out());
  }

  @Test
  void helpPrintsTheUsageOnStandardOutputAndExitsWithZero() {
    for (String help : List.of("--help", "-h")) {
      Run run = review(help);
      assertEquals(0, run.code(), help);
      assertTrue(run.out().startsWith(ReviewOptions.USAGE + "\n"), run.out());
      assertTrue(run.out().contains("\n  --fail-on error|warning "), run.out());
      assertEquals("", run.err(), help);
    }
  }

  @Test
  void helpAfterOtherOptionsStillPrintsTheUsage() {
    Run run = review(withSample("--format", "json", "--help"));
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().startsWith(ReviewOptions.USAGE + "\n"), run.out());
  }

  @Test
  void anErrorQuotingTheDocumentShowsItsControlCharactersAsPictures() throws IOException {
    Path badDate = dir.resolve("bad-date.json");
    Files.writeString(badDate, "{\"formatVersion\": 3, \"cycles\": [{\"id\": \"c\", \"name\": \"Q3\","
        + " \"startInclusive\": \"2026-07-01\\u001b[2J\", \"endInclusive\": \"2026-09-30\"}]}");
    Run run = review(badDate.toString());
    assertEquals(2, run.code());
    assertTrue(run.err().contains("got a string \"2026-07-01␛[2J\""), run.err());
    assertEquals(-1, run.err().indexOf('\u001B'), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
  }

  @Test
  void missingFileSaysSoOnce() {
    for (String name : List.of("nope.json", "nope.jsonl")) {
      Path missing = dir.resolve(name);
      Run run = review(missing.toString());
      assertEquals(2, run.code());
      assertEquals("review: cannot read " + missing + ": no such file\n", run.err());
    }
  }

  @Test
  void aDirectorySaysSoOnce() {
    Run run = review(dir.toString());
    assertEquals(2, run.code());
    assertEquals("review: cannot read " + dir + ": is a directory\n", run.err());
  }

  @Test
  void bundledSampleIsTheReviewSampleWritten() throws IOException {
    assertEquals(AlignkitJson.toJson(ReviewSample.build()),
        Files.readString(ReviewOptions.DEFAULT_INPUT.getFileName().equals(Path.of("organization-40.json"))
            ? Path.of("data", "organization-40.json") : ReviewOptions.DEFAULT_INPUT, StandardCharsets.UTF_8),
        "examples/data/organization-40.json is out of date: write ReviewSample.build() again");
  }

  @Test
  void jsonLinesInputGivesTheSameReview() {
    Path lines = dir.resolve("organization-40.jsonl");
    dev.alignkit.jackson.JsonLinesWriter.write(ReviewSample.build(), lines);
    Run fromLines = review(lines.toString(), "--as-of", "2026-08-15");
    assertEquals(0, fromLines.code(), fromLines.err());
    assertTrue(fromLines.out().startsWith("Alignkit review of 40 people and 18 objectives (2 more in the backlog), as of 2026-08-15\n"),
        fromLines.out());
    assertTrue(fromLines.out().contains("Findings: 1 errors, 6 warnings, 1 infos"), fromLines.out());
  }

  @Test
  void badJsonLinesLineIsOneLineWithItsLineNumber() throws IOException {
    Path lines = dir.resolve("broken.jsonl");
    dev.alignkit.jackson.JsonLinesWriter.write(ReviewSample.build(), lines);
    List<String> text = new ArrayList<>(Files.readAllLines(lines, StandardCharsets.UTF_8));
    text.set(2, "{\"person\": 42}");
    Files.write(lines, text, StandardCharsets.UTF_8);
    Run run = review(lines.toString());
    assertEquals(2, run.code());
    assertTrue(run.err().contains("line 3"), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
  }
}
