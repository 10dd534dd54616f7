package dev.alignkit.rules;

import static dev.alignkit.rules.RuleFixtures.AS_OF;
import static dev.alignkit.rules.RuleFixtures.args;
import static dev.alignkit.rules.RuleFixtures.only;
import static dev.alignkit.rules.RuleFixtures.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alignkit.common.Visibility;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Initiative;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.OkrStatus;
import dev.alignkit.policy.Policy;
import dev.alignkit.policy.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The rules of real OKR data: unknown key-result owners, objectives without a cycle, initiatives on
 * an unknown key result, and percentages outside [0, 100]. Exact paths, arguments and texts.
 */
class OkrDataRulesTest {
  private static final FindingFormatter TEXTS = FindingFormatter.standard();

  private static List<String> paths(List<Finding> findings) {
    return findings.stream().map(f -> f.path().toString()).toList();
  }

  private static String english(Finding finding) {
    return TEXTS.message(finding, Locale.ENGLISH) + " | " + TEXTS.suggestion(finding, Locale.ENGLISH).orElseThrow();
  }

  private static String german(Finding finding) {
    return TEXTS.message(finding, Locale.GERMAN) + " | " + TEXTS.suggestion(finding, Locale.GERMAN).orElseThrow();
  }

  private static KeyResult ownedBy(String ownerId) {
    return KeyResult.builder().from(KeyResult.achieve("kr-owned", "Publish the escalation playbook"))
        .ownerId(ownerId).build();
  }

  // --- okr.key-result.unknown-owner -------------------------------------------------------------

  @Test
  void keyResultOwnerWhoIsNotInTheOrganizationIsReportedToTheObjectivesOwner() {
    Finding finding = only(RuleCodes.KEY_RESULT_UNKNOWN_OWNER, validate(RuleFixtures.withPersonalKeyResult(ownedBy("ghost"))));
    assertEquals("objectives[o-maya].keyResults[kr-owned].ownerId", finding.path().toString());
    assertEquals("kr-owned", finding.subjectId());
    assertEquals(Severity.ERROR, finding.severity());
    assertEquals(Optional.of("maya"), finding.personId(), "the objective's owner, not the unknown one");
    assertEquals(Visibility.PUBLIC, finding.subjectVisibility());
    assertEquals(args("keyResult", "Publish the escalation playbook", "owner", "ghost"), finding.arguments());
    assertEquals("Key result \"Publish the escalation playbook\" is owned by ghost, who is not in the organization."
        + " | Set the owner to an existing person, or clear it so that the objective's owner is accountable.",
        english(finding));
    assertEquals("Das Schlüsselergebnis „Publish the escalation playbook“ verantwortet ghost, die oder der nicht zur"
        + " Organisation gehört. | Eine bestehende Person als verantwortlich eintragen oder den Eintrag leeren,"
        + " sodass die Verantwortung beim Eigentümer des Ziels liegt.", german(finding));
  }

  @Test
  void unknownOwnerOfAKeyResultOfATeamObjectiveBelongsToNoPerson() {
    KeyResult reply = KeyResult.builder().from(RuleFixtures.teamObjective().keyResults().get(0)).ownerId("ghost").build();
    Objective team = Objective.builder().from(RuleFixtures.teamObjective()).keyResults(List.of(reply)).build();
    Finding finding = only(RuleCodes.KEY_RESULT_UNKNOWN_OWNER, validate(RuleFixtures.withObjectives(
        RuleFixtures.companyObjective(), team, RuleFixtures.personalObjective())));
    assertEquals("objectives[o-support].keyResults[kr-reply].ownerId", finding.path().toString());
    assertEquals(Optional.empty(), finding.personId());
  }

  @Test
  void keyResultOwnedByAPersonOfTheOrganizationOrByNoOneIsFine() {
    assertEquals(List.of(), validate(RuleFixtures.withPersonalKeyResult(ownedBy("lena"))).findings());
    assertEquals(List.of(), validate(RuleFixtures.withPersonalKeyResult(
        KeyResult.achieve("kr-plain", "Publish the escalation playbook"))).findings());
  }

  @Test
  void cancelledKeyResultWithAnUnknownOwnerIsSkipped() {
    KeyResult cancelled = KeyResult.builder().from(ownedBy("ghost")).status(OkrStatus.CANCELLED).build();
    Objective personal = Objective.builder().from(RuleFixtures.personalObjective()).addKeyResult(cancelled).build();
    assertEquals(List.of(), validate(RuleFixtures.withObjectives(RuleFixtures.companyObjective(),
        RuleFixtures.teamObjective(), personal)).findings());
  }

  // --- okr.objective.no-cycle -------------------------------------------------------------------

  private static Objective withoutCycle(OkrStatus status) {
    return Objective.builder().from(RuleFixtures.personalObjective()).cycleId(Optional.empty()).status(status).build();
  }

  @Test
  void activeObjectiveWithoutACycleIsReported() {
    Finding finding = only(RuleCodes.OBJECTIVE_NO_CYCLE, validate(RuleFixtures.withObjectives(
        RuleFixtures.companyObjective(), RuleFixtures.teamObjective(), withoutCycle(OkrStatus.ACTIVE))));
    assertEquals("objectives[o-maya].cycleId", finding.path().toString());
    assertEquals("o-maya", finding.subjectId());
    assertEquals(Severity.ERROR, finding.severity());
    assertEquals(Optional.of("maya"), finding.personId());
    assertEquals(args("objective", "Make escalations painless", "status", "ACTIVE"), finding.arguments());
    assertEquals("Objective \"Make escalations painless\" is ACTIVE but belongs to no cycle; only a draft may wait"
        + " in the backlog without one. | Put it in a cycle, or set it back to DRAFT to keep it in the backlog.",
        english(finding));
  }

  @Test
  void activeObjectiveWithoutACycleGetsNoOtherFinding() {
    Report report = validate(RuleFixtures.withObjectives(
        RuleFixtures.companyObjective(), RuleFixtures.teamObjective(), withoutCycle(OkrStatus.ACTIVE)));
    assertEquals(List.of("objectives[o-maya].cycleId"), paths(report.findings()), report::toString);
  }

  @Test
  void cancelledAndClosedObjectivesWithoutACycleAreReportedThoughOtherRulesSkipCancelled() {
    Objective cancelled = withoutCycle(OkrStatus.CANCELLED);
    Objective closed = Objective.builder().from(withoutCycle(OkrStatus.CLOSED)).id("o-closed")
        .keyResults(List.of(KeyResult.achieve("kr-closed", "Closed milestone").withCheckIn(CheckIn.of(AS_OF, 1))))
        .build();
    List<Finding> findings = validate(RuleFixtures.withObjectives(RuleFixtures.companyObjective(),
        RuleFixtures.teamObjective(), cancelled, closed)).ofCode(RuleCodes.OBJECTIVE_NO_CYCLE);
    assertEquals(List.of("objectives[o-closed].cycleId", "objectives[o-maya].cycleId"), paths(findings));
    assertEquals("CLOSED", findings.get(0).arguments().get("status"));
    assertEquals("CANCELLED", findings.get(1).arguments().get("status"));
  }

  @Test
  void objectiveWithoutACycleIsReportedEvenWhenThePolicySkipsItsStatus() {
    Validator skipsActive = Validator.builder()
        .policy(Policy.builder().skippedStatuses(List.of(OkrStatus.ACTIVE)).build()).build();
    Report report = skipsActive.validate(RuleFixtures.withObjectives(
        RuleFixtures.companyObjective(), RuleFixtures.teamObjective(), withoutCycle(OkrStatus.ACTIVE)), AS_OF);
    assertEquals(List.of("objectives[o-maya].cycleId"), paths(report.findings()), report::toString);
  }

  @Test
  void draftWithoutACycleIsTheBacklogAndGetsNoFinding() {
    Objective backlog = withoutCycle(OkrStatus.DRAFT);
    assertEquals(List.of(), validate(RuleFixtures.withObjectives(
        RuleFixtures.companyObjective(), RuleFixtures.teamObjective(), backlog)).findings());
    Validator looksAtDrafts = Validator.builder()
        .policy(Policy.builder().skippedStatuses(List.of(OkrStatus.CANCELLED)).build()).build();
    Report report = looksAtDrafts.validate(RuleFixtures.withObjectives(
        RuleFixtures.companyObjective(), RuleFixtures.teamObjective(), backlog), AS_OF);
    assertEquals(List.of(), report.findings(), report::toString);
  }

  @Test
  void turnedOffNoCycleRuleReportsNothing() {
    Validator off = Validator.builder()
        .policy(Policy.builder().addDisabledCode(RuleCodes.OBJECTIVE_NO_CYCLE).build()).build();
    assertEquals(List.of(), off.validate(RuleFixtures.withObjectives(RuleFixtures.companyObjective(),
        RuleFixtures.teamObjective(), withoutCycle(OkrStatus.ACTIVE)), AS_OF).findings());
  }

  // --- okr.initiative.unknown-key-result --------------------------------------------------------

  private static Objective personalWithInitiative(Initiative initiative) {
    return Objective.builder().from(RuleFixtures.personalObjective()).addInitiative(initiative).build();
  }

  private static Initiative drill(String keyResultId) {
    return Initiative.builder().id("i-drill").title("Run a monthly escalation drill").keyResultId(keyResultId).build();
  }

  private static Report withInitiative(Initiative initiative) {
    return validate(RuleFixtures.withObjectives(RuleFixtures.companyObjective(), RuleFixtures.teamObjective(),
        personalWithInitiative(initiative)));
  }

  @Test
  void initiativeOnAKeyResultThatDoesNotExistIsReported() {
    Finding finding = only(RuleCodes.INITIATIVE_UNKNOWN_KEY_RESULT, withInitiative(drill("kr-gone")));
    assertEquals("objectives[o-maya].initiatives[i-drill].keyResultId", finding.path().toString());
    assertEquals("i-drill", finding.subjectId());
    assertEquals(Severity.ERROR, finding.severity());
    assertEquals(Optional.of("maya"), finding.personId());
    assertEquals(Visibility.PUBLIC, finding.subjectVisibility());
    assertEquals(args("initiative", "Run a monthly escalation drill", "keyResult", "kr-gone",
        "objective", "Make escalations painless"), finding.arguments());
    assertEquals("Initiative \"Run a monthly escalation drill\" moves key result kr-gone, which is not a key result"
        + " of its objective \"Make escalations painless\". | Link it to a key result of \"Make escalations painless\","
        + " move it to the objective whose key result it moves, or clear the link.", english(finding));
  }

  @Test
  void initiativeOnAKeyResultOfAnotherObjectiveIsReported() {
    Finding finding = only(RuleCodes.INITIATIVE_UNKNOWN_KEY_RESULT, withInitiative(drill("kr-nps")));
    assertEquals(args("initiative", "Run a monthly escalation drill", "keyResult", "kr-nps",
        "objective", "Make escalations painless"), finding.arguments());
  }

  @Test
  void initiativeOnAKeyResultOfItsObjectiveOrOnNoneIsFine() {
    assertEquals(List.of(), withInitiative(drill("kr-playbook")).findings());
    assertEquals(List.of(), withInitiative(Initiative.of("i-drill", "Run a monthly escalation drill")).findings());
    assertEquals(List.of(), withInitiative(Initiative.builder().from(drill("kr-playbook")).done(true).build())
        .findings());
  }

  @Test
  void initiativeOnACancelledKeyResultOfItsObjectiveIsFine() {
    KeyResult cancelled = KeyResult.builder().from(KeyResult.achieve("kr-old", "Old milestone"))
        .status(OkrStatus.CANCELLED).build();
    Objective personal = Objective.builder().from(personalWithInitiative(drill("kr-old"))).addKeyResult(cancelled)
        .build();
    assertEquals(List.of(), validate(RuleFixtures.withObjectives(RuleFixtures.companyObjective(),
        RuleFixtures.teamObjective(), personal)).findings());
  }

  @Test
  void draftInitiativeOnAnUnknownKeyResultIsSkipped() {
    assertEquals(List.of(), withInitiative(Initiative.builder().from(drill("kr-gone")).status(OkrStatus.DRAFT).build())
        .findings());
  }

  @Test
  void initiativeOfATeamObjectiveBelongsToNoPerson() {
    Objective team = Objective.builder().from(RuleFixtures.teamObjective()).addInitiative(drill("kr-playbook")).build();
    Finding finding = only(RuleCodes.INITIATIVE_UNKNOWN_KEY_RESULT, validate(RuleFixtures.withObjectives(
        RuleFixtures.companyObjective(), team, RuleFixtures.personalObjective())));
    assertEquals("objectives[o-support].initiatives[i-drill].keyResultId", finding.path().toString());
    assertEquals(Optional.empty(), finding.personId());
    assertEquals(args("initiative", "Run a monthly escalation drill", "keyResult", "kr-playbook",
        "objective", "Answer within a working day"), finding.arguments());
  }

  // --- okr.key-result.unit-range ----------------------------------------------------------------

  private static Report percent(double start, double target, String unit) {
    return validate(RuleFixtures.withPersonalKeyResult(
        KeyResult.increase("kr-adopt", "Raise playbook adoption", start, target, unit)));
  }

  @Test
  void percentageTargetAboveOneHundredIsReported() {
    Finding finding = only(RuleCodes.KEY_RESULT_UNIT_RANGE, percent(20, 120, "%"));
    assertEquals("objectives[o-maya].keyResults[kr-adopt].target", finding.path().toString());
    assertEquals("kr-adopt", finding.subjectId());
    assertEquals(Severity.WARNING, finding.severity());
    assertEquals(Optional.of("maya"), finding.personId());
    assertEquals(args("keyResult", "Raise playbook adoption", "field", "target", "value", "120", "min", "0",
        "max", "100"), finding.arguments());
    assertEquals("Key result \"Raise playbook adoption\" is measured in %, but its target is 120, outside 0 to 100."
        + " | Correct the target, or change the unit if the value is not a percentage.", english(finding));
    assertEquals("Das Schlüsselergebnis „Raise playbook adoption“ wird in % gemessen, aber der Wert von target ist"
        + " 120, außerhalb von 0 bis 100. | Den Wert von target korrigieren oder die Einheit ändern, wenn der Wert"
        + " kein Prozentsatz ist.", german(finding));
  }

  @Test
  void percentageStartBelowZeroIsReported() {
    Finding finding = only(RuleCodes.KEY_RESULT_UNIT_RANGE, percent(-5, 80, "%"));
    assertEquals("objectives[o-maya].keyResults[kr-adopt].start", finding.path().toString());
    assertEquals(args("keyResult", "Raise playbook adoption", "field", "start", "value", "-5", "min", "0",
        "max", "100"), finding.arguments());
  }

  @Test
  void startAndTargetOutsideAreOneFindingEach() {
    List<Finding> findings = percent(-0.5, 100.5, "%").ofCode(RuleCodes.KEY_RESULT_UNIT_RANGE);
    assertEquals(List.of("objectives[o-maya].keyResults[kr-adopt].start",
        "objectives[o-maya].keyResults[kr-adopt].target"), paths(findings));
    assertEquals("-0.5", findings.get(0).arguments().get("value"));
    assertEquals("100.5", findings.get(1).arguments().get("value"));
  }

  @Test
  void zeroAndOneHundredPercentAreWithinTheRange() {
    assertEquals(List.of(), percent(0, 100, "%").findings());
    assertEquals(List.of(), validate(RuleFixtures.withPersonalKeyResult(
        KeyResult.decrease("kr-churn", "Cut churn", 100, 0, "%"))).findings());
  }

  @Test
  void unitIsPercentOnlyWhenItIsExactlyThePercentSignOnceStripped() {
    assertEquals("target", only(RuleCodes.KEY_RESULT_UNIT_RANGE, percent(20, 120, " % ")).arguments().get("field"));
    assertEquals(List.of(), percent(20, 120, "percent").findings());
    assertEquals(List.of(), percent(20, 120, "% of teams").findings());
    assertEquals(List.of(), percent(20, 120, "points").findings());
  }

  @Test
  void thresholdOfAStayKeyResultIsItsTargetAndIsChecked() {
    Finding finding = only(RuleCodes.KEY_RESULT_UNIT_RANGE, validate(RuleFixtures.withPersonalKeyResult(
        KeyResult.stayAtMost("kr-err", "Keep errors low", 150, "%"))));
    assertEquals("objectives[o-maya].keyResults[kr-err].target", finding.path().toString());
    assertEquals("150", finding.arguments().get("value"));
  }

  @Test
  void percentageKeyResultOfASkippedObjectiveIsNotChecked() {
    Objective draft = Objective.builder().from(RuleFixtures.personalWith(
        KeyResult.increase("kr-adopt", "Raise playbook adoption", 20, 120, "%"))).status(OkrStatus.DRAFT).build();
    assertEquals(List.of(), validate(RuleFixtures.withObjectives(RuleFixtures.companyObjective(),
        RuleFixtures.teamObjective(), draft)).findings());
  }

  @Test
  void checkInsDoNotCountForTheRange() {
    KeyResult over = KeyResult.increase("kr-adopt", "Raise playbook adoption", 20, 80, "%")
        .withCheckIn(CheckIn.of(AS_OF.minusDays(1), 130));
    assertEquals(List.of(), validate(RuleFixtures.withPersonalKeyResult(over)).findings());
  }
}
