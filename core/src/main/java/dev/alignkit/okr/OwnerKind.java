package dev.alignkit.okr;

/** What kind of owner an objective has. */
public enum OwnerKind {
  /** The whole organization. */
  ORGANIZATION,
  /** A team, by team id. */
  TEAM,
  /** A person, by person id. */
  PERSON
}
