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
 */
@Value.Immutable
public abstract class Finding {
  /** Report order: by path, then code, then subject, then arguments. */
  static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path)
      .thenComparing(Finding::code)
      .thenComparing(Finding::subjectId)
      .thenComparing(f -> f.arguments().toString());

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
   * The message key of the suggestion, usually {@code code + ".suggestion"}; empty when the rule
   * has none to give.
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
