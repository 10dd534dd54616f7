package dev.alignkit.privacy;

/** What a delegated {@link Grant} covers. */
public enum GrantScope {
  /** The items of one person, as their manager sees them. */
  PERSON,
  /** The items of one team and of each person whose primary team it is, as their manager sees them. */
  TEAM
}
