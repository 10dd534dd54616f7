package dev.alignkit.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.career.RoleRef;
import dev.alignkit.json.AlignkitJsonException;
import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.OrdinalZone;
import dev.alignkit.okr.Owner;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The document format of {@code docs/json-format.md}, field by field. */
class FormatTest {
  private static final Binding BINDING = Binding.current();
  private static final String HEADER = "{\"formatVersion\": 3, ";

  private static OrganizationSnapshot small() {
    return OrganizationSnapshot.builder()
        .addPerson(Person.builder().id("maya").name("Maya Chen").teamId("support").role(RoleRef.of("cs", "CS2"))
            .putAttribute("x-hris", "{\"a\":[1,null]}").build())
        .addCycle(Cycle.of("2026-Q3", "2026-Q3", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)))
        .addObjective(Objective.builder().id("o-1").title("Customers recommend us").owner(Owner.organization())
            .cycleId("2026-Q3")
            .addKeyResult(KeyResult.ordinal("kr-kb", "Self-service answers", "Top 20", "Top 50", "Top 100")
                .withCheckIn(CheckIn.of(LocalDate.of(2026, 8, 5), 1)))
            .addKeyResult(KeyResult.rollup("kr-teams", "Every team answers within a day"))
            .build())
        .addObjective(Objective.builder().id("o-2").title("Answer within a day").owner(Owner.team("support"))
            .cycleId("2026-Q3")
            .addAlignment(Alignment.supports("o-1"))
            .addAlignment(Alignment.contributesToKeyResult("kr-teams", 2))
            .build())
        .build();
  }

  @Test
  void aSmallSnapshotIsWrittenExactlyLikeThis() {
    assertEquals("""
        {
          "formatVersion": 3,
          "people": [
            {
              "id": "maya",
              "name": "Maya Chen",
              "teamId": "support",
              "role": {
                "ladderId": "cs",
                "levelId": "CS2"
              },
              "hrAdministrator": false,
              "x-hris": {"a":[1,null]}
            }
          ],
          "cycles": [
            {
              "id": "2026-Q3",
              "name": "2026-Q3",
              "startInclusive": "2026-07-01",
              "endInclusive": "2026-09-30",
              "status": "ACTIVE"
            }
          ],
          "objectives": [
            {
              "id": "o-1",
              "title": "Customers recommend us",
              "owner": {
                "kind": "ORGANIZATION"
              },
              "cycleId": "2026-Q3",
              "type": "COMMITTED",
              "status": "ACTIVE",
              "keyResults": [
                {
                  "id": "kr-kb",
                  "title": "Self-service answers",
                  "kind": "ORDINAL",
                  "target": 2.0,
                  "weight": 1.0,
                  "checkIns": [
                    {
                      "date": "2026-08-05",
                      "value": 1.0
                    }
                  ],
                  "status": "ACTIVE",
                  "zoneTexts": {
                    "COMMIT": "Top 20",
                    "TARGET": "Top 50",
                    "STRETCH": "Top 100"
                  }
                },
                {
                  "id": "kr-teams",
                  "title": "Every team answers within a day",
                  "kind": "ROLLUP",
                  "weight": 1.0,
                  "status": "ACTIVE"
                }
              ]
            },
            {
              "id": "o-2",
              "title": "Answer within a day",
              "owner": {
                "kind": "TEAM",
                "id": "support"
              },
              "cycleId": "2026-Q3",
              "type": "COMMITTED",
              "status": "ACTIVE",
              "alignments": [
                {
                  "parentId": "o-1",
                  "parentKind": "OBJECTIVE",
                  "kind": "SUPPORTS",
                  "weight": 1.0
                },
                {
                  "parentId": "kr-teams",
                  "parentKind": "KEY_RESULT",
                  "kind": "CONTRIBUTES",
                  "weight": 2.0
                }
              ]
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
        """, BINDING.toJson(small()));
  }

  @Test
  void theSmallSnapshotReadsBackEqual() {
    assertEquals(small(), BINDING.fromJson(BINDING.toJson(small())));
  }

  @Test
  void theEmptySnapshotWritesOnlyTheVersionAndTheDefaultCatalog() {
    String json = BINDING.toJson(OrganizationSnapshot.empty());
    assertTrue(json.startsWith("{\n  \"formatVersion\": 3,\n  \"skillCatalog\": {"), json);
    assertEquals(OrganizationSnapshot.empty(), BINDING.fromJson(json));
    assertEquals(OrganizationSnapshot.empty(), BINDING.fromJson("{\"formatVersion\": 3}"));
    assertEquals(OrganizationSnapshot.empty(), BINDING.fromJson("{\"formatVersion\": 2}"));
    assertEquals(OrganizationSnapshot.empty(), BINDING.fromJson("{\"formatVersion\": 1}"));
  }

  @Test
  void numbersReadTheSameWithOrWithoutAFraction() {
    String json = HEADER + "\"objectives\": [{\"id\": \"o-1\", \"title\": \"t\", \"owner\": {\"kind\": \"ORGANIZATION\"},"
        + " \"cycleId\": \"c\", \"keyResults\": [{\"id\": \"kr-1\", \"title\": \"k\", \"start\": 5, \"target\": 5.0,"
        + " \"current\": 5e0, \"weight\": -0.0}]}]}";
    KeyResult keyResult = BINDING.fromJson(json).keyResult("kr-1").orElseThrow();
    assertEquals(5.0, keyResult.start().getAsDouble());
    assertEquals(5.0, keyResult.target().getAsDouble());
    assertEquals(5.0, keyResult.current().getAsDouble());
    assertEquals(Double.doubleToLongBits(-0.0), Double.doubleToLongBits(keyResult.weight()));
    assertTrue(BINDING.toJson(BINDING.fromJson(json)).contains("\"weight\": -0.0"));
  }

  @Test
  void unknownFieldsBecomeAttributesInDocumentOrderAndAreWrittenAfterTheKnownOnes() {
    String json = HEADER + "\"people\": [{\"x-z\": \"last letter\", \"id\": \"maya\", \"x-a\" : { \"b\" : [ 1.50, null ] },"
        + " \"name\": \"Maya\", \"x-null\": null, \"x-big\": 123456789012345678901234567890}]}";
    Person maya = BINDING.fromJson(json).people().get(0);
    assertEquals(List.of("x-z", "x-a", "x-null", "x-big"), List.copyOf(maya.attributes().keySet()));
    assertEquals(Map.of("x-z", "\"last letter\"", "x-a", "{\"b\":[1.50,null]}", "x-null", "null",
        "x-big", "123456789012345678901234567890"), maya.attributes());
    String written = BINDING.toJson(BINDING.fromJson(json));
    assertTrue(written.contains("\"hrAdministrator\": false,\n      \"x-z\": \"last letter\",\n"
        + "      \"x-a\": {\"b\":[1.50,null]},\n      \"x-null\": null,\n"
        + "      \"x-big\": 123456789012345678901234567890\n    }"), written);
  }

  @Test
  void unknownFieldsOfTheDocumentAndOfSmallValuesAreKeptToo() {
    String json = HEADER + "\"x-exported-by\": \"hris 4.2\", \"objectives\": [{\"id\": \"o-1\", \"title\": \"t\","
        + " \"owner\": {\"kind\": \"TEAM\", \"id\": \"support\", \"x-cost-center\": 42}, \"cycleId\": \"c\"}]}";
    OrganizationSnapshot snapshot = BINDING.fromJson(json);
    assertEquals(Map.of("x-exported-by", "\"hris 4.2\""), snapshot.attributes());
    assertEquals(Map.of("x-cost-center", "42"), snapshot.objectives().get(0).owner().attributes());
    assertTrue(BINDING.toJson(snapshot).contains("\"id\": \"support\",\n        \"x-cost-center\": 42\n"));
  }

  @Test
  void attributeNumbersKeepTheirSourceTextThroughARoundTrip() {
    List<String> numbers = List.of("-0", "-0.0", "0", "1e2", "1E+2", "1e-2", "-2.5E-0", "1.50", "0.10", "1.0",
        "123456789012345678901234567890", "-9223372036854775809", "4.9e-324", "1e400", "0.000");
    StringBuilder json = new StringBuilder(HEADER + "\"people\": [{\"id\": \"maya\", \"name\": \"Maya\"");
    for (int i = 0; i < numbers.size(); i++) {
      json.append(", \"x-").append(i).append("\": ").append(numbers.get(i));
    }
    json.append(", \"x-nested\": {\"a\": [ -0 , 1e2, {\"b\" : 1.50 } ] }}]}");
    Person maya = BINDING.fromJson(json.toString()).people().get(0);
    for (int i = 0; i < numbers.size(); i++) {
      assertEquals(numbers.get(i), maya.attributes().get("x-" + i));
    }
    assertEquals("{\"a\":[-0,1e2,{\"b\":1.50}]}", maya.attributes().get("x-nested"));
    String written = BINDING.toJson(BINDING.fromJson(json.toString()));
    assertTrue(written.contains("\"x-0\": -0,\n      \"x-1\": -0.0,\n      \"x-2\": 0,\n      \"x-3\": 1e2,\n"), written);
    assertTrue(written.contains("\"x-nested\": {\"a\":[-0,1e2,{\"b\":1.50}]}\n"), written);
    assertEquals(maya, BINDING.fromJson(written).people().get(0));
  }

  @Test
  void attributeNumbersGivenInTheModelAreWrittenAsGiven() {
    Person maya = Person.builder().id("maya").name("Maya").putAttribute("x-zero", " -0 ")
        .putAttribute("x-exp", "[1e2, 1.50e+07]").putAttribute("x-text", "\"1e2\"").build();
    String written = BINDING.toJson(OrganizationSnapshot.builder().addPerson(maya).build());
    assertTrue(written.contains("\"x-zero\": -0,\n      \"x-exp\": [1e2,1.50e+07],\n      \"x-text\": \"1e2\"\n"),
        written);
    assertEquals(Map.of("x-zero", "-0", "x-exp", "[1e2,1.50e+07]", "x-text", "\"1e2\""),
        BINDING.fromJson(written).people().get(0).attributes());
  }

  @Test
  void attributeTextIsWrittenInCompactForm() {
    OrganizationSnapshot spaced = OrganizationSnapshot.builder()
        .addPerson(Person.builder().id("maya").name("Maya").putAttribute("x-a", " { \"b\" :\n [ 1 , true ] } ").build())
        .build();
    Person read = BINDING.fromJson(BINDING.toJson(spaced)).people().get(0);
    assertEquals("{\"b\":[1,true]}", read.attributes().get("x-a"));
  }

  @Test
  void danglingReferencesReadFine() {
    String json = HEADER + "\"people\": [{\"id\": \"maya\", \"name\": \"Maya\", \"teamId\": \"t-999\","
        + " \"managerId\": \"p-999\", \"role\": {\"ladderId\": \"nope\", \"levelId\": \"L9\"}}],"
        + " \"objectives\": [{\"id\": \"o-1\", \"title\": \"t\", \"owner\": {\"kind\": \"PERSON\", \"id\": \"p-998\"},"
        + " \"cycleId\": \"c-999\", \"alignments\": [{\"parentId\": \"o-999\", \"kind\": \"SUPPORTS\", \"weight\": 1},"
        + " {\"parentId\": \"kr-999\", \"parentKind\": \"KEY_RESULT\", \"kind\": \"CONTRIBUTES\", \"weight\": 1}]}]}";
    OrganizationSnapshot snapshot = BINDING.fromJson(json);
    assertEquals(List.of(Alignment.supports("o-999"), Alignment.contributesToKeyResult("kr-999", 1)),
        snapshot.objectives().get(0).alignments());
    assertFalse(snapshot.cycle("c-999").isPresent());
  }

  @Test
  void zoneTextsAreAnObjectKeyedByZoneName() {
    String json = HEADER + "\"objectives\": [{\"id\": \"o-1\", \"title\": \"t\", \"owner\": {\"kind\": \"ORGANIZATION\"},"
        + " \"cycleId\": \"c\", \"keyResults\": [{\"id\": \"kr-1\", \"title\": \"k\", \"kind\": \"ORDINAL\","
        + " \"zoneTexts\": {\"STRETCH\": \"s\", \"FAIL\": \"f\"}}]}]}";
    KeyResult keyResult = BINDING.fromJson(json).keyResult("kr-1").orElseThrow();
    assertEquals(Map.of(OrdinalZone.STRETCH, "s", OrdinalZone.FAIL, "f"), keyResult.zoneTexts());
    String written = BINDING.toJson(BINDING.fromJson(json));
    assertTrue(written.indexOf("\"FAIL\"") < written.indexOf("\"STRETCH\""), "written in zone order");
  }

  @Test
  void anUnknownZoneIsRejected() {
    String json = HEADER + "\"objectives\": [{\"id\": \"o-1\", \"title\": \"t\", \"owner\": {\"kind\": \"ORGANIZATION\"},"
        + " \"cycleId\": \"c\", \"keyResults\": [{\"id\": \"kr-1\", \"title\": \"k\", \"zoneTexts\": {\"GREAT\": \"g\"}}]}]}";
    AlignkitJsonException e = ReadErrorsTest.failure(json);
    assertEquals("/objectives/0/keyResults/0/zoneTexts/GREAT", e.pointer());
    assertEquals("unknown key \"GREAT\": expected one of FAIL, COMMIT, TARGET, STRETCH", e.problem());
  }
}
