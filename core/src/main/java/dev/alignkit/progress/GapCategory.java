package dev.alignkit.progress;


/** How a person stands against one skill of a role; gap reports sort by this order. */
public enum GapCategory {
  /** The role expects the skill and the person has no assessment of it. */
  MISSING,
  /** Assessed below the requirement. */
  UNDER,
  /** Assessed at or above the requirement. */
  MET,
  /** Assessed, but the role does not expect it. */
  SURPLUS
}
