package dev.alignkit.rules;

import static java.util.Objects.requireNonNull;

import dev.alignkit.policy.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The result of a validation: findings in a deterministic order (by path, code, subject), and
 * the findings that waivers moved aside, kept in their own list. Immutable and thread-safe.
 *
 * <p><b>Get</b> one from a {@link Validator} ({@link Validator#validate validate},
 * {@link Validator#validatePerson validatePerson}, {@link Validator#validateOwner validateOwner}),
 * and ask it:
 * <pre>{@code
 * Report report = Validator.defaults().validate(snapshot, LocalDate.of(2026, 8, 15));
 * if (!report.isValid()) {
 *   report.ofSeverity(Severity.ERROR).forEach(System.out::println);
 * }
 * List<Finding> toFix = report.atLeast(Severity.WARNING);
 * }</pre>
 * {@link #map} gives a copy in which findings are rewritten or left out, as
 * {@code dev.alignkit.privacy.Privacy#report} does for one viewer.
 *
 * <p>{@link #of} builds one from its parts, for a client that reads a report back (the JSON
 * module does) or a test that expects one.
 *
 * <p><b>Invariants:</b> none beyond its fields; the validator builds it. A report holds findings
 * of every severity: an ERROR makes it not {@link #isValid() valid}, never an exception.
 *
 * <p><b>Equality:</b> two reports are equal when date, findings and waived findings (in report
 * order) are equal.
 */
public final class Report {
  private final LocalDate asOf;
  private final List<Finding> findings;
  private final List<WaivedFinding> waived;

  private Report(LocalDate asOf, List<Finding> findings, List<WaivedFinding> waived) {
    this.asOf = asOf;
    this.findings = findings;
    this.waived = waived;
  }

  /**
   * A report of {@code findings} and {@code waived} as of {@code asOf}, each list put in report
   * order (by path, code, subject, then arguments; findings equal in all four keep the order
   * given), as the validator builds one. A report written out and read back in its own order is
   * equal to the one written.
   *
   * @param asOf the date of the validation; not null
   * @param findings the findings no waiver covers; not null, no null element
   * @param waived the findings waivers moved aside; not null, no null element
   * @throws NullPointerException if an argument or an element is null
   */
  public static Report of(LocalDate asOf, List<Finding> findings, List<WaivedFinding> waived) {
    requireNonNull(asOf, "asOf");
    requireNonNull(findings, "findings");
    requireNonNull(waived, "waived");
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(Finding.ORDER);
    List<WaivedFinding> sortedWaived = new ArrayList<>(waived);
    sortedWaived.sort((a, b) -> Finding.ORDER.compare(a.finding(), b.finding()));
    return new Report(asOf, List.copyOf(sorted), List.copyOf(sortedWaived));
  }

  /** The date the validation was made as of. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The findings no waiver covers, ordered by path, code and subject. */
  public List<Finding> findings() {
    return findings;
  }

  /** The findings that waivers in force moved aside, in the same order. */
  public List<WaivedFinding> waived() {
    return waived;
  }

  /** Whether no finding is an ERROR (waived ones do not count). */
  public boolean isValid() {
    for (Finding finding : findings) {
      if (finding.severity() == Severity.ERROR) {
        return false;
      }
    }
    return true;
  }

  /** The findings of exactly this severity, in report order. */
  public List<Finding> ofSeverity(Severity severity) {
    requireNonNull(severity, "severity");
    return filter(f -> f.severity() == severity);
  }

  /**
   * The findings of this severity or a more serious one, in report order: {@code atLeast(WARNING)}
   * gives the errors and the warnings (see {@link Severity#isAtLeast}).
   */
  public List<Finding> atLeast(Severity severity) {
    requireNonNull(severity, "severity");
    return filter(f -> f.severity().isAtLeast(severity));
  }

  /** The findings with this code, in report order. */
  public List<Finding> ofCode(String code) {
    requireNonNull(code, "code");
    return filter(f -> f.code().equals(code));
  }

  /** The findings about the item with this id. */
  public List<Finding> aboutSubject(String subjectId) {
    return filter(f -> f.subjectId().equals(subjectId));
  }

  /** The findings about items that belong to this person. */
  public List<Finding> aboutPerson(String personId) {
    return filter(f -> f.personId().filter(personId::equals).isPresent());
  }

  /**
   * A report of the same date in which each finding, open or waived, is replaced by what
   * {@code view} returns for it, or left out when it returns empty; a waived finding keeps its
   * waiver. The result is in report order again. Use it to show a report to someone who may see
   * only part of it (see {@code dev.alignkit.privacy.Privacy#report}).
   *
   * @param view rewrites or drops one finding; not null, and it must not return null
   */
  public Report map(Function<Finding, Optional<Finding>> view) {
    requireNonNull(view, "view");
    List<Finding> open = new ArrayList<>(findings.size());
    for (Finding finding : findings) {
      view.apply(finding).ifPresent(open::add);
    }
    List<WaivedFinding> kept = new ArrayList<>(waived.size());
    for (WaivedFinding finding : waived) {
      Optional<Finding> shown = view.apply(finding.finding());
      shown.ifPresent(f -> kept.add(WaivedFinding.of(f, finding.waiver())));
    }
    return of(asOf, open, kept);
  }

  private List<Finding> filter(Predicate<Finding> predicate) {
    List<Finding> out = new ArrayList<>();
    for (Finding finding : findings) {
      if (predicate.test(finding)) {
        out.add(finding);
      }
    }
    return List.copyOf(out);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Report
        && ((Report) other).asOf.equals(asOf)
        && ((Report) other).findings.equals(findings)
        && ((Report) other).waived.equals(waived);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * asOf.hashCode() + findings.hashCode()) + waived.hashCode();
  }

  /** One line per finding, then one per waived finding, under a summary line. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    out.append("Report as of ").append(asOf).append(": ")
        .append(isValid() ? "valid" : "not valid").append(", ")
        .append(ofSeverity(Severity.ERROR).size()).append(" errors, ")
        .append(ofSeverity(Severity.WARNING).size()).append(" warnings, ")
        .append(ofSeverity(Severity.INFO).size()).append(" infos, ")
        .append(waived.size()).append(" waived");
    for (Finding finding : findings) {
      out.append("\n  ").append(finding);
    }
    for (WaivedFinding finding : waived) {
      out.append("\n  ").append(finding);
    }
    return out.toString();
  }
}
