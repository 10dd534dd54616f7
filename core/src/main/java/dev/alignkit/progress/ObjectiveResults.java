package dev.alignkit.progress;

import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * The roll-up's result of every objective in arrays by position (NaN or -1 where a field is empty),
 * and {@link ObjectiveRollup}s as views over them: a roll-up of four million objectives holds a
 * few arrays instead of an object, a builder and up to five boxed numbers per objective, and a
 * parent reads its children's numbers from the arrays. An objective's numbers lie side by side in
 * one array, and so do its codes (status, reasons, grade): writing a result or reading a child's
 * touches two or three cache lines, not one per field. Mutable and confined to one thread while
 * the roll-up writes it; a {@link Rollup} holds one that nothing writes any more ({@link #copy()}
 * for the incremental index, which goes on writing its own).
 */
final class ObjectiveResults {
  private static final PaceStatus[] STATUSES = PaceStatus.values();
  private static final RiskReason[] REASONS = RiskReason.values();
  private static final Grade[] GRADES = Grade.values();
  private static final ObjectiveRollup.NoProgress[] NO_PROGRESS = ObjectiveRollup.NoProgress.values();
  private static final byte NONE = -1;
  private static final byte PARTIAL = 1;
  private static final byte BY_TREND = 2;
  /** No risk source; see {@link #riskSource}. */
  static final int NO_SOURCE = -1;

  // The numbers of objective i are numbers[i * NUMBERS + field], NaN when empty.
  private static final int PROGRESS = 0;
  private static final int RAW = 1;
  private static final int EXPECTATION = 2;
  private static final int EXPECTED = 3;
  private static final int GAP = 4;
  private static final int FORECAST = 5;
  private static final int NUMBERS = 6;
  // Its codes are codes[i * CODES + field]: enum ordinals, -1 when empty; MET -1 unknown, 0 or 1.
  private static final int STATUS = 0;
  private static final int NO_PROGRESS_CODE = 1;
  private static final int REASON = 2;
  private static final int GRADE = 3;
  private static final int MET = 4;
  private static final int FLAGS = 5;
  private static final int CODES = 6;

  private final Objective[] objectives;
  /** The key results by row ({@link KeyResultResults}), read for the id of a risk source only. */
  private final KeyResult[] keyResults;
  private final double[] numbers;
  private final byte[] codes;
  private final int[] atRiskBelow;
  /**
   * What each objective's risk comes from, its id read only when a view is asked for it: the
   * roll-up would otherwise read a child objective or a key result it no longer has cached.
   * {@link #NO_SOURCE}, an objective's position ({@link #objectiveSource}), or a key result's row
   * ({@link #keyResultSource}).
   */
  private final int[] riskSource;

  /** Results for {@code objectives}, whose key results by row are {@code keyResults}: both shared, not copied. */
  ObjectiveResults(Objective[] objectives, KeyResult[] keyResults) {
    this.objectives = objectives;
    this.keyResults = keyResults;
    int n = objectives.length;
    numbers = new double[n * NUMBERS];
    codes = new byte[n * CODES];
    atRiskBelow = new int[n];
    riskSource = new int[n];
  }

  private ObjectiveResults(ObjectiveResults from) {
    objectives = from.objectives;
    keyResults = from.keyResults;
    numbers = from.numbers.clone();
    codes = from.codes.clone();
    atRiskBelow = from.atRiskBelow.clone();
    riskSource = from.riskSource.clone();
  }

  /** A copy that later writes to this one do not change. */
  ObjectiveResults copy() {
    return new ObjectiveResults(this);
  }

  int size() {
    return objectives.length;
  }

  /**
   * Starts the result of objective {@code i} afresh: everything empty, not partial, not at risk by
   * trend, with this status, expectation and at-risk count.
   */
  void clear(int i, PaceStatus status, double expectation, int atRiskBelow) {
    // Field by field rather than Arrays.fill: six of each, once per objective.
    int n = i * NUMBERS;
    numbers[n + PROGRESS] = Double.NaN;
    numbers[n + RAW] = Double.NaN;
    numbers[n + EXPECTATION] = expectation;
    numbers[n + EXPECTED] = Double.NaN;
    numbers[n + GAP] = Double.NaN;
    numbers[n + FORECAST] = Double.NaN;
    int c = i * CODES;
    codes[c + STATUS] = (byte) status.ordinal();
    codes[c + NO_PROGRESS_CODE] = NONE;
    codes[c + REASON] = NONE;
    codes[c + GRADE] = NONE;
    codes[c + MET] = NONE;
    codes[c + FLAGS] = 0;
    this.atRiskBelow[i] = atRiskBelow;
    riskSource[i] = NO_SOURCE;
  }

  /** The progress of objective {@code i}, NaN for none; its raw progress, expectation ... likewise. */
  double progress(int i) {
    return numbers[i * NUMBERS + PROGRESS];
  }

  double rawProgress(int i) {
    return numbers[i * NUMBERS + RAW];
  }

  double expectation(int i) {
    return numbers[i * NUMBERS + EXPECTATION];
  }

  double expected(int i) {
    return numbers[i * NUMBERS + EXPECTED];
  }

  double gap(int i) {
    return numbers[i * NUMBERS + GAP];
  }

  double forecast(int i) {
    return numbers[i * NUMBERS + FORECAST];
  }

  void progress(int i, double progress, double raw) {
    numbers[i * NUMBERS + PROGRESS] = progress;
    numbers[i * NUMBERS + RAW] = raw;
  }

  void expected(int i, double value) {
    numbers[i * NUMBERS + EXPECTED] = value;
  }

  void gap(int i, double value) {
    numbers[i * NUMBERS + GAP] = value;
  }

  void forecast(int i, double value) {
    numbers[i * NUMBERS + FORECAST] = value;
  }

  int atRiskBelow(int i) {
    return atRiskBelow[i];
  }

  PaceStatus status(int i) {
    return STATUSES[codes[i * CODES + STATUS]];
  }

  void status(int i, PaceStatus value) {
    codes[i * CODES + STATUS] = (byte) value.ordinal();
  }

  boolean partial(int i) {
    return (codes[i * CODES + FLAGS] & PARTIAL) != 0;
  }

  void partial(int i, boolean value) {
    flag(i, PARTIAL, value);
  }

  boolean atRiskByTrend(int i) {
    return (codes[i * CODES + FLAGS] & BY_TREND) != 0;
  }

  void atRiskByTrend(int i, boolean value) {
    flag(i, BY_TREND, value);
  }

  private void flag(int i, byte flag, boolean value) {
    int at = i * CODES + FLAGS;
    codes[at] = (byte) (value ? codes[at] | flag : codes[at] & ~flag);
  }

  void noProgress(int i, ObjectiveRollup.NoProgress value) {
    codes[i * CODES + NO_PROGRESS_CODE] = (byte) value.ordinal();
  }

  /** Sets the risk reason, null for none, and source ({@link #NO_SOURCE} for none). */
  void risk(int i, @Nullable RiskReason reason, int source) {
    codes[i * CODES + REASON] = reason == null ? NONE : (byte) reason.ordinal();
    riskSource[i] = source;
  }

  /** The risk source that is the objective at position {@code c}. */
  static int objectiveSource(int c) {
    return c;
  }

  /** The risk source that is the key result of row {@code j}. */
  static int keyResultSource(int j) {
    return -2 - j;
  }

  /** The id of objective {@code i}'s risk source, null for none. */
  @Nullable String riskSource(int i) {
    int source = riskSource[i];
    if (source == NO_SOURCE) {
      return null;
    }
    return source >= 0 ? objectives[source].id() : keyResults[-2 - source].id();
  }

  /** Sets the grade (empty: none) and whether the expectation was met. */
  void graded(int i, Optional<Grade> value, boolean isMet) {
    codes[i * CODES + GRADE] = value.isPresent() ? (byte) value.get().ordinal() : NONE;
    codes[i * CODES + MET] = (byte) (isMet ? 1 : 0);
  }

  private byte code(int i, int field) {
    return codes[i * CODES + field];
  }

  /** The result of objective {@code i} as a value: a view over these arrays. */
  ObjectiveRollup view(int i) {
    return new View(this, i);
  }

  /** NaN as empty; shared with {@link KeyResultResults}. */
  static OptionalDouble optional(double value) {
    return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  private static <E> Optional<E> optional(E[] values, byte ordinal) {
    return ordinal < 0 ? Optional.empty() : Optional.of(values[ordinal]);
  }

  /**
   * One objective's result, read from the arrays on each call. Immutable as long as nothing writes
   * its row, which holds for every view a roll-up hands out; equal to the built value with the
   * same fields ({@link ObjectiveRollup#equals}).
   */
  private static final class View extends ObjectiveRollup {
    private final ObjectiveResults results;
    private final int i;

    View(ObjectiveResults results, int i) {
      this.results = results;
      this.i = i;
    }

    @Override
    public String objectiveId() {
      return results.objectives[i].id();
    }

    @Override
    public OptionalDouble progress() {
      return optional(results.progress(i));
    }

    @Override
    public OptionalDouble rawProgress() {
      return optional(results.rawProgress(i));
    }

    @Override
    public boolean partial() {
      return results.partial(i);
    }

    @Override
    public Optional<NoProgress> noProgress() {
      return optional(NO_PROGRESS, results.code(i, NO_PROGRESS_CODE));
    }

    @Override
    public double expectation() {
      return results.expectation(i);
    }

    @Override
    public OptionalDouble expected() {
      return optional(results.expected(i));
    }

    @Override
    public OptionalDouble gap() {
      return optional(results.gap(i));
    }

    @Override
    public PaceStatus status() {
      return results.status(i);
    }

    @Override
    public int atRiskBelow() {
      return results.atRiskBelow(i);
    }

    @Override
    public OptionalDouble forecast() {
      return optional(results.forecast(i));
    }

    @Override
    public boolean atRiskByTrend() {
      return results.atRiskByTrend(i);
    }

    @Override
    public Optional<RiskReason> riskReason() {
      return optional(REASONS, results.code(i, REASON));
    }

    @Override
    public Optional<String> riskSource() {
      return Optional.ofNullable(results.riskSource(i));
    }

    @Override
    public Optional<Grade> grade() {
      return optional(GRADES, results.code(i, GRADE));
    }

    @Override
    public Optional<Boolean> met() {
      byte value = results.code(i, MET);
      return value < 0 ? Optional.empty() : Optional.of(value == 1);
    }
  }
}
