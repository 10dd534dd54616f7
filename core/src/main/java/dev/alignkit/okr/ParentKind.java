package dev.alignkit.okr;

/**
 * What an {@link Alignment} links to: an objective, or one key result of an objective. For
 * cycles, "aligned" and at-risk counts, a link to a key result is a link to that key result's
 * objective ({@code docs/concepts.md}, "Several parents").
 */
public enum ParentKind {
  /** The parent is an objective; the default. */
  OBJECTIVE,
  /**
   * The parent is a key result. A {@link AlignmentKind#CONTRIBUTES} link to a
   * {@link KeyResultKind#ROLLUP} key result counts in that key result's progress (and only there);
   * to a key result of any other kind it counts as {@link AlignmentKind#SUPPORTS}, and
   * {@code okr.alignment.contributes-to-measured} says so.
   */
  KEY_RESULT
}
