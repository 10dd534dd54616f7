package dev.alignkit.internal;

import java.time.LocalDate;

/**
 * Date arithmetic that never throws: every computation in core that moves a date by a number of
 * days goes through here, so that validation and the numbers never throw on a snapshot that could
 * be built, whatever its dates ({@code docs/concepts.md}, "Bad input": a cycle may end on
 * {@link LocalDate#MAX}).
 *
 * <p>{@link LocalDate#plusDays} throws a {@link java.time.DateTimeException} when the result lies
 * outside the years -999,999,999 to 999,999,999. Here the result is held at the first or last day
 * instead. That is the right answer for the windows core computes (a cycle's grace days end at the
 * latest on the last day there is; no date lies after it), so callers compare with it as with any
 * other date. A number of days between two dates needs no help: it is at most about 7.3e11 and
 * fits a {@code long} ({@link java.time.temporal.ChronoUnit#DAYS}{@code .between} never overflows).
 */
public final class Dates {
  private static final long FIRST_DAY = LocalDate.MIN.toEpochDay();
  private static final long LAST_DAY = LocalDate.MAX.toEpochDay();

  private Dates() {}

  /**
   * {@code date} moved by {@code days} (negative: back), held at {@link LocalDate#MAX} or
   * {@link LocalDate#MIN} where the calendar ends: {@code plusDaysSaturating(LocalDate.MAX.minusDays(5), 14)}
   * is {@link LocalDate#MAX}.
   *
   * @param date not null
   * @param days any number of days
   */
  public static LocalDate plusDaysSaturating(LocalDate date, long days) {
    long epochDay = date.toEpochDay();
    // Neither sum overflows a long: epoch days lie within about ±3.7e11.
    if (days > LAST_DAY - epochDay) {
      return LocalDate.MAX;
    }
    if (days < FIRST_DAY - epochDay) {
      return LocalDate.MIN;
    }
    return LocalDate.ofEpochDay(epochDay + days);
  }
}
