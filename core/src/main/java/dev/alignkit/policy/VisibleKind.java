package dev.alignkit.policy;

/** The kinds of item whose default visibility the policy sets. */
public enum VisibleKind {
  /** Objectives, with their key results and initiatives; PUBLIC by default. */
  OBJECTIVE,
  /** Development plans; PRIVATE by default. */
  DEVELOPMENT_PLAN,
  /** Development goals; PRIVATE by default. */
  DEVELOPMENT_GOAL,
  /** Career visions; PRIVATE by default. */
  CAREER_VISION,
  /** GROW coaching sessions; PRIVATE by default. */
  GROW_SESSION,
  /** A plan's performance standing; PRIVATE by default. */
  PERFORMANCE_STANDING,
  /** Skill assessments; PRIVATE by default. */
  ASSESSMENT,
  /** People and teams as such (name, team, manager); PUBLIC by default. */
  ORGANIZATION
}
