package dev.alignkit.progress;

/**
 * How an objective or key result is doing against the elapsed part of its cycle. Statuses
 * combine by {@link #worse(PaceStatus)}: AT_RISK over BEHIND over ON_TRACK over DONE over
 * NOT_STARTED; NO_DATA is left out when anything else is known.
 */
public enum PaceStatus {
  /** No progress to judge. */
  NO_DATA,
  /** The as-of date lies before the cycle starts. */
  NOT_STARTED,
  /** Progress has reached 1. */
  DONE,
  /** Within {@code onTrackGap} (0.15) of the expected progress. */
  ON_TRACK,
  /** Within {@code behindGap} (0.30) of the expected progress. */
  BEHIND,
  /** Further behind, a confidence below {@code atRiskConfidence}, or a broken threshold. */
  AT_RISK;

  private static final int[] RANK = {-1, 0, 1, 2, 3, 4};

  /** The worse of the two; NO_DATA only when both are NO_DATA. */
  public PaceStatus worse(PaceStatus other) {
    return RANK[other.ordinal()] > RANK[ordinal()] ? other : this;
  }
}
