package dev.alignkit.jackson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.career.Assessment;
import dev.alignkit.career.SkillProfile;
import dev.alignkit.development.CareerVision;
import dev.alignkit.json.AlignkitJsonException;
import dev.alignkit.json.ErrorMode;
import dev.alignkit.json.JsonLimits;
import dev.alignkit.json.JsonLinesResult;
import dev.alignkit.json.PersonBundle;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.Owner;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.org.Team;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON Lines: the organization line, a line per team, a line per person; errors name their line. */
class JsonLinesTest {
  private static final Binding BINDING = Binding.current();
  private static final Path DATA = Path.of("..", "examples", "data");
  private static final LocalDate DAY = LocalDate.of(2026, 7, 1);

  private static Objective objective(String id, Owner owner) {
    return Objective.builder().id(id).title("Objective " + id).owner(owner).cycleId("q3")
        .addKeyResult(KeyResult.increase("kr-" + id, "Result " + id, 0, 10, "things")).build();
  }

  /** An organization with something in every place a line can hold, and one vision of nobody. */
  static OrganizationSnapshot organization() {
    return OrganizationSnapshot.builder()
        .addCycle(Cycle.of("q3", "2026-Q3", DAY, LocalDate.of(2026, 9, 30)))
        .addTeams(Team.of("support", "Support"), Team.of("sales", "Sales"))
        .addPeople(Person.builder().id("maya").name("Maya").teamId("support").putAttribute("x-hris", "\"E-1\"").build(),
            Person.of("lena", "Lena"), Person.of("omar", "Omar"))
        .addObjectives(objective("o-org", Owner.organization()), objective("o-maya", Owner.person("maya")),
            objective("o-support", Owner.team("support")), objective("o-lena", Owner.person("lena")),
            objective("o-ghost", Owner.person("ghost")), objective("o-maya-2", Owner.person("maya")))
        .addProfile(SkillProfile.of("maya", List.of(Assessment.builder().skillId("empathy").proficiency(3).date(DAY)
            .build())))
        .addVisions(CareerVision.builder().id("v-lena").personId("lena").build(),
            CareerVision.builder().id("v-ghost").personId("ghost").build())
        .putAttribute("exportedBy", "\"test\"")
        .build();
  }

  static byte[] write(OrganizationSnapshot snapshot) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Binding.LinesWriter writer = BINDING.linesWriter(out)) {
      writer.writeSnapshot(snapshot);
    }
    return out.toByteArray();
  }

  static JsonLinesResult read(String lines, ErrorMode mode) {
    return BINDING.readLines(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)),
        JsonLimits.defaults(), mode);
  }

  private static List<String> lines(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8).lines().collect(Collectors.toList());
  }

  /** The lines of {@link #organization()} with line {@code number} (1-based) replaced. */
  private static String withLine(int number, String line) {
    List<String> lines = new java.util.ArrayList<>(lines(write(organization())));
    lines.set(number - 1, line);
    return String.join("\n", lines) + "\n";
  }

  @Test
  void eachTeamAndPersonHasALineAndTheRestIsOnTheFirst() {
    List<String> lines = lines(write(organization()));
    assertEquals(6, lines.size());
    assertEquals("{\"formatVersion\":3,\"cycles\":[{\"id\":\"q3\",\"name\":\"2026-Q3\",\"startInclusive\":\"2026-07-01\","
        + "\"endInclusive\":\"2026-09-30\",\"status\":\"ACTIVE\"}],\"objectives\":[" + objectiveJson("o-org", "ORGANIZATION", null)
        + "," + objectiveJson("o-ghost", "PERSON", "ghost") + "],\"skillCatalog\":{\"scale\":{\"min\":1,\"max\":5,"
        + "\"names\":[\"Novice\",\"Advanced beginner\",\"Competent\",\"Proficient\",\"Expert\"]}},"
        + "\"visions\":[{\"id\":\"v-ghost\",\"personId\":\"ghost\"}],\"exportedBy\":\"test\"}", lines.get(0));
    assertEquals("{\"team\":{\"id\":\"support\",\"name\":\"Support\"},\"objectives\":["
        + objectiveJson("o-support", "TEAM", "support") + "]}", lines.get(1));
    assertEquals("{\"team\":{\"id\":\"sales\",\"name\":\"Sales\"}}", lines.get(2));
    assertEquals("{\"person\":{\"id\":\"maya\",\"name\":\"Maya\",\"teamId\":\"support\",\"hrAdministrator\":false,"
        + "\"x-hris\":\"E-1\"},\"objectives\":[" + objectiveJson("o-maya", "PERSON", "maya") + ","
        + objectiveJson("o-maya-2", "PERSON", "maya") + "],\"profile\":{\"personId\":\"maya\",\"assessments\":"
        + "[{\"skillId\":\"empathy\",\"proficiency\":3.0,\"date\":\"2026-07-01\",\"source\":\"MANAGER\"}]}}", lines.get(3));
    assertEquals("{\"person\":{\"id\":\"lena\",\"name\":\"Lena\",\"hrAdministrator\":false},\"objectives\":["
        + objectiveJson("o-lena", "PERSON", "lena") + "],\"visions\":[{\"id\":\"v-lena\",\"personId\":\"lena\"}]}",
        lines.get(4));
    assertEquals("{\"person\":{\"id\":\"omar\",\"name\":\"Omar\",\"hrAdministrator\":false}}", lines.get(5));
  }

  private static String objectiveJson(String id, String kind, String ownerId) {
    return "{\"id\":\"" + id + "\",\"title\":\"Objective " + id + "\",\"owner\":{\"kind\":\"" + kind + "\""
        + (ownerId == null ? "" : ",\"id\":\"" + ownerId + "\"") + "},\"cycleId\":\"q3\",\"type\":\"COMMITTED\","
        + "\"status\":\"ACTIVE\",\"keyResults\":[{\"id\":\"kr-" + id + "\",\"title\":\"Result " + id + "\","
        + "\"kind\":\"INCREASE\",\"start\":0.0,\"target\":10.0,\"unit\":\"things\",\"weight\":1.0,\"status\":\"ACTIVE\"}]}";
  }

  @Test
  void aSnapshotInLineOrderComesBackEqualAndWritesTheSameBytes() {
    OrganizationSnapshot snapshot = LineOrder.of(organization());
    byte[] written = write(snapshot);
    JsonLinesResult result = BINDING.readLines(new ByteArrayInputStream(written), JsonLimits.defaults(),
        ErrorMode.STOP_AT_FIRST);
    assertEquals(snapshot, result.snapshot());
    assertTrue(result.isComplete());
    assertEquals(6, result.lines());
    assertArrayEquals(written, write(result.snapshot()));
  }

  @Test
  void anySnapshotComesBackInLineOrder() {
    OrganizationSnapshot snapshot = organization();
    assertEquals(LineOrder.of(snapshot), read(new String(write(snapshot), StandardCharsets.UTF_8),
        ErrorMode.STOP_AT_FIRST).snapshot());
  }

  @Test
  void theSamplesRoundTripThroughAFile(@TempDir Path dir) throws IOException {
    for (String name : List.of("small.json", "organization-40.json")) {
      OrganizationSnapshot snapshot = BINDING.read(DATA.resolve(name));
      Path file = dir.resolve(name + "l");
      BINDING.writeLines(snapshot, file);
      assertEquals(1 + snapshot.teams().size() + snapshot.people().size(), Files.readAllLines(file).size());
      JsonLinesResult result = BINDING.readLines(file, JsonLimits.defaults(), ErrorMode.STOP_AT_FIRST);
      assertEquals(LineOrder.of(snapshot), result.snapshot(), name);
      assertEquals(BINDING.toJson(LineOrder.of(snapshot)), BINDING.toJson(result.snapshot()), name);
    }
  }

  @Test
  void theStreamingReaderGivesTheOrganizationWithItsTeamsThenOnePersonAtATime() {
    byte[] written = write(organization());
    try (Binding.LinesReader reader = BINDING.linesReader(new ByteArrayInputStream(written), JsonLimits.defaults(),
        ErrorMode.STOP_AT_FIRST)) {
      OrganizationSnapshot organization = reader.organization();
      assertTrue(organization.people().isEmpty());
      assertEquals(List.of("support", "sales"), organization.teams().stream().map(Team::id).collect(Collectors.toList()));
      assertEquals(List.of("o-org", "o-ghost", "o-support"),
          organization.objectives().stream().map(Objective::id).collect(Collectors.toList()));
      assertEquals(4, reader.lineNumber(), "the first person line is read ahead");
      List<PersonBundle> people = reader.people().collect(Collectors.toList());
      assertEquals(List.of("maya", "lena", "omar"), people.stream().map(b -> b.person().id()).collect(Collectors.toList()));
      assertEquals(List.of("o-maya", "o-maya-2"),
          people.get(0).objectives().stream().map(Objective::id).collect(Collectors.toList()));
      assertTrue(people.get(0).profile().isPresent());
      assertEquals("v-lena", people.get(1).visions().get(0).id());
      assertEquals(PersonBundle.of(Person.of("omar", "Omar")), people.get(2));
      assertThrows(IllegalStateException.class, reader::people);
      assertTrue(reader.errors().isEmpty());
    }
  }

  @Test
  void aBadLine3StopsReadingWithItsLineNumber() {
    String lines = withLine(3, "{\"team\": {\"id\": \"sales\"}}");
    AlignkitJsonException e = assertThrows(AlignkitJsonException.class, () -> read(lines, ErrorMode.STOP_AT_FIRST));
    assertEquals(3, e.line());
    assertEquals("/team", e.pointer());
    assertEquals("/team: missing required field name (line 3, column 10)", e.getMessage());
    assertThrows(AlignkitJsonException.class, () -> BINDING.linesReader(new ByteArrayInputStream(
        lines.getBytes(StandardCharsets.UTF_8)), JsonLimits.defaults(), ErrorMode.STOP_AT_FIRST));
  }

  @Test
  void aBadPersonLineStopsTheStreamWithItsLineNumber() {
    String lines = withLine(5, "{\"person\": {\"id\": \"lena\", \"name\": \"Lena\"}, \"objectives\": 7}");
    try (Binding.LinesReader reader = BINDING.linesReader(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)),
        JsonLimits.defaults(), ErrorMode.STOP_AT_FIRST)) {
      List<String> seen = new java.util.ArrayList<>();
      AlignkitJsonException e = assertThrows(AlignkitJsonException.class,
          () -> reader.forEachPerson(bundle -> seen.add(bundle.person().id())));
      assertEquals(List.of("maya"), seen);
      assertEquals("/objectives: expected an array, got a number 7 (line 5, column 58)", e.getMessage());
    }
  }

  @Test
  void aBadLine3IsSkippedAndCollectedAndTheRestIsRead() {
    JsonLinesResult result = read(withLine(3, "{\"team\": {\"id\": \"sales\"}}"), ErrorMode.COLLECT_AND_CONTINUE);
    assertFalse(result.isComplete());
    assertEquals(1, result.errors().size());
    assertEquals(3, result.errors().get(0).line());
    assertEquals("missing required field name", result.errors().get(0).problem());
    assertEquals(List.of("support"), result.snapshot().teams().stream().map(Team::id).collect(Collectors.toList()));
    assertEquals(List.of("maya", "lena", "omar"),
        result.snapshot().people().stream().map(Person::id).collect(Collectors.toList()));
  }

  @Test
  void everyKindOfBadLineIsCollectedWithItsLineAndWhatIsWrong() {
    List<String> lines = new java.util.ArrayList<>(lines(write(organization())));
    lines.add("{\"person\": {\"id\": \"ada\", \"name\": \"Ada\"}, \"objectives\": [");
    lines.add("{\"person\": {\"id\": \"bo\", \"name\": \"Bo\"}, \"x-note\": 1}");
    lines.add("{\"person\": {\"id\": \"cy\", \"name\": \"Cy\"}, \"visions\": [{\"id\": \"v-9\", \"personId\": \"maya\"}]}");
    lines.add("{\"team\": {\"id\": \"late\", \"name\": \"Late\"}}");
    lines.add("{\"person\": {\"id\": \"maya\", \"name\": \"Maya again\"}}");
    lines.add("{\"person\": {\"id\": \"dee\", \"name\": \"Dee\"}, \"objectives\": [" + objectiveJson("o-lena", "PERSON", "dee") + "]}");
    lines.add("{\"person\": {\"id\": \"eve\", \"name\": \"Eve\"}} {}");
    lines.add("[1, 2]");
    lines.add("{\"person\": {\"id\": \"fay\", \"name\": \"Fay\"}, \"profile\": {\"personId\": \"fay\", \"assessments\": "
        + "[{\"skillId\": \"go\", \"proficiency\": 9, \"date\": \"2026-07-01\"}]}}");
    lines.add("{\"person\": {\"id\": \"gil\", \"name\": \"Gil\"}}");
    JsonLinesResult result = read(String.join("\n", lines), ErrorMode.COLLECT_AND_CONTINUE);
    List<String> errors = result.errors().stream().map(AlignkitJsonException::getMessage).collect(Collectors.toList());
    assertEquals(List.of(
        "/objectives: invalid JSON: Unexpected end-of-input: expected close marker for Array (line 7, column 57)",
        "/x-note: unknown field \"x-note\": a person line holds person, objectives, profile, plans, visions,"
            + " growSessions, a team line team and objectives (line 8, column 50)",
        "/visions/0/personId: the career vision is of person maya, not of this line's person cy (line 9, column 78)",
        "/team: a team line must come before the first person line (line 10, column 10)",
        "/person: duplicate person id 'maya', first used on line 4 (line 11, column 12)",
        "/objectives/0: duplicate objective id 'o-lena', first used on line 5 (line 12, column 57)",
        "unexpected content after the end of the line's value (line 13, column 42)",
        "expected an object (a team or person line), got an array (line 14, column 1)",
        "/profile/assessments/0/proficiency: proficiency 9.0 on 2026-07-01 is outside the scale [1, 5]"
            + " (line 15, column 122)"), errors);
    assertEquals(16, result.lines());
    assertEquals(List.of("maya", "lena", "omar", "gil"),
        result.snapshot().people().stream().map(Person::id).collect(Collectors.toList()));
  }

  @Test
  void aLineLongerThanTheLimitIsNeitherKeptNorParsed() {
    String lines = withLine(5, "{\"person\": {\"id\": \"lena\", \"name\": \"" + "L".repeat(2000) + "\"}}");
    JsonLimits limits = JsonLimits.defaults().withMaxLineLength(1500);
    JsonLinesResult result = BINDING.readLines(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)),
        limits, ErrorMode.COLLECT_AND_CONTINUE);
    assertEquals(List.of("line length exceeds the limit maxLineLength 1500 (line 5, column 1)"),
        result.errors().stream().map(AlignkitJsonException::getMessage).collect(Collectors.toList()));
    assertEquals(List.of("maya", "omar"), result.snapshot().people().stream().map(Person::id).collect(Collectors.toList()));
  }

  @Test
  void theLimitsApplyToEachLine() {
    String lines = withLine(6, "{\"person\": {\"id\": \"omar\", \"name\": \"Omar\", \"x-deep\": " + "[".repeat(70)
        + "]".repeat(70) + "}}");
    JsonLinesResult result = read(lines, ErrorMode.COLLECT_AND_CONTINUE);
    assertEquals(1, result.errors().size());
    assertEquals(6, result.errors().get(0).line());
    assertEquals("nesting depth 65 exceeds the limit maxNestingDepth 64", result.errors().get(0).problem());
  }

  @Test
  void aBadOrganizationLineStopsReadingInEitherMode() {
    String noVersion = withLine(1, "{\"cycles\": []}");
    for (ErrorMode mode : ErrorMode.values()) {
      AlignkitJsonException e = assertThrows(AlignkitJsonException.class, () -> read(noVersion, mode));
      assertEquals("missing required field formatVersion (line 1, column 1)", e.getMessage());
    }
    AlignkitJsonException people = assertThrows(AlignkitJsonException.class, () -> read(withLine(1,
        "{\"formatVersion\": 1, \"people\": [{\"id\": \"ann\", \"name\": \"Ann\"}]}"), ErrorMode.COLLECT_AND_CONTINUE));
    assertEquals("/people: the organization line holds no people: each person has a line of their own"
        + " (line 1, column 32)", people.getMessage());
    AlignkitJsonException empty = assertThrows(AlignkitJsonException.class, () -> read("\n\n", ErrorMode.STOP_AT_FIRST));
    assertEquals("the file is empty: its first line must be the organization line", empty.getMessage());
  }

  @Test
  void aLineThatIsJustNullIsRefusedAtItsStart() {
    AlignkitJsonException organization = assertThrows(AlignkitJsonException.class,
        () -> read(withLine(1, " null"), ErrorMode.COLLECT_AND_CONTINUE));
    assertEquals("expected an object (organization snapshot), got null (line 1, column 2)", organization.getMessage());
    JsonLinesResult result = read(withLine(5, "null"), ErrorMode.COLLECT_AND_CONTINUE);
    assertEquals(List.of("expected an object (a team or person line), got null (line 5, column 1)"),
        result.errors().stream().map(AlignkitJsonException::getMessage).collect(Collectors.toList()));
  }

  @Test
  void blankLinesAndWindowsLineEndsAreAcceptedAndCounted() {
    String lines = String.join("\r\n", lines(write(organization()))).replace("{\"person\":{\"id\":\"lena\"",
        "\r\n   \r\n{\"person\":{\"id\":\"lena\"");
    JsonLinesResult result = read(lines + "\r\n\r\n", ErrorMode.STOP_AT_FIRST);
    assertEquals(LineOrder.of(organization()), result.snapshot());
    assertEquals(9, result.lines());
    AlignkitJsonException e = assertThrows(AlignkitJsonException.class, () -> read(lines.replace(
        "{\"person\":{\"id\":\"omar\",", "{\"person\":{\"id\":\"omar\",\"id\":1,"), ErrorMode.STOP_AT_FIRST));
    assertEquals(8, e.line());
    assertEquals("duplicate field \"id\"", e.problem());
  }

  @Test
  void idsAcrossPersonLinesAreCheckedOnlyWhenReadingASnapshot() {
    String lines = new String(write(organization()), StandardCharsets.UTF_8)
        + "{\"person\":{\"id\":\"maya\",\"name\":\"Maya again\"}}\n";
    try (Binding.LinesReader reader = BINDING.linesReader(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)),
        JsonLimits.defaults(), ErrorMode.STOP_AT_FIRST)) {
      assertEquals(4, reader.people().count());
    }
    assertEquals(7, assertThrows(AlignkitJsonException.class, () -> read(lines, ErrorMode.STOP_AT_FIRST)).line());
  }

  @Test
  void theWriterWritesTheOrganizationFirstAndOnceAndPeopleOnTheirOwnLines() {
    Binding.LinesWriter writer = BINDING.linesWriter(new ByteArrayOutputStream());
    PersonBundle maya = PersonBundle.of(Person.of("maya", "Maya"));
    assertEquals("write the organization first: it is the first line",
        assertThrows(IllegalStateException.class, () -> writer.writePerson(maya)).getMessage());
    assertEquals("the organization has 3 people: write each with writePerson, or the whole snapshot with writeSnapshot",
        assertThrows(IllegalArgumentException.class, () -> writer.writeOrganization(organization())).getMessage());
    writer.writeOrganization(OrganizationSnapshot.empty());
    assertThrows(IllegalStateException.class, () -> writer.writeSnapshot(organization()));
    writer.writePerson(maya);
    assertEquals(2, writer.lines());
    writer.close();
    assertThrows(IllegalStateException.class, () -> writer.writePerson(maya));
  }

  @Test
  void aBundleHoldsOnlyWhatIsItsPersons() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PersonBundle.builder(Person.of("maya", "Maya")).addObjective(objective("o-1", Owner.team("support")))
            .build());
    assertEquals("objective o-1 is owned by team:support, not by the bundle's person maya", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> PersonBundle.builder(Person.of("maya", "Maya"))
        .addVision(CareerVision.builder().id("v").personId("lena").build()).build());
  }

  @Test
  void aLineThatCannotBeWrittenLeavesNothingOfItBehind() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Binding.LinesWriter writer = BINDING.linesWriter(out)) {
      writer.writeOrganization(OrganizationSnapshot.empty());
      Person bad = Person.builder().id("maya").name("Maya").putAttribute("x-bad", "{not json").build();
      AlignkitJsonException e = assertThrows(AlignkitJsonException.class,
          () -> writer.writePerson(PersonBundle.of(bad)));
      assertEquals("/person", e.pointer());
      writer.writePerson(PersonBundle.of(Person.of("lena", "Lena")));
    }
    assertEquals(List.of("{\"formatVersion\":3,\"skillCatalog\":{\"scale\":{\"min\":1,\"max\":5,\"names\":[\"Novice\","
        + "\"Advanced beginner\",\"Competent\",\"Proficient\",\"Expert\"]}}}",
        "{\"person\":{\"id\":\"lena\",\"name\":\"Lena\",\"hrAdministrator\":false}}"), lines(out.toByteArray()));
  }

  @Test
  void streamsGivenToTheReaderAndWriterAreLeftOpen() {
    boolean[] closed = new boolean[2];
    OutputStream out = new ByteArrayOutputStream() {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    try (Binding.LinesWriter writer = BINDING.linesWriter(out)) {
      writer.writeSnapshot(organization());
    }
    InputStream in = new ByteArrayInputStream(((ByteArrayOutputStream) out).toByteArray()) {
      @Override
      public void close() {
        closed[1] = true;
      }
    };
    BINDING.readLines(in, JsonLimits.defaults(), ErrorMode.STOP_AT_FIRST);
    assertFalse(closed[0]);
    assertFalse(closed[1]);
  }

  @Test
  void aMissingFileIsReportedWithItsPath(@TempDir Path dir) {
    Path missing = dir.resolve("missing.jsonl");
    assertEquals("cannot read " + missing + ": no such file", assertThrows(AlignkitJsonException.class,
        () -> BINDING.openLines(missing)).getMessage());
  }
}
