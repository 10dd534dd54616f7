package dev.alignkit.progress;

/** The common OKR grading bands, given once a cycle has ended. */
public enum Grade {
  /** Progress of at least {@code greenGrade} (0.7). */
  GREEN,
  /** Progress of at least {@code yellowGrade} (0.4). */
  YELLOW,
  /** Less. */
  RED
}
