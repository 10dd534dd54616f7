package dev.alignkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.common.Visibility;
import dev.alignkit.okr.OkrStatus;
import dev.alignkit.okr.OrdinalZone;
import dev.alignkit.policy.ActivityKind;
import dev.alignkit.policy.ActivityLexicon;
import dev.alignkit.policy.Policy;
import dev.alignkit.policy.Severity;
import dev.alignkit.policy.VisibleKind;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class PolicyTest {
  @Test
  void defaultsAreThoseOfTheDomainGuide() {
    assertDomainGuideDefaults(Policy.defaults());
  }

  @Test
  void aBuilderStartsFromTheDefaultsOfTheDomainGuide() {
    // defaults() is built once when the class loads; a builder computes every default afresh.
    assertDomainGuideDefaults(Policy.builder().build());
  }

  private static void assertDomainGuideDefaults(Policy policy) {
    assertEquals(5, policy.maxObjectivesPerOwner());
    assertEquals(5, policy.maxKeyResultsPerObjective());
    assertEquals(28, policy.checkInStaleDays());
    assertEquals(14, policy.checkInGraceDays());
    assertEquals(1.0, policy.committedExpectation());
    assertEquals(0.7, policy.aspirationalExpectation());
    assertEquals(0.15, policy.onTrackGap());
    assertEquals(0.30, policy.behindGap());
    assertEquals(0.5, policy.behindConfidence());
    assertEquals(0.3, policy.atRiskConfidence());
    assertEquals(7, policy.minTrendSpanDays());
    assertEquals(0.3, policy.commitScore());
    assertEquals(0.7, policy.targetScore());
    assertEquals(1.0, policy.stretchScore());
    assertEquals(0.7, policy.greenGrade());
    assertEquals(0.4, policy.yellowGrade());
    assertEquals(0.8, policy.readinessThreshold());
    assertEquals(365, policy.assessmentStaleDays());
    assertEquals(3, policy.maxDevelopmentGoals());
    assertEquals(1, policy.minDevelopmentGoals());
    assertEquals(31, policy.coachingCadenceDays());
    assertEquals(3, policy.maxSuggestionsPerKind());
    assertEquals(Set.of(OkrStatus.DRAFT, OkrStatus.CANCELLED), policy.skippedStatuses());
    assertEquals(Locale.ENGLISH, policy.contentLocale());
    assertEquals(Map.of(), policy.activityLexicons());
    assertEquals(ActivityLexicon.builtIn(Locale.ENGLISH), policy.activityLexicon());
    assertEquals(Map.of(), policy.severityOverrides());
    assertEquals(Set.of(), policy.disabledCodes());
  }

  @Test
  void objectivesArePublicAndPersonalDataPrivateByDefault() {
    Policy policy = Policy.defaults();
    assertEquals(Visibility.PUBLIC, policy.visibilityOf(VisibleKind.OBJECTIVE, Optional.empty()));
    for (VisibleKind kind : List.of(VisibleKind.DEVELOPMENT_PLAN, VisibleKind.DEVELOPMENT_GOAL,
        VisibleKind.CAREER_VISION, VisibleKind.GROW_SESSION, VisibleKind.PERFORMANCE_STANDING,
        VisibleKind.ASSESSMENT)) {
      assertEquals(Visibility.PRIVATE, policy.visibilityOf(kind, Optional.empty()), kind::name);
    }
    assertEquals(Visibility.TEAM, policy.visibilityOf(VisibleKind.OBJECTIVE, Optional.of(Visibility.TEAM)));
  }

  @Test
  void overridesAndDisabledCodesApplyPerCode() {
    Policy policy = Policy.builder()
        .putSeverityOverride(RuleCodes.KEY_RESULT_ACTIVITY, Severity.ERROR)
        .addDisabledCode(RuleCodes.OBJECTIVE_COUNT)
        .build();
    assertEquals(Severity.ERROR, policy.severityOf(RuleCodes.KEY_RESULT_ACTIVITY, Severity.WARNING));
    assertEquals(Severity.WARNING, policy.severityOf(RuleCodes.KEY_RESULT_COUNT, Severity.WARNING));
    assertFalse(policy.isEnabled(RuleCodes.OBJECTIVE_COUNT));
    assertTrue(policy.isEnabled(RuleCodes.KEY_RESULT_COUNT));
  }

  @Test
  void contentLocalePicksTheBuiltInLexiconOfItsLanguage() {
    assertEquals(ActivityLexicon.builtIn(Locale.GERMAN),
        Policy.builder().contentLocale(Locale.GERMANY).build().activityLexicon());
    assertEquals(ActivityLexicon.builtIn(Locale.FRENCH),
        Policy.builder().contentLocale(Locale.CANADA_FRENCH).build().activityLexicon());
    assertEquals(ActivityLexicon.empty(), Policy.builder().contentLocale(Locale.JAPANESE).build().activityLexicon());
  }

  @Test
  void aLexiconPutForTheContentLocaleOrItsLanguageReplacesTheBuiltInOne() {
    ActivityLexicon german = ActivityLexicon.builtIn(Locale.GERMAN)
        .plus(ActivityKind.WORK, List.of("... einreichen"));
    ActivityLexicon swiss = ActivityLexicon.empty().plus(ActivityKind.WORK, List.of("... einreichen"));
    Policy policy = Policy.builder()
        .putActivityLexicon(Locale.GERMAN, german)
        .putActivityLexicon(Locale.forLanguageTag("de-CH"), swiss)
        .contentLocale(Locale.GERMANY)
        .build();
    assertEquals(german, policy.activityLexicon());
    assertEquals(swiss, Policy.builder().from(policy).contentLocale(Locale.forLanguageTag("de-CH")).build()
        .activityLexicon());
    assertEquals(ActivityLexicon.builtIn(Locale.ENGLISH),
        Policy.builder().from(policy).contentLocale(Locale.ENGLISH).build().activityLexicon());
  }

  @Test
  void policiesWithEqualLexiconsAreEqual() {
    Policy one = Policy.builder().putActivityLexicon(Locale.GERMAN,
        ActivityLexicon.empty().plus(ActivityKind.WORK, List.of("... einreichen"))).build();
    Policy other = Policy.builder().putActivityLexicon(Locale.GERMAN,
        ActivityLexicon.parse("[work]\n... einreichen\n")).build();
    assertEquals(one, other);
    assertNotEquals(Policy.defaults(), one);
  }

  @Test
  void impossibleLimitsAndBandsAreRejected() {
    IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
        () -> Policy.builder().maxObjectivesPerOwner(-1).build());
    assertEquals("policy maxObjectivesPerOwner must not be negative: -1", negative.getMessage());
    IllegalArgumentException bands = assertThrows(IllegalArgumentException.class,
        () -> Policy.builder().onTrackGap(0.4).build());
    assertEquals("policy onTrackGap 0.4 must not exceed behindGap 0.3", bands.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Policy.builder().greenGrade(1.5).build());
    assertThrows(IllegalArgumentException.class, () -> Policy.builder().minDevelopmentGoals(4).build());
  }

  @Test
  void everyNegativeCountOrNumberOfDaysIsRejectedNamingItsField() {
    assertRejected("policy maxKeyResultsPerObjective must not be negative: -1",
        () -> Policy.builder().maxKeyResultsPerObjective(-1).build());
    assertRejected("policy checkInStaleDays must not be negative: -1",
        () -> Policy.builder().checkInStaleDays(-1).build());
    assertRejected("policy checkInGraceDays must not be negative: -1",
        () -> Policy.builder().checkInGraceDays(-1).build());
    assertRejected("policy minTrendSpanDays must not be negative: -1",
        () -> Policy.builder().minTrendSpanDays(-1).build());
    assertRejected("policy assessmentStaleDays must not be negative: -1",
        () -> Policy.builder().assessmentStaleDays(-1).build());
    assertRejected("policy maxDevelopmentGoals must not be negative: -1",
        () -> Policy.builder().maxDevelopmentGoals(-1).build());
    assertRejected("policy minDevelopmentGoals must not be negative: -1",
        () -> Policy.builder().minDevelopmentGoals(-1).build());
    assertRejected("policy coachingCadenceDays must not be negative: -1",
        () -> Policy.builder().coachingCadenceDays(-1).build());
    assertRejected("policy maxSuggestionsPerKind must not be negative: -1",
        () -> Policy.builder().maxSuggestionsPerKind(-1).build());
  }

  @Test
  void zeroIsAValidCountAndNumberOfDays() {
    Policy zero = Policy.builder().maxObjectivesPerOwner(0).maxKeyResultsPerObjective(0).checkInStaleDays(0)
        .checkInGraceDays(0).minTrendSpanDays(0).assessmentStaleDays(0).maxDevelopmentGoals(0).minDevelopmentGoals(0)
        .coachingCadenceDays(0).maxSuggestionsPerKind(0).build();
    assertEquals(List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0), List.of(zero.maxObjectivesPerOwner(),
        zero.maxKeyResultsPerObjective(), zero.checkInStaleDays(), zero.checkInGraceDays(), zero.minTrendSpanDays(),
        zero.assessmentStaleDays(), zero.maxDevelopmentGoals(), zero.minDevelopmentGoals(), zero.coachingCadenceDays(),
        zero.maxSuggestionsPerKind()));
  }

  @Test
  void aCustomTrendSpanIsKeptAndLeavesTheOtherValuesAtTheirDefaults() {
    Policy fortnight = Policy.builder().minTrendSpanDays(14).build();
    assertEquals(14, fortnight.minTrendSpanDays());
    assertEquals(Policy.defaults(), Policy.builder().from(fortnight).minTrendSpanDays(7).build());
  }

  @Test
  void bandsOutOfOrderAreRejectedNamingBothFields() {
    assertRejected("policy atRiskConfidence 0.6 must not exceed behindConfidence 0.5",
        () -> Policy.builder().atRiskConfidence(0.6).build());
    assertRejected("policy yellowGrade 0.8 must not exceed greenGrade 0.7",
        () -> Policy.builder().yellowGrade(0.8).build());
    assertRejected("policy minDevelopmentGoals 4 must not exceed maxDevelopmentGoals 3",
        () -> Policy.builder().minDevelopmentGoals(4).build());
  }

  @Test
  void bandsMayCloseToASingleValue() {
    Policy flat = Policy.builder().onTrackGap(0.2).behindGap(0.2).atRiskConfidence(0.4).behindConfidence(0.4)
        .yellowGrade(0.6).greenGrade(0.6).minDevelopmentGoals(2).maxDevelopmentGoals(2).build();
    assertEquals(flat.behindGap(), flat.onTrackGap());
    assertEquals(flat.behindConfidence(), flat.atRiskConfidence());
    assertEquals(flat.greenGrade(), flat.yellowGrade());
    assertEquals(flat.maxDevelopmentGoals(), flat.minDevelopmentGoals());
  }

  @Test
  void zoneScoresOutOfOrderAreRejectedNamingEveryScore() {
    assertRejected("policy zone scores must satisfy 0 < commitScore < targetScore < stretchScore <= 1:"
        + " commitScore 0.8, targetScore 0.7, stretchScore 1.0", () -> Policy.builder().commitScore(0.8).build());
    assertRejected("policy zone scores must satisfy 0 < commitScore < targetScore < stretchScore <= 1:"
        + " commitScore 0.3, targetScore 0.7, stretchScore 0.6", () -> Policy.builder().stretchScore(0.6).build());
  }

  @Test
  void equalZoneScoresAreRejected() {
    assertRejected("policy zone scores must satisfy 0 < commitScore < targetScore < stretchScore <= 1:"
        + " commitScore 0.7, targetScore 0.7, stretchScore 1.0", () -> Policy.builder().commitScore(0.7).build());
    assertRejected("policy zone scores must satisfy 0 < commitScore < targetScore < stretchScore <= 1:"
        + " commitScore 0.3, targetScore 1.0, stretchScore 1.0", () -> Policy.builder().targetScore(1.0).build());
  }

  @Test
  void zoneScoresOutsideZeroToOneAreRejected() {
    assertRejected("policy zone scores must satisfy 0 < commitScore < targetScore < stretchScore <= 1:"
        + " commitScore 0.0, targetScore 0.7, stretchScore 1.0", () -> Policy.builder().commitScore(0).build());
    assertRejected("policy zone scores must satisfy 0 < commitScore < targetScore < stretchScore <= 1:"
        + " commitScore 0.3, targetScore 0.7, stretchScore 1.1", () -> Policy.builder().stretchScore(1.1).build());
  }

  @Test
  void aNaNZoneScoreIsRejected() {
    assertRejected("policy zone scores must satisfy 0 < commitScore < targetScore < stretchScore <= 1:"
        + " commitScore NaN, targetScore 0.7, stretchScore 1.0", () -> Policy.builder().commitScore(Double.NaN).build());
    assertRejected("policy zone scores must satisfy 0 < commitScore < targetScore < stretchScore <= 1:"
        + " commitScore 0.3, targetScore NaN, stretchScore 1.0", () -> Policy.builder().targetScore(Double.NaN).build());
    assertRejected("policy zone scores must satisfy 0 < commitScore < targetScore < stretchScore <= 1:"
        + " commitScore 0.3, targetScore 0.7, stretchScore NaN", () -> Policy.builder().stretchScore(Double.NaN).build());
  }

  @Test
  void zoneScoresMayStopShortOfOneAndScoreTheirZones() {
    Policy policy = Policy.builder().commitScore(0.1).targetScore(0.5).stretchScore(0.9).build();
    assertEquals(List.of(0.0, 0.1, 0.5, 0.9), List.of(policy.scoreOf(OrdinalZone.FAIL),
        policy.scoreOf(OrdinalZone.COMMIT), policy.scoreOf(OrdinalZone.TARGET), policy.scoreOf(OrdinalZone.STRETCH)));
  }

  private static void assertRejected(String expectedMessage, Executable construction) {
    assertEquals(expectedMessage, assertThrows(IllegalArgumentException.class, construction).getMessage());
  }
}
