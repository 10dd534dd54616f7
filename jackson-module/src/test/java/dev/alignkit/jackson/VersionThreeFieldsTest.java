package dev.alignkit.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.json.AlignkitJsonException;
import dev.alignkit.json.ErrorMode;
import dev.alignkit.json.JsonLimits;
import dev.alignkit.json.JsonLinesResult;
import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.KeyResultKind;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.ObjectiveOutcome;
import dev.alignkit.okr.Owner;
import dev.alignkit.okr.ParentKind;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.org.Waiver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * What format version 3 adds (docs/json-format.md): an objective's links as the array
 * {@code alignments}, a link's {@code parentKind}, the key-result kind {@code ROLLUP}, an
 * objective's {@code outcome} and {@code retrospective}, a waiver's {@code grantedOn}; and the
 * single {@code alignment} of versions 1 and 2, which version 3 rejects at its place.
 */
class VersionThreeFieldsTest {
  private static final Binding BINDING = Binding.current();

  /**
   * A document in the writer's form with several links, links to key results, a ROLLUP key result,
   * an outcome, a retrospective and a waiver's grant day.
   */
  static final String EVERY_NEW_FIELD = """
      {
        "formatVersion": 3,
        "objectives": [
          {
            "id": "o-company",
            "title": "Customers recommend us",
            "owner": {
              "kind": "ORGANIZATION"
            },
            "cycleId": "q4",
            "type": "COMMITTED",
            "status": "ACTIVE",
            "keyResults": [
              {
                "id": "kr-teams",
                "title": "Every team answers within a day",
                "kind": "ROLLUP",
                "start": 0.0,
                "target": 5.0,
                "unit": "teams",
                "current": 2.0,
                "weight": 2.0,
                "status": "ACTIVE"
              }
            ]
          },
          {
            "id": "o-support",
            "title": "Answer within a day",
            "owner": {
              "kind": "TEAM",
              "id": "support"
            },
            "cycleId": "q4",
            "type": "COMMITTED",
            "status": "CLOSED",
            "outcome": "PARTIAL",
            "retrospective": "Weekdays within a day; weekends not.\\nNext: a rota.",
            "alignments": [
              {
                "parentId": "kr-teams",
                "parentKind": "KEY_RESULT",
                "kind": "CONTRIBUTES",
                "weight": 3.0,
                "x-source": "okr-tool"
              },
              {
                "parentId": "o-company",
                "parentKind": "OBJECTIVE",
                "kind": "SUPPORTS",
                "weight": 1.0
              },
              {
                "parentId": "o-company",
                "parentKind": "OBJECTIVE",
                "kind": "CONTRIBUTES",
                "weight": 0.5
              }
            ]
          }
        ],
        "waivers": [
          {
            "code": "okr.check-in.stale",
            "subjectId": "kr-teams",
            "reason": "Survey paused for the migration",
            "grantedBy": "lena",
            "grantedOn": "2026-09-01",
            "untilInclusive": "2026-09-30"
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

  private static AlignkitJsonException failure(String json) {
    return assertThrows(AlignkitJsonException.class, () -> read(json));
  }

  @Test
  void aDocumentUsingEveryNewFieldSurvivesReadWriteReadUnchanged() {
    OrganizationSnapshot first = read(EVERY_NEW_FIELD);
    String written = BINDING.toJson(first);

    assertEquals(EVERY_NEW_FIELD, written);
    assertEquals(first, read(written));
    KeyResult rollup = first.keyResult("kr-teams").orElseThrow();
    assertTrue(rollup.isRollup());
    assertEquals(OptionalDouble.of(5.0), rollup.target());
    assertEquals(Optional.of("teams"), rollup.unit());
    assertEquals(OptionalDouble.of(2.0), rollup.current());
    List<Alignment> links = first.objective("o-support").orElseThrow().alignments();
    assertEquals(List.of(ParentKind.KEY_RESULT, ParentKind.OBJECTIVE, ParentKind.OBJECTIVE),
        links.stream().map(Alignment::parentKind).toList());
    assertEquals(Map.of("x-source", "\"okr-tool\""), links.get(0).attributes());
    assertEquals(Alignment.contributes("o-company", 0.5), links.get(2));
    Objective support = first.objective("o-support").orElseThrow();
    assertEquals(Optional.of(ObjectiveOutcome.PARTIAL), support.outcome());
    assertEquals(Optional.of("Weekdays within a day; weekends not.\nNext: a rota."), support.retrospective());
    Objective company = first.objective("o-company").orElseThrow();
    assertEquals(Optional.empty(), company.outcome());
    assertEquals(Optional.empty(), company.retrospective());
    Waiver waiver = first.waivers().get(0);
    assertEquals(Optional.of(LocalDate.of(2026, 9, 1)), waiver.grantedOn());
    assertEquals(Optional.of(LocalDate.of(2026, 9, 30)), waiver.untilInclusive());
  }

  @Test
  void everyOutcomeReadsAndANullOutcomeOrRetrospectiveIsAbsent() {
    for (ObjectiveOutcome outcome : ObjectiveOutcome.values()) {
      assertEquals(Optional.of(outcome), objective(", \"outcome\": \"" + outcome.name() + "\"").outcome());
    }
    Objective nulls = objective(", \"outcome\": null, \"retrospective\": null");
    assertEquals(Optional.empty(), nulls.outcome());
    assertEquals(Optional.empty(), nulls.retrospective());
    assertEquals(Map.of(), nulls.attributes());
    assertEquals(Optional.of(""), objective(", \"retrospective\": \"\"").retrospective(), "a blank text is kept");
  }

  @Test
  void outcomeAndRetrospectiveOnOtherObjectsAreAttributes() {
    KeyResult keyResult = read("{\"formatVersion\": 3, \"objectives\": [{\"id\": \"o-1\", \"title\": \"t\", \"owner\":"
        + " {\"kind\": \"ORGANIZATION\"}, \"keyResults\": [{\"id\": \"kr-1\", \"title\": \"k\", \"outcome\": \"DONE\","
        + " \"retrospective\": 1}]}]}").keyResult("kr-1").orElseThrow();
    assertEquals(Map.of("outcome", "\"DONE\"", "retrospective", "1"), keyResult.attributes());
  }

  @Test
  void aWaiverWithoutAGrantDayOrWithANullOneHasNone() {
    for (String grantedOn : List.of("", ", \"grantedOn\": null")) {
      OrganizationSnapshot snapshot = read("{\"formatVersion\": 3, \"waivers\": [{\"code\": \"okr.objective.count\","
          + " \"subjectId\": \"support\", \"reason\": \"Merger\"" + grantedOn + "}]}");
      Waiver waiver = snapshot.waivers().get(0);
      assertEquals(Optional.empty(), waiver.grantedOn(), grantedOn);
      assertEquals(Map.of(), waiver.attributes(), grantedOn);
      assertFalse(BINDING.toJson(snapshot).contains("grantedOn"), "written only when present");
    }
  }

  @Test
  void grantedOnOnOtherObjectsIsAnAttribute() {
    Person person = read("{\"formatVersion\": 3, \"people\": [{\"id\": \"ada\", \"name\": \"Ada\","
        + " \"grantedOn\": \"2026-09-01\"}]}").people().get(0);
    assertEquals(Map.of("grantedOn", "\"2026-09-01\""), person.attributes());
  }

  private static Objective objective(String fields) {
    return read("{\"formatVersion\": 3, \"objectives\": [{\"id\": \"o-1\", \"title\": \"t\", \"owner\":"
        + " {\"kind\": \"ORGANIZATION\"}" + fields + "}]}").objectives().get(0);
  }

  @Test
  void parentKindIsObjectiveWhenAbsentOrNullAndAlwaysWritten() throws IOException {
    Binding.Reader mapper = BINDING.reader();
    for (String parentKind : List.of("", "\"parentKind\": null, ")) {
      Alignment link = mapper.readWithMapper("{\"parentId\": \"o-1\", " + parentKind + "\"kind\": \"SUPPORTS\", \"weight\": 1}",
          Alignment.class);
      assertEquals(Alignment.supports("o-1"), link);
      assertEquals("{\"parentId\":\"o-1\",\"parentKind\":\"OBJECTIVE\",\"kind\":\"SUPPORTS\",\"weight\":1.0}",
          mapper.writeWithMapper(link));
    }
  }

  @Test
  void anAlignmentInAVersionThreeDocumentFailsAtIt() {
    AlignkitJsonException e = failure(ReadErrorsTest.base(
        "\"alignments\": [{\"parentId\": \"o-1\", \"kind\": \"CONTRIBUTES\", \"weight\": 1}]",
        "\"alignment\": {\"parentId\": \"o-1\", \"kind\": \"CONTRIBUTES\", \"weight\": 1}"));

    assertEquals("/objectives/1/alignment: alignment is a field of formatVersion 1 and 2 only: in formatVersion 3 an"
        + " objective's links are the array alignments (line 34, column 20)", e.getMessage());
  }

  @Test
  void anAlignmentBeforeTheVersionFailsAtItOnceTheVersionIsThree() {
    String objectives = "{\"objectives\": [\n{\"id\": \"o-1\", \"title\": \"t\", \"owner\": {\"kind\": \"ORGANIZATION\"},"
        + "\n \"alignment\": {\"parentId\": \"o-2\", \"kind\": \"SUPPORTS\", \"weight\": 1}},\n{\"id\": \"o-2\", \"title\":"
        + " \"u\", \"owner\": {\"kind\": \"ORGANIZATION\"}, \"alignment\": {\"parentId\": \"o-1\", \"kind\": \"SUPPORTS\","
        + " \"weight\": 1}}],\n";
    AlignkitJsonException e = failure(objectives + "\"formatVersion\": 3}");
    assertEquals("/objectives/0/alignment: alignment is a field of formatVersion 1 and 2 only: in formatVersion 3 an"
        + " objective's links are the array alignments (line 3, column 15)", e.getMessage());

    OrganizationSnapshot versionTwo = read(objectives + "\"formatVersion\": 2}");
    assertEquals(List.of(Alignment.supports("o-2")), versionTwo.objectives().get(0).alignments());
    assertEquals(List.of(Alignment.supports("o-1")), versionTwo.objectives().get(1).alignments());
  }

  @Test
  void anAlignmentThatNoVersionReadsFailsAtItsPlaceBeforeTheVersionIsKnown() {
    AlignkitJsonException e = failure("{\"objectives\": [{\"id\": \"o-1\", \"title\": \"t\", \"owner\": {\"kind\":"
        + " \"ORGANIZATION\"}, \"alignment\": {\"parentId\": \"o-2\", \"kind\": \"SUPPORTS\"}}], \"formatVersion\": 3}");
    assertEquals("/objectives/0/alignment: missing required field weight", e.pointer() + ": " + e.problem());
  }

  @Test
  void aNullAlignmentIsAbsentInVersionThreeAsEveryNull() {
    Objective objective = read("{\"formatVersion\": 3, \"objectives\": [{\"id\": \"o-1\", \"title\": \"t\", \"owner\":"
        + " {\"kind\": \"ORGANIZATION\"}, \"alignment\": null, \"alignments\": null}]}").objectives().get(0);
    assertEquals(List.of(), objective.alignments());
    assertEquals(Map.of(), objective.attributes());
  }

  @Test
  void anObjectiveReadOnItsOwnIsOfVersionThree() throws IOException {
    Binding.Reader mapper = BINDING.reader();
    AlignkitJsonException e = assertThrows(AlignkitJsonException.class, () -> mapper.readWithMapper("{\"id\": \"o-1\","
        + " \"title\": \"t\", \"owner\": {\"kind\": \"ORGANIZATION\"}, \"alignment\": {\"parentId\": \"o-2\", \"kind\":"
        + " \"SUPPORTS\", \"weight\": 1}}", Objective.class));
    assertEquals("/alignment", e.pointer());
    assertEquals(List.of(Alignment.supports("o-2")), mapper.readWithMapper("{\"id\": \"o-1\", \"title\": \"t\", \"owner\":"
        + " {\"kind\": \"ORGANIZATION\"}, \"alignments\": [{\"parentId\": \"o-2\", \"kind\": \"SUPPORTS\", \"weight\": 1}]}",
        Objective.class).alignments());
  }

  @Test
  void aFieldNamedAlignmentOnAnotherObjectIsAnAttribute() {
    KeyResult keyResult = read("{\"formatVersion\": 3, \"objectives\": [{\"id\": \"o-1\", \"title\": \"t\", \"owner\":"
        + " {\"kind\": \"ORGANIZATION\"}, \"keyResults\": [{\"id\": \"kr-1\", \"title\": \"k\", \"alignment\": 1}]}]}")
        .keyResult("kr-1").orElseThrow();
    assertEquals(Map.of("alignment", "1"), keyResult.attributes());
  }

  @Test
  void anObjectiveWithAnAttributeNamedAlignmentCannotBeWritten() {
    Objective objective = Objective.builder().id("o-1").title("t").owner(Owner.organization())
        .putAttribute("alignment", "{\"parentId\":\"o-2\"}").build();
    AlignkitJsonException e = assertThrows(AlignkitJsonException.class,
        () -> BINDING.toJson(OrganizationSnapshot.builder().addObjective(objective).build()));
    assertEquals("/objectives/0", e.pointer());
    assertTrue(e.problem().startsWith("attribute \"alignment\" of the objective has the name of a field of formatVersion"
        + " 1 and 2; field names are reserved: "), e.problem());
  }

  @Test
  void aSecondLinkToTheSameParentReadsForTheDuplicateRuleToReport() {
    String link = "{\"parentId\": \"o-2\", \"kind\": \"CONTRIBUTES\", \"weight\": 1}";
    Objective objective = read("{\"formatVersion\": 3, \"objectives\": [{\"id\": \"o-1\", \"title\": \"t\", \"owner\":"
        + " {\"kind\": \"ORGANIZATION\"}, \"alignments\": [" + link + ", " + link + "]}]}").objectives().get(0);
    assertEquals(List.of(Alignment.contributes("o-2", 1), Alignment.contributes("o-2", 1)), objective.alignments());
  }

  @Test
  void jsonLinesReadTheLinksOfTheirVersion() {
    String person = "{\"person\":{\"id\":\"ada\",\"name\":\"Ada\"},\"objectives\":[{\"id\":\"o-2\",\"title\":\"t\","
        + "\"owner\":{\"kind\":\"PERSON\",\"id\":\"ada\"},\"cycleId\":\"q4\","
        + "\"alignment\":{\"parentId\":\"o-1\",\"kind\":\"CONTRIBUTES\",\"weight\":1}}]}\n";
    String organization = "{\"formatVersion\":%d,\"objectives\":[{\"id\":\"o-1\",\"title\":\"t\",\"owner\":"
        + "{\"kind\":\"ORGANIZATION\"},\"cycleId\":\"q4\",\"keyResults\":[{\"id\":\"kr-1\",\"title\":\"k\",\"kind\":\"ROLLUP\"}]}]}\n";

    OrganizationSnapshot versionTwo = lines(String.format(organization, 2) + person).snapshot();
    assertEquals(List.of(Alignment.contributes("o-1", 1)), versionTwo.objective("o-2").orElseThrow().alignments());
    assertEquals(Optional.of(KeyResultKind.ROLLUP), versionTwo.keyResult("kr-1").orElseThrow().kind());
    AlignkitJsonException e = assertThrows(AlignkitJsonException.class,
        () -> lines(String.format(organization, 3) + person));
    assertEquals("/objectives/0/alignment: alignment is a field of formatVersion 1 and 2 only: in formatVersion 3 an"
        + " objective's links are the array alignments (line 2, column 139)", e.getMessage());
  }

  private static JsonLinesResult lines(String text) {
    return BINDING.readLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        JsonLimits.defaults(), ErrorMode.STOP_AT_FIRST);
  }
}
