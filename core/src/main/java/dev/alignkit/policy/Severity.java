package dev.alignkit.policy;

/**
 * How serious a finding is, from the most serious ({@link #ERROR}) to the least ({@link #INFO}).
 *
 * <p>It lives in {@code dev.alignkit.policy}, not beside {@code Finding} in
 * {@code dev.alignkit.rules}, because the policy assigns severities
 * ({@link Policy#severityOverrides()}) and sits below the rules: the rules read the policy, so the
 * policy cannot read the rules' package without a cycle.
 */
public enum Severity {
  /** The data is wrong: a report with an unwaived error is not valid. */
  ERROR,
  /** The data is allowed but likely to hurt alignment; worth a look. */
  WARNING,
  /** A hint. */
  INFO;

  /** Whether this severity is {@code other} or more serious: {@code ERROR.isAtLeast(WARNING)} is true. */
  public boolean isAtLeast(Severity other) {
    return compareTo(other) <= 0;
  }
}
