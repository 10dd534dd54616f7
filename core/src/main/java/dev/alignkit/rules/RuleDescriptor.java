package dev.alignkit.rules;

import dev.alignkit.internal.Checks;
import dev.alignkit.policy.Severity;
import java.util.List;
import org.immutables.value.Value;

/**
 * What a rule reports: its stable code, its default severity and the names of the arguments its
 * findings carry (and its message may use). Immutable and thread-safe.
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
   * @param arguments the argument names; not null
   */
  public static RuleDescriptor of(String code, Severity defaultSeverity, String... arguments) {
    return ImmutableRuleDescriptor.of(code, defaultSeverity, List.of(arguments));
  }

  @Value.Check
  final void check() {
    Checks.requireId(code(), "rule code");
  }
}
