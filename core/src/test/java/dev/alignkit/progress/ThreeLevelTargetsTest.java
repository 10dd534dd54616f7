package dev.alignkit.progress;

import static dev.alignkit.testing.KeyResultLevels.levels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.KeyResultKind;
import dev.alignkit.okr.OrdinalZone;
import dev.alignkit.policy.Policy;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * Key-result progress and zones of three-level targets: every worked case of {@code docs/concepts.md},
 * "Three-level targets", with its exact numbers, and the levels that make progress undefined.
 */
class ThreeLevelTargetsTest {
  private static final LocalDate JULY_1 = LocalDate.of(2026, 7, 1);
  private static final LocalDate AUGUST_1 = LocalDate.of(2026, 8, 1);
  private static final double EPSILON = 1e-12;
  private static final Policy POLICY = Policy.defaults();

  /** INCREASE start 0, commit 10, target 20, stretch 50: the worked case. */
  private static final KeyResult SIGNUPS = levels(KeyResult.increase("kr", "Grow sign-ups", 0, 20, "k"), 10.0, 50.0);

  /** DECREASE start 100, commit 80, target 60, stretch 50. */
  private static final KeyResult TICKETS = levels(KeyResult.decrease("kr", "Cut open tickets", 100, 60, "tickets"),
      80.0, 50.0);

  private static KeyResultProgress at(KeyResult keyResult, double value, Policy policy) {
    return KeyResultProgress.of(keyResult.withCheckIn(CheckIn.of(JULY_1, value)), AUGUST_1, policy);
  }

  private static KeyResultProgress at(KeyResult keyResult, double value) {
    return at(keyResult, value, POLICY);
  }

  private static void assertZoned(double raw, double progress, OrdinalZone zone, KeyResultProgress actual) {
    assertEquals(Optional.empty(), actual.undefined(), actual::toString);
    assertEquals(raw, actual.raw().getAsDouble(), EPSILON, "raw");
    assertEquals(progress, actual.progress().getAsDouble(), EPSILON, "progress");
    assertEquals(Optional.of(zone), actual.zone(), "zone");
  }

  private static void assertWrongDirection(KeyResultProgress actual) {
    assertEquals(Optional.of(Undefined.WRONG_DIRECTION), actual.undefined());
    assertEquals(OptionalDouble.empty(), actual.raw());
    assertEquals(Optional.empty(), actual.zone(), "no zone without progress");
  }

  // --- the worked cases ---------------------------------------------------------------------------

  @Test
  void increaseBelowTheCommitRisesFromZeroToTheCommitScore() {
    assertZoned(0.15, 0.15, OrdinalZone.FAIL, at(SIGNUPS, 5));
  }

  @Test
  void increaseBetweenCommitAndTargetRisesFromTheCommitScoreToTheTargetScore() {
    assertZoned(0.5, 0.5, OrdinalZone.COMMIT, at(SIGNUPS, 15));
  }

  @Test
  void increaseBetweenTargetAndStretchRisesFromTheTargetScoreToTheStretchScore() {
    assertZoned(0.85, 0.85, OrdinalZone.TARGET, at(SIGNUPS, 35));
  }

  @Test
  void increasePastTheStretchExtendsTheLastSegmentAndIsClamped() {
    assertZoned(1.1, 1.0, OrdinalZone.STRETCH, at(SIGNUPS, 60));
  }

  @Test
  void increaseBelowTheStartExtendsTheFirstSegmentAndIsClamped() {
    assertZoned(-0.3, 0.0, OrdinalZone.FAIL, at(SIGNUPS, -10));
  }

  @Test
  void decreaseBetweenCommitAndTargetIsHalfway() {
    assertZoned(0.5, 0.5, OrdinalZone.COMMIT, at(TICKETS, 70));
  }

  @Test
  void decreaseBetweenTargetAndStretchIsHalfwayToTheStretchScore() {
    assertZoned(0.85, 0.85, OrdinalZone.TARGET, at(TICKETS, 55));
  }

  @Test
  void withoutACommitTheFirstSegmentRunsFromTheStartToTheTargetScore() {
    KeyResult noCommit = levels(KeyResult.increase("kr", "Grow sign-ups", 0, 20, "k"), null, 50.0);
    assertZoned(0.35, 0.35, OrdinalZone.FAIL, at(noCommit, 10));
    assertZoned(0.7, 0.7, OrdinalZone.TARGET, at(noCommit, 20));
  }

  @Test
  void thePolicysZoneScoresShapeTheSegments() {
    Policy policy = Policy.builder().commitScore(0.4).targetScore(0.8).build();
    assertZoned(0.6, 0.6, OrdinalZone.COMMIT, at(SIGNUPS, 15, policy));
    assertZoned(0.2, 0.2, OrdinalZone.FAIL, at(SIGNUPS, 5, policy));
    assertZoned(0.9, 0.9, OrdinalZone.TARGET, at(SIGNUPS, 35, policy));
  }

  // --- the levels themselves ----------------------------------------------------------------------

  @Test
  void eachLevelScoresExactlyItsZoneScoreAndStartsItsZone() {
    assertEquals(0.0, at(SIGNUPS, 0).raw().getAsDouble());
    assertEquals(0.3, at(SIGNUPS, 10).raw().getAsDouble());
    assertEquals(0.7, at(SIGNUPS, 20).raw().getAsDouble());
    assertEquals(1.0, at(SIGNUPS, 50).raw().getAsDouble());
    assertEquals(Optional.of(OrdinalZone.COMMIT), at(SIGNUPS, 10).zone());
    assertEquals(Optional.of(OrdinalZone.TARGET), at(SIGNUPS, 20).zone());
    assertEquals(Optional.of(OrdinalZone.STRETCH), at(SIGNUPS, 50).zone());
    assertEquals(Optional.of(OrdinalZone.TARGET), at(TICKETS, 60).zone());
    assertEquals(Optional.of(OrdinalZone.FAIL), at(TICKETS, 80.5).zone());
  }

  @Test
  void aValueWithinTheEpsilonShortOfALevelReachesIt() {
    assertEquals(Optional.of(OrdinalZone.COMMIT), at(SIGNUPS, 10 - Policy.EPSILON).zone());
    assertEquals(Optional.of(OrdinalZone.FAIL), at(SIGNUPS, 10 - 1e-6).zone());
    assertEquals(Optional.of(OrdinalZone.STRETCH), at(TICKETS, 50 + Policy.EPSILON).zone());
    assertEquals(Optional.of(OrdinalZone.TARGET), at(TICKETS, 50 + 1e-6).zone());
  }

  @Test
  void withACommitOnlyTheTargetScoresOneAndThereIsNoStretchZone() {
    KeyResult commitOnly = levels(KeyResult.increase("kr", "Grow sign-ups", 0, 20, "k"), 10.0, null);
    assertZoned(0.15, 0.15, OrdinalZone.FAIL, at(commitOnly, 5));
    assertZoned(0.65, 0.65, OrdinalZone.COMMIT, at(commitOnly, 15));
    assertZoned(1.0, 1.0, OrdinalZone.TARGET, at(commitOnly, 20));
    assertZoned(1.7, 1.0, OrdinalZone.TARGET, at(commitOnly, 30));
  }

  @Test
  void aKeyResultWithoutCommitOrStretchHasNoZoneAndItsProgressIsUnchanged() {
    KeyResultProgress plain = at(KeyResult.increase("kr", "Teams", 0, 10, "teams"), 15);
    assertEquals(1.5, plain.raw().getAsDouble(), EPSILON);
    assertEquals(Optional.empty(), plain.zone());
  }

  @Test
  void ordinalKeyResultsScoreThePolicysZoneScoresAndReportTheirZone() {
    KeyResult nps = KeyResult.ordinal("kr", "Onboarding NPS", "Above 20", "Above 40", "Above 60");
    Policy policy = Policy.builder().commitScore(0.25).targetScore(0.6).stretchScore(0.9).build();
    assertZoned(0.0, 0.0, OrdinalZone.FAIL, at(nps, 0, policy));
    assertZoned(0.25, 0.25, OrdinalZone.COMMIT, at(nps, 1, policy));
    assertZoned(0.6, 0.6, OrdinalZone.TARGET, at(nps, 2, policy));
    assertZoned(0.9, 0.9, OrdinalZone.STRETCH, at(nps, 3, policy));
    assertZoned(0.7, 0.7, OrdinalZone.TARGET, at(nps, 2));
    assertEquals(Optional.empty(), at(nps, 1.5).zone());
  }

  @Test
  void withoutAPolicyTheDefaultZoneScoresApply() {
    KeyResult measured = SIGNUPS.withCheckIn(CheckIn.of(JULY_1, 15));
    assertEquals(KeyResultProgress.of(measured, AUGUST_1, Policy.defaults()), KeyResultProgress.of(measured, AUGUST_1));
  }

  @Test
  void zonedIsOrdinalOrACommitOrAStretch() {
    assertTrue(SIGNUPS.isZoned());
    assertTrue(levels(KeyResult.increase("kr", "Grow", 0, 20, "k"), 10.0, null).isZoned());
    assertTrue(levels(KeyResult.increase("kr", "Grow", 0, 20, "k"), null, 50.0).isZoned());
    assertTrue(KeyResult.ordinal("kr", "NPS", "a", "b", "c").isZoned());
    assertFalse(KeyResult.increase("kr", "Grow", 0, 20, "k").isZoned());
    assertFalse(KeyResult.achieve("kr", "Launch").isZoned());
  }

  @Test
  void toStringShowsTheZone() {
    assertEquals("KeyResultProgress{value=15.0, raw=0.5, zone=COMMIT}", at(SIGNUPS, 15).toString());
  }

  @Test
  void hugeLevelsGiveFiniteProgressOnEverySegment() {
    KeyResult huge = levels(KeyResult.increase("kr", "Huge", -Double.MAX_VALUE, 1e308, "x"), 0.0, Double.MAX_VALUE);
    KeyResult tiny = levels(KeyResult.increase("kr", "Tiny", 0, 2 * Double.MIN_VALUE, "x"), Double.MIN_VALUE, 1.0);
    for (double value : new double[] {-Double.MAX_VALUE, -1e308, -1, 0, Double.MIN_VALUE, 1, 1e308, Double.MAX_VALUE}) {
      for (KeyResult keyResult : new KeyResult[] {huge, tiny}) {
        double raw = at(keyResult, value).raw().getAsDouble();
        assertTrue(Double.isFinite(raw), () -> "raw " + raw + " at " + value + " of " + keyResult);
        assertEquals(0, Double.compare(raw + 0.0, raw), () -> "raw is not -0.0 at " + value);
      }
    }
    assertEquals(0.0, at(huge, -Double.MAX_VALUE).raw().getAsDouble());
    assertEquals(1.0, at(huge, Double.MAX_VALUE).raw().getAsDouble());
    assertEquals(0.3, at(tiny, Double.MIN_VALUE).raw().getAsDouble());
  }

  // --- levels that do not fit -----------------------------------------------------------------------

  @Test
  void aCommitBeyondTheTargetMakesProgressUndefined() {
    KeyResult kr = levels(KeyResult.increase("kr", "Grow", 0, 20, "k"), 30.0, 50.0);
    assertWrongDirection(at(kr, 15));
    assertEquals(Optional.of("commit"), KeyResultProgress.misplacedLevel(kr));
  }

  @Test
  void aCommitEqualToTheStartOrTheTargetIsOutOfOrder() {
    assertEquals(Optional.of("commit"),
        KeyResultProgress.misplacedLevel(levels(KeyResult.increase("kr", "Grow", 0, 20, "k"), 0.0, null)));
    assertEquals(Optional.of("commit"),
        KeyResultProgress.misplacedLevel(levels(KeyResult.decrease("kr", "Cut", 100, 60, "h"), 60.0, null)));
  }

  @Test
  void aStretchShortOfTheTargetIsOutOfOrder() {
    KeyResult kr = levels(KeyResult.decrease("kr", "Cut", 100, 60, "h"), 80.0, 70.0);
    assertWrongDirection(at(kr, 65));
    assertEquals(Optional.of("stretch"), KeyResultProgress.misplacedLevel(kr));
    assertEquals(Optional.of("stretch"),
        KeyResultProgress.misplacedLevel(levels(KeyResult.increase("kr", "Grow", 0, 20, "k"), null, 20.0)));
  }

  @Test
  void aTargetOnTheWrongSideOfTheStartIsNamedFirst() {
    KeyResult kr = levels(KeyResult.increase("kr", "Grow", 20, 0, "k"), 10.0, 50.0);
    assertWrongDirection(at(kr, 15));
    assertEquals(Optional.of("target"), KeyResultProgress.misplacedLevel(kr));
  }

  @Test
  void levelsWithoutAStartMustStillRunInOrder() {
    KeyResult noStart = KeyResult.builder().id("kr").title("Grow").kind(KeyResultKind.INCREASE).target(20)
        .commit(25).unit("k").build();
    assertEquals(Optional.of("commit"), KeyResultProgress.misplacedLevel(noStart));
    assertEquals(Optional.of(Undefined.NOT_MEASURABLE), KeyResultProgress.unmeasurableReason(noStart));
    KeyResult noTarget = KeyResult.builder().id("kr").title("Grow").kind(KeyResultKind.INCREASE).start(0)
        .commit(25).stretch(20).unit("k").build();
    assertEquals(Optional.of("stretch"), KeyResultProgress.misplacedLevel(noTarget));
  }

  @Test
  void commitAndStretchOnAnotherKindMakeProgressUndefined() {
    KeyResult stay = KeyResult.builder().from(KeyResult.stayAtLeast("kr", "Uptime", 99.5, "%")).commit(99).build();
    KeyResult ordinal = KeyResult.builder().from(KeyResult.ordinal("kr", "NPS", "a", "b", "c")).stretch(3).build();
    assertWrongDirection(at(stay, 99.7));
    assertWrongDirection(at(ordinal, 2));
    assertEquals(Optional.of("commit"), KeyResultProgress.misplacedLevel(stay));
    assertEquals(Optional.of("stretch"), KeyResultProgress.misplacedLevel(ordinal));
    assertEquals(Optional.empty(), KeyResultProgress.misplacedLevel(KeyResult.stayAtLeast("kr", "Uptime", 99.5, "%")));
  }

  @Test
  void levelsInOrderAreNotMisplaced() {
    assertEquals(Optional.empty(), KeyResultProgress.misplacedLevel(SIGNUPS));
    assertEquals(Optional.empty(), KeyResultProgress.misplacedLevel(TICKETS));
    assertEquals(Optional.empty(), KeyResultProgress.unmeasurableReason(SIGNUPS));
    assertEquals(Optional.empty(),
        KeyResultProgress.misplacedLevel(KeyResult.builder().id("kr").title("No kind").commit(5).build()));
  }
}
