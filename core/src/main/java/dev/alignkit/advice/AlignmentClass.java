package dev.alignkit.advice;

/** How a development goal aligns, the first of these that holds. */
public enum AlignmentClass {
  /** Nothing to judge by: the person has no resolvable role, or the goal names no skill and is woven into nothing. */
  UNKNOWN,
  /** Targets a skill the person's current or next level expects. */
  CURRENT_ROLE,
  /** Targets a skill the plan's or the goal's target role expects. */
  TARGET_ROLE,
  /**
   * Woven into an objective or initiative, or targets a skill that an active objective or
   * initiative of one of the person's teams (primary or other) or of the organization exercises.
   */
  WOVEN,
  /** None of these: the goal does not serve the role, the target role or the organization's work. */
  TANGENTIAL
}
