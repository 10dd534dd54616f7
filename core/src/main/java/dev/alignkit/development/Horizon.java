package dev.alignkit.development;

/** When a GROW way-forward step is meant to happen. */
public enum Horizon {
  /** This week: small enough to need no tracking. */
  THIS_WEEK,
  /** This month: tracked by a goal or measure. */
  THIS_MONTH,
  /** Later: tracked by a goal or measure. */
  LATER
}
