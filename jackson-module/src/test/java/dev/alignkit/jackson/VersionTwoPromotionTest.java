package dev.alignkit.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.json.AlignkitJsonException;
import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.KeyResultKind;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.ObjectiveOutcome;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Waiver;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * In a version 1 or 2 document an objective's {@code alignment} is its first link, and an
 * attribute named like a field that version 3 adds to its object (an objective's
 * {@code alignments}, {@code outcome} and {@code retrospective}, a link's {@code parentKind}, a
 * waiver's {@code grantedOn})
 * becomes that field when its value is valid for it, and reading fails at the attribute when not
 * (docs/json-format.md, Versions).
 */
class VersionTwoPromotionTest {
  private static final Binding BINDING = Binding.current();

  private static OrganizationSnapshot corpus(String name) {
    return Corpus.read(Corpus.resource("v2/" + name));
  }

  private static String objective(int version, String fields) {
    return "{\"formatVersion\": " + version + ", \"objectives\": [{\"id\": \"o-1\", \"title\": \"t\", \"owner\":"
        + " {\"kind\": \"ORGANIZATION\"}, \"cycleId\": \"q4\"" + fields + "}]}";
  }

  private static List<Alignment> links(String json) {
    return BINDING.fromJson(json).objectives().get(0).alignments();
  }

  private static AlignkitJsonException failure(String json) {
    return assertThrows(AlignkitJsonException.class, () -> BINDING.fromJson(json));
  }

  @Test
  void theSingleAlignmentComesFirstThenThePromotedAlignmentsWhateverTheirOrder() {
    OrganizationSnapshot snapshot = corpus("promoted-fields.json");

    Objective platform = snapshot.objective("o-platform").orElseThrow();
    assertEquals(List.of(Alignment.contributes("o-company", 0.5),
        Alignment.builder().from(Alignment.contributesToKeyResult("kr-teams", 2))
            .putAttribute("x-source", "\"okr-tool\"").build(),
        Alignment.supports("o-company")), platform.alignments());
    assertTrue(platform.attributes().isEmpty());
    Objective ada = snapshot.objective("o-ada").orElseThrow();
    assertEquals(List.of(Alignment.supportsKeyResult("kr-nps")), ada.alignments());
    assertTrue(ada.attributes().isEmpty() && ada.alignments().get(0).attributes().isEmpty());
    Objective empty = snapshot.objective("o-empty").orElseThrow();
    assertEquals(List.of(), empty.alignments());
    assertTrue(empty.attributes().isEmpty());
    for (int version : new int[] {1, 2}) {
      String single = ", \"alignment\": {\"parentId\": \"o-a\", \"kind\": \"SUPPORTS\", \"weight\": 1}";
      String several = ", \"alignments\": [{\"parentId\": \"kr-b\", \"parentKind\": \"KEY_RESULT\","
          + " \"kind\": \"CONTRIBUTES\", \"weight\": 3}]";
      List<Alignment> expected = List.of(Alignment.supports("o-a"), Alignment.contributesToKeyResult("kr-b", 3));
      assertEquals(expected, links(objective(version, single + several)), "version " + version);
      assertEquals(expected, links(objective(version, several + single)), "version " + version);
    }
  }

  @Test
  void anOutcomeAndARetrospectiveAttributeBecomeTheFieldsWhenValid() {
    for (int version : new int[] {1, 2}) {
      Objective objective = BINDING.fromJson(objective(version, ", \"status\": \"CLOSED\", \"outcome\":"
          + " \"MISSED\", \"retrospective\": \"Too late to matter\", \"x-score\": 0.3")).objectives().get(0);

      assertEquals(Optional.of(ObjectiveOutcome.MISSED), objective.outcome(), "version " + version);
      assertEquals(Optional.of("Too late to matter"), objective.retrospective(), "version " + version);
      assertEquals(Map.of("x-score", "0.3"), objective.attributes(), "version " + version);
      Objective nulls = BINDING.fromJson(objective(version, ", \"outcome\": null, \"retrospective\": null"))
          .objectives().get(0);
      assertEquals(Optional.empty(), nulls.outcome());
      assertEquals(Map.of(), nulls.attributes(), "a null attribute of a promoted name is dropped");
    }
  }

  @Test
  void anOutcomeAttributeThatIsNoOutcomeFailsAtTheAttribute() {
    for (int version : new int[] {1, 2}) {
      AlignkitJsonException outcome = failure(objective(version, ", \"outcome\": \"success\""));
      assertEquals("/objectives/0/outcome: attribute \"outcome\" of this formatVersion " + version + " objective"
          + " becomes its field outcome (new in formatVersion 3) and must be valid for it: expected one of ACHIEVED,"
          + " PARTIAL, MISSED, got a string \"success\" (line 1, column 128)", outcome.getMessage());
      AlignkitJsonException retrospective = failure(objective(version, ", \"retrospective\": {\"text\": \"t\"}"));
      assertEquals("/objectives/0/retrospective: attribute \"retrospective\" of this formatVersion " + version
          + " objective becomes its field retrospective (new in formatVersion 3) and must be valid for it: expected a"
          + " string, got an object", retrospective.pointer() + ": " + retrospective.problem());
    }
  }

  private static String waiver(int version, String fields) {
    return "{\"formatVersion\": " + version + ", \"waivers\": [{\"code\": \"okr.check-in.stale\", \"subjectId\":"
        + " \"kr-1\", \"reason\": \"Survey paused\"" + fields + "}]}";
  }

  @Test
  void aGrantedOnAttributeOfAWaiverBecomesTheFieldWhenValid() {
    for (int version : new int[] {1, 2}) {
      Waiver waiver = BINDING.fromJson(waiver(version, ", \"grantedOn\": \"2026-09-01\", \"untilInclusive\":"
          + " \"2026-09-30\", \"x-ticket\": 7")).waivers().get(0);

      assertEquals(Optional.of(LocalDate.of(2026, 9, 1)), waiver.grantedOn(), "version " + version);
      assertEquals(Map.of("x-ticket", "7"), waiver.attributes(), "version " + version);
      Waiver nulls = BINDING.fromJson(waiver(version, ", \"grantedOn\": null")).waivers().get(0);
      assertEquals(Optional.empty(), nulls.grantedOn());
      assertEquals(Map.of(), nulls.attributes(), "a null attribute of a promoted name is dropped");
    }
  }

  @Test
  void aGrantedOnAttributeThatIsNoDateFailsAtTheAttribute() {
    for (int version : new int[] {1, 2}) {
      AlignkitJsonException e = failure(waiver(version, ", \"grantedOn\": \"last week\""));
      assertEquals("/waivers/0/grantedOn: attribute \"grantedOn\" of this formatVersion " + version + " waiver becomes"
          + " its field grantedOn (new in formatVersion 3) and must be valid for it: expected an ISO-8601 date such as"
          + " \"2026-07-01\", got a string \"last week\" (line 1, column 126)", e.getMessage());
    }
  }

  @Test
  void anOutcomeAttributeOfAnotherObjectStaysAnAttribute() {
    KeyResult keyResult = BINDING.fromJson(objective(2, ", \"keyResults\": [{\"id\": \"kr-1\", \"title\": \"k\","
        + " \"outcome\": \"success\", \"retrospective\": 3}]")).keyResult("kr-1").orElseThrow();
    assertEquals(Map.of("outcome", "\"success\"", "retrospective", "3"), keyResult.attributes());
  }

  @Test
  void aLinkGivenInBothFieldsIsKeptTwiceForTheDuplicateRuleToReport() {
    String link = "{\"parentId\": \"o-a\", \"kind\": \"CONTRIBUTES\", \"weight\": 1}";
    assertEquals(List.of(Alignment.contributes("o-a", 1), Alignment.contributes("o-a", 1)),
        links(objective(2, ", \"alignment\": " + link + ", \"alignments\": [" + link + "]")));
  }

  @Test
  void namesThatAreNoFieldOfTheirObjectStayAttributes() {
    OrganizationSnapshot snapshot = corpus("promoted-fields.json");

    assertEquals(Map.of("alignments", "\"not a person field\""), snapshot.person("ada").orElseThrow().attributes());
    assertEquals(Map.of("parentKind", "\"not a team field\""), snapshot.team("platform").orElseThrow().attributes());
    Objective company = snapshot.objective("o-company").orElseThrow();
    assertEquals(Map.of("parentKind", "\"not an objective field\""), company.attributes());
    assertEquals(Map.of("alignment", "\"not a key-result field\""), company.keyResults().get(0).attributes());
    assertEquals(Map.of("alignments", "[\"not a key-result field\"]"), company.keyResults().get(1).attributes());
    assertEquals(Map.of("x-exported-by", "\"okr-tool\""), snapshot.attributes());
  }

  @Test
  void jsonLinesOfVersionTwoReadTheirObjectivesLinksTheSameWay() {
    OrganizationSnapshot snapshot = corpus("promoted-lines.jsonl");

    assertEquals(List.of(Alignment.contributes("o-1", 1), Alignment.contributesToKeyResult("kr-1", 1)),
        snapshot.objective("o-2").orElseThrow().alignments());
    assertEquals(List.of(Alignment.supports("o-2")), snapshot.objective("o-3").orElseThrow().alignments());
    assertEquals(Map.of("alignments", "\"not a key-result field\""), snapshot.keyResult("kr-1").orElseThrow().attributes());
  }

  @Test
  void anAttributeThatIsNotValidForItsFieldFailsAtTheAttribute() {
    String promotion = " (new in formatVersion 3) and must be valid for it: ";
    for (int version : new int[] {1, 2}) {
      String objective = "attribute \"alignments\" of this formatVersion " + version + " objective becomes its field"
          + " alignments" + promotion;
      List<String[]> cases = List.of(
          new String[] {objective(version, ", \"alignments\": \"o-2\""), "/objectives/0/alignments",
              objective + "expected an array, got a string \"o-2\""},
          new String[] {objective(version, ", \"alignments\": [{\"parentId\": \"o-2\", \"kind\": \"SUPPORTS\"}]"),
              "/objectives/0/alignments/0", objective + "missing required field weight"},
          new String[] {objective(version, ", \"alignments\": [{\"parentId\": \"o-2\", \"parentKind\": \"TEAM\","
              + " \"kind\": \"SUPPORTS\", \"weight\": 1}]"), "/objectives/0/alignments/0/parentKind",
              objective + "expected one of OBJECTIVE, KEY_RESULT, got a string \"TEAM\""},
          new String[] {objective(version, ", \"alignment\": {\"parentId\": \"o-2\", \"parentKind\": 1,"
              + " \"kind\": \"SUPPORTS\", \"weight\": 1}"), "/objectives/0/alignment/parentKind",
              "attribute \"parentKind\" of this formatVersion " + version + " alignment becomes its field parentKind"
                  + promotion + "expected one of OBJECTIVE, KEY_RESULT, got a number 1"});
      for (String[] example : cases) {
        AlignkitJsonException e = failure(example[0]);
        assertEquals(example[1] + ": " + example[2], e.pointer() + ": " + e.problem(), example[0]);
      }
    }
  }

  @Test
  void theDocumentedExampleFailsAsDocumented() {
    String json = "{\"formatVersion\": 2, \"objectives\": [{\"id\": \"o-1\", \"title\": \"t\", \"owner\": {\"kind\":"
        + " \"ORGANIZATION\"}, \"alignments\": [{\"parentId\": \"o-2\", \"parentKind\": \"TEAM\", \"kind\": \"SUPPORTS\","
        + " \"weight\": 1}]}]}";
    assertEquals("/objectives/0/alignments/0/parentKind: attribute \"alignments\" of this formatVersion 2 objective"
        + " becomes its field alignments (new in formatVersion 3) and must be valid for it: expected one of OBJECTIVE,"
        + " KEY_RESULT, got a string \"TEAM\" (line 1, column 149)", failure(json).getMessage());
  }

  @Test
  void rollupReadsInEveryVersionAndWithCheckInsFailsAtThem() {
    for (int version : new int[] {1, 2}) {
      KeyResult rollup = BINDING.fromJson(objective(version, ", \"keyResults\": [{\"id\": \"kr-1\", \"title\": \"k\","
          + " \"kind\": \"ROLLUP\", \"checkIns\": []}]")).objectives().get(0).keyResults().get(0);
      assertEquals(Optional.of(KeyResultKind.ROLLUP), rollup.kind());
      AlignkitJsonException e = failure(objective(version, ", \"keyResults\": [{\"id\": \"kr-1\", \"title\": \"k\","
          + " \"kind\": \"ROLLUP\", \"checkIns\": [{\"date\": \"2023-10-01\", \"value\": 1}]}]"));
      assertEquals("/objectives/0/keyResults/0/checkIns: checkIns must be empty on a ROLLUP key result, which its"
          + " contributors measure: 1 given", e.pointer() + ": " + e.problem());
    }
  }
}
