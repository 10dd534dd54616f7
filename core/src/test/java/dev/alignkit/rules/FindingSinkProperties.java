package dev.alignkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Waiver;
import dev.alignkit.policy.Policy;
import dev.alignkit.policy.Severity;
import dev.alignkit.testing.Coverage;
import dev.alignkit.testing.Gens;
import dev.alignkit.testing.OkrGenerators;
import dev.alignkit.testing.OrgGenerators;
import dev.alignkit.testing.Property;
import dev.alignkit.testing.Theory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * Properties of {@link Validator#validate(OrganizationSnapshot, LocalDate, FindingSink)}: for any
 * organization, date and policy, the sink receives exactly the findings and waived findings of the
 * report, which is a stable sort of the order they arrive in, and that order is the same every time.
 */
class FindingSinkProperties {
  /*
   * Half the examples add a waiver in force for one of the snapshot's findings, so that the waived
   * path is exercised; about a third of the examples then have waived findings (findings occur in
   * 56% to 63% of generated snapshots). The floor sits at half of that.
   */
  private static final int TRIES = 250;

  /** Whether to waive one of a snapshot's findings, and which (modulo their number). */
  private record WaiverChoice(boolean add, int pick) {}

  /** A policy that overrides one code's severity and, half the time, disables another. */
  private static Gen<Policy> policies() {
    List<String> codes = new ArrayList<>();
    for (RuleDescriptor descriptor : Validator.builtInRules()) {
      codes.add(descriptor.code());
    }
    return Gens.combine(Gens.of(codes), Gens.of(Severity.class), Gens.of(codes), Gens.booleans(),
        (overridden, severity, disabled, disable) -> {
          Policy.Builder policy = Policy.builder().putSeverityOverride(overridden, severity);
          if (disable) {
            policy.addDisabledCode(disabled);
          }
          return policy.build();
        });
  }

  @Property(examples = TRIES)
  void sinkReceivesExactlyTheReportsFindingsInAnOrderTheReportSortsStably(Theory theory) {
    Coverage waived = new Coverage("waived findings");
    Gen<WaiverChoice> waivers = Gens.combine(Gens.booleans(), Gens.ints(0, 999), WaiverChoice::new);
    theory.forAll(OrgGenerators.anySnapshot(), OkrGenerators.dates(), policies(), waivers)
        .check((generated, asOf, policy, waiver) -> {
          Validator validator = Validator.builder().policy(policy).build();
          OrganizationSnapshot snapshot = waiver.add()
              ? withWaiverOfOneFinding(validator, generated, asOf, waiver.pick()) : generated;
          KeptFindings kept = new KeptFindings();
          KeptFindings again = new KeptFindings();

          validator.validate(snapshot, asOf, kept);
          validator.validate(snapshot, asOf, again);
          Report report = validator.validate(snapshot, asOf);

          waived.count(!kept.waived.isEmpty());
          assertEquals(report.findings(), kept.openInReportOrder(), "findings");
          assertEquals(report.waived(), kept.waivedInReportOrder(), "waived findings");
          assertEquals(kept.open, again.open, "order of the findings from one validation to the next");
          assertEquals(kept.waived, again.waived, "order of the waived findings from one validation to the next");
        });
    waived.assertPercentAtLeast(true, 15);
  }

  /** The snapshot with a waiver, in force on {@code asOf} only, of one of its findings, if it has any. */
  private static OrganizationSnapshot withWaiverOfOneFinding(Validator validator, OrganizationSnapshot snapshot,
      LocalDate asOf, int pick) {
    List<Finding> findings = validator.validate(snapshot, asOf).findings();
    if (findings.isEmpty()) {
      return snapshot;
    }
    Finding picked = findings.get(pick % findings.size());
    Waiver waiver = Waiver.builder().from(Waiver.of(picked.code(), picked.subjectId(), "reason", "hr", asOf))
        .grantedOn(asOf).build();
    return OrganizationSnapshot.builder().from(snapshot).addWaiver(waiver).build();
  }
}
