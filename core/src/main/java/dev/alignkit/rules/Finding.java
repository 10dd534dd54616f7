package dev.alignkit.rules;

import dev.alignkit.advice.Suggestion;
import dev.alignkit.common.Visibility;
import dev.alignkit.internal.Checks;
import dev.alignkit.policy.Severity;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One problem a rule found: a stable code, a severity, the path of the field it is about, the
 * subject's id and named arguments. It holds no text: a {@link FindingFormatter} renders its
 * message and suggestion for a locale. Immutable and thread-safe.
 *
 * <p><b>Get</b> them from {@link Report#findings()} after {@link Validator#validate}. A rule does
 * not build one: it reports through {@link Findings}, which fills in the code, the policy's
 * severity and the subject. Build one with {@link #builder()} only for a finding from elsewhere,
 * such as one a test expects:
 * <pre>{@code
 * Finding budget = Finding.builder().code("acme.budget").severity(Severity.INFO)
 *     .path(ItemPath.team("support")).subjectId("support")
 *     .putArgument("quarter", "Q3")
 *     .build();
 * }</pre>
 *
 * <p><b>Invariants.</b> Building fails with an {@link IllegalArgumentException} when the code is
 * blank ({@code finding code must not be blank: ' '}), and with an {@link IllegalStateException}
 * naming what is missing when code, severity, path or subject id is not set
 * ({@code Cannot build Finding, some of required attributes are not set [severity]}). Nothing else
 * is checked: the subject id, the argument names and the suggestion key are what the rule gave.
 *
 * <p><b>Equality:</b> two findings are equal when all their fields are equal: arguments, subject
 * visibility, suggestion key and advice (in order) included.
 */
@Value.Immutable
public abstract class Finding {
  /** Report order: by path, then code, then subject, then arguments. */
  static final Comparator<Finding> ORDER = Finding::compareInReportOrder;

  // Written out rather than chained with Comparator.comparing: a report of a large organization
  // sorts millions of findings, and the chain's lambdas and key extractors were most of the sort.
  private static int compareInReportOrder(Finding a, Finding b) {
    int order = a.path().compareTo(b.path());
    if (order != 0) {
      return order;
    }
    order = a.code().compareTo(b.code());
    if (order != 0) {
      return order;
    }
    order = a.subjectId().compareTo(b.subjectId());
    return order != 0 ? order : a.arguments().toString().compareTo(b.arguments().toString());
  }

  Finding() {}

  /** The rule's stable code, such as {@code okr.key-result.direction}. */
  public abstract String code();

  /** The severity after the policy's overrides. */
  public abstract Severity severity();

  /** Where the finding points, such as {@code objectives[o-42].keyResults[kr-3].target}. */
  public abstract ItemPath path();

  /** The id of the item the finding is about; waivers match on it. */
  public abstract String subjectId();

  /** The named arguments of the message, in the rule's order; values are plain text. */
  public abstract Map<String, String> arguments();

  /** The person the subject belongs to (a personal objective's owner, a person), if any. */
  public abstract Optional<String> personId();

  /** Who may see the subject, and so the finding. */
  @Value.Default
  public Visibility subjectVisibility() {
    return Visibility.PUBLIC;
  }

  /**
   * The message key of the suggestion: {@code code + ".suggestion"} unless the rule names another
   * ({@link Findings.Draft#suggestion}). A reported finding always has one; when no message source
   * has a template for it, {@link FindingFormatter#suggestion} gives nothing. Empty only on a
   * finding built without one.
   */
  public abstract Optional<String> suggestionKey();

  /** Advice that comes with the finding, ranked ({@code dev.goal.tangential} carries it); usually empty. */
  public abstract List<Suggestion> advice();

  /** Returns a builder; code, severity, path and subject id are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks.requireId(code(), "finding code");
  }

  /** {@code SEVERITY code at path {arguments}}. */
  @Override
  public final String toString() {
    return severity() + " " + code() + " at " + path() + (arguments().isEmpty() ? "" : " " + arguments());
  }

  /** Builds a {@link Finding}. */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }
}
