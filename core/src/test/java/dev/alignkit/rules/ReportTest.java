package dev.alignkit.rules;

import static dev.alignkit.rules.RuleFixtures.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.org.Waiver;
import dev.alignkit.policy.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportTest {
  /** Two errors (a missing parent, an unknown manager) and one warning (an activity). */
  private static OrganizationSnapshot.Builder troubled() {
    Objective orphan = Objective.builder().from(RuleFixtures.teamObjective())
        .alignments(java.util.List.of(Alignment.contributes("o-gone", 1))).build();
    Objective personal = RuleFixtures.personalWith(
        KeyResult.increase("kr-s", "Attend 12 sessions", 0, 12, "sessions"));
    return RuleFixtures.clean()
        .objectives(List.of(RuleFixtures.companyObjective(), orphan, personal))
        .addPerson(Person.builder().id("sam").name("Sam Reed").managerId("ghost").build());
  }

  @Test
  void findingsAreOrderedByPathThenCode() {
    Report report = Validator.defaults().validate(troubled().build(), AS_OF);
    assertEquals(List.of(
            "objectives[o-maya].keyResults[kr-s].title",
            "objectives[o-support].alignments[0].parentId",
            "people[sam].managerId"),
        report.findings().stream().map(f -> f.path().toString()).toList());
  }

  @Test
  void reportWithAnErrorIsNotValidAndFiltersFindTheirFindings() {
    Report report = Validator.defaults().validate(troubled().build(), AS_OF);
    assertFalse(report.isValid());
    assertEquals(2, report.ofSeverity(Severity.ERROR).size());
    assertEquals(1, report.ofSeverity(Severity.WARNING).size());
    assertEquals(0, report.ofSeverity(Severity.INFO).size());
    assertEquals(List.of("people[sam].managerId"),
        report.ofCode(RuleCodes.PERSON_UNKNOWN_MANAGER).stream().map(f -> f.path().toString()).toList());
    assertEquals(List.of(RuleCodes.ALIGNMENT_MISSING_PARENT),
        report.aboutSubject("o-support").stream().map(Finding::code).toList());
    assertEquals(List.of(RuleCodes.KEY_RESULT_ACTIVITY),
        report.aboutPerson("maya").stream().map(Finding::code).toList());
  }

  @Test
  void atLeastASeverityGivesItAndTheMoreSeriousOnesInReportOrder() {
    Report report = Validator.defaults().validate(troubled().build(), AS_OF);
    assertEquals(report.ofSeverity(Severity.ERROR), report.atLeast(Severity.ERROR));
    assertEquals(List.of(RuleCodes.KEY_RESULT_ACTIVITY, RuleCodes.ALIGNMENT_MISSING_PARENT,
            RuleCodes.PERSON_UNKNOWN_MANAGER),
        report.atLeast(Severity.WARNING).stream().map(Finding::code).toList());
    assertEquals(report.findings(), report.atLeast(Severity.INFO));
  }

  @Test
  void aSeverityIsAtLeastItselfAndEveryLessSeriousOne() {
    assertTrue(Severity.ERROR.isAtLeast(Severity.ERROR));
    assertTrue(Severity.ERROR.isAtLeast(Severity.INFO));
    assertTrue(Severity.WARNING.isAtLeast(Severity.INFO));
    assertFalse(Severity.WARNING.isAtLeast(Severity.ERROR));
    assertFalse(Severity.INFO.isAtLeast(Severity.WARNING));
  }

  @Test
  void waiverInForceMovesExactlyTheMatchingFindingAside() {
    Waiver waiver = Waiver.of(RuleCodes.PERSON_UNKNOWN_MANAGER, "sam", "Contractor managed by the agency",
        "lena", AS_OF);
    Report report = Validator.defaults().validate(troubled().addWaiver(waiver).build(), AS_OF);
    assertEquals(2, report.findings().size());
    assertEquals(1, report.waived().size());
    assertEquals("people[sam].managerId", report.waived().get(0).finding().path().toString());
    assertEquals(waiver, report.waived().get(0).waiver());
  }

  @Test
  void expiredWaiverOrOneForAnotherSubjectMovesNothing() {
    Waiver expired = Waiver.of(RuleCodes.PERSON_UNKNOWN_MANAGER, "sam", "Was temporary", "lena", AS_OF.minusDays(1));
    Waiver otherSubject = Waiver.of(RuleCodes.PERSON_UNKNOWN_MANAGER, "maya", "Not her", "lena", AS_OF);
    Report report = Validator.defaults().validate(troubled().addWaivers(expired, otherSubject).build(), AS_OF);
    assertEquals(3, report.findings().size());
    assertEquals(List.of(), report.waived());
  }

  /** The clean organization whose personal key result {@code kr-q} was last checked in on 2026-07-10. */
  private static OrganizationSnapshot.Builder quietSinceJuly10() {
    KeyResult quiet = KeyResult.increase("kr-q", "Raise CSAT to 95", 90, 95, "%")
        .withCheckIn(CheckIn.of(LocalDate.of(2026, 7, 10), 91));
    return OrganizationSnapshot.builder().from(RuleFixtures.withPersonalKeyResult(quiet));
  }

  private static Waiver staleWaiver(String reason, LocalDate grantedOn) {
    return Waiver.builder().code(RuleCodes.CHECK_IN_STALE).subjectId("kr-q").reason(reason).grantedBy("lena")
        .grantedOn(grantedOn).build();
  }

  @Test
  void waiverGrantedAfterTheAsOfDateLeavesTheFindingOpenAndWaivesItFromItsGrantDay() {
    Waiver september = Waiver.builder().from(staleWaiver("Survey paused", LocalDate.of(2026, 9, 1)))
        .untilInclusive(LocalDate.of(2026, 9, 30)).build();
    OrganizationSnapshot snapshot = quietSinceJuly10().addWaiver(september).build();

    Report august15 = Validator.defaults().validate(snapshot, AS_OF);
    Finding stale = RuleFixtures.only(RuleCodes.CHECK_IN_STALE, august15);
    assertEquals("kr-q", stale.subjectId());
    assertEquals(RuleFixtures.args("keyResult", "Raise CSAT to 95", "days", "36", "limit", "28"), stale.arguments());
    assertEquals(List.of(), august15.waived());

    Report september2 = Validator.defaults().validate(snapshot, LocalDate.of(2026, 9, 2));
    assertEquals(List.of(), september2.ofCode(RuleCodes.CHECK_IN_STALE));
    assertEquals(1, september2.waived().size());
    assertEquals("kr-q", september2.waived().get(0).finding().subjectId());
    assertEquals(RuleFixtures.args("keyResult", "Raise CSAT to 95", "days", "54", "limit", "28"),
        september2.waived().get(0).finding().arguments());
    assertEquals(september, september2.waived().get(0).waiver());
  }

  @Test
  void ofSeveralWaiversOfOneFindingTheOneInForceWinsAndTheFirstWhenBothAre() {
    Waiver fromSeptember = staleWaiver("Survey paused", LocalDate.of(2026, 9, 1));
    Waiver august = Waiver.builder().from(staleWaiver("Holidays", LocalDate.of(2026, 8, 1)))
        .untilInclusive(LocalDate.of(2026, 9, 15)).build();
    OrganizationSnapshot snapshot = quietSinceJuly10().addWaivers(fromSeptember, august).build();

    assertEquals(List.of(august), waiversApplied(snapshot, AS_OF));
    assertEquals(List.of(fromSeptember), waiversApplied(snapshot, LocalDate.of(2026, 9, 2)));
    assertEquals(List.of(fromSeptember), waiversApplied(snapshot, LocalDate.of(2026, 9, 20)));
  }

  private static List<Waiver> waiversApplied(OrganizationSnapshot snapshot, LocalDate asOf) {
    Report report = Validator.defaults().validate(snapshot, asOf);
    assertEquals(List.of(), report.aboutSubject("kr-q"), () -> "open as of " + asOf);
    return report.waived().stream().map(WaivedFinding::waiver).toList();
  }

  @Test
  void waivedErrorsDoNotMakeTheReportInvalid() {
    OrganizationSnapshot snapshot = troubled()
        .addWaiver(Waiver.of(RuleCodes.PERSON_UNKNOWN_MANAGER, "sam", "Agency", "lena", AS_OF))
        .addWaiver(Waiver.builder().code(RuleCodes.ALIGNMENT_MISSING_PARENT).subjectId("o-support")
            .reason("Parent lives in another system").build())
        .build();
    Report report = Validator.defaults().validate(snapshot, AS_OF);
    assertTrue(report.isValid());
    assertEquals(2, report.waived().size());
  }

  @Test
  void toStringSummarizesAndListsEveryFinding() {
    OrganizationSnapshot snapshot = troubled()
        .addWaiver(Waiver.of(RuleCodes.PERSON_UNKNOWN_MANAGER, "sam", "Agency", "lena", AS_OF)).build();
    assertEquals(String.join("\n",
            "Report as of 2026-08-15: not valid, 1 errors, 1 warnings, 0 infos, 1 waived",
            "  WARNING okr.key-result.activity at objectives[o-maya].keyResults[kr-s].title"
                + " {keyResult=Attend 12 sessions, activity=attend}",
            "  ERROR okr.alignment.missing-parent at objectives[o-support].alignments[0].parentId"
                + " {objective=Answer within a working day, parent=o-gone, parentKind=OBJECTIVE}",
            "  ERROR org.person.unknown-manager at people[sam].managerId {person=Sam Reed, manager=ghost}"
                + " (waived: Agency)"),
        Validator.defaults().validate(snapshot, AS_OF).toString());
  }

  @Test
  void validatingOnePersonLooksOnlyAtTheirItems() {
    Validator validator = Validator.defaults();
    OrganizationSnapshot snapshot = troubled().build();
    Report maya = validator.validatePerson(snapshot, "maya", AS_OF);
    assertEquals(List.of("objectives[o-maya].keyResults[kr-s].title"),
        maya.findings().stream().map(f -> f.path().toString()).toList());
    Report sam = validator.validatePerson(snapshot, "sam", AS_OF);
    assertEquals(List.of("people[sam].managerId"), sam.findings().stream().map(f -> f.path().toString()).toList());
    Report team = validator.validateOwner(snapshot, dev.alignkit.okr.Owner.team("support"), AS_OF);
    assertEquals(List.of("objectives[o-support].alignments[0].parentId"),
        team.findings().stream().map(f -> f.path().toString()).toList());
    assertEquals(List.of(), validator.validatePerson(snapshot, "nobody", AS_OF).findings());
  }

  @Test
  void validReportSaysSoInItsSummary() {
    assertEquals("Report as of 2026-08-15: valid, 0 errors, 0 warnings, 0 infos, 0 waived",
        Validator.defaults().validate(RuleFixtures.clean().build(), AS_OF).toString());
  }

  @Test
  void reportsAreEqualWhenDateFindingsAndWaivedFindingsAre() {
    Validator validator = Validator.defaults();
    Report report = validator.validate(troubled().build(), AS_OF);
    Report again = validator.validate(troubled().build(), AS_OF);
    assertEquals(report, again);
    assertEquals(report.hashCode(), again.hashCode());

    Report nextDay = validator.validate(troubled().build(), AS_OF.plusDays(1));
    assertEquals(report.findings(), nextDay.findings());
    assertNotEquals(report, nextDay);
    assertNotEquals(report.hashCode(), nextDay.hashCode());
    assertNotEquals(report, validator.validate(RuleFixtures.clean().build(), AS_OF));
    assertNotEquals(report, validator.validate(troubled()
        .addWaiver(Waiver.of(RuleCodes.PERSON_UNKNOWN_MANAGER, "sam", "Agency", "lena", AS_OF)).build(), AS_OF));
  }

  @Test
  void findingsAtOnePathOfOneCodeAndSubjectAreOrderedByTheirArguments() {
    Finding second = Finding.builder().code("acme.budget").severity(Severity.WARNING).path(ItemPath.parse("teams[support]"))
        .subjectId("support").arguments(Map.of("quarter", "Q4")).build();
    Finding first = Finding.builder().from(second).arguments(Map.of("quarter", "Q3")).build();
    assertEquals(List.of(first, second), Report.of(AS_OF, List.of(second, first), List.of()).findings());
  }

  @Test
  void aReportBuiltFromTheValidatorsPartsEqualsTheValidatorsReport() {
    Report report = Validator.defaults().validate(troubled()
        .addWaiver(Waiver.of(RuleCodes.PERSON_UNKNOWN_MANAGER, "sam", "Agency", "lena", AS_OF)).build(), AS_OF);
    assertEquals(1, report.waived().size());
    List<Finding> reversed = new java.util.ArrayList<>(report.findings());
    java.util.Collections.reverse(reversed);
    Report rebuilt = Report.of(AS_OF, reversed, List.of(
        WaivedFinding.of(report.waived().get(0).finding(), report.waived().get(0).waiver())));
    assertEquals(report, rebuilt);
    assertEquals(report.findings(), rebuilt.findings());
  }

  @Test
  void findingsEqualInEveryKeyOfTheOrderKeepTheOrderGiven() {
    Finding error = Finding.builder().code("acme.budget").severity(Severity.ERROR).path(ItemPath.team("support"))
        .subjectId("support").build();
    Finding info = Finding.builder().from(error).severity(Severity.INFO).build();
    assertEquals(List.of(info, error), Report.of(AS_OF, List.of(info, error), List.of()).findings());
    assertEquals(List.of(error, info), Report.of(AS_OF, List.of(error, info), List.of()).findings());
  }
}
