package dev.alignkit.advice;

/** The kinds of advice, in the order they are given ({@code docs/concepts.md}, "Advice"). */
public enum SuggestionKind {
  /** Start from the role's expectations at the current and next level. */
  EXPECTATIONS,
  /** The goal is time away from the role; cite the planned share or hours. */
  OPPORTUNITY_COST,
  /** Aim the goal at a skill of the same family that the role or the team needs. */
  TWEAK,
  /** Grow the skill inside organizational work whose tags match, through the policy's weave map. */
  WEAVE,
  /** A lateral move or an opening that expects the goal's skills. */
  CHANGE_ROLE
}
