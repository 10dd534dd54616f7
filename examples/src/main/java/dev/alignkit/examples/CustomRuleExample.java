package dev.alignkit.examples;

import dev.alignkit.Alignkit;
import dev.alignkit.career.RoleRef;
import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.SupportActivity;
import dev.alignkit.development.SupportKind;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.org.Waiver;
import dev.alignkit.policy.Policy;
import dev.alignkit.policy.Severity;
import dev.alignkit.rules.Finding;
import dev.alignkit.rules.FindingFormatter;
import dev.alignkit.rules.Findings;
import dev.alignkit.rules.ItemPath;
import dev.alignkit.rules.PlanRule;
import dev.alignkit.rules.Report;
import dev.alignkit.rules.RuleContext;
import dev.alignkit.rules.RuleDescriptor;
import dev.alignkit.rules.Subject;
import dev.alignkit.rules.Validator;
import dev.alignkit.rules.WaivedFinding;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Optional;

/**
 * An HR system's own rule through the SPI: "every development goal of someone on the sales ladder
 * needs a COURSE support activity" (the company pays for sales training). It is registered
 * through {@code ServiceLoader} ({@code META-INF/services/dev.alignkit.rules.Rule}), raised to an
 * ERROR by the policy, rendered from its own messages, and waived for one goal.
 */
public final class CustomRuleExample {
  private CustomRuleExample() {}

  /** The rule: one class, one code, reading only what it checks. */
  public static final class SalesGoalsNeedACourse implements PlanRule {
    /** The rule's code, in the company's own namespace. */
    public static final String CODE = "northwind.sales.course";
    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of(CODE, Severity.WARNING, "goal", "person");

    @Override
    public RuleDescriptor descriptor() {
      return DESCRIPTOR;
    }

    @Override
    public void checkPlan(DevelopmentPlan plan, RuleContext context, Findings findings) {
      Optional<Person> person = context.snapshot().person(plan.personId());
      boolean onSalesLadder = person.flatMap(Person::role).map(RoleRef::ladderId).filter("sales"::equals).isPresent();
      if (!onSalesLadder) {
        return;
      }
      for (DevelopmentGoal goal : plan.goals()) {
        boolean hasCourse = goal.supportActivities().stream().anyMatch(a -> a.kind() == SupportKind.COURSE);
        if (goal.status().isOpen() && !hasCourse) {
          findings.at(ItemPath.goal(plan.id(), goal.id()).field("supportActivities"), Subject.goal(plan, goal))
              .argument("goal", goal.statement())
              .argument("person", person.get().name())
              .report();
        }
      }
    }
  }

  /** The review sample's sales plans: Tia's goals, one of them waived. */
  static OrganizationSnapshot snapshot() {
    OrganizationSnapshot sample = ReviewSample.build();
    DevelopmentPlan tia = DevelopmentPlan.of("plan-tia", "tia", "2026-Q3")
        .propose(DevelopmentGoal.propose("g-tia-demo", "Run product demos on my own", "tia")
            .edited(g -> g.addSupportActivity(SupportActivity.of(SupportKind.SHADOWING, "Shadow Sam's demos"))))
        .propose(DevelopmentGoal.propose("g-tia-deals", "Negotiate multi-year deals", "tia")
            .edited(g -> g.addSupportActivity(SupportActivity.of(SupportKind.COURSE, "Negotiation course"))))
        .propose(DevelopmentGoal.propose("g-tia-mentor", "Mentor Uma", "tia")
            .edited(g -> g.addSupportActivity(SupportActivity.of(SupportKind.ON_THE_JOB, "Weekly pairing with Uma"))));
    return OrganizationSnapshot.builder().from(sample).addPlan(tia)
        .addWaiver(Waiver.of(SalesGoalsNeedACourse.CODE, "g-tia-mentor", "Mentoring needs no course",
            "sam", ReviewSample.AS_OF.plusDays(60)))
        .build();
  }

  /** Validates Tia's items with the company rule and prints what it reports. */
  public static void run(PrintStream out) {
    Validator validator = Alignkit.validator()
        .addServiceLoaderRules()
        .policy(Policy.builder().putSeverityOverride(SalesGoalsNeedACourse.CODE, Severity.ERROR).build())
        .build();
    Report report = validator.validatePerson(snapshot(), "tia", ReviewSample.AS_OF);
    FindingFormatter formatter = FindingFormatter.withSources(
        FindingFormatter.propertiesNextTo(CustomRuleExample.class, "northwind-messages"));
    for (Finding finding : report.ofCode(SalesGoalsNeedACourse.CODE)) {
      out.println(finding.severity() + " " + formatter.message(finding, Locale.ENGLISH));
      out.println("      " + formatter.message(finding, Locale.GERMAN));
    }
    for (WaivedFinding waived : report.waived()) {
      out.println("waived " + formatter.message(waived.finding(), Locale.ENGLISH) + " (" + waived.waiver().reason() + ")");
    }
  }

  /** Runs the example; takes no arguments. */
  public static void main(String[] args) {
    run(System.out);
  }
}
