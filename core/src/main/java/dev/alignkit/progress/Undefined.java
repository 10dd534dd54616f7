package dev.alignkit.progress;

/** Why a key result has no progress. */
public enum Undefined {
  /** It lacks a kind, a target, or (INCREASE, DECREASE) a start. Reported by {@code okr.key-result.not-measurable}. */
  NOT_MEASURABLE,
  /**
   * Start equals target, or they disagree with the kind; or start, commit, target and stretch do
   * not run strictly in the kind's direction; or a kind other than INCREASE and DECREASE sets a
   * commit or a stretch. Reported by {@code okr.key-result.direction}.
   */
  WRONG_DIRECTION,
  /** An ORDINAL value that is not a zone index 0..3. Reported as not measurable. */
  INVALID_ZONE,
  /**
   * No check-in on or before the date and no current value: shown as "no data". In a roll-up, also
   * a ROLLUP key result none of whose counted contributors has progress.
   */
  NO_DATA,
  /**
   * A ROLLUP key result, which has no measure of its own: its progress is the weighted mean of the
   * objectives that contribute to it, which only a roll-up knows ({@code Rollup.keyResult(id)}).
   * {@link KeyResultProgress#of} says this of every ROLLUP key result; no rule reports it.
   */
  MEASURED_BY_CONTRIBUTORS
}
