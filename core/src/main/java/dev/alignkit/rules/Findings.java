package dev.alignkit.rules;

import static java.util.Objects.requireNonNull;

import dev.alignkit.advice.Suggestion;
import dev.alignkit.policy.Policy;
import dev.alignkit.policy.Severity;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where one rule reports its findings during one validation; the validator hands it to the rule
 * with each item. Findings get the rule's code, and the policy's severity for it. Not
 * thread-safe, like the validation it serves; a rule must not keep it.
 *
 * <pre>{@code
 * findings.at(ItemPath.objective(objective.id()).field("skills"), Subject.objective(objective))
 *     .argument("objective", objective.title())
 *     .report();
 * }</pre>
 *
 * <p>A finding may carry only the arguments its rule's {@link RuleDescriptor} declares: naming
 * another is a mistake in the rule, and fails at once.
 */
public final class Findings {
  private final RuleDescriptor descriptor;
  private final Policy policy;
  /** Where each finding goes as soon as it is reported: the validation's sink. */
  private final FindingSink out;
  /** The default suggestion key, {@code code.suggestion}, written once rather than per finding. */
  private final String defaultSuggestionKey;
  /** The policy's severity for the rule's default, looked up once rather than per finding. */
  private final Severity severity;

  Findings(RuleDescriptor descriptor, Policy policy, FindingSink out) {
    this.descriptor = descriptor;
    this.policy = policy;
    this.out = out;
    this.defaultSuggestionKey = descriptor.code() + ".suggestion";
    this.severity = policy.severityOf(descriptor.code(), descriptor.defaultSeverity());
  }

  /**
   * Starts a finding.
   *
   * @param path where in the snapshot it points; not null
   * @param subject what it is about; not null
   * @return a draft; call {@link Draft#report()} to report it
   */
  public Draft at(ItemPath path, Subject subject) {
    return new Draft(requireNonNull(path, "path"), requireNonNull(subject, "subject"));
  }

  /** The parts of one finding, collected until {@link #report()}. */
  public final class Draft {
    private final ItemPath path;
    private final Subject subject;
    // The arguments in the order first given, a name given again keeping its place with the new
    // value, as a LinkedHashMap would keep them; arrays as long as the descriptor's names, since
    // only those are accepted, and put straight into the finding's map when reported.
    private final String[] names = new String[descriptor.arguments().size()];
    private final String[] values = new String[names.length];
    private int count;
    private String suggestionKey;
    private @Nullable Severity defaultSeverity;
    private List<Suggestion> advice = List.of();

    private Draft(ItemPath path, Subject subject) {
      this.path = path;
      this.subject = subject;
      this.suggestionKey = defaultSuggestionKey;
    }

    /**
     * Adds a named argument. Numbers are written plainly ({@code 5}, {@code 0.25}); anything else
     * by {@code String.valueOf}.
     *
     * @param name one of the argument names the rule's descriptor declares; not null
     * @param value not null
     * @throws IllegalArgumentException if the descriptor does not declare {@code name}
     */
    public Draft argument(String name, Object value) {
      requireNonNull(name, "name");
      if (!descriptor.arguments().contains(name)) {
        throw new IllegalArgumentException("rule " + descriptor.code() + " reports the argument '" + name
            + "', which its descriptor does not declare: " + descriptor.arguments());
      }
      String text = text(requireNonNull(value, "value"));
      for (int i = 0; i < count; i++) {
        if (names[i].equals(name)) {
          values[i] = text;
          return this;
        }
      }
      names[count] = name;
      values[count++] = text;
      return this;
    }

    /**
     * Replaces the rule's default severity for this finding, as {@code dev.goal.tangential} does
     * for goals pursued on the person's own time; a policy override still wins.
     */
    public Draft defaultSeverity(Severity severity) {
      this.defaultSeverity = requireNonNull(severity, "severity");
      return this;
    }

    /** Attaches ranked advice to the finding. */
    public Draft advice(List<Suggestion> advice) {
      this.advice = List.copyOf(advice);
      return this;
    }

    /** Replaces the default suggestion key ({@code code.suggestion}). */
    public Draft suggestion(String key) {
      this.suggestionKey = requireNonNull(key, "key");
      return this;
    }

    /** Reports the finding with the rule's code and the policy's severity for it. */
    public void report() {
      Finding.Builder finding = Finding.builder()
          .code(descriptor.code())
          .severity(defaultSeverity != null ? policy.severityOf(descriptor.code(), defaultSeverity) : severity)
          .path(path)
          .subjectId(subject.id())
          .subjectVisibility(subject.visibility(policy))
          .suggestionKey(suggestionKey);
      // The builder starts with no advice; most findings have none, and setting an empty list
      // would make a new list builder for it.
      if (!advice.isEmpty()) {
        finding.advice(advice);
      }
      for (int i = 0; i < count; i++) {
        finding.putArgument(names[i], values[i]);
      }
      subject.personId().ifPresent(finding::personId);
      out.accept(finding.build());
    }
  }

  static String text(Object value) {
    if (value instanceof Float) {
      // Through the float's own shortest text: widening first would write 0.1f as 0.10000000149011612.
      float f = (Float) value;
      return Float.isFinite(f) ? new BigDecimal(Float.toString(f)).stripTrailingZeros().toPlainString()
          : String.valueOf(f);
    }
    if (value instanceof Double) {
      return text((double) (Double) value);
    }
    return String.valueOf(value);
  }

  /**
   * A double written plainly, as {@code BigDecimal.valueOf(d).stripTrailingZeros().toPlainString()}
   * writes it ({@code 5}, {@code 0.25}, {@code -1200}), without a {@code BigDecimal} where
   * {@link Double#toString} already writes the shortest digits without an exponent, as it does from
   * 0.001 to below ten million: its trailing zeros and a bare point go. Findings about numbers are
   * among the most common, and the {@code BigDecimal} was most of building one.
   */
  static String text(double d) {
    if (!Double.isFinite(d)) {
      return String.valueOf(d);
    }
    if (d == 0) {
      return "0";
    }
    String shortest = Double.toString(d);
    if (shortest.indexOf('E') >= 0) {
      return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
    int end = shortest.length();
    while (shortest.charAt(end - 1) == '0') {
      end--;
    }
    if (shortest.charAt(end - 1) == '.') {
      end--;
    }
    return shortest.substring(0, end);
  }
}
