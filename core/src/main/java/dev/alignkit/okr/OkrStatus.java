package dev.alignkit.okr;

/** The status of an objective, key result or initiative. */
public enum OkrStatus {
  /** Being written; not counted in progress and skipped by rules. */
  DRAFT,
  /** In force. */
  ACTIVE,
  /** Abandoned; not counted in progress and skipped by rules. */
  CANCELLED,
  /** Finished and scored. */
  CLOSED;

  /** Whether an item with this status counts in progress and in rules: not DRAFT or CANCELLED. */
  public boolean counts() {
    return this == ACTIVE || this == CLOSED;
  }
}
