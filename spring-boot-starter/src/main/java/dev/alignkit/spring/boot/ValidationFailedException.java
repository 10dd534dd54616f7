package dev.alignkit.spring.boot;

import static java.util.Objects.requireNonNull;

import dev.alignkit.rules.Report;

/**
 * Thrown by a controller whose validation failed: {@link AlignkitProblemHandler} answers it with a
 * {@code validation-failed} problem (422) listing the report's errors.
 * <pre>{@code
 * Report report = validator.validate(snapshot, asOf);
 * if (!report.isValid()) {
 *   throw new ValidationFailedException(report);
 * }
 * }</pre>
 */
public class ValidationFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Report report;

  /**
   * The failure of {@code report}.
   *
   * @param report a report with at least one ERROR; not null
   * @throws IllegalArgumentException if the report {@link Report#isValid() is valid}
   */
  public ValidationFailedException(Report report) {
    super(messageOf(report));
    this.report = report;
  }

  private static String messageOf(Report report) {
    if (requireNonNull(report, "report").isValid()) {
      throw new IllegalArgumentException("report must have an error to fail: it is valid as of " + report.asOf());
    }
    return "validation as of " + report.asOf() + " failed";
  }

  /** The report that failed. */
  public Report report() {
    return report;
  }
}
