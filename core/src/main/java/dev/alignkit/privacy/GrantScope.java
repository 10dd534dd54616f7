package dev.alignkit.privacy;

/** What a delegated {@link Grant} covers. */
public enum GrantScope {
  /** The items of one person, as their manager sees them. */
  PERSON,
  /** The items of one team and of each of its members, as the members' manager sees them. */
  TEAM
}
