package dev.alignkit.career;

/** Who assessed a skill; readiness prefers MANAGER over PEER over SELF. */
public enum AssessmentSource {
  /** The person themselves. */
  SELF,
  /** A colleague. */
  PEER,
  /** The person's manager. */
  MANAGER
}
