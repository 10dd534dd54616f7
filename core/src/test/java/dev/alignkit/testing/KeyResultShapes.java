package dev.alignkit.testing;

import static dev.alignkit.testing.Gens.combine;
import static dev.alignkit.testing.Gens.constant;
import static dev.alignkit.testing.Gens.decimals;
import static dev.alignkit.testing.Gens.frequency;
import static dev.alignkit.testing.Gens.optional;
import static dev.alignkit.testing.Gens.weighted;
import static dev.alignkit.testing.SnapshotParts.PLACEHOLDER_ID;
import static dev.alignkit.testing.SnapshotParts.optionalDouble;

import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.KeyResultKind;
import dev.alignkit.okr.OkrStatus;
import dev.alignkit.okr.OrdinalZone;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.quicktheories.core.Gen;

/**
 * The parts {@link OkrGenerators} makes key results of: shapes made by the factories of each kind,
 * broken shapes the rules report, drafts whose check-ins are placed once a time frame and a zone
 * are known and whose owner once the people are, and the numbers key results hold.
 */
final class KeyResultShapes {
  private static final String PERCENT = "%";
  private static final List<String> UNITS = List.of("teams", PERCENT, "hours", "tickets", "NPS");
  private static final List<String> OTHER_UNITS = List.of("teams", "hours", "tickets", "NPS");

  /** Plain-text descriptions as tools export them: short, long, several lines, any script. */
  static final List<String> DESCRIPTIONS = List.of(
      "Measured weekly from the support dashboard.",
      "Zählt nur aktive Teams – ohne Testkonten.",
      "客户满意度 (CSAT) from the survey tool 📈",
      "Line one\nLine two with \"quotes\" and a tab\there.",
      "");

  /** Finite values at the edges of what a double holds: signed zero, the smallest and the largest magnitudes. */
  private static final List<Double> EXTREME_VALUES = List.of(
      -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, 1e15, -1e15);

  /** Every kind with a measure of its own: all but ROLLUP, which its contributors measure and which has no check-ins. */
  static final List<KeyResultKind> MEASURED_KINDS = java.util.Arrays.stream(KeyResultKind.values())
      .filter(kind -> kind != KeyResultKind.ROLLUP).toList();

  private KeyResultShapes() {}

  /** The factory-made key result of any kind, with a placeholder id. */
  static Gen<KeyResult> factoryShapes() {
    List<Gen<KeyResult>> shapes = new ArrayList<>();
    for (KeyResultKind kind : MEASURED_KINDS) {
      shapes.add(factoryShapes(kind));
    }
    return Gens.oneOf(shapes);
  }

  /**
   * The factory-made key result of {@code kind}: starts and thresholds from -1000 to 1000, spans up
   * to 1000; in the unit {@code %}, starts, targets and thresholds within [0, 100], as
   * {@code okr.key-result.unit-range} wants them. One INCREASE or DECREASE key result in three is
   * {@linkplain #zonedShapes zoned}: it also has a commit, a stretch or both.
   */
  static Gen<KeyResult> factoryShapes(KeyResultKind kind) {
    Gen<KeyResult> anyUnit = factoryShapes(kind, decimals(-1000, 1000, 2), decimals(0.01, 1000, 2),
        Gens.of(OTHER_UNITS));
    if (kind == KeyResultKind.ACHIEVE || kind == KeyResultKind.ORDINAL) {
      return anyUnit;
    }
    Gen<Double> percentStarts = kind == KeyResultKind.DECREASE ? decimals(10, 100, 2) : decimals(0, 90, 2);
    Gen<KeyResult> percent = factoryShapes(kind, kind == KeyResultKind.INCREASE || kind == KeyResultKind.DECREASE
        ? percentStarts : decimals(0, 100, 2), decimals(0.01, 10, 2), constant(PERCENT));
    Gen<KeyResult> plain = frequency(weighted(4, anyUnit), weighted(1, percent));
    if (kind == KeyResultKind.INCREASE || kind == KeyResultKind.DECREASE) {
      return frequency(weighted(2, plain), weighted(1, zonedShapes(kind)));
    }
    return plain;
  }

  /** Which of the levels beside the target a zoned key result sets. */
  enum Levels { COMMIT, STRETCH, BOTH }

  /**
   * INCREASE or DECREASE key results with a commit, a stretch or both, strictly ordered along the
   * direction: start, commit, target and stretch each 0.01 to 1000 beyond the one before, starts
   * from -1000 to 1000; in the unit {@code %}, all four within [0, 100] (starts up to 39.9 for
   * INCREASE, from 60.1 for DECREASE, steps up to 19.99), so that {@code okr.key-result.unit-range}
   * has nothing to report. Without a commit, the target lies as far from the start as with one.
   *
   * @param kind INCREASE or DECREASE
   */
  static Gen<KeyResult> zonedShapes(KeyResultKind kind) {
    Gen<KeyResult> anyUnit = zonedShapes(kind, decimals(-1000, 1000, 2), decimals(0.01, 1000, 2),
        Gens.of(OTHER_UNITS));
    Gen<Double> percentStarts = kind == KeyResultKind.DECREASE ? decimals(60.1, 100, 2) : decimals(0, 39.9, 2);
    Gen<KeyResult> percent = zonedShapes(kind, percentStarts, decimals(0.01, 19.99, 2), constant(PERCENT));
    return frequency(weighted(4, anyUnit), weighted(1, percent));
  }

  private static Gen<KeyResult> zonedShapes(KeyResultKind kind, Gen<Double> starts, Gen<Double> steps,
      Gen<String> units) {
    double sign = kind == KeyResultKind.INCREASE ? 1 : -1;
    return Gens.combine(starts, steps, steps, steps, Gens.of(Levels.class), units,
        (start, toCommit, toTarget, toStretch, levels, unit) -> {
          double commit = start + sign * toCommit;
          double target = commit + sign * toTarget;
          KeyResult.Builder zoned = KeyResult.builder().from(kind == KeyResultKind.INCREASE
              ? KeyResult.increase(PLACEHOLDER_ID, "Raise weekly active teams", start, target, unit)
              : KeyResult.decrease(PLACEHOLDER_ID, "Cut first-reply time", start, target, unit));
          if (levels != Levels.STRETCH) {
            zoned.commit(commit);
          }
          if (levels != Levels.COMMIT) {
            zoned.stretch(target + sign * toStretch);
          }
          return zoned.build();
        });
  }

  /** How {@link #disorderedLevels()} puts a commit or a stretch out of order. */
  enum Disorder {
    COMMIT_BEFORE_START, COMMIT_AT_START, COMMIT_AT_TARGET, COMMIT_BEYOND_TARGET, COMMIT_BEYOND_STRETCH,
    STRETCH_BEFORE_TARGET, STRETCH_AT_TARGET, STRETCH_AT_START
  }

  /**
   * INCREASE and DECREASE key results whose start and target agree with their kind but whose
   * commit or stretch does not lie in strict order along the direction, as
   * {@code okr.key-result.direction} reports: a commit before the start, equal to the start or the
   * target, beyond the target or beyond the stretch; a stretch before the target or equal to it or
   * to the start. A commit beyond the stretch comes with that stretch; half of the others also set
   * the other level, in order.
   */
  static Gen<KeyResult> disorderedLevels() {
    Gen<Double> steps = decimals(0.01, 1000, 2);
    return Gens.combine(Gens.of(KeyResultKind.INCREASE, KeyResultKind.DECREASE), decimals(-1000, 1000, 2), steps,
        steps, Gens.of(Disorder.class), Gens.booleans(), Gens.of(OTHER_UNITS),
        (kind, start, span, step, disorder, withOther, unit) -> {
          double sign = kind == KeyResultKind.INCREASE ? 1 : -1;
          double target = start + sign * span;
          KeyResult.Builder builder = KeyResult.builder().from(kind == KeyResultKind.INCREASE
              ? KeyResult.increase(PLACEHOLDER_ID, "Raise weekly active teams", start, target, unit)
              : KeyResult.decrease(PLACEHOLDER_ID, "Cut first-reply time", start, target, unit));
          double beyondTarget = target + sign * step;
          switch (disorder) {
            case COMMIT_BEFORE_START:
              builder.commit(start - sign * step);
              break;
            case COMMIT_AT_START:
              builder.commit(start);
              break;
            case COMMIT_AT_TARGET:
              builder.commit(target);
              break;
            case COMMIT_BEYOND_TARGET:
              builder.commit(beyondTarget);
              break;
            case COMMIT_BEYOND_STRETCH:
              return builder.commit(beyondTarget + sign * step).stretch(beyondTarget).build();
            case STRETCH_BEFORE_TARGET:
              builder.stretch(target - sign * step);
              break;
            case STRETCH_AT_TARGET:
              builder.stretch(target);
              break;
            case STRETCH_AT_START:
              builder.stretch(start);
              break;
            default:
              throw new AssertionError(disorder);
          }
          if (withOther) {
            if (disorder.name().startsWith("COMMIT")) {
              builder.stretch(target + sign * span);
            } else {
              builder.commit(start + sign * span / 2);
            }
          }
          return builder.build();
        });
  }

  private static Gen<KeyResult> factoryShapes(KeyResultKind kind, Gen<Double> starts, Gen<Double> spans,
      Gen<String> units) {
    switch (kind) {
      case INCREASE:
        return combine(starts, spans, units,
            (start, span, unit) -> KeyResult.increase(PLACEHOLDER_ID, "Raise weekly active teams", start, start + span, unit));
      case DECREASE:
        return combine(starts, spans, units,
            (start, span, unit) -> KeyResult.decrease(PLACEHOLDER_ID, "Cut first-reply time", start, start - span, unit));
      case STAY_AT_LEAST:
        return combine(starts, units,
            (threshold, unit) -> KeyResult.stayAtLeast(PLACEHOLDER_ID, "Keep uptime high", threshold, unit));
      case STAY_AT_MOST:
        return combine(starts, units,
            (threshold, unit) -> KeyResult.stayAtMost(PLACEHOLDER_ID, "Keep churn low", threshold, unit));
      case ACHIEVE:
        return constant(KeyResult.achieve(PLACEHOLDER_ID, "Launch the partner portal"));
      case ORDINAL:
        return constant(KeyResult.ordinal(PLACEHOLDER_ID, "Customer onboarding experience",
            "Onboarding guide published", "New customers onboard themselves", "Onboarding wins an award"));
      default:
        throw new AssertionError(kind);
    }
  }

  /**
   * Builder-made shapes that the rules report: no kind, no target, no start, start == target, wrong
   * way, zone texts missing, commit or stretch out of order.
   */
  static Gen<KeyResult> brokenShapes() {
    Gen<Optional<Double>> maybeNumbers = optional(decimals(-1000, 1000, 2), 0.5);
    Gen<Double> numbers = decimals(-1000, 1000, 2);
    Gen<Double> spans = decimals(0.01, 1000, 2);
    Gen<KeyResultKind> linear = Gens.of(KeyResultKind.INCREASE, KeyResultKind.DECREASE);
    return Gens.oneOf(List.of(
        combine(maybeNumbers, maybeNumbers,
            (start, target) -> KeyResult.builder().id(PLACEHOLDER_ID).title("Improve things")
                .start(optionalDouble(start)).target(optionalDouble(target)).build()),
        combine(Gens.of(MEASURED_KINDS), maybeNumbers, optional(Gens.of(UNITS), 0.95),
            (kind, start, unit) -> KeyResult.builder().id(PLACEHOLDER_ID).title("Improve things")
                .kind(kind).start(optionalDouble(start)).unit(unit).build()),
        combine(linear, numbers,
            (kind, target) -> KeyResult.builder().id(PLACEHOLDER_ID).title("Improve things")
                .kind(kind).target(target).unit("teams").build()),
        combine(linear, numbers,
            (kind, value) -> KeyResult.builder().id(PLACEHOLDER_ID).title("Improve things")
                .kind(kind).start(value).target(value).unit("teams").build()),
        combine(linear, numbers, spans,
            (kind, start, span) -> KeyResult.builder().id(PLACEHOLDER_ID).title("Improve things")
                .kind(kind).start(start).target(kind == KeyResultKind.INCREASE ? start - span : start + span)
                .unit("teams").build()),
        Gens.subsets(List.of(OrdinalZone.COMMIT, OrdinalZone.TARGET, OrdinalZone.STRETCH), 0, 2)
            .map(KeyResultShapes::ordinalWithTexts),
        disorderedLevels()));
  }

  /**
   * Any finite value: zone indexes and small integers often, moderate decimals mostly, large ones
   * sometimes, and now and then one at the edges of what a double holds.
   */
  static Gen<Double> anyValues() {
    Gen<Double> values = frequency(
        weighted(3, Gens.ints(-1, 4).map(Integer::doubleValue)),
        weighted(5, decimals(-1000, 1000, 2)),
        weighted(1, decimals(-1e6, 1e6, 2)));
    return Gens.withEdgeCases(values, 2, EXTREME_VALUES);
  }

  /** Confidences from 0 to 1 in steps of 0.01. */
  static Gen<Double> confidences() {
    return decimals(0, 1, 2);
  }

  /**
   * How a check-in gives its day: by date alone; by the instant of local midnight stored in UTC
   * with the date of the zone, as tools export it; or by an instant alone, at the zone's offset.
   */
  enum AtShape { DATE_ONLY, MIDNIGHT_IN_UTC, INSTANT_ONLY }

  /** A step to the next check-in: days after the previous one (the first counts from the day before the window). */
  record Step(int days, double fraction, Optional<Double> confidence, AtShape at) {}

  /** The key result's own parts: a description, and a pick of its owner among the people, if any. */
  record Extras(Optional<String> description, Optional<Integer> ownerPick) {}

  /** A well-formed key result whose check-ins are placed once its time frame is known. */
  record Draft(KeyResult shape, List<Step> steps, Optional<Double> currentFraction, double weight, OkrStatus status,
      Extras extras) {

    /** The key result, with check-ins on distinct days from {@code from} to {@code to} in date order. */
    KeyResult materialize(LocalDate from, LocalDate to) {
      return materialize(from, to, ZoneOffset.UTC, List.of());
    }

    /**
     * The key result, with check-ins on distinct days from {@code from} to {@code to} in date order,
     * each dated in {@code zone}, and its owner picked among {@code personIds} (none when empty).
     */
    KeyResult materialize(LocalDate from, LocalDate to, ZoneId zone, List<String> personIds) {
      List<CheckIn> checkIns = new ArrayList<>(steps.size());
      LocalDate day = from.minusDays(1);
      for (Step step : steps) {
        day = day.plusDays(step.days());
        if (day.isAfter(to)) {
          break;
        }
        checkIns.add(checkIn(day, step, zone));
      }
      OptionalDouble current = currentFraction.isPresent()
          ? OptionalDouble.of(valueAt(shape, currentFraction.get()))
          : OptionalDouble.empty();
      Optional<String> ownerId = personIds.isEmpty() ? Optional.empty()
          : extras.ownerPick().map(pick -> SnapshotParts.pick(personIds, pick));
      return KeyResult.builder().from(shape).description(extras.description()).ownerId(ownerId).checkIns(checkIns)
          .current(current).weight(weight).status(status).build();
    }

    private CheckIn checkIn(LocalDate day, Step step, ZoneId zone) {
      double value = valueAt(shape, step.fraction());
      OptionalDouble confidence = optionalDouble(step.confidence());
      switch (step.at()) {
        case MIDNIGHT_IN_UTC:
          OffsetDateTime midnight = day.atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
          return CheckIn.builder().from(CheckIn.of(midnight, zone, value)).confidence(confidence).build();
        case INSTANT_ONLY:
          return CheckIn.builder().at(day.atTime(9, 30).atZone(zone).toOffsetDateTime()).value(value)
              .confidence(confidence).build();
        default:
          return CheckIn.builder().date(day).value(value).confidence(confidence).build();
      }
    }
  }

  /**
   * Drafts of well-formed key results of the given shapes: values near the shape's range, positive
   * weight, check-ins mostly by date and sometimes by instant, sometimes a description and an owner.
   */
  static Gen<Draft> drafts(Gen<KeyResult> shapes) {
    Gen<Double> fractions = decimals(-0.5, 1.5, 3);
    Gen<AtShape> atShapes = frequency(weighted(6, constant(AtShape.DATE_ONLY)),
        weighted(1, constant(AtShape.MIDNIGHT_IN_UTC)), weighted(1, constant(AtShape.INSTANT_ONLY)));
    Gen<Step> steps = combine(Gens.ints(1, 21), fractions, optional(confidences(), 0.8), atShapes, Step::new);
    Gen<Extras> extras = combine(optional(Gens.of(DESCRIPTIONS), 0.3), optional(SnapshotParts.picks(), 0.3),
        Extras::new);
    return combine(
        shapes, Gens.lists(steps, OkrGenerators.MAX_CHECK_INS), optional(fractions, 0.2),
        OkrGenerators.positiveWeights(), OkrGenerators.sensibleStatuses(), extras, Draft::new);
  }

  /**
   * A value that a shape's kind expects, {@code fraction} of the way from its start to its target
   * (-0.5 to 1.5), or to its stretch when it has one, so that values fall in every zone.
   */
  static double valueAt(KeyResult shape, double fraction) {
    KeyResultKind kind = shape.kind().orElseThrow();
    double target = shape.target().orElseThrow();
    switch (kind) {
      case INCREASE:
      case DECREASE:
        double start = shape.start().orElseThrow();
        double end = shape.stretch().orElse(target);
        return start + fraction * (end - start);
      case STAY_AT_LEAST:
      case STAY_AT_MOST:
        return target + (fraction - 0.5) * 20;
      case ACHIEVE:
        return fraction >= 1 ? 1 : 0;
      case ORDINAL:
        return Math.max(0, Math.min(3, Math.round(fraction * 2)));
      default:
        throw new AssertionError(kind);
    }
  }

  private static KeyResult ordinalWithTexts(Set<OrdinalZone> zones) {
    KeyResult.Builder builder = KeyResult.builder().id(PLACEHOLDER_ID).title("Customer onboarding experience")
        .kind(KeyResultKind.ORDINAL).target(OrdinalZone.TARGET.index());
    for (OrdinalZone zone : zones) {
      builder.putZoneText(zone, "Zone " + zone.index());
    }
    return builder.build();
  }
}
