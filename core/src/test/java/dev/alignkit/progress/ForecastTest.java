package dev.alignkit.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.policy.Policy;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * When a key result has a forecast ({@code docs/concepts.md}, "Forecast"): INCREASE and DECREASE
 * only, measurable, finite, while the cycle runs, over check-ins at least
 * {@link Policy#minTrendSpanDays()} apart. Days are counted from the cycle's start (2026-07-01 is
 * day 0, 2026-08-15 day 45, 2026-09-30, the last day, day 91).
 */
class ForecastTest {
  private static final LocalDate START = LocalDate.of(2026, 7, 1);
  private static final LocalDate END = LocalDate.of(2026, 9, 30);
  private static final LocalDate MIDDLE = LocalDate.of(2026, 8, 15);
  private static final Cycle Q3 = Cycle.of("q3", "2026-Q3", START, END);
  private static final double EPSILON = 1e-9;

  /** Check-ins on the cycle's first day and 45 days later, well over the minimum trend span. */
  private static KeyResult checkedIn(KeyResult keyResult, double first, double later) {
    return keyResult.withCheckIn(CheckIn.of(START, first)).withCheckIn(CheckIn.of(MIDDLE, later));
  }

  /** An INCREASE key result from 0 to 100 with these check-ins, in order. */
  private static KeyResult users(CheckIn... checkIns) {
    KeyResult keyResult = KeyResult.increase("k", "Weekly users", 0, 100, "users");
    for (CheckIn checkIn : checkIns) {
      keyResult = keyResult.withCheckIn(checkIn);
    }
    return keyResult;
  }

  /** A check-in of {@code value} on a day of 2026. */
  private static CheckIn on(int month, int dayOfMonth, double value) {
    return CheckIn.of(day(month, dayOfMonth), value);
  }

  private static LocalDate day(int month, int dayOfMonth) {
    return LocalDate.of(2026, month, dayOfMonth);
  }

  private static void assertForecast(double projectedValue, double projectedProgress, Optional<Forecast> forecast) {
    assertEquals(projectedValue, forecast.orElseThrow().projectedValue().getAsDouble(), EPSILON);
    assertEquals(projectedProgress, forecast.orElseThrow().projectedProgress(), EPSILON);
  }

  @Test
  void checkInsOneDayApartGiveNoForecast() {
    // A line through them would climb 1 a day, 57 by the end: noise taken for a trend.
    assertEquals(Optional.empty(), Forecast.of(users(on(8, 14, 10), on(8, 15, 11)), Q3, MIDDLE));
  }

  @Test
  void checkInsSixDaysApartGiveNoForecast() {
    assertEquals(Optional.empty(), Forecast.of(users(on(8, 9, 10), on(8, 15, 16)), Q3, MIDDLE));
  }

  @Test
  void checkInsSevenDaysApartGiveAForecast() {
    // Day 38 at 10, day 45 at 17: 1 a day, 17 + 46 = 63 on day 91.
    assertForecast(63, 0.63, Forecast.of(users(on(8, 8, 10), on(8, 15, 17)), Q3, MIDDLE));
  }

  @Test
  void checkInsTenDaysApartGiveAForecast() {
    // Day 35 at 10, day 45 at 20: 1 a day, 20 + 46 = 66 on day 91.
    assertForecast(66, 0.66, Forecast.of(users(on(8, 5, 10), on(8, 15, 20)), Q3, MIDDLE));
  }

  @Test
  void theSpanIsThatOfTheCheckInsUpToTheAsOfDate() {
    KeyResult keyResult = users(on(8, 9, 10), on(8, 15, 16), on(8, 30, 40));
    // As of day 45 the line would use days 39 and 45 only: 6 days.
    assertEquals(Optional.empty(), Forecast.of(keyResult, Q3, MIDDLE));
    // As of day 60 it uses days 39, 45 and 60: mean (48, 22), slope 342 / 234, on for 43 days.
    double projected = 22 + 342.0 / 234 * 43;
    assertForecast(projected, projected / 100, Forecast.of(keyResult, Q3, day(8, 30)));
  }

  @Test
  void aForecastIsMadeOnTheCyclesLastDayButNotTheDayAfter() {
    // Day 45 at 40, day 76 at 71: 1 a day, 71 + 15 = 86 on day 91.
    KeyResult keyResult = users(on(8, 15, 40), on(9, 15, 71));
    assertForecast(86, 0.86, Forecast.of(keyResult, Q3, END));
    assertEquals(Optional.empty(), Forecast.of(keyResult, Q3, END.plusDays(1)));
    assertEquals(Optional.empty(), Forecast.of(keyResult, Q3, day(12, 31)));
  }

  @Test
  void aForecastIsMadeOnTheCyclesFirstDayButNotTheDayBefore() {
    // Day -21 at 0, day -11 at 5 (check-ins before the start count): 0.5 a day, 5 + 51 = 56 on day 91.
    KeyResult keyResult = users(on(6, 10, 0), on(6, 20, 5));
    assertForecast(56, 0.56, Forecast.of(keyResult, Q3, START));
    assertEquals(Optional.empty(), Forecast.of(keyResult, Q3, START.minusDays(1)));
  }

  @Test
  void aLongerMinimumSpanAsksForMoreDays() {
    Policy fortnight = Policy.builder().minTrendSpanDays(14).build();
    assertEquals(Optional.empty(), Forecast.of(users(on(8, 5, 10), on(8, 15, 20)), Q3, MIDDLE, fortnight));
    assertEquals(Optional.empty(), Forecast.of(users(on(8, 2, 10), on(8, 15, 23)), Q3, MIDDLE, fortnight));
    // Day 31 at 10, day 45 at 24: 1 a day, 24 + 46 = 70 on day 91.
    assertForecast(70, 0.70, Forecast.of(users(on(8, 1, 10), on(8, 15, 24)), Q3, MIDDLE, fortnight));
  }

  @Test
  void aMinimumSpanOfZeroAsksOnlyForTwoDates() {
    Policy any = Policy.builder().minTrendSpanDays(0).build();
    // Day 44 at 10, day 45 at 11: 1 a day, 11 + 46 = 57 on day 91.
    assertForecast(57, 0.57, Forecast.of(users(on(8, 14, 10), on(8, 15, 11)), Q3, MIDDLE, any));
    assertEquals(Optional.empty(), Forecast.of(users(on(8, 15, 10), on(8, 15, 11)), Q3, MIDDLE, any));
  }

  @Test
  void theThreeArgumentFormUsesTheDefaultPolicy() {
    KeyResult sevenDays = users(on(8, 8, 10), on(8, 15, 17));
    KeyResult sixDays = users(on(8, 9, 10), on(8, 15, 16));
    assertEquals(Forecast.of(sevenDays, Q3, MIDDLE, Policy.defaults()), Forecast.of(sevenDays, Q3, MIDDLE));
    assertFalse(Forecast.of(sixDays, Q3, MIDDLE, Policy.builder().minTrendSpanDays(6).build()).isEmpty());
    assertEquals(Optional.empty(), Forecast.of(sixDays, Q3, MIDDLE));
  }

  @Test
  void decreasingKeyResultIsProjectedToTheCycleEnd() {
    Forecast forecast = Forecast.of(checkedIn(KeyResult.decrease("k", "Hours", 100, 50, "h"), 100, 90), Q3, MIDDLE)
        .orElseThrow();
    // The line falls 10 in 45 days; the cycle's last day is day 91.
    assertEquals(100 - 10.0 / 45 * 91, forecast.projectedValue().getAsDouble(), EPSILON);
    assertEquals((10.0 / 45 * 91) / 50, forecast.projectedProgress(), EPSILON);
  }

  @Test
  void ordinalAndAchieveKeyResultsHaveNoForecast() {
    KeyResult ordinal = KeyResult.ordinal("k1", "Onboarding NPS", "Above 20", "Above 40", "Above 60");
    assertEquals(Optional.empty(), Forecast.of(checkedIn(ordinal, 1, 2), Q3, MIDDLE));
    assertEquals(Optional.empty(), Forecast.of(checkedIn(KeyResult.achieve("k2", "Launch"), 0, 1), Q3, MIDDLE));
  }

  @Test
  void keyResultThatCannotBeMeasuredHasNoForecast() {
    KeyResult noDirection = KeyResult.increase("k", "Teams", 10, 10, "teams");
    assertEquals(Optional.empty(), Forecast.of(checkedIn(noDirection, 10, 12), Q3, MIDDLE));
  }

  @Test
  void lineThatOverflowsGivesNoForecast() {
    KeyResult huge = KeyResult.increase("k", "Huge", -1e308, 1e308, "x");
    assertEquals(Optional.empty(), Forecast.of(checkedIn(huge, -1e308, 1e308), Q3, MIDDLE));
  }
}
