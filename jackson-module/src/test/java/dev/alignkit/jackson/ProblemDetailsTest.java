package dev.alignkit.jackson;

import static dev.alignkit.jackson.ReadErrorsTest.BASE;
import static dev.alignkit.jackson.ReadErrorsTest.base;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.alignkit.json.AlignkitJsonException;
import dev.alignkit.json.AlignkitJsonException.Kind;
import dev.alignkit.json.ErrorMode;
import dev.alignkit.json.JsonLimits;
import dev.alignkit.json.JsonLinesResult;
import dev.alignkit.json.ProblemDetails;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.Owner;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.org.Waiver;
import dev.alignkit.policy.Severity;
import dev.alignkit.rules.Report;
import dev.alignkit.rules.Validator;
import dev.alignkit.testing.Property;
import dev.alignkit.testing.Theory;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of problem maps to its RFC 9457 problem: the exact type, title, status, detail and
 * members, from the exception a reader or writer really throws.
 */
class ProblemDetailsTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 8, 15);

  private static AlignkitJsonException failure(String json) {
    return assertThrows(AlignkitJsonException.class, () -> AlignkitJson.fromJson(json));
  }

  @Test
  void aValueTheModelRejectsIsAnUnprocessableInvalidValueAtItsPlace() {
    AlignkitJsonException e = failure(base("\"confidence\": 0.8", "\"confidence\": 1.4"));
    assertEquals(Kind.INVALID_VALUE, e.kind());
    ProblemDetails problem = ProblemDetails.of(e);
    assertEquals(URI.create("https://alignkit.dev/problems/invalid-value"), problem.type());
    assertEquals("Invalid value", problem.title());
    assertEquals(422, problem.status());
    assertEquals("confidence must be within [0, 1]: 1.4", problem.detail());
    assertEquals(Optional.of("/objectives/0/keyResults/0/checkIns/0/confidence"), problem.pointer());
    assertEquals(OptionalInt.of(24), problem.line());
    assertEquals(OptionalInt.of(63), problem.column());
    assertEquals(Optional.empty(), problem.asOf());
    assertEquals(List.of(), problem.errors());
    assertEquals("{\"type\":\"https://alignkit.dev/problems/invalid-value\",\"title\":\"Invalid value\","
        + "\"status\":422,\"detail\":\"confidence must be within [0, 1]: 1.4\","
        + "\"pointer\":\"/objectives/0/keyResults/0/checkIns/0/confidence\",\"line\":24,\"column\":63}",
        problem.toJson());
  }

  @Test
  void aWrongTypeAMissingFieldAndADocumentThatIsNoObjectAreInvalidValues() {
    AlignkitJsonException wrongType = failure(base("\"value\": 38", "\"value\": \"38\""));
    assertEquals("{\"type\":\"https://alignkit.dev/problems/invalid-value\",\"title\":\"Invalid value\","
        + "\"status\":422,\"detail\":\"expected a number, got a string \\\"38\\\"\","
        + "\"pointer\":\"/objectives/0/keyResults/0/checkIns/0/value\",\"line\":24,\"column\":45}",
        ProblemDetails.of(wrongType).toJson());
    AlignkitJsonException missing = failure(base("  \"formatVersion\": 3,\n", ""));
    assertEquals("{\"type\":\"https://alignkit.dev/problems/invalid-value\",\"title\":\"Invalid value\","
        + "\"status\":422,\"detail\":\"missing required field formatVersion\",\"pointer\":\"\",\"line\":1,"
        + "\"column\":1}", ProblemDetails.of(missing).toJson());
    ProblemDetails none = ProblemDetails.of(failure("null"));
    assertEquals(422, none.status());
    assertEquals("expected an object (organization snapshot), got null", none.detail());
    assertEquals(Optional.of(""), none.pointer());
  }

  @Test
  void malformedJsonIsABadRequestWhereTheParserStopped() {
    AlignkitJsonException e = failure(base("\"title\": \"Customers recommend us\",",
        "\"title\": \"Customers recommend us\""));
    assertEquals(Kind.MALFORMED_JSON, e.kind());
    ProblemDetails problem = ProblemDetails.of(e);
    assertEquals(URI.create("https://alignkit.dev/problems/malformed-json"), problem.type());
    assertEquals("Malformed JSON", problem.title());
    assertEquals(400, problem.status());
    assertEquals(e.problem(), problem.detail());
    assertEquals(Optional.of("/objectives/0/title"), problem.pointer());
    assertEquals(OptionalInt.of(14), problem.line());
    assertEquals(OptionalInt.of(7), problem.column());
  }

  @Test
  void contentAfterTheDocumentAnEmptyDocumentAndNaNAreMalformed() {
    assertEquals("{\"type\":\"https://alignkit.dev/problems/malformed-json\",\"title\":\"Malformed JSON\","
        + "\"status\":400,\"detail\":\"unexpected content after the end of the document\",\"pointer\":\"\","
        + "\"line\":57,\"column\":1}", ProblemDetails.of(failure(BASE + "{}")).toJson());
    AlignkitJsonException empty = failure("  ");
    assertEquals(Kind.MALFORMED_JSON, empty.kind());
    assertEquals("the document is empty", ProblemDetails.of(empty).detail());
    AlignkitJsonException nan = failure(base("\"value\": 38", "\"value\": NaN"));
    assertEquals(Kind.MALFORMED_JSON, nan.kind());
    assertEquals(400, ProblemDetails.of(nan).status());
  }

  @Test
  void aRepeatedFieldIsMalformedWhicheverMapperFindsIt() {
    String repeated = base("\"teamId\": \"support\"", "\"name\": \"Maya\"");
    String expected = "{\"type\":\"https://alignkit.dev/problems/malformed-json\",\"title\":\"Malformed JSON\","
        + "\"status\":400,\"detail\":\"duplicate field \\\"name\\\"\",\"pointer\":\"/people/0/name\",\"line\":4,"
        + "\"column\":41}";
    assertEquals(expected, ProblemDetails.of(failure(repeated)).toJson());
    ObjectMapper plain = new ObjectMapper().registerModule(new AlignkitModule());
    AlignkitJsonException fromPlain = assertThrows(AlignkitJsonException.class,
        () -> plain.readValue(repeated, OrganizationSnapshot.class));
    assertEquals(expected, ProblemDetails.of(fromPlain).toJson());
    AlignkitJsonException inAttribute = failure(base("\"teamId\": \"support\"", "\"x-v\": {\"a\": 1, \"a\": 2}"));
    assertEquals(Kind.MALFORMED_JSON, inAttribute.kind());
  }

  @Test
  void aDocumentOverALimitIsContentTooLarge() {
    AlignkitJsonException e = assertThrows(AlignkitJsonException.class,
        () -> AlignkitJson.withLimits(JsonLimits.defaults().withMaxNestingDepth(5)).fromJson(BASE));
    assertEquals(Kind.LIMIT_EXCEEDED, e.kind());
    ProblemDetails problem = ProblemDetails.of(e);
    assertEquals(URI.create("https://alignkit.dev/problems/limit-exceeded"), problem.type());
    assertEquals("Document over a limit", problem.title());
    assertEquals(413, problem.status());
    assertEquals("nesting depth 6 exceeds the limit maxNestingDepth 5", problem.detail());
    assertEquals(Optional.of("/objectives/0/keyResults/0/checkIns"), problem.pointer());
    assertEquals(OptionalInt.of(e.line()), problem.line());
    AlignkitJsonException length = assertThrows(AlignkitJsonException.class,
        () -> AlignkitJson.withLimits(JsonLimits.defaults().withMaxDocumentLength(1000))
            .read(new ByteArrayInputStream(BASE.getBytes(StandardCharsets.UTF_8))));
    assertEquals(413, ProblemDetails.of(length).status());
    AlignkitJsonException string = assertThrows(AlignkitJsonException.class,
        () -> AlignkitJson.withLimits(JsonLimits.defaults().withMaxStringLength(20)).fromJson(BASE));
    assertEquals(Kind.LIMIT_EXCEEDED, string.kind());
  }

  @Test
  void anotherFormatVersionIsUnsupported() {
    AlignkitJsonException e = failure(base("\"formatVersion\": 3", "\"formatVersion\": 4"));
    assertEquals(Kind.UNSUPPORTED_VERSION, e.kind());
    assertEquals("{\"type\":\"https://alignkit.dev/problems/unsupported-version\","
        + "\"title\":\"Unsupported format version\",\"status\":422,"
        + "\"detail\":\"unsupported formatVersion 4: this reader reads formatVersion 1, 2 and 3\","
        + "\"pointer\":\"/formatVersion\",\"line\":2,\"column\":20}", ProblemDetails.of(e).toJson());
    assertEquals(Kind.UNSUPPORTED_VERSION, failure(base("\"formatVersion\": 3", "\"formatVersion\": \"3\"")).kind());
  }

  @Test
  void aFileThatCannotBeReadIsAServerFailureThatNamesNoPath(@TempDir Path dir) {
    Path missing = dir.resolve("secret-organization.json");
    AlignkitJsonException e = assertThrows(AlignkitJsonException.class, () -> AlignkitJson.read(missing));
    assertEquals(Kind.IO_FAILURE, e.kind());
    ProblemDetails problem = ProblemDetails.of(e);
    assertEquals("{\"type\":\"https://alignkit.dev/problems/io-failure\",\"title\":\"Input or output failure\","
        + "\"status\":500,\"detail\":\"the server could not read or write a document\"}", problem.toJson());
    assertEquals(Optional.empty(), problem.pointer());
    assertFalse(problem.toJson().contains("secret"), problem.toJson());
  }

  @Test
  void aValueThatCannotBeWrittenIsAServerFailureThatNamesNoData() {
    OrganizationSnapshot snapshot = OrganizationSnapshot.builder()
        .addPerson(Person.builder().id("maya").name("Maya").putAttribute("teamId", "\"secret-team\"").build())
        .build();
    AlignkitJsonException e = assertThrows(AlignkitJsonException.class, () -> AlignkitJson.toJson(snapshot));
    assertEquals(Kind.NOT_WRITABLE, e.kind());
    assertEquals("{\"type\":\"https://alignkit.dev/problems/not-writable\",\"title\":\"Value not writable as JSON\","
        + "\"status\":500,\"detail\":\"the server could not write a value as JSON\"}", ProblemDetails.of(e).toJson());
    OrganizationSnapshot notOneValue = OrganizationSnapshot.builder()
        .addPerson(Person.builder().id("maya").name("Maya").putAttribute("x-a", "{\"oops\"").build()).build();
    assertEquals(Kind.NOT_WRITABLE, assertThrows(AlignkitJsonException.class,
        () -> AlignkitJson.toJson(notOneValue)).kind());
  }

  /**
   * Four errors and, first in report order, a warning: three people whose managers do not exist,
   * cleo's finding waived, and ben's objective without a cycle, key results or alignment.
   */
  private static Report reportWithErrorsAWarningAndAWaiver() {
    OrganizationSnapshot snapshot = OrganizationSnapshot.builder()
        .addPerson(Person.builder().id("ana").name("Ana").managerId("nobody").build())
        .addPerson(Person.builder().id("ben").name("Ben").managerId("ghost").build())
        .addPerson(Person.builder().id("cleo").name("Cleo").managerId("gone").build())
        .addObjective(Objective.builder().id("o-1").title("Grow").owner(Owner.person("ben")).build())
        .addWaiver(Waiver.of("org.person.unknown-manager", "cleo", "Manager joins in September", "hr",
            LocalDate.of(2026, 9, 30)))
        .build();
    return Validator.defaults().validate(snapshot, AS_OF);
  }

  @Test
  void aFailedValidationIsUnprocessableWithTheCodeAndPathOfEachError() {
    Report report = reportWithErrorsAWarningAndAWaiver();
    assertEquals(1, report.waived().size());
    assertEquals(Severity.WARNING, report.findings().get(0).severity());
    ProblemDetails problem = ProblemDetails.of(report);
    assertEquals(URI.create("https://alignkit.dev/problems/validation-failed"), problem.type());
    assertEquals("Validation failed", problem.title());
    assertEquals(422, problem.status());
    assertEquals("validation as of 2026-08-15 found 4 errors", problem.detail());
    assertEquals(Optional.of(AS_OF), problem.asOf());
    assertEquals(report.ofSeverity(Severity.ERROR), problem.errors());
    assertEquals(Optional.empty(), problem.pointer());
    assertEquals(OptionalInt.empty(), problem.line());
    assertEquals("{\"type\":\"https://alignkit.dev/problems/validation-failed\",\"title\":\"Validation failed\","
        + "\"status\":422,\"detail\":\"validation as of 2026-08-15 found 4 errors\",\"asOf\":\"2026-08-15\","
        + "\"errors\":[{\"code\":\"okr.objective.no-cycle\",\"path\":\"objectives[o-1].cycleId\"},"
        + "{\"code\":\"okr.objective.no-key-results\",\"path\":\"objectives[o-1].keyResults\"},"
        + "{\"code\":\"org.person.unknown-manager\",\"path\":\"people[ana].managerId\"},"
        + "{\"code\":\"org.person.unknown-manager\",\"path\":\"people[ben].managerId\"}]}", problem.toJson());
  }

  @Test
  void oneErrorIsCountedInTheSingular() {
    Report report = Validator.defaults().validate(OrganizationSnapshot.builder()
        .addPerson(Person.builder().id("ana").name("Ana").managerId("nobody").build()).build(), AS_OF);
    assertEquals("validation as of 2026-08-15 found 1 error", ProblemDetails.of(report).detail());
  }

  @Test
  void aValidReportIsNoProblem() {
    Report valid = Validator.defaults().validate(
        OrganizationSnapshot.builder().addPerson(Person.of("ana", "Ana")).build(), AS_OF);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProblemDetails.of(valid));
    assertEquals("report must have an error to be a problem: it is valid as of 2026-08-15", e.getMessage());
  }

  @Test
  void anInstanceComesAfterTheDetailAndLeavesTheOriginalAsItWas() {
    ProblemDetails problem = ProblemDetails.of(failure(base("\"formatVersion\": 3", "\"formatVersion\": 4")));
    ProblemDetails at = problem.withInstance(URI.create("/organizations/acme/validate"));
    assertEquals(Optional.of(URI.create("/organizations/acme/validate")), at.instance());
    assertEquals(Optional.empty(), problem.instance());
    assertEquals("{\"type\":\"https://alignkit.dev/problems/unsupported-version\","
        + "\"title\":\"Unsupported format version\",\"status\":422,"
        + "\"detail\":\"unsupported formatVersion 4: this reader reads formatVersion 1, 2 and 3\","
        + "\"instance\":\"/organizations/acme/validate\","
        + "\"pointer\":\"/formatVersion\",\"line\":2,\"column\":20}", at.toJson());
    assertNotEquals(problem, at);
    assertEquals(at, problem.withInstance(URI.create("/organizations/acme/validate")));
    assertEquals(at.hashCode(), problem.withInstance(URI.create("/organizations/acme/validate")).hashCode());
    assertEquals(at.toJson(), at.toString());
  }

  @Test
  void textIsEscapedAsJacksonEscapesIt() throws Exception {
    String problem = "field \"na\\me\" \b\t\n\f\r \u0000\u0001\u001f\u007f é 😀 </script>";
    ProblemDetails details = ProblemDetails.of(new AlignkitJsonException(Kind.INVALID_VALUE, "/a~1b", 3, 7,
        problem, null));
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode expected = mapper.createObjectNode()
        .put("type", "https://alignkit.dev/problems/invalid-value")
        .put("title", details.title())
        .put("status", 422)
        .put("detail", details.detail())
        .put("pointer", "/a~1b")
        .put("line", 3)
        .put("column", 7);
    assertEquals(mapper.writeValueAsString(expected), details.toJson());
    assertEquals(expected, mapper.readTree(details.toJson()));
  }

  @Property(examples = 500)
  void everyStringIsWrittenAsJacksonWritesIt(Theory theory) {
    ObjectMapper mapper = new ObjectMapper();
    theory.forAll(strings().allPossible().ofLengthBetween(0, 40)).check(text -> {
      ProblemDetails details = ProblemDetails.of(new AlignkitJsonException(Kind.MALFORMED_JSON, text, 1, 1,
          text, null));
      ObjectNode expected = mapper.createObjectNode()
          .put("type", "https://alignkit.dev/problems/malformed-json")
          .put("title", details.title())
          .put("status", 400)
          .put("detail", details.detail())
          .put("pointer", text)
          .put("line", 1)
          .put("column", 1);
      try {
        assertEquals(mapper.writeValueAsString(expected), details.toJson());
      } catch (JsonProcessingException e) {
        throw new AssertionError(e);
      }
    });
  }

  private static JsonLinesResult readLines(String lines, JsonLimits limits) {
    return JsonLinesReader.readSnapshot(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), limits,
        ErrorMode.COLLECT_AND_CONTINUE);
  }

  @Test
  void aBadJsonLineIsPlacedOnItsLineOfTheFile() {
    String lines = "{\"formatVersion\": 3}\n\n{\"person\": {\"id\": \"ana\", \"name\": \"Ana\", \"name\": \"A\"}}\n"
        + "{\"person\": {\"id\": \"ben\", \"name\": \"" + "B".repeat(200) + "\"}}\n";
    List<AlignkitJsonException> errors = readLines(lines, JsonLimits.defaults().withMaxLineLength(100)).errors();
    assertEquals(2, errors.size());
    assertEquals("{\"type\":\"https://alignkit.dev/problems/malformed-json\",\"title\":\"Malformed JSON\","
        + "\"status\":400,\"detail\":\"duplicate field \\\"name\\\"\",\"pointer\":\"/person/name\",\"line\":3,"
        + "\"column\":41}", ProblemDetails.of(errors.get(0)).toJson());
    assertEquals("{\"type\":\"https://alignkit.dev/problems/limit-exceeded\",\"title\":\"Document over a limit\","
        + "\"status\":413,\"detail\":\"line length exceeds the limit maxLineLength 100\",\"pointer\":\"\","
        + "\"line\":4,\"column\":1}", ProblemDetails.of(errors.get(1)).toJson());
  }
}
