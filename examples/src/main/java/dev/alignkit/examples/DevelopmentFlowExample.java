package dev.alignkit.examples;

import dev.alignkit.Alignkit;
import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.SupportActivity;
import dev.alignkit.development.SupportKind;
import dev.alignkit.development.TargetSkill;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.rules.Finding;
import dev.alignkit.rules.FindingFormatter;
import dev.alignkit.rules.Report;
import dev.alignkit.rules.Validator;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One development plan through the bottom-up flow of {@code docs/concepts.md}: Maya proposes,
 * the plan is checked, Lena (her manager) refines it, merges two goals and agrees, and the plan is
 * checked again. The findings at each step are what an HR system would show next to the plan.
 */
public final class DevelopmentFlowExample {
  private static final LocalDate PROPOSED_ON = LocalDate.of(2026, 7, 6);
  private static final LocalDate AGREED_ON = LocalDate.of(2026, 7, 13);

  private DevelopmentFlowExample() {}

  /** Walks the plan and prints each step and its findings. */
  public static void walk(PrintStream out) {
    OrganizationSnapshot organization = SampleOrganization.build();
    Validator validator = Alignkit.validator().build();

    DevelopmentPlan plan = DevelopmentPlan.of("plan-maya", "maya", "2026-Q3")
        .propose(DevelopmentGoal.propose("g-product", "Get better at the product", "maya"))
        .propose(DevelopmentGoal.propose("g-demo", "Give product demos", "maya"))
        .propose(DevelopmentGoal.propose("g-sales", "Move toward sales", "maya"));
    step(out, "1. Maya proposes three goals", organization, plan, validator, PROPOSED_ON);

    plan = plan
        .merge("g-product", "g-demo", "Know the product well enough to demo it to clients")
        .edit("g-product", goal -> goal
            .addTargetSkill(TargetSkill.of("empathy", 4))
            .addMeasure(KeyResult.increase("m-demos", "Client demos given", 0, 4, "demos"))
            .addSupportActivity(SupportActivity.of(SupportKind.ON_THE_JOB,
                "Act as liaison at the weekly product feedback session")))
        .edit("g-sales", goal -> goal
            .statement("Lead a segment of the weekly client call")
            .addTargetSkill(TargetSkill.of("negotiation", 3))
            .addMeasure(KeyResult.increase("m-segments", "Call segments led", 0, 6, "segments"))
            .addSupportActivity(SupportActivity.of(SupportKind.COACHING, "Monthly coaching with Lena")));
    step(out, "2. Lena refines: merges two goals, adds measures and support", organization, plan, validator,
        PROPOSED_ON);

    plan = plan.agree("g-product", "lena", AGREED_ON, organization)
        .agree("g-sales", "lena", AGREED_ON, organization)
        .activate("g-product")
        .activate("g-sales");
    step(out, "3. Lena agrees; both goals become active", organization, plan, validator, AGREED_ON);
  }

  private static void step(PrintStream out, String title, OrganizationSnapshot organization, DevelopmentPlan plan,
      Validator validator, LocalDate asOf) {
    OrganizationSnapshot snapshot = OrganizationSnapshot.builder().from(organization).addPlan(plan).build();
    Report report = validator.validatePerson(snapshot, "maya", asOf);
    FindingFormatter formatter = Alignkit.formatter();
    out.println(title);
    for (DevelopmentGoal goal : plan.goals()) {
      out.printf(Locale.ROOT, "   goal %-10s %-9s %s%n", goal.id(), goal.status(), goal.statement());
    }
    int shown = 0;
    for (Finding finding : report.findings()) {
      if (finding.code().startsWith("dev.")) {
        out.printf(Locale.ROOT, "   %-7s %s%n", finding.severity(), formatter.message(finding, Locale.ENGLISH));
        shown++;
      }
    }
    if (shown == 0) {
      out.println("   no findings on the plan");
    }
    out.println();
  }

  /** Runs the example; takes no arguments. */
  public static void main(String[] args) {
    walk(System.out);
  }
}
