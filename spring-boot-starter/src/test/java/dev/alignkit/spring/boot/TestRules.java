package dev.alignkit.spring.boot;

import dev.alignkit.policy.Severity;
import dev.alignkit.rules.Findings;
import dev.alignkit.rules.RuleContext;
import dev.alignkit.rules.RuleDescriptor;
import dev.alignkit.rules.SnapshotRule;

/** Application rules of the tests: one found by ServiceLoader, one given as a bean. */
final class TestRules {
  private TestRules() {}

  /** Listed in META-INF/services/dev.alignkit.rules.Rule of the tests. */
  public static final class ServiceRule implements SnapshotRule {
    static final String CODE = "test.service";

    @Override
    public RuleDescriptor descriptor() {
      return RuleDescriptor.of(CODE, Severity.INFO);
    }

    @Override
    public void checkSnapshot(RuleContext context, Findings findings) {}
  }

  /** A rule the application declares as a bean. */
  static final class BeanRule implements SnapshotRule {
    static final String CODE = "test.bean";

    @Override
    public RuleDescriptor descriptor() {
      return RuleDescriptor.of(CODE, Severity.WARNING);
    }

    @Override
    public void checkSnapshot(RuleContext context, Findings findings) {}
  }
}
