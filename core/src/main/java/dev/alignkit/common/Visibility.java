package dev.alignkit.common;

/**
 * Who may see an item. An item whose own visibility is not set takes the default of its kind
 * from the policy.
 */
public enum Visibility {
  /** Everyone in the organization. */
  PUBLIC,
  /** The owner's team and its manager chain. */
  TEAM,
  /** The owner, their manager chain and HR administrators. */
  PRIVATE
}
