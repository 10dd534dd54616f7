package dev.alignkit.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.KeyResult;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When a key result has a forecast (DOMAIN section 2): INCREASE and DECREASE only, measurable, finite. */
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
