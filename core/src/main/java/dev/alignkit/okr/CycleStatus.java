package dev.alignkit.okr;

/** The life cycle of an OKR cycle. */
public enum CycleStatus {
  /** Being planned; not yet running. */
  DRAFT,
  /** Running: check-ins are expected. */
  ACTIVE,
  /** Over and scored. */
  CLOSED
}
