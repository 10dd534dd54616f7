package dev.alignkit.okr;

/** How a child objective relates to its parent. */
public enum AlignmentKind {
  /** A link only: the child's progress does not count in the parent's. */
  SUPPORTS,
  /** The child's progress counts in the parent's, with the alignment's weight. */
  CONTRIBUTES
}
