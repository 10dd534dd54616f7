package dev.alignkit.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.KeyResultKind;
import dev.alignkit.policy.Policy;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The key-result cases of DOMAIN section 2, one behaviour a test. */
class KeyResultProgressTest {
  private static final LocalDate JULY_1 = LocalDate.of(2026, 7, 1);
  private static final LocalDate AUGUST_1 = LocalDate.of(2026, 8, 1);
  private static final double EPSILON = 1e-12;

  private static KeyResultProgress progressAt(KeyResult kr, double value) {
    return KeyResultProgress.of(kr.withCheckIn(CheckIn.of(JULY_1, value)), AUGUST_1);
  }

  private static void assertProgress(double expectedRaw, double expectedClamped, KeyResultProgress actual) {
    assertEquals(Optional.empty(), actual.undefined());
    assertEquals(expectedRaw, actual.raw().getAsDouble(), EPSILON, "raw");
    assertEquals(expectedClamped, actual.progress().getAsDouble(), EPSILON, "clamped");
  }

  private static void assertUndefined(Undefined expected, KeyResultProgress actual) {
    assertEquals(Optional.of(expected), actual.undefined());
    assertFalse(actual.isDefined());
    assertEquals(OptionalDouble.empty(), actual.raw());
    assertEquals(OptionalDouble.empty(), actual.progress());
  }

  @Test
  void increaseHalfwayIsHalf() {
    assertProgress(0.5, 0.5, progressAt(KeyResult.increase("kr", "Teams", 0, 10, "teams"), 5));
  }

  @Test
  void decreasingKeyResultCountsDownFromStart() {
    assertProgress(0.5, 0.5, progressAt(KeyResult.decrease("kr", "Hours", 100, 50, "h"), 75));
  }

  @Test
  void overshootIsRawAboveOneAndClampedToOne() {
    assertProgress(1.5, 1.0, progressAt(KeyResult.increase("kr", "Teams", 0, 10, "teams"), 15));
  }

  @Test
  void fallingBelowStartIsRawNegativeAndClampedToZero() {
    assertProgress(-0.25, 0.0, progressAt(KeyResult.increase("kr", "Teams", 0, 10, "teams"), -2.5));
  }

  @Test
  void stayAtLeastIsOneWhenTheValueHoldsTheThreshold() {
    KeyResult kr = KeyResult.stayAtLeast("kr", "Uptime", 99.5, "%");
    assertProgress(1, 1, progressAt(kr, 99.5));
    assertProgress(0, 0, progressAt(kr, 99.4));
  }

  @Test
  void stayAtMostIsOneWhenTheValueHoldsTheThreshold() {
    KeyResult kr = KeyResult.stayAtMost("kr", "Churn", 2, "%");
    assertProgress(1, 1, progressAt(kr, 2));
    assertProgress(0, 0, progressAt(kr, 2.1));
  }

  @Test
  void achieveIsDoneFromOne() {
    KeyResult kr = KeyResult.achieve("kr", "Launch the portal");
    assertProgress(0, 0, progressAt(kr, 0.99));
    assertProgress(1, 1, progressAt(kr, 1));
    assertProgress(1, 1, progressAt(kr, 3));
  }

  @Test
  void ordinalZonesCountAsZeroPointThreePointSevenAndOne() {
    KeyResult kr = KeyResult.ordinal("kr", "Onboarding NPS", "Above 20", "Above 40", "Above 60");
    assertProgress(0.0, 0.0, progressAt(kr, 0));
    assertProgress(0.3, 0.3, progressAt(kr, 1));
    assertProgress(0.7, 0.7, progressAt(kr, 2));
    assertProgress(1.0, 1.0, progressAt(kr, 3));
  }

  @Test
  void ordinalValueOutsideTheZonesIsUndefined() {
    KeyResult kr = KeyResult.ordinal("kr", "Onboarding NPS", "Above 20", "Above 40", "Above 60");
    assertUndefined(Undefined.INVALID_ZONE, progressAt(kr, 1.5));
    assertUndefined(Undefined.INVALID_ZONE, progressAt(kr, 4));
    assertUndefined(Undefined.INVALID_ZONE, progressAt(kr, -1));
  }

  @Test
  void noCheckInAndNoCurrentValueIsNoData() {
    KeyResultProgress progress = KeyResultProgress.of(KeyResult.increase("kr", "Teams", 0, 10, "teams"), AUGUST_1);
    assertUndefined(Undefined.NO_DATA, progress);
    assertEquals(OptionalDouble.empty(), progress.value());
  }

  @Test
  void startEqualToTargetHasNoDirection() {
    assertUndefined(Undefined.WRONG_DIRECTION, progressAt(KeyResult.increase("kr", "Teams", 10, 10, "teams"), 10));
  }

  @Test
  void increaseWhoseTargetIsBelowStartHasTheWrongDirection() {
    assertUndefined(Undefined.WRONG_DIRECTION, progressAt(KeyResult.increase("kr", "Teams", 10, 5, "teams"), 7));
    assertUndefined(Undefined.WRONG_DIRECTION, progressAt(KeyResult.decrease("kr", "Hours", 5, 10, "h"), 7));
  }

  @Test
  void keyResultWithoutTargetIsNotMeasurable() {
    KeyResult noTarget = KeyResult.builder().id("kr").title("Grow revenue").kind(KeyResultKind.INCREASE).start(0).build();
    assertUndefined(Undefined.NOT_MEASURABLE, progressAt(noTarget, 5));
  }

  @Test
  void keyResultWithoutKindIsNotMeasurable() {
    KeyResult noKind = KeyResult.builder().id("kr").title("Be great").target(1).build();
    assertUndefined(Undefined.NOT_MEASURABLE, progressAt(noKind, 1));
  }

  @Test
  void valueAsOfIsTheLatestCheckInOnOrBeforeTheDate() {
    KeyResult kr = KeyResult.increase("kr", "Teams", 0, 10, "teams")
        .withCheckIn(CheckIn.of(JULY_1, 2))
        .withCheckIn(CheckIn.of(JULY_1.plusDays(20), 6))
        .withCheckIn(CheckIn.of(JULY_1.plusDays(10), 4));
    assertEquals(OptionalDouble.of(4), KeyResultProgress.valueAsOf(kr, JULY_1.plusDays(15)));
    assertEquals(OptionalDouble.of(6), KeyResultProgress.valueAsOf(kr, JULY_1.plusDays(20)));
  }

  @Test
  void checkInsAfterTheDateAreIgnored() {
    KeyResult kr = KeyResult.increase("kr", "Teams", 0, 10, "teams").withCheckIn(CheckIn.of(AUGUST_1, 9));
    assertEquals(OptionalDouble.empty(), KeyResultProgress.valueAsOf(kr, AUGUST_1.minusDays(1)));
  }

  @Test
  void onASharedDateTheLaterCheckInInTheListWins() {
    KeyResult kr = KeyResult.increase("kr", "Teams", 0, 10, "teams")
        .withCheckIn(CheckIn.of(JULY_1, 3))
        .withCheckIn(CheckIn.of(JULY_1, 7));
    assertEquals(OptionalDouble.of(7), KeyResultProgress.valueAsOf(kr, AUGUST_1));
  }

  @Test
  void currentValueIsUsedWhenNoCheckInIsDatedOnOrBeforeTheDate() {
    KeyResult kr = KeyResult.builder().from(KeyResult.increase("kr", "Teams", 0, 10, "teams"))
        .current(3)
        .addCheckIn(CheckIn.of(AUGUST_1.plusDays(1), 9))
        .build();
    assertEquals(OptionalDouble.of(3), KeyResultProgress.valueAsOf(kr, AUGUST_1));
    assertProgress(0.3, 0.3, KeyResultProgress.of(kr, AUGUST_1));
    assertEquals(OptionalDouble.of(9), KeyResultProgress.valueAsOf(kr, AUGUST_1.plusDays(1)));
  }

  @Test
  void latestCheckInAsOfReturnsTheWinningCheckIn() {
    CheckIn later = CheckIn.of(JULY_1, 7, 0.4);
    KeyResult kr = KeyResult.achieve("kr", "Launch").withCheckIn(CheckIn.of(JULY_1, 0, 0.9)).withCheckIn(later);
    assertEquals(Optional.of(later), KeyResultProgress.latestCheckInAsOf(kr, AUGUST_1));
    assertTrue(KeyResultProgress.latestCheckInAsOf(kr, JULY_1.minusDays(1)).isEmpty());
  }

  @Test
  void hugeValuesGiveFiniteProgressInsteadOfNaN() {
    KeyResultProgress progress = progressAt(KeyResult.increase("kr", "Huge", -1e308, 1e308, "x"), 1e308);
    assertEquals(1.0, progress.raw().getAsDouble(), EPSILON);
    assertEquals(1.0, progress.progress().getAsDouble(), EPSILON);
    KeyResultProgress tinySpan = progressAt(KeyResult.increase("kr", "Tiny", 0, Double.MIN_VALUE, "x"), 1);
    assertEquals(Double.MAX_VALUE, tinySpan.raw().getAsDouble());
    assertEquals(1.0, tinySpan.progress().getAsDouble());
  }

  @Test
  void decreaseAtItsStartIsPositiveZero() {
    double raw = progressAt(KeyResult.decrease("kr", "Hours", 100, 50, "h"), 100).raw().getAsDouble();
    assertEquals(0, Double.compare(0.0, raw), "raw is +0.0, not -0.0: " + raw);
  }

  @Test
  void ordinalZoneIndexIsMatchedWithinTheEpsilon() {
    KeyResult kr = KeyResult.ordinal("kr", "Onboarding NPS", "Above 20", "Above 40", "Above 60");
    assertProgress(0.7, 0.7, progressAt(kr, 2.0000000001));
  }

  @Test
  void decreaseWhoseStartEqualsItsTargetHasNoDirection() {
    assertUndefined(Undefined.WRONG_DIRECTION, progressAt(KeyResult.decrease("kr", "Hours", 50, 50, "h"), 50));
  }

  @Test
  void unmeasurableReasonSaysWhyAKeyResultCanNeverHaveProgress() {
    assertEquals(Optional.of(Undefined.WRONG_DIRECTION),
        KeyResultProgress.unmeasurableReason(KeyResult.increase("kr", "Teams", 10, 10, "teams")));
    assertEquals(Optional.of(Undefined.NOT_MEASURABLE),
        KeyResultProgress.unmeasurableReason(KeyResult.builder().id("kr").title("Be great").target(1).build()));
    assertEquals(Optional.empty(),
        KeyResultProgress.unmeasurableReason(KeyResult.increase("kr", "Teams", 0, 10, "teams")));
  }

  @Test
  void ordinalValueExactlyOneEpsilonFromAZoneIndexCountsAsThatZone() {
    KeyResult kr = KeyResult.ordinal("kr", "Onboarding NPS", "Above 20", "Above 40", "Above 60");
    assertProgress(0.0, 0.0, progressAt(kr, Policy.EPSILON));
  }

  @Test
  void toStringShowsTheValueTheRawProgressAndWhyThereIsNone() {
    KeyResult teams = KeyResult.increase("kr", "Teams", 0, 10, "teams");
    KeyResult nps = KeyResult.ordinal("kr", "Onboarding NPS", "Above 20", "Above 40", "Above 60");
    assertEquals("KeyResultProgress{value=5.0, raw=0.5}", progressAt(teams, 5).toString());
    assertEquals("KeyResultProgress{undefined=NO_DATA}", KeyResultProgress.of(teams, AUGUST_1).toString());
    assertEquals("KeyResultProgress{value=1.5, undefined=INVALID_ZONE}", progressAt(nps, 1.5).toString());
  }
}
