package dev.alignkit.progress;

import dev.alignkit.okr.Objective;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * The roll-up's result of every objective in arrays by position, one field per array (NaN or -1
 * where a field is empty), and {@link ObjectiveRollup}s as views over them: a roll-up of four
 * million objectives holds a few arrays instead of an object, a builder and up to five boxed
 * numbers per objective, and a parent reads its children's numbers from the arrays. Mutable and
 * confined to one thread while the roll-up writes it; a {@link Rollup} holds one that nothing
 * writes any more ({@link #copy()} for the incremental index, which goes on writing its own).
 */
final class ObjectiveResults {
  private static final PaceStatus[] STATUSES = PaceStatus.values();
  private static final RiskReason[] REASONS = RiskReason.values();
  private static final Grade[] GRADES = Grade.values();
  private static final ObjectiveRollup.NoProgress[] NO_PROGRESS = ObjectiveRollup.NoProgress.values();
  private static final byte NONE = -1;
  private static final byte PARTIAL = 1;
  private static final byte BY_TREND = 2;

  private final Objective[] objectives;
  final double[] progress;
  final double[] rawProgress;
  final double[] expectation;
  final double[] expected;
  final double[] gap;
  final double[] forecast;
  final int[] atRiskBelow;
  private final byte[] status;
  private final byte[] noProgress;
  private final byte[] riskReason;
  private final byte[] grade;
  /** -1 unknown, 0 not met, 1 met. */
  private final byte[] met;
  private final byte[] flags;
  private final @Nullable String[] riskSource;

  ObjectiveResults(Objective[] objectives) {
    this.objectives = objectives;
    int n = objectives.length;
    progress = new double[n];
    rawProgress = new double[n];
    expectation = new double[n];
    expected = new double[n];
    gap = new double[n];
    forecast = new double[n];
    atRiskBelow = new int[n];
    status = new byte[n];
    noProgress = new byte[n];
    riskReason = new byte[n];
    grade = new byte[n];
    met = new byte[n];
    flags = new byte[n];
    riskSource = new String[n];
  }

  private ObjectiveResults(ObjectiveResults from) {
    objectives = from.objectives;
    progress = from.progress.clone();
    rawProgress = from.rawProgress.clone();
    expectation = from.expectation.clone();
    expected = from.expected.clone();
    gap = from.gap.clone();
    forecast = from.forecast.clone();
    atRiskBelow = from.atRiskBelow.clone();
    status = from.status.clone();
    noProgress = from.noProgress.clone();
    riskReason = from.riskReason.clone();
    grade = from.grade.clone();
    met = from.met.clone();
    flags = from.flags.clone();
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
    progress[i] = Double.NaN;
    rawProgress[i] = Double.NaN;
    this.expectation[i] = expectation;
    expected[i] = Double.NaN;
    gap[i] = Double.NaN;
    forecast[i] = Double.NaN;
    this.atRiskBelow[i] = atRiskBelow;
    this.status[i] = (byte) status.ordinal();
    noProgress[i] = NONE;
    riskReason[i] = NONE;
    grade[i] = NONE;
    met[i] = NONE;
    flags[i] = 0;
    riskSource[i] = null;
  }

  PaceStatus status(int i) {
    return STATUSES[status[i]];
  }

  void status(int i, PaceStatus value) {
    status[i] = (byte) value.ordinal();
  }

  boolean atRiskByTrend(int i) {
    return (flags[i] & BY_TREND) != 0;
  }

  void atRiskByTrend(int i, boolean value) {
    flags[i] = (byte) (value ? flags[i] | BY_TREND : flags[i] & ~BY_TREND);
  }

  void partial(int i, boolean value) {
    flags[i] = (byte) (value ? flags[i] | PARTIAL : flags[i] & ~PARTIAL);
  }

  void noProgress(int i, ObjectiveRollup.NoProgress value) {
    noProgress[i] = (byte) value.ordinal();
  }

  /** Sets the risk reason and source; null for none. */
  void risk(int i, @Nullable RiskReason reason, @Nullable String source) {
    riskReason[i] = reason == null ? NONE : (byte) reason.ordinal();
    riskSource[i] = source;
  }

  /** Sets the grade (empty: none) and whether the expectation was met. */
  void graded(int i, Optional<Grade> value, boolean isMet) {
    grade[i] = value.isPresent() ? (byte) value.get().ordinal() : NONE;
    met[i] = (byte) (isMet ? 1 : 0);
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
      return optional(results.progress[i]);
    }

    @Override
    public OptionalDouble rawProgress() {
      return optional(results.rawProgress[i]);
    }

    @Override
    public boolean partial() {
      return (results.flags[i] & PARTIAL) != 0;
    }

    @Override
    public Optional<NoProgress> noProgress() {
      return optional(NO_PROGRESS, results.noProgress[i]);
    }

    @Override
    public double expectation() {
      return results.expectation[i];
    }

    @Override
    public OptionalDouble expected() {
      return optional(results.expected[i]);
    }

    @Override
    public OptionalDouble gap() {
      return optional(results.gap[i]);
    }

    @Override
    public PaceStatus status() {
      return results.status(i);
    }

    @Override
    public int atRiskBelow() {
      return results.atRiskBelow[i];
    }

    @Override
    public OptionalDouble forecast() {
      return optional(results.forecast[i]);
    }

    @Override
    public boolean atRiskByTrend() {
      return results.atRiskByTrend(i);
    }

    @Override
    public Optional<RiskReason> riskReason() {
      return optional(REASONS, results.riskReason[i]);
    }

    @Override
    public Optional<String> riskSource() {
      return Optional.ofNullable(results.riskSource[i]);
    }

    @Override
    public Optional<Grade> grade() {
      return optional(GRADES, results.grade[i]);
    }

    @Override
    public Optional<Boolean> met() {
      byte value = results.met[i];
      return value < 0 ? Optional.empty() : Optional.of(value == 1);
    }
  }
}
