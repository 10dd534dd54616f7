package dev.alignkit.development;

/**
 * How a development goal is supported: on-the-job opportunities first, then courses
 * ({@code docs/concepts.md}, "The bottom-up flow").
 */
public enum SupportKind {
  /** Learning in the flow of work, such as leading a segment of the weekly client call. */
  ON_THE_JOB,
  /** A course or training. */
  COURSE,
  /** Coaching, such as the manager's monthly coaching. */
  COACHING,
  /** Mentoring by a more experienced colleague. */
  MENTORING,
  /** Shadowing someone in the target role. */
  SHADOWING,
  /** Anything else. */
  OTHER
}
