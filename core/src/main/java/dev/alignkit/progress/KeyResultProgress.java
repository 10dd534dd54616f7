package dev.alignkit.progress;

import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.KeyResultKind;
import dev.alignkit.okr.OrdinalZone;
import dev.alignkit.policy.Policy;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A key result's value and progress as of a date. Immutable and thread-safe.
 *
 * <p>Progress by kind, where {@code value} is {@link #valueAsOf(KeyResult, LocalDate)}:
 * <ul>
 *   <li>INCREASE, DECREASE: {@code raw = (value - start) / (target - start)}; needs
 *       {@code start != target}, {@code target > start} for INCREASE and {@code target < start}
 *       for DECREASE, else {@link Undefined#WRONG_DIRECTION}. 0 to 10 at 5 is 0.5; 100 to 50 at
 *       75 is 0.5; 0 to 10 at 15 is raw 1.5, progress 1.0; at -2.5 raw -0.25, progress 0.
 *   <li>STAY_AT_LEAST, STAY_AT_MOST: 1 when the value is at least (at most) the target, else 0.
 *   <li>ACHIEVE: 1 when the value is at least 1, else 0.
 *   <li>ORDINAL: the value is a zone index (within 1e-9): 0 FAIL 0.0, 1 COMMIT 0.3, 2 TARGET 0.7,
 *       3 STRETCH 1.0; any other value is {@link Undefined#INVALID_ZONE}.
 * </ul>
 * {@link #progress()} is {@link #raw()} clamped to [0, 1]. A key result that cannot be measured
 * is undefined whatever its data; one that can but has no value is {@link Undefined#NO_DATA}.
 *
 * <p><b>Get</b> one with {@link #of(KeyResult, LocalDate)}, or from
 * {@link KeyResultRollup#progress()}:
 * <pre>{@code
 * KeyResult teams = KeyResult.increase("kr-1", "Weekly active teams", 120, 200, "teams")
 *     .withCheckIn(CheckIn.of(LocalDate.of(2026, 7, 15), 140, 0.8));
 * KeyResultProgress progress = KeyResultProgress.of(teams, LocalDate.of(2026, 8, 1));
 * // value 140, progress 0.25
 * }</pre>
 *
 * <p><b>Invariants:</b> none beyond its fields; any key result that could be built has one. What
 * makes progress undefined ({@link #undefined()}) is reported by the rules:
 * {@code okr.key-result.not-measurable} and {@code okr.key-result.direction}.
 *
 * <p><b>Equality:</b> two progresses are equal when value, raw progress and the reason for no
 * progress are equal.
 */
@Value.Immutable(builder = false)
public abstract class KeyResultProgress {
  KeyResultProgress() {}

  /** The value as of the date, or NaN when there is none; a primitive so that a roll-up of millions boxes nothing. */
  @Value.Parameter
  abstract double valueOrNaN();

  /** The unclamped progress, or NaN when undefined. */
  @Value.Parameter
  abstract double rawOrNaN();

  /** Why there is no progress; empty when there is. */
  @Value.Parameter
  public abstract Optional<Undefined> undefined();

  /** The value as of the date, if any. */
  public final OptionalDouble value() {
    return present(valueOrNaN());
  }

  /** The unclamped progress; may lie outside [0, 1] for INCREASE and DECREASE. */
  public final OptionalDouble raw() {
    return present(rawOrNaN());
  }

  /** The progress clamped to [0, 1]; empty when undefined. */
  public final OptionalDouble progress() {
    return present(progressOrNaN());
  }

  /** The progress clamped to [0, 1], or NaN when undefined: what the roll-up reads, without an OptionalDouble. */
  final double progressOrNaN() {
    double raw = rawOrNaN();
    return Double.isNaN(raw) ? Double.NaN : clamp(raw);
  }

  /** Whether progress is defined. */
  public final boolean isDefined() {
    return !Double.isNaN(rawOrNaN());
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("KeyResultProgress{");
    String separator = "";
    if (!Double.isNaN(valueOrNaN())) {
      out.append("value=").append(valueOrNaN());
      separator = ", ";
    }
    if (!Double.isNaN(rawOrNaN())) {
      out.append(separator).append("raw=").append(rawOrNaN());
      separator = ", ";
    }
    if (undefined().isPresent()) {
      out.append(separator).append("undefined=").append(undefined().get());
    }
    return out.append('}').toString();
  }

  private static OptionalDouble present(double valueOrNaN) {
    return Double.isNaN(valueOrNaN) ? OptionalDouble.empty() : OptionalDouble.of(valueOrNaN);
  }

  /**
   * The key result's value as of {@code asOf}: the value of the latest check-in dated on or before
   * it (on a shared date the later one in the list wins); with no such check-in, its current
   * value if set; else empty. Check-ins after the date are ignored.
   *
   * @param keyResult not null
   * @param asOf not null
   */
  public static OptionalDouble valueAsOf(KeyResult keyResult, LocalDate asOf) {
    CheckIn latest = latestCheckIn(keyResult.checkIns(), asOf);
    return latest != null ? OptionalDouble.of(latest.value()) : keyResult.current();
  }

  /**
   * The latest check-in dated on or before {@code asOf}; on a shared date the later one in the
   * list wins.
   */
  public static Optional<CheckIn> latestCheckInAsOf(KeyResult keyResult, LocalDate asOf) {
    return Optional.ofNullable(latestCheckIn(keyResult.checkIns(), asOf));
  }

  /**
   * The progress of {@code keyResult} as of {@code asOf}; see the class javadoc for the formulas.
   *
   * @param keyResult not null
   * @param asOf not null
   */
  public static KeyResultProgress of(KeyResult keyResult, LocalDate asOf) {
    CheckIn latest = latestCheckIn(keyResult.checkIns(), asOf);
    double v = latest != null ? latest.value() : keyResult.current().orElse(Double.NaN);
    Undefined unmeasurable = unmeasurable(keyResult);
    if (unmeasurable != null) {
      return ImmutableKeyResultProgress.of(v, Double.NaN, Optional.of(unmeasurable));
    }
    if (Double.isNaN(v)) {
      return ImmutableKeyResultProgress.of(v, Double.NaN, Optional.of(Undefined.NO_DATA));
    }
    KeyResultKind kind = keyResult.kind().orElseThrow();
    double target = keyResult.target().orElseThrow();
    double raw;
    switch (kind) {
      case INCREASE:
      case DECREASE:
        raw = linear(v, keyResult.start().orElseThrow(), target);
        break;
      case STAY_AT_LEAST:
        raw = v >= target ? 1.0 : 0.0;
        break;
      case STAY_AT_MOST:
        raw = v <= target ? 1.0 : 0.0;
        break;
      case ACHIEVE:
        raw = v >= 1.0 ? 1.0 : 0.0;
        break;
      case ORDINAL:
        OrdinalZone zone = zoneOf(v);
        if (zone == null) {
          return ImmutableKeyResultProgress.of(v, Double.NaN, Optional.of(Undefined.INVALID_ZONE));
        }
        raw = zone.progress();
        break;
      default:
        throw new AssertionError(kind);
    }
    return ImmutableKeyResultProgress.of(v, raw, Optional.empty());
  }

  /**
   * Why a key result can never have progress, whatever its values: no kind, no target (every
   * kind needs one, as {@code okr.key-result.not-measurable} checks), no start
   * for INCREASE and DECREASE ({@link Undefined#NOT_MEASURABLE}), or start and target that do
   * not fit the kind ({@link Undefined#WRONG_DIRECTION}).
   *
   * @return empty when the key result can be measured
   */
  public static Optional<Undefined> unmeasurableReason(KeyResult keyResult) {
    return Optional.ofNullable(unmeasurable(keyResult));
  }

  private static Undefined unmeasurable(KeyResult keyResult) {
    if (keyResult.kind().isEmpty()) {
      return Undefined.NOT_MEASURABLE;
    }
    if (keyResult.target().isEmpty()) {
      return Undefined.NOT_MEASURABLE;
    }
    KeyResultKind kind = keyResult.kind().get();
    if (kind == KeyResultKind.INCREASE || kind == KeyResultKind.DECREASE) {
      if (keyResult.start().isEmpty()) {
        return Undefined.NOT_MEASURABLE;
      }
      double start = keyResult.start().getAsDouble();
      double target = keyResult.target().getAsDouble();
      boolean rightWay = kind == KeyResultKind.INCREASE ? target > start : target < start;
      if (!rightWay) {
        return Undefined.WRONG_DIRECTION;
      }
    }
    return null;
  }

  /**
   * {@code (value - start) / (target - start)}, kept finite: differences that overflow are taken
   * on halves, a quotient that still overflows is capped at the largest double, and -0 is 0.
   */
  static double linear(double value, double start, double target) {
    double raw = (value - start) / (target - start);
    if (!Double.isFinite(raw)) {
      raw = (value * 0.5 - start * 0.5) / (target * 0.5 - start * 0.5);
    }
    if (Double.isInfinite(raw)) {
      raw = Math.copySign(Double.MAX_VALUE, raw);
    }
    return raw + 0.0;
  }

  private static OrdinalZone zoneOf(double value) {
    for (OrdinalZone zone : OrdinalZone.values()) {
      if (Math.abs(value - zone.index()) <= Policy.EPSILON) {
        return zone;
      }
    }
    return null;
  }

  private static CheckIn latestCheckIn(List<CheckIn> checkIns, LocalDate asOf) {
    CheckIn latest = null;
    for (int i = 0; i < checkIns.size(); i++) {
      CheckIn checkIn = checkIns.get(i);
      if (!checkIn.date().isAfter(asOf) && (latest == null || !checkIn.date().isBefore(latest.date()))) {
        latest = checkIn;
      }
    }
    return latest;
  }

  static double clamp(double raw) {
    return Math.max(0.0, Math.min(1.0, raw));
  }
}
