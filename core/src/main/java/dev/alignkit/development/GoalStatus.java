package dev.alignkit.development;

/** Where a development goal stands in the bottom-up flow of {@code docs/concepts.md}. */
public enum GoalStatus {
  /** Proposed by the employee, or edited since it was agreed. */
  PROPOSED,
  /** Agreed by the manager (or an HR administrator); counts toward the limit of three. */
  AGREED,
  /** Being worked on; counts toward the limit of three. */
  ACTIVE,
  /** Reached. */
  DONE,
  /** Dropped, for example after a merge. */
  DROPPED;

  /** Whether a goal with this status counts: AGREED or ACTIVE. */
  public boolean counts() {
    return this == AGREED || this == ACTIVE;
  }

  /** Whether a goal with this status is still being shaped or pursued: PROPOSED, AGREED or ACTIVE. */
  public boolean isOpen() {
    return this == PROPOSED || this == AGREED || this == ACTIVE;
  }
}
