package dev.alignkit.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.advice.Suggestion;
import dev.alignkit.advice.SuggestionKind;
import dev.alignkit.career.RoleRef;
import dev.alignkit.common.Visibility;
import dev.alignkit.json.AlignkitJsonException;
import dev.alignkit.org.Waiver;
import dev.alignkit.policy.Severity;
import dev.alignkit.rules.Finding;
import dev.alignkit.rules.ItemPath;
import dev.alignkit.rules.Report;
import dev.alignkit.rules.WaivedFinding;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A validation's report as a result document: exactly what is written, the texts rendered only
 * for a {@code Locale}, the version at the document's root only, and what reading refuses.
 */
class ReportJsonTest {
  private static final Binding BINDING = Binding.current();

  private static final LocalDate AS_OF = LocalDate.of(2026, 8, 15);

  static final Finding UNKNOWN_MANAGER = Finding.builder().code("org.person.unknown-manager")
      .severity(Severity.ERROR).path(ItemPath.person("sam").field("managerId")).subjectId("sam").personId("sam")
      .putArgument("person", "Sam Reed").putArgument("manager", "ghost")
      .suggestionKey("org.person.unknown-manager.suggestion").build();

  static final Finding NO_KEY_RESULTS = Finding.builder().code("okr.objective.no-key-results")
      .severity(Severity.WARNING).path(ItemPath.objective("o-sales[eu]")).subjectId("o-sales[eu]")
      .putArgument("objective", "Grow EU sales").subjectVisibility(Visibility.TEAM)
      .suggestionKey("okr.objective.no-key-results.suggestion").build();

  static final Waiver WAIVER = Waiver.builder().code("okr.objective.no-key-results").subjectId("o-sales[eu]")
      .reason("measured next quarter").grantedBy("lena").untilInclusive(LocalDate.of(2026, 9, 30))
      .putAttribute("x-ticket", "\"HR-7\"").build();

  static final Report REPORT = Report.of(AS_OF, List.of(UNKNOWN_MANAGER),
      List.of(WaivedFinding.of(NO_KEY_RESULTS, WAIVER)));

  static final String REPORT_JSON = """
      {
        "resultFormatVersion": 1,
        "asOf": "2026-08-15",
        "valid": false,
        "findings": [
          {
            "code": "org.person.unknown-manager",
            "severity": "ERROR",
            "path": "people[sam].managerId",
            "pathSegments": [
              {
                "name": "people",
                "id": "sam"
              },
              {
                "name": "managerId"
              }
            ],
            "subjectId": "sam",
            "personId": "sam",
            "arguments": {
              "person": "Sam Reed",
              "manager": "ghost"
            },
            "subjectVisibility": "PUBLIC",
            "suggestionKey": "org.person.unknown-manager.suggestion"
          }
        ],
        "waived": [
          {
            "finding": {
              "code": "okr.objective.no-key-results",
              "severity": "WARNING",
              "path": "objectives[o-sales\\\\[eu\\\\]]",
              "pathSegments": [
                {
                  "name": "objectives",
                  "id": "o-sales[eu]"
                }
              ],
              "subjectId": "o-sales[eu]",
              "arguments": {
                "objective": "Grow EU sales"
              },
              "subjectVisibility": "TEAM",
              "suggestionKey": "okr.objective.no-key-results.suggestion"
            },
            "waiver": {
              "code": "okr.objective.no-key-results",
              "subjectId": "o-sales[eu]",
              "reason": "measured next quarter",
              "grantedBy": "lena",
              "untilInclusive": "2026-09-30",
              "x-ticket": "HR-7"
            }
          }
        ]
      }
      """;

  @Test
  void aReportIsWrittenWithCodesArgumentsAndPathsAndNoTexts() {
    assertEquals(REPORT_JSON, BINDING.resultToJson(REPORT));
  }

  @Test
  void aReportReadsBackEqual() {
    assertEquals(REPORT, BINDING.resultFromJson(REPORT_JSON, Report.class));
    assertEquals(WAIVER.attributes(), BINDING.resultFromJson(REPORT_JSON, Report.class).waived().get(0).waiver()
        .attributes());
  }

  @Test
  void aLocaleAddsTheRenderedMessageAndSuggestionBesideTheCodeAndArguments() {
    String english = BINDING.resultToJson(REPORT, Locale.ENGLISH);
    assertTrue(english.contains("""
              "suggestionKey": "org.person.unknown-manager.suggestion",
              "message": "Sam Reed reports to ghost, who is not in the organization.",
              "suggestion": "Set the manager to an existing person, or clear it for the top of the organization."
        """), english);
    assertTrue(english.contains("\"code\": \"org.person.unknown-manager\""), english);
    assertTrue(english.contains("\"manager\": \"ghost\""), english);
    String german = BINDING.resultToJson(REPORT, Locale.GERMAN);
    assertTrue(german.contains("\"message\": \"Das Ziel „Grow EU sales“ ist aktiv, aber nichts misst es.\""), german);
  }

  @Test
  void renderedTextsAreDroppedWhenRead() {
    assertEquals(REPORT, BINDING.resultFromJson(BINDING.resultToJson(REPORT, Locale.GERMAN), Report.class));
  }

  @Test
  void aFindingOnItsOwnIsADocumentWithItsVersionAndTheReportsFindingsAreNot() {
    String finding = BINDING.resultToJson(UNKNOWN_MANAGER);
    assertTrue(finding.startsWith("{\n  \"resultFormatVersion\": 1,\n  \"code\": \"org.person.unknown-manager\",\n"),
        finding);
    assertEquals(1, REPORT_JSON.split("resultFormatVersion", -1).length - 1);
    assertEquals(UNKNOWN_MANAGER, BINDING.resultFromJson(finding, Finding.class));
  }

  @Test
  void anyMapperWithTheModuleWritesTheSameDocumentAndReadsItBack() throws Exception {
    String compact = BINDING.writeWithFoundModules(REPORT);
    assertTrue(compact.startsWith("{\"resultFormatVersion\":1,\"asOf\":\"2026-08-15\",\"valid\":false,"), compact);
    assertFalse(compact.contains("message"), compact);
    assertEquals(REPORT, BINDING.readWithFoundModules(compact, Report.class));
    String rendered = BINDING.writeRenderedWithFoundModules(List.of(REPORT), Locale.ENGLISH);
    assertTrue(rendered.startsWith("[{\"asOf\":\"2026-08-15\""), rendered);
    assertTrue(rendered.contains("\"message\":\"Sam Reed reports to ghost, who is not in the organization.\""),
        rendered);
  }

  @Test
  void adviceOnAFindingKeepsItsRolesAndArgumentsAndRendersItsSentence() {
    Suggestion tweak = Suggestion.builder().kind(SuggestionKind.TWEAK).rank(1).messageKey("advice.tweak")
        .putArgument("skill", "negotiation").putArgument("instead", "juggling").addSkill("negotiation")
        .addRole(RoleRef.of("sales", "S1")).build();
    Finding tangential = Finding.builder().from(UNKNOWN_MANAGER).addAdvice(tweak).build();
    assertEquals(tangential, BINDING.resultFromJson(BINDING.resultToJson(tangential), Finding.class));
    String english = BINDING.resultToJson(tangential, Locale.ENGLISH);
    assertTrue(english.contains("\"sentence\": \"Could you aim at negotiation instead of juggling? It grows the"
        + " same kind of expertise, and it is what your role and your team need.\""), english);
  }

  @Test
  void aResultDocumentWithoutItsVersionIsRefused() {
    AlignkitJsonException e = assertThrows(AlignkitJsonException.class,
        () -> BINDING.resultFromJson(REPORT_JSON.replace("  \"resultFormatVersion\": 1,\n", ""), Report.class));
    assertEquals("", e.pointer());
    assertEquals("missing required field resultFormatVersion: a result document gives the version of its format, 1",
        e.problem());
    assertEquals(1, e.line());
  }

  @Test
  void anotherVersionIsRefusedAtItsValue() {
    AlignkitJsonException e = assertThrows(AlignkitJsonException.class,
        () -> BINDING.resultFromJson(REPORT_JSON.replace("\"resultFormatVersion\": 1", "\"resultFormatVersion\": 2"),
            Report.class));
    assertEquals("/resultFormatVersion", e.pointer());
    assertEquals("resultFormatVersion 2 is not supported: this reader reads version 1", e.problem());
    assertEquals(2, e.line());
    assertEquals(26, e.column());
  }

  @Test
  void unknownFieldsAreSkipped() {
    String decorated = REPORT_JSON.replace("\"valid\": false,",
        "\"valid\": false, \"x-request\": {\"id\": [1, {\"deep\": null}]},");
    assertEquals(REPORT, BINDING.resultFromJson(decorated, Report.class));
  }

  @Test
  void aValidFlagThatDisagreesWithTheFindingsIsRefused() {
    AlignkitJsonException e = assertThrows(AlignkitJsonException.class,
        () -> BINDING.resultFromJson(REPORT_JSON.replace("\"valid\": false", "\"valid\": true"), Report.class));
    assertEquals("/valid", e.pointer());
    assertEquals("valid is true but the report read gives false", e.problem());
  }

  @Test
  void pathSegmentsThatDisagreeWithThePathAreRefused() {
    AlignkitJsonException e = assertThrows(AlignkitJsonException.class,
        () -> BINDING.resultFromJson(REPORT_JSON.replace("\"name\": \"managerId\"", "\"name\": \"teamId\""),
            Report.class));
    assertEquals("/findings/0/pathSegments", e.pointer());
    assertEquals("pathSegments is people[sam].teamId but the finding read gives people[sam].managerId", e.problem());
  }

  @Test
  void aPathThatIsNotAnItemPathIsRefusedAtIt() {
    AlignkitJsonException e = assertThrows(AlignkitJsonException.class,
        () -> BINDING.resultFromJson(REPORT_JSON.replace("\"people[sam].managerId\"", "\"people[sam\""), Report.class));
    assertEquals("/findings/0/path", e.pointer());
    assertEquals("not an item path: \"people[sam\" (at 10: ']' is expected)", e.problem());
  }

  @Test
  void aMissingCodeIsRefusedAtTheFinding() {
    AlignkitJsonException e = assertThrows(AlignkitJsonException.class,
        () -> BINDING.resultFromJson(REPORT_JSON.replace("\"code\": \"org.person.unknown-manager\",", ""),
            Report.class));
    assertEquals("/findings/0", e.pointer());
    assertEquals("missing required field code", e.problem());
    assertEquals(6, e.line());
  }

  @Test
  void aRankBelowOneIsRefusedAtTheSuggestion() {
    String json = BINDING.resultToJson(Finding.builder().from(UNKNOWN_MANAGER).addAdvice(Suggestion.builder()
        .kind(SuggestionKind.WEAVE).rank(1).messageKey("advice.weave").build()).build());
    AlignkitJsonException e = assertThrows(AlignkitJsonException.class,
        () -> BINDING.resultFromJson(json.replace("\"rank\": 1", "\"rank\": 0"), Finding.class));
    assertEquals("/advice/0", e.pointer());
    assertEquals("not a valid suggestion: suggestion rank must be at least 1: 0", e.problem());
  }

  @Test
  void onlyResultsAreWrittenAndRead() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BINDING.resultToJson(Map.of()));
    assertTrue(e.getMessage().startsWith("not a result type: java.util."), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> BINDING.resultFromJson("{}", String.class));
  }
}
