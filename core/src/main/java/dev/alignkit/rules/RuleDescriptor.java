package dev.alignkit.rules;

import dev.alignkit.internal.Checks;
import dev.alignkit.policy.Severity;
import java.util.List;
import org.immutables.value.Value;

/**
 * What a rule reports: its stable code, its default severity and the names of the arguments its
 * findings carry (and its message may use). Immutable and thread-safe.
 *
 * <p><b>Create</b> one with {@link #of(String, Severity, String...)} in an application rule's
 * {@link Rule#descriptor()}; {@link Validator#builtInRules()} lists those of the built-in rules:
 * <pre>{@code
 * public RuleDescriptor descriptor() {
 *   return RuleDescriptor.of("acme.personal.parent", Severity.WARNING, "objective");
 * }
 * }</pre>
 *
 * <p><b>Invariants.</b> Creating one fails with an {@link IllegalArgumentException} when the code
 * is blank ({@code rule code must not be blank: ' '}). The argument names are kept as given, in
 * order; a finding that names an argument they do not declare fails when the rule reports it
 * ({@link Findings.Draft#argument}).
 *
 * <p><b>Equality:</b> two descriptors are equal when code, default severity and argument names (in
 * order) are equal.
 */
@Value.Immutable(builder = false)
public abstract class RuleDescriptor {
  RuleDescriptor() {}

  /** The stable code, such as {@code okr.objective.count}; once released it never changes. */
  @Value.Parameter
  public abstract String code();

  /** The severity used unless the policy overrides it. */
  @Value.Parameter
  public abstract Severity defaultSeverity();

  /** The names of the arguments every finding of this rule carries, in the order documented. */
  @Value.Parameter
  public abstract List<String> arguments();

  /**
   * A descriptor.
   *
   * @param code the stable code; not null or blank
   * @param defaultSeverity not null
   * @param arguments the argument names; not null, none null
   * @throws IllegalArgumentException if {@code code} is blank
   * @throws NullPointerException if an argument or an argument name is null
   */
  public static RuleDescriptor of(String code, Severity defaultSeverity, String... arguments) {
    return ImmutableRuleDescriptor.of(code, defaultSeverity, List.of(arguments));
  }

  @Value.Check
  final void check() {
    Checks.requireId(code(), "rule code");
  }
}
