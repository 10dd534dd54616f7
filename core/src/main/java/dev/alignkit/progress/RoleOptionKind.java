package dev.alignkit.progress;

/** Why a role is on a person's list of next roles. */
public enum RoleOptionKind {
  /** The person's current role. */
  CURRENT_ROLE,
  /** The next level on the person's ladder. */
  NEXT_LEVEL,
  /** A declared lateral move from the person's role. */
  LATERAL_MOVE,
  /** An opening in a team. */
  OPENING,
  /** A target role the person or their plan names. */
  TARGET_ROLE,
  /** A level of another ladder. */
  OTHER_LADDER
}
