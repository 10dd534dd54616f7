package dev.alignkit.progress;

import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.OrdinalZone;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * The roll-up's result of every key result in arrays (NaN or -1 where a field is empty), its
 * numbers side by side and its codes side by side, its progress and forecast among them as their
 * numbers, and {@link KeyResultRollup}s as views over them, as {@link ObjectiveResults} does for
 * objectives: a {@link KeyResultProgress} or {@link Forecast} is built only when a view is asked
 * for one. Key result {@code k} of objective {@code i} has row {@code start[i] + k}.
 * Mutable and confined to one thread while the roll-up writes it; {@link #copy()} for the
 * incremental index.
 */
final class KeyResultResults {
  private static final PaceStatus[] STATUSES = PaceStatus.values();
  private static final RiskReason[] REASONS = RiskReason.values();
  private static final Grade[] GRADES = Grade.values();
  private static final OrdinalZone[] ZONES = OrdinalZone.values();
  private static final Undefined[] UNDEFINED = Undefined.values();
  private static final byte NONE = -1;
  // The numbers of row j are numbers[j * NUMBERS + field], NaN when empty.
  private static final int EXPECTATION = 0;
  private static final int EXPECTED = 1;
  // No gap: it is always expected - progress (NaN when either is), as the calculator sets it.
  // The progress: the value (for a rolled-up progress, the progress, which is then not the raw
  // progress clamped: code ROLLED_UP) and the raw progress; the progress is that clamped.
  private static final int VALUE = 2;
  private static final int RAW = 3;
  // The forecast: projected value (NaN for a ROLLUP key result's) and progress (NaN: no forecast).
  private static final int PROJECTED_VALUE = 4;
  private static final int PROJECTED_PROGRESS = 5;
  private static final int NUMBERS = 6;
  // Its codes are codes[j * CODES + field]: enum ordinals, -1 when empty; MET -1 unknown, 0 or 1.
  private static final int STATUS = 0;
  private static final int GRADE = 1;
  private static final int MET = 2;
  private static final int REASON = 3;
  private static final int ZONE = 4;
  private static final int UNDEFINED_REASON = 5;
  // Whether the key result's kind is pace-able (KeyResultKind.isPaceable()): 1 or 0.
  private static final int PACEABLE = 6;
  // Whether the progress is rolled up (KeyResultProgress.rolledUp): 1 or 0.
  private static final int ROLLED_UP = 7;
  private static final int CODES = 8;

  /** Where each objective's rows start, then the end. */
  final int[] start;
  /**
   * The key result of each row, the graph's own array (shared by copies: the incremental index
   * replaces a key result there by one with a new check-in and the same id), read for its id only,
   * when one is asked for: reading every id up front was a pass of cache misses over all of them
   * before the roll-up reads them.
   */
  private final KeyResult[] keyResults;
  private final double[] numbers;
  private final byte[] codes;

  /**
   * Rows for the key results of {@code keyResults}, those of objective {@code i} from
   * {@code start[i]} to {@code start[i + 1] - 1}: the graph's arrays, shared, not copied.
   */
  KeyResultResults(int[] start, KeyResult[] keyResults) {
    this.start = start;
    this.keyResults = keyResults;
    int rows = start[start.length - 1];
    numbers = new double[rows * NUMBERS];
    codes = new byte[rows * CODES];
  }

  private KeyResultResults(KeyResultResults from) {
    start = from.start;
    keyResults = from.keyResults;
    numbers = from.numbers.clone();
    codes = from.codes.clone();
  }

  /** A copy that later writes to this one do not change. */
  KeyResultResults copy() {
    return new KeyResultResults(this);
  }

  /** How many key results objective {@code i} has. */
  int width(int i) {
    return start[i + 1] - start[i];
  }

  /** The row of key result {@code k} of objective {@code i}. */
  int row(int i, int k) {
    return start[i] + k;
  }

  /**
   * Starts row {@code j} afresh with the progress {@code reading} read, its status and expectation:
   * no expected progress, gap, grade, forecast or risk reason, not known to be met.
   */
  void clear(int j, KeyResultProgress.Reading reading, PaceStatus status, double expectation) {
    clear(j, reading.value, reading.raw, false, reading.zone, reading.undefined,
        reading.kind != null && reading.kind.isPaceable(), status, expectation);
  }

  /**
   * As {@link #clear(int, KeyResultProgress.Reading, PaceStatus, double)}, for a ROLLUP key result:
   * rolled up ({@link KeyResultProgress#rolledUp}) from its contributors' {@code progress} and
   * {@code raw} progress, or without data when they are NaN.
   */
  void clearRolledUp(int j, double progress, double raw, PaceStatus status, double expectation) {
    if (Double.isNaN(progress)) {
      clear(j, Double.NaN, Double.NaN, false, null, Undefined.NO_DATA, true, status, expectation);
    } else {
      clear(j, progress, raw, true, null, null, true, status, expectation);
    }
  }

  /** {@code value} is the progress when {@code rolledUp} is set. */
  private void clear(int j, double value, double raw, boolean rolledUp, @Nullable OrdinalZone zone,
      @Nullable Undefined undefined, boolean paceable, PaceStatus status, double expectation) {
    int n = j * NUMBERS;
    numbers[n + EXPECTATION] = expectation;
    numbers[n + EXPECTED] = Double.NaN;
    numbers[n + VALUE] = value;
    numbers[n + RAW] = raw;
    numbers[n + PROJECTED_VALUE] = Double.NaN;
    numbers[n + PROJECTED_PROGRESS] = Double.NaN;
    int c = j * CODES;
    codes[c + STATUS] = (byte) status.ordinal();
    codes[c + GRADE] = NONE;
    codes[c + MET] = NONE;
    codes[c + REASON] = NONE;
    codes[c + ZONE] = zone == null ? NONE : (byte) zone.ordinal();
    codes[c + UNDEFINED_REASON] = undefined == null ? NONE : (byte) undefined.ordinal();
    codes[c + PACEABLE] = (byte) (paceable ? 1 : 0);
    codes[c + ROLLED_UP] = (byte) (rolledUp ? 1 : 0);
  }

  private boolean isRolledUp(int j) {
    return codes[j * CODES + ROLLED_UP] == 1;
  }

  /**
   * Whether the key result of row {@code j} is of a pace-able kind; known once the row has been
   * computed, which it is before its objective, and the same after (a check-in keeps the kind).
   */
  boolean isPaceable(int j) {
    return codes[j * CODES + PACEABLE] == 1;
  }

  /** The expectation of row {@code j}; its expected progress and gap, NaN for none. */
  double expectation(int j) {
    return numbers[j * NUMBERS + EXPECTATION];
  }

  double expected(int j) {
    return numbers[j * NUMBERS + EXPECTED];
  }

  /** {@code expected - progress}, as the calculator sets it; NaN when either is. */
  double gap(int j) {
    return expected(j) - progressOrNaN(j);
  }

  void expected(int j, double value) {
    numbers[j * NUMBERS + EXPECTED] = value;
  }

  String id(int j) {
    return keyResults[j].id();
  }

  /** The progress of row {@code j} in [0, 1] ({@link KeyResultProgress#progressOrNaN()}), NaN when undefined. */
  double progressOrNaN(int j) {
    // The raw progress clamped (NaN stays NaN), but for a rolled-up one.
    int n = j * NUMBERS;
    return isRolledUp(j) ? numbers[n + VALUE] : KeyResultProgress.clamp(numbers[n + RAW]);
  }

  /** The raw progress of row {@code j}, NaN when undefined. */
  double rawOrNaN(int j) {
    return numbers[j * NUMBERS + RAW];
  }

  /** The progress of row {@code j} as a value, built from its numbers. */
  KeyResultProgress progress(int j) {
    int n = j * NUMBERS;
    int c = j * CODES;
    byte zone = codes[c + ZONE];
    byte undefined = codes[c + UNDEFINED_REASON];
    if (isRolledUp(j)) {
      return KeyResultProgress.rolledUp(numbers[n + VALUE], numbers[n + RAW]);
    }
    return KeyResultProgress.fromFields(numbers[n + VALUE], numbers[n + RAW], zone < 0 ? null : ZONES[zone], undefined < 0 ? null : UNDEFINED[undefined]);
  }

  PaceStatus status(int j) {
    return STATUSES[codes[j * CODES + STATUS]];
  }

  void status(int j, PaceStatus value) {
    codes[j * CODES + STATUS] = (byte) value.ordinal();
  }

  /** The projected progress of row {@code j}'s forecast, NaN when it has none. */
  double projectedProgressOrNaN(int j) {
    return numbers[j * NUMBERS + PROJECTED_PROGRESS];
  }

  /** The forecast of row {@code j} as a value, built from its numbers; null when it has none. */
  @Nullable Forecast forecast(int j) {
    int n = j * NUMBERS;
    double progress = numbers[n + PROJECTED_PROGRESS];
    return Double.isNaN(progress) ? null : ImmutableForecast.of(numbers[n + PROJECTED_VALUE], progress);
  }

  /**
   * Sets the forecast of row {@code j}: a projected value (NaN for a ROLLUP key result's forecast)
   * and its progress; a NaN progress for none.
   */
  void forecast(int j, double projectedValue, double projectedProgress) {
    int n = j * NUMBERS;
    numbers[n + PROJECTED_VALUE] = projectedValue;
    numbers[n + PROJECTED_PROGRESS] = projectedProgress;
  }

  @Nullable RiskReason riskReason(int j) {
    byte reason = codes[j * CODES + REASON];
    return reason < 0 ? null : REASONS[reason];
  }

  void riskReason(int j, @Nullable RiskReason value) {
    codes[j * CODES + REASON] = value == null ? NONE : (byte) value.ordinal();
  }

  /** Sets the grade (empty: none) and whether the expectation was met. */
  void graded(int j, Optional<Grade> value, boolean isMet) {
    codes[j * CODES + GRADE] = value.isPresent() ? (byte) value.get().ordinal() : NONE;
    codes[j * CODES + MET] = (byte) (isMet ? 1 : 0);
  }

  /** The result of row {@code j} as a value: a view over these arrays. */
  KeyResultRollup view(int j) {
    return new View(this, j);
  }

  /**
   * One key result's result, read from the arrays on each call. Immutable as long as nothing
   * writes its row, which holds for every view a roll-up hands out; equal to the built value with
   * the same fields ({@link KeyResultRollup#equals}).
   */
  private static final class View extends KeyResultRollup {
    private final KeyResultResults results;
    private final int j;

    View(KeyResultResults results, int j) {
      this.results = results;
      this.j = j;
    }

    @Override
    public String keyResultId() {
      return results.id(j);
    }

    @Override
    public KeyResultProgress progress() {
      return results.progress(j);
    }

    @Override
    public PaceStatus status() {
      return results.status(j);
    }

    @Override
    public double expectation() {
      return results.expectation(j);
    }

    @Override
    public OptionalDouble expected() {
      return ObjectiveResults.optional(results.expected(j));
    }

    @Override
    public OptionalDouble gap() {
      return ObjectiveResults.optional(results.gap(j));
    }

    @Override
    public Optional<Grade> grade() {
      byte value = results.codes[j * CODES + GRADE];
      return value < 0 ? Optional.empty() : Optional.of(GRADES[value]);
    }

    @Override
    public Optional<Boolean> met() {
      byte value = results.codes[j * CODES + MET];
      return value < 0 ? Optional.empty() : Optional.of(value == 1);
    }

    @Override
    public Optional<Forecast> forecast() {
      return Optional.ofNullable(results.forecast(j));
    }

    @Override
    public Optional<RiskReason> riskReason() {
      return Optional.ofNullable(results.riskReason(j));
    }
  }
}
