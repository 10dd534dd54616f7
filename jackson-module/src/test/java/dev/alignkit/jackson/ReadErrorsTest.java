package dev.alignkit.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.json.AlignkitJsonException;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of bad document fails with one {@link AlignkitJsonException} at the exact JSON Pointer,
 * line and column of the value to fix. The documents are {@code base.json} with one change; the
 * expected positions are those of the changed value in that file.
 */
class ReadErrorsTest {
  private static final Binding BINDING = Binding.current();

  static final String BASE = resource("base.json");

  static String resource(String name) {
    try (InputStream in = ReadErrorsTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code BASE} with the one occurrence of {@code from} replaced. */
  static String base(String from, String to) {
    assertEquals(BASE.indexOf(from), BASE.lastIndexOf(from), "occurs once: " + from);
    assertTrue(BASE.contains(from), from);
    return BASE.replace(from, to);
  }

  static AlignkitJsonException failure(String json) {
    return assertThrows(AlignkitJsonException.class, () -> BINDING.fromJson(json));
  }

  static void assertAt(AlignkitJsonException e, String pointer, int line, int column, String problem) {
    assertEquals(pointer, e.pointer(), e.getMessage());
    assertEquals(line, e.line(), e.getMessage());
    assertEquals(column, e.column(), e.getMessage());
    assertEquals(problem, e.problem(), e.getMessage());
  }

  @Test
  void theBaseDocumentReads() {
    OrganizationSnapshot snapshot = BINDING.fromJson(BASE);
    assertEquals(2, snapshot.objectives().size());
    assertEquals(4, snapshot.ladders().get(0).levels().get(1).expectations().get(0).required());
  }

  @Test
  void aValueTheModelRejectsPointsAtThatFieldAndKeepsTheModelsWords() {
    AlignkitJsonException e = failure(base("\"confidence\": 0.8", "\"confidence\": 1.4"));
    assertEquals("/objectives/0/keyResults/0/checkIns/0/confidence: confidence must be within [0, 1]: 1.4"
        + " (line 24, column 63)", e.getMessage());
    assertAt(e, "/objectives/0/keyResults/0/checkIns/0/confidence", 24, 63, "confidence must be within [0, 1]: 1.4");
  }

  @Test
  void aCycleEndingBeforeItStartsPointsAtTheEnd() {
    assertAt(failure(base("\"endInclusive\": \"2026-09-30\"", "\"endInclusive\": \"2026-06-30\"")),
        "/cycles/0/endInclusive", 8, 90, "endInclusive 2026-06-30 is before startInclusive 2026-07-01");
  }

  /** {@code BASE} with one waiver of kr-1's stale check-ins, on the line of {@code "cycles"} (line 7), with {@code dates}. */
  static String withWaiver(String dates) {
    return base("\"cycles\": [", "\"waivers\": [{\"code\": \"okr.check-in.stale\", \"subjectId\": \"kr-1\","
        + " \"reason\": \"Survey paused\", " + dates + "}], \"cycles\": [");
  }

  @Test
  void aWaiverEndingBeforeItWasGrantedPointsAtTheEnd() {
    assertAt(failure(withWaiver("\"grantedOn\": \"2026-09-01\", \"untilInclusive\": \"2026-08-31\"")),
        "/waivers/0/untilInclusive", 7, 139, "untilInclusive 2026-08-31 is before grantedOn 2026-09-01");
  }

  @Test
  void aBlankIdPointsAtTheId() {
    assertAt(failure(base("{\"id\": \"lena\"", "{\"id\": \" \"")), "/people/1/id", 5, 12,
        "person id must not be blank: ' '");
  }

  @Test
  void anIdWithAControlOrFormatCharacterPointsAtTheIdAndShowsItEscaped() {
    assertAt(failure(base("{\"id\": \"lena\"", "{\"id\": \"le\\u001B[2Jna\"")), "/people/1/id", 5, 12,
        "person id must not contain a control character (\\u001B): 'le\\u001B[2Jna'");
    assertAt(failure(base("\"cycleId\": \"2026-Q3\",\n      \"keyResults\"",
        "\"cycleId\": \"2026-Q3\\u200B\",\n      \"keyResults\"")), "/objectives/0/cycleId",
        15, 18, "cycleId must not contain a format character (\\u200B): '2026-Q3\\u200B'");
  }

  @Test
  void anIdOfNonBreakingSpacesOnlyIsBlank() {
    assertAt(failure(base("{\"id\": \"lena\"", "{\"id\": \"\\u00A0\\u00A0\"")), "/people/1/id", 5, 12,
        "person id must not be blank: '\\u00A0\\u00A0'");
  }

  @Test
  void aRuleOfTheModelAboutAMissingFieldPointsAtTheObject() {
    assertAt(failure(base("{\"kind\": \"PERSON\", \"id\": \"maya\"}", "{\"kind\": \"TEAM\"}")),
        "/objectives/1/owner", 32, 16, "owner id must be set for TEAM: empty");
  }

  @Test
  void aValueOfTheWrongJsonTypeNamesTheTypeExpectedAndFound() {
    assertAt(failure(base("\"value\": 38", "\"value\": \"38\"")),
        "/objectives/0/keyResults/0/checkIns/0/value", 24, 45, "expected a number, got a string \"38\"");
  }

  @Test
  void aFractionWhereAWholeNumberBelongsIsRejected() {
    assertAt(failure(base("\"rank\": 2,", "\"rank\": 2.5,")), "/ladders/0/levels/0/rank", 51, 46,
        "expected a whole number, got a number 2.5");
  }

  @Test
  void aNumberBeyondTheRangeOfADoubleIsRejected() {
    assertAt(failure(base("\"start\": 32", "\"start\": 1e400")), "/objectives/0/keyResults/0/start", 21, 20,
        "number 1e400 is too large: it must be a finite double");
  }

  @Test
  void anUnknownEnumNameListsTheKnownOnes() {
    assertAt(failure(base("\"kind\": \"INCREASE\"", "\"kind\": \"GROW\"")), "/objectives/0/keyResults/0/kind", 20, 19,
        "expected one of INCREASE, DECREASE, STAY_AT_LEAST, STAY_AT_MOST, ACHIEVE, ORDINAL, ROLLUP, got a string \"GROW\"");
  }

  @Test
  void aRollupKeyResultWithCheckInsPointsAtTheCheckIns() {
    AlignkitJsonException e = failure(base("\"kind\": \"INCREASE\"", "\"kind\": \"ROLLUP\""));
    assertAt(e, "/objectives/0/keyResults/0/checkIns", 23, 23,
        "checkIns must be empty on a ROLLUP key result, which its contributors measure: 1 given");
    assertEquals("/objectives/0/keyResults/0/checkIns: checkIns must be empty on a ROLLUP key result, which its"
        + " contributors measure: 1 given (line 23, column 23)", e.getMessage());
  }

  @Test
  void anUnknownParentKindListsTheKnownOnes() {
    assertAt(failure(base("\"kind\": \"CONTRIBUTES\"", "\"parentKind\": \"TEAM\", \"kind\": \"CONTRIBUTES\"")),
        "/objectives/1/alignments/0/parentKind", 34, 56, "expected one of OBJECTIVE, KEY_RESULT, got a string \"TEAM\"");
  }

  @Test
  void anUnknownOutcomeListsTheKnownOnes() {
    AlignkitJsonException e = failure(base("\"owner\": {\"kind\": \"ORGANIZATION\"},",
        "\"owner\": {\"kind\": \"ORGANIZATION\"}, \"outcome\": \"FAILED\","));
    assertEquals("/objectives/0/outcome: expected one of ACHIEVED, PARTIAL, MISSED, got a string \"FAILED\""
        + " (line 14, column 53)", e.getMessage());
    assertAt(e, "/objectives/0/outcome", 14, 53, "expected one of ACHIEVED, PARTIAL, MISSED, got a string \"FAILED\"");
  }

  @Test
  void aRetrospectiveThatIsNoStringPointsAtIt() {
    assertAt(failure(base("\"owner\": {\"kind\": \"ORGANIZATION\"},",
        "\"owner\": {\"kind\": \"ORGANIZATION\"}, \"retrospective\": [\"a\"],")),
        "/objectives/0/retrospective", 14, 59, "expected a string, got an array");
  }

  @Test
  void aDateThatIsNotIsoShowsTheExpectedForm() {
    assertAt(failure(base("\"2026-08-10\"", "\"2026-8-10\"")), "/objectives/0/keyResults/0/checkIns/0/date", 24, 22,
        "expected an ISO-8601 date such as \"2026-07-01\", got a string \"2026-8-10\"");
  }

  @Test
  void aMissingRequiredFieldIsNamedAtItsObject() {
    assertAt(failure(base("\"name\": \"Maya Chen\", ", "")), "/people/0", 4, 5, "missing required field name");
  }

  @Test
  void nullForARequiredFieldIsRejected() {
    assertAt(failure(base("\"name\": \"Maya Chen\"", "\"name\": null")), "/people/0/name", 4, 28,
        "required field name must not be null");
  }

  @Test
  void nullForAnOptionalFieldMeansAbsent() {
    OrganizationSnapshot snapshot = BINDING.fromJson(base("\"teamId\": \"support\"", "\"teamId\": null"));
    assertTrue(snapshot.person("maya").orElseThrow().teamId().isEmpty());
    assertTrue(snapshot.person("maya").orElseThrow().attributes().isEmpty());
  }

  @Test
  void aDuplicateObjectiveIdPointsAtTheSecondAndNamesTheFirst() {
    assertAt(failure(base("\"id\": \"o-2\"", "\"id\": \"o-1\"")), "/objectives/1", 29, 5,
        "duplicate objective id 'o-1', first used at /objectives/0");
  }

  @Test
  void aKeyResultIdRepeatedInAnotherObjectivePointsIntoThatObjective() {
    assertAt(failure(base("\"id\": \"kr-2\"", "\"id\": \"kr-1\"")), "/objectives/1/keyResults/0", 36, 9,
        "duplicate key result id 'kr-1', first used at /objectives/0/keyResults/0");
  }

  @Test
  void aLevelIdRepeatedInALadderPointsAtTheRepeat() {
    assertAt(failure(base("{\"id\": \"CS3\"", "{\"id\": \"CS2\"")), "/ladders/0/levels/1", 52, 9,
        "duplicate level id 'CS2', first used at /ladders/0/levels/0");
  }

  @Test
  void aProficiencyOffTheScalePointsAtTheRequirement() {
    assertAt(failure(base("\"required\": 4", "\"required\": 7")), "/ladders/0/levels/1/expectations/0/required",
        52, 101, "required 7.0 is outside the scale [1, 5]");
  }

  @Test
  void anotherFormatVersionIsRejected() {
    assertAt(failure(base("\"formatVersion\": 3", "\"formatVersion\": 4")), "/formatVersion", 2, 20,
        "unsupported formatVersion 4: this reader reads formatVersion 1, 2 and 3");
    assertAt(failure(base("\"formatVersion\": 3", "\"formatVersion\": 0")), "/formatVersion", 2, 20,
        "unsupported formatVersion 0: this reader reads formatVersion 1, 2 and 3");
  }

  @Test
  void aDocumentWithoutFormatVersionIsRejected() {
    AlignkitJsonException e = failure(base("  \"formatVersion\": 3,\n", ""));
    assertAt(e, "", 1, 1, "missing required field formatVersion");
    assertEquals("missing required field formatVersion (line 1, column 1)", e.getMessage());
  }

  @Test
  void malformedJsonIsReportedWhereTheParserStopped() {
    AlignkitJsonException e = failure(base("\"title\": \"Customers recommend us\",", "\"title\": \"Customers recommend us\""));
    assertEquals("/objectives/0/title", e.pointer());
    assertEquals(14, e.line());
    assertEquals(7, e.column());
    assertTrue(e.problem().startsWith("invalid JSON: Unexpected character ('\"' (code 34)): was expecting comma"),
        e.problem());
  }

  @Test
  void aRepeatedFieldIsRejectedAtItsSecondName() {
    assertAt(failure(base("\"teamId\": \"support\"", "\"name\": \"Maya\"")), "/people/0/name", 4, 41,
        "duplicate field \"name\"");
  }

  @Test
  void aRepeatedFieldIsRejectedEvenByAMapperWithoutStrictDuplicateDetection() {
    AlignkitJsonException e = assertThrows(AlignkitJsonException.class, () -> BINDING.readWithModuleOnly(
        base("\"teamId\": \"support\"", "\"name\": \"Maya\""), OrganizationSnapshot.class));
    assertAt(e, "/people/0/name", 4, 41, "duplicate field \"name\"");
  }

  @Test
  void contentAfterTheDocumentIsRejected() {
    assertAt(failure(BASE + "{}"), "", 57, 1, "unexpected content after the end of the document");
  }

  @Test
  void anEmptyDocumentIsRejected() {
    AlignkitJsonException e = failure("  ");
    assertEquals("the document is empty", e.problem());
    assertEquals("", e.pointer());
  }

  @Test
  void aDocumentThatIsNotAnObjectIsRejected() {
    assertAt(failure("[]"), "", 1, 1, "expected an object (organization snapshot), got an array");
  }

  /** {@code json} read by the binding's {@code fromJson}, {@code read(InputStream)} and {@code read(Path)}. */
  private static List<AlignkitJsonException> failuresOfEveryReadMethod(String json, Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("document.json"), json, StandardCharsets.UTF_8);
    return List.of(failure(json),
        assertThrows(AlignkitJsonException.class,
            () -> BINDING.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))),
        assertThrows(AlignkitJsonException.class, () -> BINDING.read(file)));
  }

  @Test
  void aDocumentThatIsJustNullIsRejectedAtTheRootByEveryReadMethod(@TempDir Path dir) throws IOException {
    for (AlignkitJsonException e : failuresOfEveryReadMethod("\n  null\n", dir)) {
      assertAt(e, "", 2, 3, "expected an object (organization snapshot), got null");
    }
  }

  @Test
  void aDocumentThatIsAScalarOrAnArrayIsRejectedAtTheRootByEveryReadMethod(@TempDir Path dir) throws IOException {
    Map<String, String> found = Map.of("42", "a number 42", "-0.5", "a number -0.5", "\"{}\"", "a string \"{}\"",
        "true", "true", "false", "false", "[{}]", "an array", "[null]", "an array");
    for (Map.Entry<String, String> root : found.entrySet()) {
      for (AlignkitJsonException e : failuresOfEveryReadMethod(root.getKey(), dir)) {
        assertAt(e, "", 1, 1, "expected an object (organization snapshot), got " + root.getValue());
      }
    }
  }

  @Test
  void aMapperWithTheModuleRefusesNullForAWholeValueButKeepsANullField() throws IOException {
    Binding.Reader mapper = BINDING.reader();
    assertAt(assertThrows(AlignkitJsonException.class, () -> mapper.readWithMapper("null", OrganizationSnapshot.class)),
        "", 1, 1, "expected an object (organization snapshot), got null");
    assertAt(assertThrows(AlignkitJsonException.class, () -> mapper.readWithMapper(" null", Person.class)),
        "", 1, 2, "expected an object (person), got null");
    // Inside a caller's own type, a null person is that type's business, as Jackson has it.
    assertEquals(Arrays.asList(Person.of("p-1", "Ada"), null),
        BINDING.readPeopleWithFacadeMapper("[{\"id\": \"p-1\", \"name\": \"Ada\"}, null]"));
  }

  @Test
  void aBlankFieldNameIsRejectedWhereTheModelRefusesBlankAttributeNames() {
    assertAt(failure("{\"formatVersion\": 1,\n \"people\": [{\"id\": \"maya\", \"name\": \"Maya\", \"\": 1}]}"),
        "/people/0/", 2, 48, "field names must not be blank: \"\"");
  }

  @Test
  void aBlankFieldNameInAnAlignmentPointsAtItsValue() {
    assertAt(failure(base("\"weight\": 1}", "\"weight\": 1, \" \": 2}")),
        "/objectives/1/alignments/0/ ", 34, 83, "field names must not be blank: \" \"");
  }

  @Test
  void aBlankFieldNameInAnOwnerPointsAtItsValue() {
    assertAt(failure(base("\"id\": \"maya\"}", "\"id\": \"maya\", \" \": 2}")),
        "/objectives/1/owner/ ", 32, 54, "field names must not be blank: \" \"");
  }

  @Test
  void aBlankFieldNameInAnExpectationPointsAtItsValue() {
    assertAt(failure(base("\"required\": 4}", "\"required\": 4, \"\": 2}")),
        "/ladders/0/levels/1/expectations/0/", 52, 108, "field names must not be blank: \"\"");
  }

  @Test
  void aBlankFieldNameInTheScaleOrTheCatalogPointsAtItsValue() {
    assertAt(failure(base("\"max\": 5}", "\"max\": 5, \" \": 2}")),
        "/skillCatalog/scale/ ", 44, 40, "field names must not be blank: \" \"");
    assertAt(failure(base("\"scale\": {", "\" \": 2, \"scale\": {")),
        "/skillCatalog/ ", 44, 10, "field names must not be blank: \" \"");
  }

  @Test
  void aBlankFieldNameOnTheSnapshotPointsAtItsValue() {
    assertAt(failure(base("\"formatVersion\": 3,", "\"formatVersion\": 3, \" \": 2,")),
        "/ ", 2, 28, "field names must not be blank: \" \"");
  }

  @Test
  void aSkillIdRepeatedInTheCatalogPointsAtTheRepeat() {
    assertAt(failure("{\"formatVersion\": 1,\n \"people\": [],\n \"skillCatalog\": {\"skills\": ["
            + "{\"id\": \"go\", \"name\": \"Go\", \"family\": \"tech\"}, {\"id\": \"go\", \"name\": \"Golang\", \"family\": \"tech\"}]}}"),
        "/skillCatalog/skills/1", 3, 76, "duplicate skill id 'go', first used at /skillCatalog/skills/0");
  }

  @Test
  void anAssessmentOffTheScalePointsAtItsProficiency() {
    assertAt(failure("{\"formatVersion\": 1,\n \"profiles\": [{\"personId\": \"maya\", \"assessments\": ["
            + "{\"skillId\": \"go\", \"proficiency\": 3, \"date\": \"2026-06-01\"}, "
            + "{\"skillId\": \"java\", \"proficiency\": 9, \"date\": \"2026-06-01\"}]}]}"),
        "/profiles/0/assessments/1/proficiency", 2, 146, "proficiency 9.0 on 2026-06-01 is outside the scale [1, 5]");
  }

  @Test
  void aMeasureIdRepeatedInAnotherPlanPointsIntoThatPlan() {
    assertAt(failure("{\"formatVersion\": 1,\n \"plans\": [{\"id\": \"p-1\", \"personId\": \"maya\", \"cycleId\": \"c\","
            + " \"goals\": [{\"id\": \"g-1\", \"statement\": \"s\", \"measures\": [{\"id\": \"m-1\", \"title\": \"t\"}]}]},\n"
            + "           {\"id\": \"p-2\", \"personId\": \"lena\", \"cycleId\": \"c\", \"goals\": [{\"id\": \"g-2\","
            + " \"statement\": \"s\", \"measures\": [{\"id\": \"m-2\", \"title\": \"t\"}, {\"id\": \"m-1\", \"title\": \"t\"}]}]}]}"),
        "/plans/1/goals/0/measures/1", 3, 146, "duplicate development measure id 'm-1', first used at /plans/0/goals/0/measures/0");
  }

  @Test
  void aMissingFileIsReportedWithItsPath() {
    Path missing = Path.of("target", "no-such-organization.json");
    AlignkitJsonException e = assertThrows(AlignkitJsonException.class, () -> BINDING.read(missing));
    assertEquals("cannot read " + missing + ": no such file", e.getMessage());
    assertEquals(-1, e.line());
  }
}
