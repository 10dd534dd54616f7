package dev.alignkit.progress;

import dev.alignkit.okr.KeyResult;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * The roll-up's result of every key result in arrays (NaN, -1 or null where a field is empty), its
 * numbers side by side and its codes side by side, and {@link KeyResultRollup}s as views over
 * them, as {@link ObjectiveResults} does for objectives. Key result {@code k} of objective {@code i} has row {@code start[i] + k}.
 * Mutable and confined to one thread while the roll-up writes it; {@link #copy()} for the
 * incremental index.
 */
final class KeyResultResults {
  private static final PaceStatus[] STATUSES = PaceStatus.values();
  private static final RiskReason[] REASONS = RiskReason.values();
  private static final Grade[] GRADES = Grade.values();
  private static final byte NONE = -1;
  // The numbers of row j are numbers[j * NUMBERS + field], NaN when empty.
  private static final int EXPECTATION = 0;
  private static final int EXPECTED = 1;
  private static final int GAP = 2;
  private static final int NUMBERS = 3;
  // Its codes are codes[j * CODES + field]: enum ordinals, -1 when empty; MET -1 unknown, 0 or 1.
  private static final int STATUS = 0;
  private static final int GRADE = 1;
  private static final int MET = 2;
  private static final int REASON = 3;
  private static final int CODES = 4;

  /** Where each objective's rows start, then the end. */
  final int[] start;
  private final String[] ids;
  private final KeyResultProgress[] progress;
  private final double[] numbers;
  private final byte[] codes;
  private final @Nullable Forecast[] forecast;

  KeyResultResults(KeyResult[][] keyResults) {
    int n = keyResults.length;
    start = new int[n + 1];
    for (int i = 0; i < n; i++) {
      start[i + 1] = start[i] + keyResults[i].length;
    }
    int rows = start[n];
    ids = new String[rows];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < keyResults[i].length; k++) {
        ids[start[i] + k] = keyResults[i][k].id();
      }
    }
    progress = new KeyResultProgress[rows];
    numbers = new double[rows * NUMBERS];
    codes = new byte[rows * CODES];
    forecast = new Forecast[rows];
  }

  private KeyResultResults(KeyResultResults from) {
    start = from.start;
    ids = from.ids;
    progress = from.progress.clone();
    numbers = from.numbers.clone();
    codes = from.codes.clone();
    forecast = from.forecast.clone();
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
   * Starts row {@code j} afresh with its progress, status and expectation: no expected progress,
   * gap, grade, forecast or risk reason, not known to be met.
   */
  void clear(int j, KeyResultProgress progress, PaceStatus status, double expectation) {
    this.progress[j] = progress;
    int n = j * NUMBERS;
    numbers[n + EXPECTATION] = expectation;
    numbers[n + EXPECTED] = Double.NaN;
    numbers[n + GAP] = Double.NaN;
    int c = j * CODES;
    codes[c + STATUS] = (byte) status.ordinal();
    codes[c + GRADE] = NONE;
    codes[c + MET] = NONE;
    codes[c + REASON] = NONE;
    forecast[j] = null;
  }

  /** The expectation of row {@code j}; its expected progress and gap, NaN for none. */
  double expectation(int j) {
    return numbers[j * NUMBERS + EXPECTATION];
  }

  double expected(int j) {
    return numbers[j * NUMBERS + EXPECTED];
  }

  double gap(int j) {
    return numbers[j * NUMBERS + GAP];
  }

  void expected(int j, double value) {
    numbers[j * NUMBERS + EXPECTED] = value;
  }

  void gap(int j, double value) {
    numbers[j * NUMBERS + GAP] = value;
  }

  String id(int j) {
    return ids[j];
  }

  KeyResultProgress progress(int j) {
    return progress[j];
  }

  PaceStatus status(int j) {
    return STATUSES[codes[j * CODES + STATUS]];
  }

  void status(int j, PaceStatus value) {
    codes[j * CODES + STATUS] = (byte) value.ordinal();
  }

  @Nullable Forecast forecast(int j) {
    return forecast[j];
  }

  void forecast(int j, @Nullable Forecast value) {
    forecast[j] = value;
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
      return results.ids[j];
    }

    @Override
    public KeyResultProgress progress() {
      return results.progress[j];
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
      return Optional.ofNullable(results.forecast[j]);
    }

    @Override
    public Optional<RiskReason> riskReason() {
      return Optional.ofNullable(results.riskReason(j));
    }
  }
}
