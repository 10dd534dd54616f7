package dev.alignkit.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.json.AlignkitJsonException;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Initiative;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.org.OrganizationSnapshot;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A version 1 attribute named like a field that version 2 adds to its object becomes that field
 * when its value is valid for it, and reading fails at the attribute when not (docs/json-format.md,
 * Versions).
 */
class VersionOnePromotionTest {
  private static final Binding BINDING = Binding.current();

  private static OrganizationSnapshot promotedFields() {
    return Corpus.read(Corpus.resource("v1/promoted-fields.json"));
  }

  private static String versionOne(String objectiveFields, String snapshotFields) {
    return "{\"formatVersion\": 1," + snapshotFields + "\n\"objectives\": [{\"id\": \"o-1\", \"title\": \"t\","
        + " \"owner\": {\"kind\": \"ORGANIZATION\"}, \"cycleId\": \"q4\"" + objectiveFields + "}]}";
  }

  private static AlignkitJsonException failure(String json) {
    return assertThrows(AlignkitJsonException.class, () -> BINDING.fromJson(json));
  }

  @Test
  void attributesNamedLikeNewFieldsBecomeThoseFields() {
    OrganizationSnapshot snapshot = promotedFields();

    assertEquals(Map.of("x-exported-by", "\"okr-tool\""), snapshot.attributes());
    Objective objective = VersionTwoFieldsTest.assertTheNewFieldsOfTheTeamAndO1(snapshot);
    KeyResult keyResult = objective.keyResults().get(0);
    assertTrue(keyResult.attributes().isEmpty());
    CheckIn first = keyResult.checkIns().get(0);
    assertEquals(LocalDate.of(2023, 10, 1), first.date());
    assertEquals(Optional.of(OffsetDateTime.of(2023, 9, 30, 22, 0, 0, 0, ZoneOffset.UTC)), first.at());
    assertEquals(ZoneOffset.ofHours(1), keyResult.checkIns().get(1).at().orElseThrow().getOffset());
    Initiative migrate = objective.initiatives().get(0);
    assertEquals(Optional.of("Move every team to the shared build"), migrate.description());
    assertEquals(Optional.of("kr-1"), migrate.keyResultId());
    assertTrue(migrate.done());
    assertTrue(migrate.attributes().isEmpty());
    assertFalse(objective.initiatives().get(1).done());
    assertEquals(Optional.of("kr-missing"), objective.initiatives().get(1).keyResultId());
  }

  @Test
  void namesThatAreNoFieldOfTheirObjectStayAttributes() {
    OrganizationSnapshot snapshot = promotedFields();

    assertEquals("\"not a person field\"", snapshot.person("ada").orElseThrow().attributes().get("description"));
    assertEquals("\"not a team field\"", snapshot.team("support").orElseThrow().attributes().get("zone"));
    assertEquals("\"not a cycle field\"", snapshot.cycles().get(0).attributes().get("description"));
    Objective objective = snapshot.objectives().get(0);
    assertEquals(Map.of("done", "\"not an objective field\""), objective.attributes());
    assertEquals(Map.of("description", "\"not an owner field\""), objective.owner().attributes());
    assertEquals(Map.of("zone", "\"not a check-in field\""), objective.keyResults().get(0).checkIns().get(0).attributes());
    assertEquals(Map.of("commit", "\"not a check-in field\""), objective.keyResults().get(0).checkIns().get(2).attributes());
    assertEquals(Map.of("ownerId", "\"not an initiative field\"", "stretch", "2"), objective.initiatives().get(1).attributes());
  }

  @Test
  void aNullOrEmptyAttributeBecomesAnAbsentField() {
    OrganizationSnapshot snapshot = BINDING.fromJson("{\"formatVersion\": 1, \"zone\": null,"
        + " \"people\": [{\"id\": \"ada\", \"name\": \"Ada\", \"otherTeamIds\": []}],"
        + " \"teams\": [{\"id\": \"t\", \"name\": \"T\", \"description\": null}]}");

    assertEquals(ZoneOffset.UTC, snapshot.zone());
    assertEquals(Set.of(), snapshot.people().get(0).otherTeamIds());
    assertEquals(Optional.empty(), snapshot.teams().get(0).description());
    assertTrue(snapshot.attributes().isEmpty() && snapshot.people().get(0).attributes().isEmpty()
        && snapshot.teams().get(0).attributes().isEmpty());
  }

  @Test
  void commitAndStretchArePromotedInAnyNumberFormOnKeyResultsAndMeasuresWhateverTheirOrder() {
    OrganizationSnapshot snapshot = BINDING.fromJson(versionOne(", \"keyResults\": [{\"id\": \"kr-1\","
        + " \"title\": \"k\", \"kind\": \"INCREASE\", \"start\": 0, \"target\": 20, \"commit\": 10,"
        + " \"stretch\": 5e1}, {\"id\": \"kr-2\", \"title\": \"k\", \"commit\": null, \"stretch\": -0.5}]",
        " \"plans\": [{\"id\": \"p-1\", \"personId\": \"ada\", \"cycleId\": \"q4\", \"goals\": [{\"id\": \"g-1\","
            + " \"statement\": \"s\", \"measures\": [{\"id\": \"m-1\", \"title\": \"m\", \"commit\": 3}]}]}],"));

    List<KeyResult> keyResults = snapshot.objectives().get(0).keyResults();
    assertEquals(OptionalDouble.of(10.0), keyResults.get(0).commit());
    assertEquals(OptionalDouble.of(50.0), keyResults.get(0).stretch());
    assertEquals(OptionalDouble.empty(), keyResults.get(1).commit());
    assertEquals(OptionalDouble.of(-0.5), keyResults.get(1).stretch());
    KeyResult measure = snapshot.plans().get(0).goals().get(0).measures().get(0);
    assertEquals(OptionalDouble.of(3.0), measure.commit());
    assertTrue(keyResults.get(0).attributes().isEmpty() && keyResults.get(1).attributes().isEmpty()
        && measure.attributes().isEmpty());
  }

  @Test
  void anAttributeThatIsNotValidForItsFieldFailsAtTheAttribute() {
    String promotion = " (new in formatVersion 2) and must be valid for it: ";
    List<String[]> cases = List.of(
        new String[] {versionOne(", \"description\": 5", ""), "/objectives/0/description",
            "attribute \"description\" of this formatVersion 1 objective becomes its field description" + promotion
                + "expected a string, got a number 5"},
        new String[] {versionOne(", \"keyResults\": [{\"id\": \"kr-1\", \"title\": \"k\", \"ownerId\": [\"ada\"]}]", ""),
            "/objectives/0/keyResults/0/ownerId",
            "attribute \"ownerId\" of this formatVersion 1 key result becomes its field ownerId" + promotion
                + "expected a string, got an array"},
        new String[] {versionOne(", \"keyResults\": [{\"id\": \"kr-1\", \"title\": \"k\", \"commit\": \"forty\"}]", ""),
            "/objectives/0/keyResults/0/commit",
            "attribute \"commit\" of this formatVersion 1 key result becomes its field commit" + promotion
                + "expected a number, got a string \"forty\""},
        new String[] {versionOne(", \"keyResults\": [{\"id\": \"kr-1\", \"title\": \"k\", \"stretch\": 1e400}]", ""),
            "/objectives/0/keyResults/0/stretch",
            "attribute \"stretch\" of this formatVersion 1 key result becomes its field stretch" + promotion
                + "number 1e400 is too large: it must be a finite double"},
        new String[] {versionOne(", \"keyResults\": [{\"id\": \"kr-1\", \"title\": \"k\", \"checkIns\": [{\"date\":"
            + " \"2023-10-01\", \"value\": 1, \"at\": \"yesterday\"}]}]", ""),
            "/objectives/0/keyResults/0/checkIns/0/at",
            "attribute \"at\" of this formatVersion 1 check-in becomes its field at" + promotion
                + "expected an ISO-8601 date-time with an offset such as \"2023-09-30T22:00:00Z\", got a string \"yesterday\""},
        new String[] {versionOne(", \"initiatives\": [{\"id\": \"i-1\", \"title\": \"i\", \"done\": \"yes\"}]", ""),
            "/objectives/0/initiatives/0/done",
            "attribute \"done\" of this formatVersion 1 initiative becomes its field done" + promotion
                + "expected true or false, got a string \"yes\""},
        new String[] {versionOne(", \"initiatives\": [{\"id\": \"i-1\", \"title\": \"i\", \"keyResultId\": 7}]", ""),
            "/objectives/0/initiatives/0/keyResultId",
            "attribute \"keyResultId\" of this formatVersion 1 initiative becomes its field keyResultId" + promotion
                + "expected a string, got a number 7"},
        new String[] {versionOne("", " \"zone\": \"Mars/Olympus\","), "/zone",
            "attribute \"zone\" of this formatVersion 1 organization snapshot becomes its field zone" + promotion
                + "unknown time zone \"Mars/Olympus\": expected an IANA time-zone id such as \"Europe/Zurich\""},
        new String[] {versionOne("", " \"people\": [{\"id\": \"ada\", \"name\": \"Ada\", \"otherTeamIds\": \"t-1\"}],"),
            "/people/0/otherTeamIds",
            "attribute \"otherTeamIds\" of this formatVersion 1 person becomes its field otherTeamIds" + promotion
                + "expected an array, got a string \"t-1\""},
        new String[] {versionOne("", " \"teams\": [{\"id\": \"t\", \"name\": \"T\", \"description\": {\"en\": \"x\"}}],"),
            "/teams/0/description",
            "attribute \"description\" of this formatVersion 1 team becomes its field description" + promotion
                + "expected a string, got an object"});
    for (String[] example : cases) {
      AlignkitJsonException e = failure(example[0]);
      assertEquals(example[1] + ": " + example[2], e.pointer() + ": " + e.problem(), example[0]);
    }
  }

  @Test
  void anAttributeTheModelRejectsFailsAtTheAttribute() {
    AlignkitJsonException e = failure(versionOne(", \"keyResults\": [{\"id\": \"kr-1\", \"title\": \"k\","
        + " \"ownerId\": \" \"}]", ""));
    assertEquals("/objectives/0/keyResults/0/ownerId", e.pointer());
    assertEquals("/people/0/otherTeamIds", failure(versionOne("",
        " \"people\": [{\"id\": \"ada\", \"name\": \"Ada\", \"otherTeamIds\": [\"\"]}],")).pointer());
  }

  @Test
  void theDocumentedExampleFailsAsDocumented() {
    String json = """
        {
          "formatVersion": 1,
          "objectives": [
            {
              "id": "o-1",
              "title": "Customers recommend us",
              "owner": {"kind": "ORGANIZATION"},
              "cycleId": "2026-Q3",
              "initiatives": [{"id": "i-1", "title": "Write the FAQ", "done": "yes"}]
            }
          ]
        }
        """;
    assertEquals("/objectives/0/initiatives/0/done: attribute \"done\" of this formatVersion 1 initiative becomes its"
        + " field done (new in formatVersion 2) and must be valid for it: expected true or false, got a string \"yes\""
        + " (line 9, column 71)", failure(json).getMessage());
  }

  @Test
  void aVersionTwoDocumentSaysNothingOfPromotion() {
    AlignkitJsonException e = failure(versionOne(", \"description\": 5", "").replace("\"formatVersion\": 1",
        "\"formatVersion\": 2"));
    assertEquals("/objectives/0/description: expected a string, got a number 5", e.pointer() + ": " + e.problem());
  }
}
