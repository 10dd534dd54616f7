package dev.alignkit.rules;

/**
 * A rule that looks at the snapshot as a whole. It runs only when a whole snapshot is
 * validated, not for one person or owner; prefer an item rule where one fits.
 */
public interface SnapshotRule extends Rule {
  /** Checks the snapshot of {@code context}, reporting to {@code findings}. */
  void checkSnapshot(RuleContext context, Findings findings);
}
