package dev.alignkit.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.KeyResultKind;
import dev.alignkit.policy.Policy;
import dev.alignkit.testing.Coverage;
import dev.alignkit.testing.Gens;
import dev.alignkit.testing.OkrGenerators;
import dev.alignkit.testing.Property;
import dev.alignkit.testing.Theory;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.quicktheories.core.Gen;

/**
 * Properties of {@link Forecast} over generated INCREASE and DECREASE key results, check-ins near
 * the as-of date, as-of dates around one cycle and minimum spans: a forecast exists exactly when
 * the cycle runs on the as-of date, the key result can be measured, and the check-ins up to the
 * as-of date fall on two or more dates whose first and last lie at least
 * {@link Policy#minTrendSpanDays()} apart; and the minimum span only decides whether there is a
 * forecast, never what it projects.
 */
class ForecastProperties {
  private static final LocalDate START = LocalDate.of(2026, 7, 1);
  private static final LocalDate END = LocalDate.of(2026, 9, 30);
  private static final Cycle Q3 = Cycle.of("q3", "2026-Q3", START, END);
  private static final Policy ANY_SPAN = Policy.builder().minTrendSpanDays(0).build();

  /** A key result with its check-ins replaced, the as-of date and the policy's minimum span. */
  private record Example(KeyResult keyResult, LocalDate asOf, int minTrendSpanDays) {}

  /** A check-in {@code offset} days from the as-of date (negative: before it). */
  private record Dated(int offset, double value) {}

  private static Gen<Example> examples() {
    return examples(5);
  }

  /** Examples with up to {@code maxCheckIns} check-ins. */
  private static Gen<Example> examples(int maxCheckIns) {
    Gen<KeyResult> keyResults = Gens.oneOf(
        OkrGenerators.keyResults(KeyResultKind.INCREASE), OkrGenerators.keyResults(KeyResultKind.DECREASE));
    // Days from three weeks before the cycle to three weeks after it, its first and last day and
    // the days next to them more often than the rest.
    Gen<LocalDate> asOfs = Gens.withEdgeCases(Gens.days(START.minusDays(21), END.plusDays(21)), 20,
        List.of(START.minusDays(1), START, END, END.plusDays(1)));
    // Up to 30 days before the as-of date, and some after it, which the line leaves out.
    Gen<List<Dated>> checkIns = Gens.lists(
        Gens.combine(Gens.ints(-30, 10), Gens.decimals(-1000, 1000, 3), Dated::new), 0, maxCheckIns);
    Gen<Integer> spans = Gens.withEdgeCases(Gens.ints(0, 14), 20, List.of(7));
    return Gens.combine(keyResults, asOfs, checkIns, spans, (keyResult, asOf, dated, span) -> {
      List<CheckIn> list = new ArrayList<>(dated.size());
      for (Dated checkIn : dated) {
        list.add(CheckIn.of(asOf.plusDays(checkIn.offset()), checkIn.value()));
      }
      return new Example(KeyResult.builder().from(keyResult).checkIns(list).build(), asOf, span);
    });
  }

  /** Why there is no forecast, checked in the order of {@link Forecast#of(KeyResult, Cycle, LocalDate, Policy)}, or "forecast". */
  private static String expectedCase(Example example) {
    if (example.asOf().isBefore(START)) {
      return "not started";
    }
    if (example.asOf().isAfter(END)) {
      return "ended";
    }
    if (KeyResultProgress.unmeasurableReason(example.keyResult()).isPresent()) {
      return "not measurable";
    }
    TreeSet<LocalDate> used = new TreeSet<>();
    for (CheckIn checkIn : example.keyResult().checkIns()) {
      if (!checkIn.date().isAfter(example.asOf())) {
        used.add(checkIn.date());
      }
    }
    if (used.size() < 2) {
      return "fewer than two dates";
    }
    long span = ChronoUnit.DAYS.between(used.first(), used.last());
    if (span < example.minTrendSpanDays()) {
      return "span too short";
    }
    return span == example.minTrendSpanDays() ? "forecast at the minimum span" : "forecast";
  }

  @Property
  void aForecastExistsExactlyWhileTheCycleRunsOverCheckInsSpanningTheMinimum(Theory theory) {
    Coverage cases = new Coverage("forecast cases");
    theory.forAll(examples()).check(example -> {
      Policy policy = Policy.builder().minTrendSpanDays(example.minTrendSpanDays()).build();
      String expected = expectedCase(example);
      cases.count(expected);

      Optional<Forecast> forecast = Forecast.of(example.keyResult(), Q3, example.asOf(), policy);

      assertEquals(expected.startsWith("forecast"), forecast.isPresent(),
          () -> expected + ": " + forecast + " for " + example);
    });
    cases.assertPercentAtLeast("forecast", 15);
    cases.assertPercentAtLeast("span too short", 5);
    cases.assertPercentAtLeast("not started", 5);
    cases.assertPercentAtLeast("ended", 5);
    cases.assertCountAtLeast("forecast at the minimum span", 5);
  }

  @Property
  void theMinimumSpanDecidesWhetherThereIsAForecastNeverWhatItProjects(Theory theory) {
    Coverage present = new Coverage("forecast present");
    theory.forAll(examples()).check(example -> {
      Policy policy = Policy.builder().minTrendSpanDays(example.minTrendSpanDays()).build();

      Optional<Forecast> forecast = Forecast.of(example.keyResult(), Q3, example.asOf(), policy);
      present.count(forecast.isPresent());

      if (forecast.isPresent()) {
        assertEquals(Forecast.of(example.keyResult(), Q3, example.asOf(), ANY_SPAN), forecast, example::toString);
      }
    });
    present.assertPercentAtLeast(true, 15);
  }

  /**
   * The line runs over one point per date in date order, whatever the order of the check-ins: the
   * check-ins up to the as-of date, the later in the list kept on a shared date, sorted by date
   * (which the forecast reads in their order) give the same forecast, to the bit, as the list as
   * it came (of up to 8 check-ins out of order, whose points it finds in date order by looking at
   * them all; of more, which it sorts).
   */
  @Property
  void theOrderOfTheCheckInsDoesNotChangeTheForecast(Theory theory) {
    Coverage order = new Coverage("forecasts by the order of the check-ins");
    theory.forAll(examples(14)).check(example -> {
      List<CheckIn> checkIns = example.keyResult().checkIns();
      TreeMap<LocalDate, CheckIn> byDate = new TreeMap<>();
      for (CheckIn checkIn : checkIns) {
        if (!checkIn.date().isAfter(example.asOf())) {
          byDate.put(checkIn.date(), checkIn);
        }
      }
      List<CheckIn> sorted = new ArrayList<>(byDate.values());
      KeyResult ordered = KeyResult.builder().from(example.keyResult()).checkIns(sorted).build();
      Optional<Forecast> forecast = Forecast.of(example.keyResult(), Q3, example.asOf(), ANY_SPAN);
      boolean inOrder = checkIns.equals(sorted);
      order.count(forecast.isEmpty() ? "no forecast" : inOrder ? "in date order"
          : checkIns.size() > 8 ? "more than 8, not as sorted" : "up to 8, not as sorted");

      assertEquals(Forecast.of(ordered, Q3, example.asOf(), ANY_SPAN), forecast, example::toString);
    });
    order.assertPercentAtLeast("up to 8, not as sorted", 10);
    order.assertPercentAtLeast("more than 8, not as sorted", 10);
  }
}
