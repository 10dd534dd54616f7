package dev.alignkit.progress;

import static java.util.Objects.requireNonNull;

import dev.alignkit.internal.Checks;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.KeyResultKind;
import dev.alignkit.okr.OrdinalZone;
import dev.alignkit.policy.Policy;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A key result's value, progress and zone as of a date. Immutable and thread-safe.
 *
 * <p>Progress by kind, where {@code value} is {@link #valueAsOf(KeyResult, LocalDate)}:
 * <ul>
 *   <li>INCREASE, DECREASE: {@code raw = (value - start) / (target - start)}; needs
 *       {@code start != target}, {@code target > start} for INCREASE and {@code target < start}
 *       for DECREASE, else {@link Undefined#WRONG_DIRECTION}. 0 to 10 at 5 is 0.5; 100 to 50 at
 *       75 is 0.5; 0 to 10 at 15 is raw 1.5, progress 1.0; at -2.5 raw -0.25, progress 0.
 *   <li>INCREASE, DECREASE with a commit or a stretch (three-level targets): piecewise linear
 *       through (start, 0), (commit, COMMIT score) when a commit is set, (target, TARGET score)
 *       and (stretch, STRETCH score) when a stretch is set; without a stretch the target scores 1
 *       as above. A value before the start extends the first segment, one past the last level the
 *       last segment. The levels set must run strictly in the direction (start &lt; commit &lt;
 *       target &lt; stretch for INCREASE, the reverse for DECREASE), else
 *       {@link Undefined#WRONG_DIRECTION}. With the default scores (0.3, 0.7, 1.0), start 0,
 *       commit 10, target 20, stretch 50: 5 is 0.15, 15 is 0.5, 35 is 0.85, 60 is raw 1.1,
 *       -10 is raw -0.3; without the commit, 10 is 0.35.
 *   <li>STAY_AT_LEAST, STAY_AT_MOST: 1 when the value is at least (at most) the target, else 0.
 *   <li>ACHIEVE: 1 when the value is at least 1, else 0.
 *   <li>ORDINAL: the value is a zone index (within 1e-9): 0 FAIL scores 0, 1 COMMIT, 2 TARGET and
 *       3 STRETCH score the policy's zone scores ({@link Policy#scoreOf}: 0.3, 0.7, 1.0 by
 *       default); any other value is {@link Undefined#INVALID_ZONE}.
 *   <li>ROLLUP: measured by the objectives that contribute to it, which a key result alone does not
 *       know: {@link #of(KeyResult, LocalDate, Policy)} gives no progress and
 *       {@link Undefined#MEASURED_BY_CONTRIBUTORS}, whatever levels or current value it carries.
 *       A {@link Rollup} gives its progress ({@code rollup.keyResult(id).progress()}): the
 *       weighted mean of its counted contributors' progress, and {@link #raw()} the same mean of
 *       their raw progress, so that its progress need not be its raw progress clamped; it has no
 *       {@link #value()} and no zone. See {@link KeyResultRollup}.
 * </ul>
 * A commit or a stretch on a kind other than INCREASE, DECREASE and ROLLUP is
 * {@link Undefined#WRONG_DIRECTION}. {@link #progress()} is {@link #raw()} clamped to [0, 1] (but
 * for a ROLLUP key result in a roll-up, see above). A
 * key result that cannot be measured is undefined whatever its data; one that can but has no value
 * is {@link Undefined#NO_DATA}.
 *
 * <p>A zoned key result ({@link KeyResult#isZoned()}) with progress reports its {@link #zone()}:
 * an ORDINAL one the zone of its value; an INCREASE or DECREASE one FAIL short of the commit (of
 * the target when there is no commit), then COMMIT, TARGET, and STRETCH from the stretch on; a
 * value within {@link Policy#EPSILON} short of a level counts as reaching it.
 *
 * <p><b>Get</b> one with {@link #of(KeyResult, LocalDate, Policy)}, or from
 * {@link KeyResultRollup#progress()}:
 * <pre>{@code
 * KeyResult teams = KeyResult.increase("kr-1", "Weekly active teams", 120, 200, "teams")
 *     .withCheckIn(CheckIn.of(LocalDate.of(2026, 7, 15), 140, 0.8));
 * KeyResultProgress progress = KeyResultProgress.of(teams, LocalDate.of(2026, 8, 1), Policy.defaults());
 * // value 140, progress 0.25, no zone
 * KeyResult signups = KeyResult.builder().from(KeyResult.increase("kr-3", "Grow sign-ups", 0, 20, "k"))
 *     .commit(10).stretch(50).addCheckIn(CheckIn.of(LocalDate.of(2026, 7, 15), 15, 0.8)).build();
 * KeyResultProgress zoned = KeyResultProgress.of(signups, LocalDate.of(2026, 8, 1), Policy.defaults());
 * // value 15, progress 0.5, zone COMMIT
 * }</pre>
 *
 * <p><b>Invariants:</b> none beyond its fields; any key result that could be built has one. What
 * makes progress undefined ({@link #undefined()}) is reported by the rules:
 * {@code okr.key-result.not-measurable} and {@code okr.key-result.direction}.
 * {@link #of(OptionalDouble, OptionalDouble, OptionalDouble, Optional, Optional)} rebuilds one from
 * its parts, for a client that reads roll-ups back, and refuses parts no progress has.
 *
 * <p><b>Equality:</b> two progresses are equal when value, raw progress, progress, zone and the
 * reason for no progress are equal.
 */
@Value.Immutable(builder = false)
public abstract class KeyResultProgress {
  /** One {@code Optional} per zone, so that a roll-up of millions allocates none. */
  @SuppressWarnings("unchecked")
  private static final Optional<OrdinalZone>[] ZONES = new Optional[] {
      Optional.of(OrdinalZone.FAIL), Optional.of(OrdinalZone.COMMIT),
      Optional.of(OrdinalZone.TARGET), Optional.of(OrdinalZone.STRETCH)};

  /** One {@code Optional} per reason for no progress, for the same reason. */
  @SuppressWarnings("unchecked")
  private static final Optional<Undefined>[] REASONS = Arrays.stream(Undefined.values())
      .map(Optional::of).toArray(Optional[]::new);

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

  /**
   * The zone the value lies in, for a zoned key result ({@link KeyResult#isZoned()}) whose progress
   * is defined; empty otherwise.
   */
  @Value.Parameter
  public abstract Optional<OrdinalZone> zone();

  /** The value as of the date, if any. */
  public final OptionalDouble value() {
    return present(valueOrNaN());
  }

  /**
   * The unclamped progress; may lie outside [0, 1] for INCREASE and DECREASE, and for a ROLLUP key
   * result whose contributors' raw progress does.
   */
  public final OptionalDouble raw() {
    return present(rawOrNaN());
  }

  /**
   * The progress in [0, 1]: the raw progress clamped, or for a ROLLUP key result in a roll-up the
   * weighted mean of its contributors' progress; empty when undefined.
   */
  public final OptionalDouble progress() {
    return present(progressOrNaN());
  }

  /**
   * The progress in [0, 1], or NaN when undefined: what the roll-up reads, without an
   * OptionalDouble. The raw progress clamped, but for a ROLLUP key result ({@link #rolledUp}).
   */
  double progressOrNaN() {
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
    if (zone().isPresent()) {
      out.append(separator).append("zone=").append(zone().get());
    }
    if (undefined().isPresent()) {
      out.append(separator).append("undefined=").append(undefined().get());
    }
    return out.append('}').toString();
  }

  /**
   * The progress of a ROLLUP key result in a roll-up: {@code progress} is the weighted mean of its
   * contributors' (clamped) progress and {@code raw} that of their raw progress, so that progress
   * is not always raw clamped: contributors at raw 1.5 and 0 of equal weight give raw 0.75 and
   * progress 0.5. No value, zone or reason.
   */
  static KeyResultProgress rolledUp(double progress, double raw) {
    return new RolledUp(progress, raw);
  }

  /** No progress for want of data: a ROLLUP key result none of whose contributors has progress. */
  static KeyResultProgress noData() {
    return undefined(Double.NaN, Undefined.NO_DATA);
  }

  /**
   * The one kind of progress whose clamped value is not its raw value clamped, written by hand:
   * the generated class would keep that third number in every key result's progress, and a
   * roll-up of millions holds one per key result. It is never equal to a generated one, which
   * always has a value where this has none.
   */
  private static final class RolledUp extends KeyResultProgress {
    private final double progress;
    private final double raw;

    RolledUp(double progress, double raw) {
      this.progress = progress;
      this.raw = raw;
    }

    @Override
    double valueOrNaN() {
      return Double.NaN;
    }

    @Override
    double rawOrNaN() {
      return raw;
    }

    @Override
    double progressOrNaN() {
      return progress;
    }

    @Override
    public Optional<Undefined> undefined() {
      return Optional.empty();
    }

    @Override
    public Optional<OrdinalZone> zone() {
      return Optional.empty();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof RolledUp
          && Double.doubleToLongBits(((RolledUp) other).progress) == Double.doubleToLongBits(progress)
          && Double.doubleToLongBits(((RolledUp) other).raw) == Double.doubleToLongBits(raw);
    }

    @Override
    public int hashCode() {
      return Double.hashCode(progress) * 31 + Double.hashCode(raw);
    }

    @Override
    public String toString() {
      return "KeyResultProgress{rolled up, raw=" + raw + ", progress=" + progress + "}";
    }
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
   * The progress of {@code keyResult} as of {@code asOf} under the default policy's zone scores;
   * see {@link #of(KeyResult, LocalDate, Policy)}.
   *
   * @param keyResult not null
   * @param asOf not null
   */
  public static KeyResultProgress of(KeyResult keyResult, LocalDate asOf) {
    return of(keyResult, asOf, Policy.defaults());
  }

  /**
   * The progress and zone of {@code keyResult} as of {@code asOf}; see the class javadoc for the
   * formulas.
   *
   * @param keyResult not null
   * @param asOf not null
   * @param policy the zone scores of ORDINAL and three-level key results; not null
   */
  public static KeyResultProgress of(KeyResult keyResult, LocalDate asOf, Policy policy) {
    return new Reading().read(keyResult, asOf, policy).progress();
  }

  /**
   * A key result's kind and levels, its latest check-in and value as of a date, and its raw
   * progress, zone or reason for none, each read once into a field: what
   * {@link #of(KeyResult, LocalDate, Policy)} builds a progress from, and what the roll-up keeps in
   * its arrays without building one per key result. The accessors of a key result's optional
   * fields each return a new object, and a roll-up reads millions of key results. Mutable and
   * reused: confined to one thread.
   */
  static final class Reading {
    @Nullable KeyResultKind kind;
    /** The levels, NaN when not set. */
    double start;
    double commit;
    double target;
    double stretch;
    /** The latest check-in dated on or before the date ({@link #latestCheckInAsOf}), or null. */
    @Nullable CheckIn latest;
    /** The value as of the date, or NaN. */
    double value;
    /** The unclamped progress, NaN when undefined. */
    double raw;
    @Nullable OrdinalZone zone;
    /** Why there is no progress; null when there is. */
    @Nullable Undefined undefined;

    /** Reads {@code keyResult} as of {@code asOf}; see the class javadoc of {@link KeyResultProgress} for the formulas. */
    Reading read(KeyResult keyResult, LocalDate asOf, Policy policy) {
      kind = keyResult.kind().orElse(null);
      start = keyResult.start().orElse(Double.NaN);
      commit = keyResult.commit().orElse(Double.NaN);
      target = keyResult.target().orElse(Double.NaN);
      stretch = keyResult.stretch().orElse(Double.NaN);
      raw = Double.NaN;
      zone = null;
      if (kind == KeyResultKind.ROLLUP) {
        // Whatever levels or current value it carries: its contributors measure it.
        latest = null;
        value = Double.NaN;
        undefined = Undefined.MEASURED_BY_CONTRIBUTORS;
        return this;
      }
      latest = latestCheckIn(keyResult.checkIns(), asOf);
      value = latest != null ? latest.value() : keyResult.current().orElse(Double.NaN);
      undefined = unmeasurable(kind, start, commit, target, stretch);
      if (undefined == null && Double.isNaN(value)) {
        undefined = Undefined.NO_DATA;
      }
      if (undefined != null) {
        return this;
      }
      switch (kind) {
        case INCREASE:
        case DECREASE:
          boolean up = kind == KeyResultKind.INCREASE;
          raw = Levels.raw(up, start, commit, target, stretch, value, policy);
          if (!Double.isNaN(commit) || !Double.isNaN(stretch)) {
            zone = Levels.zone(up, commit, target, stretch, value);
          }
          break;
        case STAY_AT_LEAST:
          raw = value >= target ? 1.0 : 0.0;
          break;
        case STAY_AT_MOST:
          raw = value <= target ? 1.0 : 0.0;
          break;
        case ACHIEVE:
          raw = value >= 1.0 ? 1.0 : 0.0;
          break;
        case ORDINAL:
          zone = zoneOf(value);
          if (zone == null) {
            undefined = Undefined.INVALID_ZONE;
            return this;
          }
          raw = policy.scoreOf(zone);
          break;
        default:
          throw new AssertionError(kind);
      }
      return this;
    }

    /** Whether the key result read is zoned, as {@link KeyResult#isZoned()} says, from the fields read. */
    boolean isZoned() {
      return kind == KeyResultKind.ORDINAL || !Double.isNaN(commit) || !Double.isNaN(stretch);
    }

    /** The progress read, as a value. */
    KeyResultProgress progress() {
      return fromFields(value, raw, zone, undefined);
    }
  }

  /**
   * A progress that is not rolled up ({@link #rolledUp}) from the fields a {@link Reading} holds
   * and the roll-up keeps: a reason gives an undefined progress (with the value, if any), else a
   * measured one with its value, raw progress and zone, if any.
   */
  static KeyResultProgress fromFields(double value, double raw, @Nullable OrdinalZone zone,
      @Nullable Undefined undefined) {
    if (undefined != null) {
      return undefined(value, undefined);
    }
    return ImmutableKeyResultProgress.of(value, raw, Optional.empty(), zone == null ? Optional.empty()
        : ZONES[zone.ordinal()]);
  }

  /**
   * A progress from its parts, as {@link #value()}, {@link #raw()}, {@link #progress()},
   * {@link #zone()} and {@link #undefined()} give them: for a client that reads roll-ups back (the
   * JSON module does) or a test. {@code of(p.value(), p.raw(), p.progress(), p.zone(), p.undefined())}
   * equals {@code p} for every progress {@code p} of a finite value. The parts must be ones a
   * progress can have:
   * <ul>
   *   <li>undefined: a reason, no raw progress, no progress and no zone; a value or none;
   *   <li>measured: a value, a raw progress, and a progress that is the raw progress clamped to
   *       [0, 1]; a zone or none;
   *   <li>rolled up (a ROLLUP key result in a roll-up): a raw progress and a progress within
   *       [0, 1], which need not be the raw progress clamped, and no value, zone or reason.
   * </ul>
   *
   * @param value the value as of the date, if any; finite; not null
   * @param raw the unclamped progress, if defined; finite; not null
   * @param progress the progress, exactly when {@code raw} is given; within [0, 1]; not null
   * @param zone the zone of a zoned key result's value, if any; not null
   * @param undefined why there is no progress, exactly when {@code raw} is not given; not null
   * @throws IllegalArgumentException if the parts are not those of a progress, naming them
   */
  public static KeyResultProgress of(OptionalDouble value, OptionalDouble raw, OptionalDouble progress,
      Optional<OrdinalZone> zone, Optional<Undefined> undefined) {
    requireNonNull(value, "value");
    requireNonNull(raw, "raw");
    requireNonNull(progress, "progress");
    requireNonNull(zone, "zone");
    requireNonNull(undefined, "undefined");
    double v = value.isPresent() ? Checks.requireFinite(value.getAsDouble(), "key result value") : Double.NaN;
    if (raw.isPresent() == undefined.isPresent()) {
      throw new IllegalArgumentException("a key result progress has either a raw progress or a reason it is"
          + " undefined: raw " + raw + ", undefined " + undefined);
    }
    if (raw.isPresent() != progress.isPresent()) {
      throw new IllegalArgumentException("a key result progress has a progress exactly when it has a raw progress:"
          + " raw " + raw + ", progress " + progress);
    }
    if (undefined.isPresent()) {
      if (zone.isPresent()) {
        throw new IllegalArgumentException("an undefined key result progress has no zone: " + zone.get());
      }
      return undefined(v, undefined.get());
    }
    double r = Checks.requireFinite(raw.getAsDouble(), "key result raw progress");
    double p = Checks.requireUnitInterval(progress.getAsDouble(), "key result progress");
    if (value.isEmpty()) {
      if (zone.isPresent()) {
        throw new IllegalArgumentException("a rolled-up key result progress has no zone: " + zone.get());
      }
      return rolledUp(p, r);
    }
    if (p != clamp(r)) {
      throw new IllegalArgumentException("the progress of a key result with a value is its raw progress clamped"
          + " to [0, 1]: progress " + p + ", raw " + r);
    }
    return ImmutableKeyResultProgress.of(v, r, Optional.empty(), zone);
  }

  private static KeyResultProgress undefined(double value, Undefined why) {
    return ImmutableKeyResultProgress.of(value, Double.NaN, REASONS[why.ordinal()], Optional.empty());
  }

  /**
   * Why a key result can never have progress, whatever its values: no kind, no target (every
   * kind needs one, as {@code okr.key-result.not-measurable} checks), no start
   * for INCREASE and DECREASE ({@link Undefined#NOT_MEASURABLE}), or start, commit, target and
   * stretch that do not fit the kind ({@link Undefined#WRONG_DIRECTION}, see
   * {@link #misplacedLevel(KeyResult)}); for a ROLLUP key result, which has no measure of its own,
   * {@link Undefined#MEASURED_BY_CONTRIBUTORS}.
   *
   * @return empty when the key result can be measured
   */
  public static Optional<Undefined> unmeasurableReason(KeyResult keyResult) {
    return Optional.ofNullable(unmeasurable(keyResult));
  }

  /**
   * The first of a key result's levels that does not fit its kind, by field name
   * ({@code "target"}, {@code "commit"} or {@code "stretch"}), as {@code okr.key-result.direction}
   * reports it; empty when they fit or the key result has no kind. On INCREASE the levels set must
   * run {@code start < commit < target < stretch}, on DECREASE the reverse: a target not beyond
   * the start names {@code target}, a commit not strictly between start and target {@code commit},
   * a stretch not beyond the target {@code stretch}. Any other kind names a commit or a stretch
   * that is set: they apply to INCREASE and DECREASE only.
   *
   * @param keyResult not null
   */
  public static Optional<String> misplacedLevel(KeyResult keyResult) {
    return Optional.ofNullable(Levels.misplaced(keyResult));
  }

  private static Undefined unmeasurable(KeyResult keyResult) {
    return unmeasurable(keyResult.kind().orElse(null), keyResult.start().orElse(Double.NaN),
        keyResult.commit().orElse(Double.NaN), keyResult.target().orElse(Double.NaN),
        keyResult.stretch().orElse(Double.NaN));
  }

  private static Undefined unmeasurable(KeyResultKind kind, double start, double commit, double target,
      double stretch) {
    if (kind == KeyResultKind.ROLLUP) {
      return Undefined.MEASURED_BY_CONTRIBUTORS;
    }
    if (kind == null || Double.isNaN(target)) {
      return Undefined.NOT_MEASURABLE;
    }
    if ((kind == KeyResultKind.INCREASE || kind == KeyResultKind.DECREASE) && Double.isNaN(start)) {
      return Undefined.NOT_MEASURABLE;
    }
    return Levels.misplaced(kind, start, commit, target, stretch) != null ? Undefined.WRONG_DIRECTION : null;
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
