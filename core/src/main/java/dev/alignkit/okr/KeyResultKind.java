package dev.alignkit.okr;

/** How a key result is measured; see {@code KeyResultProgress} for the formulas. */
public enum KeyResultKind {
  /** A number that should rise from start to target. */
  INCREASE,
  /** A number that should fall from start to target. */
  DECREASE,
  /** A number that should stay at or above the target. */
  STAY_AT_LEAST,
  /** A number that should stay at or below the target. */
  STAY_AT_MOST,
  /** A milestone: done when the value is at least 1. */
  ACHIEVE,
  /** A zone index 0..3: FAIL, COMMIT, TARGET, STRETCH, each with a text. */
  ORDINAL,
  /**
   * Measured by the objectives that contribute to it ({@link Alignment#contributesToKeyResult}):
   * its progress is the weighted mean of theirs, undefined when none has data. It has no measure of
   * its own: a start, target, unit or current value it carries is kept but not used, and one with
   * check-ins cannot be built.
   */
  ROLLUP;

  /** Whether progress of this kind is compared against the elapsed part of the cycle. */
  public boolean isPaceable() {
    return this == INCREASE || this == DECREASE || this == ORDINAL || this == ROLLUP;
  }
}
