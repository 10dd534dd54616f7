package dev.alignkit.policy;

/** How serious a finding is. */
public enum Severity {
  /** The data is wrong: a report with an unwaived error is not valid. */
  ERROR,
  /** The data is allowed but likely to hurt alignment; worth a look. */
  WARNING,
  /** A hint. */
  INFO
}
