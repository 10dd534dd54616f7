package dev.alignkit.rules;

/**
 * A validation rule: one stable code, checked on the items the rule's kind visits. This is the
 * SPI for application rules: implement one or more of {@link ObjectiveRule},
 * {@link KeyResultRule}, {@link PersonRule}, {@link OwnerCycleRule}, {@link LadderRule},
 * {@link LateralMoveRule}, {@link PlanRule}, {@link GrowSessionRule} and {@link SnapshotRule}, then
 * register the rule with {@link Validator.Builder#addRule(Rule)} or through
 * {@link java.util.ServiceLoader} (service type {@code dev.alignkit.rules.Rule}).
 *
 * <p>The validator walks the snapshot once and hands each item to the rules that visit its kind,
 * with the {@link RuleContext} the rule reads (snapshot, policy, as-of date) and the
 * {@link Findings} it reports to, so a rule never scans the snapshot itself. Work that several
 * items share goes through {@link RuleContext#memo}. A rule must be thread-safe (usually
 * stateless) and must not throw on any snapshot that could be built; a finding that names an
 * argument its descriptor does not declare fails at once, as the mistake in the rule it is.
 */
public interface Rule {
  /** The rule's code, default severity and argument names. */
  RuleDescriptor descriptor();
}
