package dev.alignkit.rules;

import dev.alignkit.policy.Severity;

/** A built-in rule: its descriptor, given once by the subclass. */
abstract class BuiltInRule implements Rule {
  private final RuleDescriptor descriptor;

  BuiltInRule(String code, Severity defaultSeverity, String... arguments) {
    this.descriptor = RuleDescriptor.of(code, defaultSeverity, arguments);
  }

  @Override
  public final RuleDescriptor descriptor() {
    return descriptor;
  }
}
