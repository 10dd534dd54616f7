package dev.alignkit.progress;

/**
 * How an objective or key result is doing against the elapsed part of its cycle, in the order
 * ENDED, NO_DATA, NOT_STARTED, DONE, ON_TRACK, BEHIND, AT_RISK. Statuses combine by
 * {@link #worse(PaceStatus)}: AT_RISK over BEHIND over ON_TRACK over DONE over NOT_STARTED;
 * NO_DATA, and then ENDED, are left out when anything else is known.
 */
public enum PaceStatus {
  /**
   * The cycle has ended (it is CLOSED, or the as-of date lies after its last day): the item is
   * judged by its grade and whether it met its expectation, not by pace, with or without data
   * ({@code docs/concepts.md}, "Closing a cycle").
   */
  ENDED,
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

  private static final int[] RANK = {-2, -1, 0, 1, 2, 3, 4};

  /** The worse of the two; NO_DATA only when neither is known, ENDED only when both are ENDED. */
  public PaceStatus worse(PaceStatus other) {
    return RANK[other.ordinal()] > RANK[ordinal()] ? other : this;
  }
}
