package dev.alignkit.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.json.AlignkitJsonException;
import dev.alignkit.json.ErrorMode;
import dev.alignkit.json.JsonLimits;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Initiative;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.org.OrganizationSnapshot;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The fields that format version 2 added (docs/json-format.md): each read, written and checked as
 * documented, in the current version, which keeps them; the version 2 corpus reads them in version 2.
 */
class VersionTwoFieldsTest {
  private static final Binding BINDING = Binding.current();

  /** A document in the writer's form that uses every field new in version 2 (and none new in version 3). */
  static final String EVERY_NEW_FIELD = """
      {
        "formatVersion": 3,
        "zone": "Europe/Zurich",
        "people": [
          {
            "id": "ada",
            "name": "Ada",
            "teamId": "platform",
            "otherTeamIds": [
              "guild",
              "support"
            ],
            "hrAdministrator": false
          }
        ],
        "teams": [
          {
            "id": "platform",
            "name": "Platform",
            "description": "Runs the shared services – für alle \\uD83D\\uDE80"
          }
        ],
        "cycles": [
          {
            "id": "q4",
            "name": "2023-Q4",
            "startInclusive": "2023-10-01",
            "endInclusive": "2023-12-31",
            "status": "ACTIVE"
          }
        ],
        "objectives": [
          {
            "id": "o-1",
            "title": "Teams adopt the platform",
            "description": "Why: every team builds the same things twice.",
            "owner": {
              "kind": "TEAM",
              "id": "platform"
            },
            "cycleId": "q4",
            "type": "COMMITTED",
            "status": "ACTIVE",
            "keyResults": [
              {
                "id": "kr-1",
                "title": "Raise adoption from 20% to 60%",
                "description": "Counted from the deploy logs",
                "ownerId": "ada",
                "kind": "INCREASE",
                "start": 20.0,
                "commit": 40.0,
                "target": 60.0,
                "stretch": 80.0,
                "unit": "%",
                "weight": 1.0,
                "checkIns": [
                  {
                    "date": "2023-10-01",
                    "at": "2023-09-30T22:00:00Z",
                    "value": 25.0
                  },
                  {
                    "date": "2023-11-02",
                    "at": "2023-11-02T09:30:00.125+01:00",
                    "value": 31.0
                  }
                ],
                "status": "ACTIVE"
              }
            ],
            "initiatives": [
              {
                "id": "i-1",
                "title": "Migrate the build",
                "description": "Move every team to the shared build",
                "keyResultId": "kr-1",
                "status": "ACTIVE",
                "done": true
              }
            ]
          },
          {
            "id": "o-backlog",
            "title": "Offer the platform to partners",
            "owner": {
              "kind": "TEAM",
              "id": "platform"
            },
            "type": "COMMITTED",
            "status": "DRAFT"
          }
        ],
        "skillCatalog": {
          "scale": {
            "min": 1,
            "max": 5,
            "names": [
              "Novice",
              "Advanced beginner",
              "Competent",
              "Proficient",
              "Expert"
            ]
          }
        }
      }
      """;

  private static OrganizationSnapshot read(String json) {
    return BINDING.fromJson(json);
  }

  private static String objectiveWithCheckIns(String zone, String checkIns) {
    return "{\"formatVersion\": 3," + zone + "\n\"objectives\": [{\"id\": \"o-1\", \"title\": \"t\", \"owner\": "
        + "{\"kind\": \"ORGANIZATION\"}, \"cycleId\": \"q4\",\n\"keyResults\": [{\"id\": \"kr-1\", \"title\": \"k\","
        + " \"checkIns\": [\n" + checkIns + "]}]}]}";
  }

  private static CheckIn onlyCheckIn(OrganizationSnapshot snapshot) {
    return snapshot.objectives().get(0).keyResults().get(0).checkIns().get(0);
  }

  /**
   * The new fields that the version 2 document gives and the version 1 document promotes from its
   * attributes: the zone, Ada's other teams, the platform team's description and objective o-1's
   * description, key-result description, owner, commit and stretch. Returns o-1.
   */
  static Objective assertTheNewFieldsOfTheTeamAndO1(OrganizationSnapshot snapshot) {
    assertEquals(ZoneId.of("Europe/Zurich"), snapshot.zone());
    assertEquals(Set.of("guild", "support"), snapshot.person("ada").orElseThrow().otherTeamIds());
    assertEquals(Optional.of("Runs the shared services – für alle 🚀"), snapshot.team("platform").orElseThrow().description());
    Objective objective = snapshot.objective("o-1").orElseThrow();
    assertEquals(Optional.of("Why: every team builds the same things twice."), objective.description());
    KeyResult keyResult = objective.keyResults().get(0);
    assertEquals(Optional.of("Counted from the deploy logs"), keyResult.description());
    assertEquals(Optional.of("ada"), keyResult.ownerId());
    assertEquals(OptionalDouble.of(40.0), keyResult.commit());
    assertEquals(OptionalDouble.of(80.0), keyResult.stretch());
    return objective;
  }

  @Test
  void aDocumentUsingEveryNewFieldSurvivesReadWriteReadUnchanged() {
    OrganizationSnapshot first = read(EVERY_NEW_FIELD);
    String written = BINDING.toJson(first);
    OrganizationSnapshot second = read(written);

    assertEquals(EVERY_NEW_FIELD, written);
    assertEquals(first, second);
    Objective objective = assertTheNewFieldsOfTheTeamAndO1(second);
    KeyResult keyResult = objective.keyResults().get(0);
    assertEquals(OffsetDateTime.of(2023, 11, 2, 9, 30, 0, 125_000_000, ZoneOffset.ofHours(1)),
        keyResult.checkIns().get(1).at().orElseThrow());
    Initiative initiative = objective.initiatives().get(0);
    assertEquals(Optional.of("Move every team to the shared build"), initiative.description());
    assertEquals(Optional.of("kr-1"), initiative.keyResultId());
    assertTrue(initiative.done());
    assertEquals(Optional.empty(), second.objective("o-backlog").orElseThrow().cycleId());
    assertTrue(second.attributes().isEmpty() && objective.attributes().isEmpty() && keyResult.attributes().isEmpty());
  }

  private static String objectiveWithKeyResults(String keyResults) {
    return "{\"formatVersion\": 3, \"objectives\": [{\"id\": \"o-1\", \"title\": \"t\", \"owner\": "
        + "{\"kind\": \"ORGANIZATION\"}, \"cycleId\": \"q4\",\n\"keyResults\": [" + keyResults + "]}]}";
  }

  @Test
  void commitAndStretchSurviveReadWriteReadBetweenStartTargetAndStretchInWritingOrder() {
    OrganizationSnapshot first = read(objectiveWithKeyResults(
        "{\"id\": \"kr-1\", \"title\": \"Cut first-reply time\", \"stretch\": 50, \"target\": 60,"
            + " \"commit\": 8e1, \"start\": 100, \"kind\": \"DECREASE\", \"unit\": \"minutes\"},"
            + "{\"id\": \"kr-2\", \"title\": \"Grow sign-ups\", \"kind\": \"INCREASE\", \"start\": 0, \"target\": 20,"
            + " \"stretch\": 50.0, \"commit\": null, \"unit\": \"k\"},"
            + "{\"id\": \"kr-3\", \"title\": \"Grow sign-ups\", \"kind\": \"INCREASE\", \"start\": 0, \"commit\": 10,"
            + " \"target\": 20, \"unit\": \"k\"}"));
    String written = BINDING.toJson(first);
    OrganizationSnapshot second = read(written);

    assertEquals(first, second);
    assertEquals(written, BINDING.toJson(second));
    List<KeyResult> keyResults = second.objectives().get(0).keyResults();
    assertEquals(List.of(OptionalDouble.of(80.0), OptionalDouble.empty(), OptionalDouble.of(10.0)),
        keyResults.stream().map(KeyResult::commit).toList());
    assertEquals(List.of(OptionalDouble.of(50.0), OptionalDouble.of(50.0), OptionalDouble.empty()),
        keyResults.stream().map(KeyResult::stretch).toList());
    String compact = written.replaceAll("\\s", "");
    assertTrue(compact.contains("\"kind\":\"DECREASE\",\"start\":100.0,\"commit\":80.0,\"target\":60.0,"
        + "\"stretch\":50.0,\"unit\":\"minutes\""), written);
    assertTrue(compact.contains("\"start\":0.0,\"target\":20.0,\"stretch\":50.0,\"unit\":\"k\""), written);
    assertTrue(compact.contains("\"start\":0.0,\"commit\":10.0,\"target\":20.0,\"unit\":\"k\""), written);
    assertTrue(keyResults.stream().allMatch(keyResult -> keyResult.attributes().isEmpty()));
  }

  @Test
  void levelsOutOfOrderAreReadAsGivenForTheRulesToReport() {
    String document = objectiveWithKeyResults("{\"id\": \"kr-1\", \"title\": \"k\", \"kind\": \"INCREASE\","
        + " \"start\": 0, \"commit\": 30, \"target\": 20, \"stretch\": 10},"
        + "{\"id\": \"kr-2\", \"title\": \"k\", \"kind\": \"ACHIEVE\", \"target\": 1, \"commit\": 0.5}");
    List<KeyResult> keyResults = read(document).objectives().get(0).keyResults();

    assertEquals(OptionalDouble.of(30.0), keyResults.get(0).commit());
    assertEquals(OptionalDouble.of(10.0), keyResults.get(0).stretch());
    assertEquals(OptionalDouble.of(0.5), keyResults.get(1).commit());
    assertEquals(read(document), read(BINDING.toJson(read(document))));
  }

  @Test
  void aCommitOrStretchThatIsNoNumberFailsAtIt() {
    AlignkitJsonException commit = assertThrows(AlignkitJsonException.class, () -> read(objectiveWithKeyResults(
        "{\"id\": \"kr-1\", \"title\": \"k\", \"commit\": \"40\"}")));
    assertEquals("/objectives/0/keyResults/0/commit: expected a number, got a string \"40\"",
        commit.pointer() + ": " + commit.problem());
    AlignkitJsonException stretch = assertThrows(AlignkitJsonException.class, () -> read(objectiveWithKeyResults(
        "{\"id\": \"kr-1\", \"title\": \"k\"}, {\"id\": \"kr-2\", \"title\": \"k\", \"stretch\": [50]}")));
    assertEquals("/objectives/0/keyResults/1/stretch: expected a number, got an array",
        stretch.pointer() + ": " + stretch.problem());
  }

  @Test
  void jsonLinesCarryCommitAndStretch() {
    String lines = """
        {"formatVersion":3,"cycles":[{"id":"q4","name":"Q4","startInclusive":"2023-10-01","endInclusive":"2023-12-31"}]}
        {"person":{"id":"ada","name":"Ada"},"objectives":[{"id":"o-1","title":"t","owner":{"kind":"PERSON","id":"ada"},"cycleId":"q4","keyResults":[{"id":"kr-1","title":"k","kind":"INCREASE","start":0,"commit":10,"target":20,"stretch":50}]}]}
        """;
    OrganizationSnapshot snapshot = BINDING.readLines(
        new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), JsonLimits.defaults(), ErrorMode.STOP_AT_FIRST)
        .snapshot();

    KeyResult keyResult = snapshot.objectives().get(0).keyResults().get(0);
    assertEquals(OptionalDouble.of(10.0), keyResult.commit());
    assertEquals(OptionalDouble.of(50.0), keyResult.stretch());
    String written = new String(JsonLinesTest.write(snapshot), StandardCharsets.UTF_8);
    assertTrue(written.contains("\"start\":0.0,\"commit\":10.0,\"target\":20.0,\"stretch\":50.0,"), written);
  }

  @Test
  void aCheckInAtMidnightInZurichStoredInUtcHasTheDateOfZurich() {
    CheckIn checkIn = onlyCheckIn(read(objectiveWithCheckIns("\"zone\": \"Europe/Zurich\",",
        "{\"at\": \"2023-09-30T22:00:00Z\", \"value\": 12}")));

    assertEquals(LocalDate.of(2023, 10, 1), checkIn.date());
    assertEquals(Optional.of(OffsetDateTime.of(2023, 9, 30, 22, 0, 0, 0, ZoneOffset.UTC)), checkIn.at());
  }

  @Test
  void withoutAZoneTheCheckInIsDatedInUtc() {
    assertEquals(LocalDate.of(2023, 9, 30), onlyCheckIn(read(objectiveWithCheckIns("",
        "{\"at\": \"2023-09-30T22:00:00Z\", \"value\": 12}"))).date());
    assertEquals(LocalDate.of(2023, 9, 30), onlyCheckIn(read(objectiveWithCheckIns("",
        "{\"at\": \"2023-10-01T00:30:00+02:00\", \"value\": 12}"))).date());
  }

  @Test
  void aZoneNamedAfterTheCheckInsStillDatesThem() {
    String json = "{\"formatVersion\": 3, \"objectives\": [{\"id\": \"o-1\", \"title\": \"t\", \"owner\": {\"kind\": "
        + "\"ORGANIZATION\"}, \"cycleId\": \"q4\", \"keyResults\": [{\"id\": \"kr-1\", \"title\": \"k\", \"checkIns\": ["
        + "{\"at\": \"2023-09-30T22:00:00Z\", \"value\": 1}, {\"date\": \"2023-09-30\", \"at\": \"2023-09-30T22:00:00Z\","
        + " \"value\": 2}, {\"at\": \"2023-09-30T12:00:00Z\", \"value\": 3}]}]}],"
        + " \"plans\": [{\"id\": \"p-1\", \"personId\": \"ada\", \"cycleId\": \"q4\", \"goals\": [{\"id\": \"g-1\","
        + " \"statement\": \"s\", \"measures\": [{\"id\": \"m-1\", \"title\": \"m\", \"checkIns\": ["
        + "{\"at\": \"2023-12-31T23:30:00Z\", \"value\": 1}]}]}]}],"
        + " \"zone\": \"Europe/Zurich\"}";
    OrganizationSnapshot snapshot = read(json);

    List<CheckIn> checkIns = snapshot.objectives().get(0).keyResults().get(0).checkIns();
    assertEquals(List.of(LocalDate.of(2023, 10, 1), LocalDate.of(2023, 9, 30), LocalDate.of(2023, 9, 30)),
        checkIns.stream().map(CheckIn::date).toList());
    assertEquals(LocalDate.of(2024, 1, 1),
        snapshot.plans().get(0).goals().get(0).measures().get(0).checkIns().get(0).date());
    assertEquals(snapshot, read(BINDING.toJson(snapshot)));
  }

  @Test
  void aDateBesideAtWinsAndBothAreKept() {
    CheckIn checkIn = onlyCheckIn(read(objectiveWithCheckIns("\"zone\": \"Europe/Zurich\",",
        "{\"date\": \"2023-09-30\", \"at\": \"2023-09-30T22:00:00Z\", \"value\": 12}")));

    assertEquals(LocalDate.of(2023, 9, 30), checkIn.date());
    assertEquals("2023-09-30T22:00Z", checkIn.at().orElseThrow().toString());
    String written = BINDING.toJson(read(objectiveWithCheckIns("\"zone\": \"Europe/Zurich\",",
        "{\"date\": \"2023-09-30\", \"at\": \"2023-09-30T22:00:00Z\", \"value\": 12}"))).replaceAll("\\s", "");
    assertTrue(written.contains("{\"date\":\"2023-09-30\",\"at\":\"2023-09-30T22:00:00Z\",\"value\":12.0}"), written);
  }

  @Test
  void anInstantAtTheEndOfTheYearRangeFailsAtItsPlaceAndNotWithADateTimeException() {
    for (String zone : List.of("", "\"zone\": \"Pacific/Kiritimati\",")) {
      AlignkitJsonException e = assertThrows(AlignkitJsonException.class, () -> read(objectiveWithCheckIns(zone,
          "{\"value\": 12, \"at\": \"-999999999-01-01T00:00:00+18:00\"}")));

      assertEquals("/objectives/0/keyResults/0/checkIns/0/at", e.pointer());
      assertTrue(e.problem().startsWith("date-time \"-999999999-01-01T00:00:00+18:00\" lies at the end of the year"
          + " range: expected a year within -999999998 and 999999998"), e.problem());
    }
  }

  @Test
  void aCheckInWithNeitherDateNorAtFailsAtTheCheckIn() {
    AlignkitJsonException e = assertThrows(AlignkitJsonException.class, () -> read(objectiveWithCheckIns("",
        "{\"value\": 12, \"date\": null}")));

    assertEquals("/objectives/0/keyResults/0/checkIns/0", e.pointer());
    assertEquals("missing required field date: a check-in has a date, an at, or both (line 4, column 1)",
        e.getMessage().substring(e.pointer().length() + 2));
    assertEquals("/objectives/0/keyResults/0/checkIns/0: missing required field date: a check-in has a date, an at,"
        + " or both (line 24, column 13)", assertThrows(AlignkitJsonException.class,
            () -> read(ReadErrorsTest.base("\"date\": \"2026-08-10\", ", ""))).getMessage());
  }

  @Test
  void anUnknownZoneFailsAtTheZone() {
    AlignkitJsonException e = assertThrows(AlignkitJsonException.class,
        () -> read("{\n  \"formatVersion\": 3,\n  \"zone\": \"Europe/Zurch\"\n}"));
    assertEquals("/zone: unknown time zone \"Europe/Zurch\": expected an IANA time-zone id such as \"Europe/Zurich\""
        + " (line 3, column 11)", e.getMessage());
    assertEquals("/zone", assertThrows(AlignkitJsonException.class,
        () -> read("{\"formatVersion\": 3, \"zone\": 2}")).pointer());
    assertEquals("/zone", assertThrows(AlignkitJsonException.class,
        () -> read("{\"formatVersion\": 3, \"zone\": \"\"}")).pointer());
  }

  @Test
  void anInstantWithoutAnOffsetFailsAtIt() {
    AlignkitJsonException e = assertThrows(AlignkitJsonException.class, () -> read(objectiveWithCheckIns("",
        "{\"at\": \"2023-09-30T22:00:00\", \"value\": 12}")));
    assertEquals("/objectives/0/keyResults/0/checkIns/0/at", e.pointer());
    assertEquals("expected an ISO-8601 date-time with an offset such as \"2023-09-30T22:00:00Z\", got a string "
        + "\"2023-09-30T22:00:00\"", e.problem());
  }

  @Test
  void anInstantKeepsItsOffsetAndIsWrittenWithSeconds() {
    OrganizationSnapshot snapshot = read(objectiveWithCheckIns("",
        "{\"date\": \"2023-11-02\", \"at\": \"2023-11-02T09:30+01:00\", \"value\": 1}"));
    assertEquals(ZoneOffset.ofHours(1), onlyCheckIn(snapshot).at().orElseThrow().getOffset());
    assertTrue(BINDING.toJson(snapshot).contains("\"at\": \"2023-11-02T09:30:00+01:00\""));
  }

  @Test
  void utcTheDefaultZoneIsNotWrittenAndOtherZonesAreWrittenAsGiven() {
    assertFalse(BINDING.toJson(OrganizationSnapshot.empty()).contains("zone"));
    for (String utc : List.of("Z", "UTC", "Etc/UTC", "GMT")) {
      OrganizationSnapshot read = read("{\"formatVersion\": 3, \"zone\": \"" + utc + "\"}");
      assertEquals(OrganizationSnapshot.empty(), read, utc);
      assertFalse(BINDING.toJson(read).contains("zone"), utc);
    }
    OrganizationSnapshot zurich = OrganizationSnapshot.builder().zone(ZoneId.of("Europe/Zurich")).build();
    assertTrue(BINDING.toJson(zurich).startsWith("{\n  \"formatVersion\": 3,\n  \"zone\": \"Europe/Zurich\",\n"));
    assertEquals(zurich, read(BINDING.toJson(zurich)));
  }

  @Test
  void aBacklogObjectiveHasNoCycleInVersionTwo() {
    Objective objective = read("{\"formatVersion\": 3, \"objectives\": [{\"id\": \"o-1\", \"title\": \"t\","
        + " \"owner\": {\"kind\": \"ORGANIZATION\"}, \"status\": \"DRAFT\", \"cycleId\": null}]}").objectives().get(0);
    assertEquals(Optional.empty(), objective.cycleId());
  }

  @Test
  void aCheckInReadOnItsOwnIsDatedInUtc() throws IOException {
    Binding.Reader mapper = BINDING.reader();
    CheckIn checkIn = mapper.readWithMapper("{\"at\": \"2023-10-01T00:30:00+02:00\", \"value\": 1}", CheckIn.class);
    assertEquals(LocalDate.of(2023, 9, 30), checkIn.date());
    assertEquals("{\"date\":\"2023-09-30\",\"at\":\"2023-10-01T00:30:00+02:00\",\"value\":1.0}",
        mapper.writeWithMapper(checkIn));
  }

  @Test
  void anAttributeNamedLikeANewFieldCannotBeWritten() {
    Objective objective = Objective.builder().id("o-1").title("t").owner(dev.alignkit.okr.Owner.organization())
        .putAttribute("description", "\"kept as an attribute\"").build();
    AlignkitJsonException e = assertThrows(AlignkitJsonException.class,
        () -> BINDING.toJson(OrganizationSnapshot.builder().addObjective(objective).build()));
    assertEquals("/objectives/0", e.pointer());
    assertTrue(e.problem().startsWith("attribute \"description\" of the objective has the name of a field"), e.problem());
  }

  @Test
  void jsonLinesCarryTheZoneOnTheOrganizationLineAndDatePersonLinesInIt() {
    String lines = """
        {"formatVersion":3,"cycles":[{"id":"q4","name":"Q4","startInclusive":"2023-10-01","endInclusive":"2023-12-31"}],"zone":"Europe/Zurich"}
        {"team":{"id":"platform","name":"Platform","description":"Shared services"}}
        {"person":{"id":"ada","name":"Ada","teamId":"platform","otherTeamIds":["guild"]},"objectives":[{"id":"o-1","title":"t","owner":{"kind":"PERSON","id":"ada"},"keyResults":[{"id":"kr-1","title":"k","ownerId":"ada","checkIns":[{"at":"2023-09-30T22:00:00Z","value":1}]}]}]}
        """;
    OrganizationSnapshot snapshot = BINDING.readLines(
        new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), JsonLimits.defaults(), ErrorMode.STOP_AT_FIRST)
        .snapshot();

    assertEquals(ZoneId.of("Europe/Zurich"), snapshot.zone());
    assertEquals(LocalDate.of(2023, 10, 1), onlyCheckIn(snapshot).date());
    assertEquals(Optional.empty(), snapshot.objectives().get(0).cycleId());
    String written = new String(JsonLinesTest.write(snapshot), StandardCharsets.UTF_8);
    assertTrue(written.startsWith("{\"formatVersion\":3,\"zone\":\"Europe/Zurich\",\"cycles\":"), written);
    assertTrue(written.contains("{\"date\":\"2023-10-01\",\"at\":\"2023-09-30T22:00:00Z\",\"value\":1.0}"), written);
  }
}
