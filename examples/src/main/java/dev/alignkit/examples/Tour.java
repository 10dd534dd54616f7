package dev.alignkit.examples;

import dev.alignkit.Alignkit;
import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.Owner;
import dev.alignkit.okr.OwnerKind;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.policy.Policy;
import dev.alignkit.policy.Severity;
import dev.alignkit.progress.KeyResultProgress;
import dev.alignkit.rules.Finding;
import dev.alignkit.rules.Findings;
import dev.alignkit.rules.ItemPath;
import dev.alignkit.rules.ObjectiveRule;
import dev.alignkit.rules.Report;
import dev.alignkit.rules.RuleContext;
import dev.alignkit.rules.RuleDescriptor;
import dev.alignkit.rules.Subject;
import dev.alignkit.rules.Validator;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The README's five-minute tour. The code between the tour markers is copied into the README
 * word for word, and a test keeps the two the same and runs it.
 */
public final class Tour {
  private Tour() {}

  /** Runs the tour and returns what it prints. */
  public static String run() {
    StringBuilder out = new StringBuilder();
    // tour:start
    // 1. Map your HR records to immutable values.
    LocalDate asOf = LocalDate.of(2026, 8, 15);
    Objective company = Objective.builder()
        .id("o-1").title("Customers recommend us").owner(Owner.organization()).cycleId("2026-Q3")
        .addKeyResult(KeyResult.increase("kr-1", "Raise NPS from 32 to 45", 32, 45, "points")
            .withCheckIn(CheckIn.of(LocalDate.of(2026, 8, 10), 38, 0.8)))
        .build();
    Objective aligned = Objective.builder()
        .id("o-2").title("Make escalations painless").owner(Owner.person("maya")).cycleId("2026-Q3")
        .addAlignment(Alignment.contributes("o-1", 1)).addSkill("customer-empathy")
        .addKeyResult(KeyResult.decrease("kr-2", "Cut reply time from 12 h to 4 h", 12, 4, "hours")
            .withCheckIn(CheckIn.of(LocalDate.of(2026, 8, 1), 8, 0.7)))
        .build();
    Objective adrift = Objective.builder()
        .id("o-3").title("Know our customers").owner(Owner.person("maya")).cycleId("2026-Q3")
        .addKeyResult(KeyResult.increase("kr-3", "Attend 6 customer calls", 0, 6, "calls"))
        .build();
    OrganizationSnapshot snapshot = OrganizationSnapshot.builder()
        .addPerson(Person.of("maya", "Maya Chen"))
        .addCycle(Cycle.of("2026-Q3", "2026-Q3", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)))
        .addObjectives(company, aligned, adrift)
        .build();

    // 2. Ask for numbers as of a date: nothing reads the clock.
    KeyResultProgress reply = KeyResultProgress.of(snapshot.keyResult("kr-2").orElseThrow(), asOf);
    out.append("kr-2 progress: ").append(reply.progress().getAsDouble()).append('\n');   // 0.5

    // 3. Add a rule of your own and tune the policy: here activities become errors.
    ObjectiveRule namesSkills = new ObjectiveRule() {
      @Override
      public RuleDescriptor descriptor() {
        return RuleDescriptor.of("acme.objective.skills", Severity.WARNING, "objective");
      }

      @Override
      public void checkObjective(Objective objective, RuleContext context, Findings findings) {
        if (objective.owner().kind() == OwnerKind.PERSON && objective.skills().isEmpty()) {
          findings.at(ItemPath.objective(objective.id()).field("skills"), Subject.objective(objective))
              .argument("objective", objective.title()).report();
        }
      }
    };
    Validator validator = Alignkit.validator()
        .policy(Policy.builder().putSeverityOverride("okr.key-result.activity", Severity.ERROR).build())
        .addRule(namesSkills)
        .build();

    // 4. Validate: findings have stable codes, paths and named arguments; text comes per locale.
    Report report = validator.validate(snapshot, asOf);
    for (Finding finding : report.findings()) {
      out.append(finding.severity()).append(' ').append(finding.code()).append(" at ").append(finding.path())
          .append('\n');
    }
    out.append(Alignkit.formatter().message(report.ofCode("okr.key-result.activity").get(0), Locale.ENGLISH));
    // tour:end
    return out.toString();
  }

  /** Prints the tour's output. */
  public static void main(String[] args) {
    System.out.println(run());
  }
}
