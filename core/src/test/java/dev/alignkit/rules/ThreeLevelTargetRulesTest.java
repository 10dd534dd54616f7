package dev.alignkit.rules;

import static dev.alignkit.rules.RuleFixtures.args;
import static dev.alignkit.rules.RuleFixtures.only;
import static dev.alignkit.rules.RuleFixtures.validate;
import static dev.alignkit.testing.KeyResultLevels.levels;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.KeyResultKind;
import dev.alignkit.policy.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The rules on three-level targets: {@code okr.key-result.direction} on commit and stretch, and
 * {@code okr.key-result.unit-range} on all four levels. Exact paths, arguments and texts.
 */
class ThreeLevelTargetRulesTest {
  private static final FindingFormatter TEXTS = FindingFormatter.standard();

  private static String english(Finding finding) {
    return TEXTS.message(finding, Locale.ENGLISH) + " | " + TEXTS.suggestion(finding, Locale.ENGLISH).orElseThrow();
  }

  private static String german(Finding finding) {
    return TEXTS.message(finding, Locale.GERMAN) + " | " + TEXTS.suggestion(finding, Locale.GERMAN).orElseThrow();
  }

  private static KeyResult increase(double start, Double commit, double target, Double stretch, String unit) {
    return levels(KeyResult.increase("kr-signups", "Grow sign-ups", start, target, unit), commit, stretch);
  }

  private static Report validateKeyResult(KeyResult keyResult) {
    return validate(RuleFixtures.withPersonalKeyResult(keyResult));
  }

  private static List<String> paths(List<Finding> findings) {
    return findings.stream().map(f -> f.path().toString()).toList();
  }

  // --- okr.key-result.direction -------------------------------------------------------------------

  @Test
  void levelsInOrderAlongTheDirectionAreFine() {
    assertEquals(List.of(), validateKeyResult(increase(0, 10.0, 20, 50.0, "k")).findings());
    assertEquals(List.of(), validateKeyResult(increase(0, null, 20, 50.0, "k")).findings());
    assertEquals(List.of(), validateKeyResult(increase(0, 10.0, 20, null, "k")).findings());
    assertEquals(List.of(), validateKeyResult(levels(KeyResult.decrease("kr-tickets", "Cut open tickets", 100, 60,
        "tickets"), 80.0, 50.0)).findings());
  }

  @Test
  void aCommitBeyondTheTargetIsReportedAtTheCommit() {
    Finding finding = only(RuleCodes.KEY_RESULT_DIRECTION, validateKeyResult(increase(0, 30.0, 20, 50.0, "k")));
    assertEquals("objectives[o-maya].keyResults[kr-signups].commit", finding.path().toString());
    assertEquals(Severity.ERROR, finding.severity());
    assertEquals(Optional.of("maya"), finding.personId());
    assertEquals(args("keyResult", "Grow sign-ups", "kind", "INCREASE",
        "levels", "start 0, commit 30, target 20, stretch 50"), finding.arguments());
    assertEquals(Optional.of("okr.key-result.direction.order.suggestion"), finding.suggestionKey());
    assertEquals("Key result \"Grow sign-ups\" is INCREASE, which its levels do not fit: start 0, commit 30,"
        + " target 20, stretch 50. | Put the levels in the order of the kind (start < commit < target < stretch for"
        + " INCREASE, the reverse for DECREASE), or clear the commit or the stretch.", english(finding));
    assertEquals("Das Schlüsselergebnis „Grow sign-ups“ ist INCREASE, doch seine Werte passen nicht dazu: start 0,"
        + " commit 30, target 20, stretch 50. | Die Werte in die Reihenfolge der Art bringen (bei INCREASE Start <"
        + " Commit < Ziel < Stretch, bei DECREASE umgekehrt) oder Commit bzw. Stretch entfernen.", german(finding));
  }

  @Test
  void aCommitAtTheStartIsReportedAtTheCommit() {
    Finding finding = only(RuleCodes.KEY_RESULT_DIRECTION, validateKeyResult(increase(0, 0.0, 20, null, "k")));
    assertEquals("objectives[o-maya].keyResults[kr-signups].commit", finding.path().toString());
    assertEquals("start 0, commit 0, target 20", finding.arguments().get("levels"));
  }

  @Test
  void aStretchShortOfTheTargetOfADecreaseIsReportedAtTheStretch() {
    KeyResult tickets = levels(KeyResult.decrease("kr-tickets", "Cut open tickets", 100, 60, "tickets"), 80.0, 70.0);
    Finding finding = only(RuleCodes.KEY_RESULT_DIRECTION, validateKeyResult(tickets));
    assertEquals("objectives[o-maya].keyResults[kr-tickets].stretch", finding.path().toString());
    assertEquals(args("keyResult", "Cut open tickets", "kind", "DECREASE",
        "levels", "start 100, commit 80, target 60, stretch 70"), finding.arguments());
    assertEquals(Optional.of("okr.key-result.direction.order.suggestion"), finding.suggestionKey());
  }

  @Test
  void aTargetOnTheWrongSideOfTheStartKeepsTheTargetPathAndTheSwapSuggestion() {
    Finding finding = only(RuleCodes.KEY_RESULT_DIRECTION, validateKeyResult(increase(20, 10.0, 0, null, "k")));
    assertEquals("objectives[o-maya].keyResults[kr-signups].target", finding.path().toString());
    assertEquals("start 20, commit 10, target 0", finding.arguments().get("levels"));
    assertEquals(Optional.of("okr.key-result.direction.suggestion"), finding.suggestionKey());
    assertEquals("Key result \"Grow sign-ups\" is INCREASE, which its levels do not fit: start 20, commit 10,"
        + " target 0. | Swap start and target, or change the kind so that reaching the target is progress.",
        english(finding));
  }

  @Test
  void aCommitOnAStayKeyResultIsReportedWithTheKindSuggestion() {
    KeyResult uptime = levels(KeyResult.stayAtLeast("kr-uptime", "Keep uptime", 99.5, "%"), 99.0, null);
    Finding finding = only(RuleCodes.KEY_RESULT_DIRECTION, validateKeyResult(uptime));
    assertEquals("objectives[o-maya].keyResults[kr-uptime].commit", finding.path().toString());
    assertEquals(args("keyResult", "Keep uptime", "kind", "STAY_AT_LEAST", "levels", "commit 99, target 99.5"),
        finding.arguments());
    assertEquals(Optional.of("okr.key-result.direction.kind.suggestion"), finding.suggestionKey());
    assertEquals("Key result \"Keep uptime\" is STAY_AT_LEAST, which its levels do not fit: commit 99, target 99.5."
        + " | Commit and stretch apply to INCREASE and DECREASE key results only: clear them, or change the kind.",
        english(finding));
    assertEquals("Das Schlüsselergebnis „Keep uptime“ ist STAY_AT_LEAST, doch seine Werte passen nicht dazu: commit 99,"
        + " target 99.5. | Commit und Stretch gibt es nur bei INCREASE und DECREASE: sie entfernen oder die Art"
        + " ändern.", german(finding));
  }

  @Test
  void aStretchOnAnOrdinalKeyResultIsReportedAtTheStretch() {
    KeyResult nps = levels(KeyResult.ordinal("kr-rating", "Onboarding rating", "Above 20", "Above 40", "Above 60"), null, 3.0);
    Finding finding = only(RuleCodes.KEY_RESULT_DIRECTION, validateKeyResult(nps));
    assertEquals("objectives[o-maya].keyResults[kr-rating].stretch", finding.path().toString());
    assertEquals("target 2, stretch 3", finding.arguments().get("levels"));
    assertEquals(List.of(), validateKeyResult(nps).ofCode(RuleCodes.KEY_RESULT_NOT_MEASURABLE));
  }

  @Test
  void levelsWithoutAStartAreCheckedBesideTheMissingStart() {
    KeyResult noStart = KeyResult.builder().id("kr-signups").title("Grow sign-ups").kind(KeyResultKind.INCREASE)
        .target(20).commit(25).unit("k").build();
    Report report = validateKeyResult(noStart);
    assertEquals("start", only(RuleCodes.KEY_RESULT_NOT_MEASURABLE, report).arguments().get("missing"));
    assertEquals("objectives[o-maya].keyResults[kr-signups].commit",
        only(RuleCodes.KEY_RESULT_DIRECTION, report).path().toString());
  }

  // --- okr.key-result.unit-range ------------------------------------------------------------------

  @Test
  void commitAndStretchOutsideZeroToOneHundredPercentAreOneFindingEach() {
    // The report lists findings by path.
    List<Finding> findings = validateKeyResult(increase(-5, -1.0, 101, 120.0, "%"))
        .ofCode(RuleCodes.KEY_RESULT_UNIT_RANGE);
    assertEquals(List.of("objectives[o-maya].keyResults[kr-signups].commit",
        "objectives[o-maya].keyResults[kr-signups].start", "objectives[o-maya].keyResults[kr-signups].stretch",
        "objectives[o-maya].keyResults[kr-signups].target"), paths(findings));
    assertEquals(args("keyResult", "Grow sign-ups", "field", "commit", "value", "-1", "min", "0", "max", "100"),
        findings.get(0).arguments());
    assertEquals(args("keyResult", "Grow sign-ups", "field", "stretch", "value", "120", "min", "0", "max", "100"),
        findings.get(2).arguments());
    assertEquals("Key result \"Grow sign-ups\" is measured in %, but its stretch is 120, outside 0 to 100."
        + " | Correct the stretch, or change the unit if the value is not a percentage.", english(findings.get(2)));
    assertEquals("Das Schlüsselergebnis „Grow sign-ups“ wird in % gemessen, aber der Wert von commit ist -1,"
        + " außerhalb von 0 bis 100. | Den Wert von commit korrigieren oder die Einheit ändern, wenn der Wert kein"
        + " Prozentsatz ist.", german(findings.get(0)));
  }

  @Test
  void commitAndStretchWithinTheRangeAreFine() {
    assertEquals(List.of(), validateKeyResult(increase(0, 40.0, 60, 100.0, "%")).findings());
    assertEquals(List.of(), validateKeyResult(increase(0, 40.0, 60, 120.0, "points"))
        .ofCode(RuleCodes.KEY_RESULT_UNIT_RANGE));
  }
}
