package dev.alignkit.jackson;

import dev.alignkit.advice.Advisor;
import dev.alignkit.advice.AlignmentClass;
import dev.alignkit.advice.GoalAdvice;
import dev.alignkit.career.RoleRef;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.okr.Cycle;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.policy.Policy;
import dev.alignkit.progress.CareerPaths;
import dev.alignkit.progress.ProgressSummary;
import dev.alignkit.progress.RoleOption;
import dev.alignkit.org.Waiver;
import dev.alignkit.progress.Rollup;
import dev.alignkit.review.ReadinessLine;
import dev.alignkit.review.ReviewDocument;
import dev.alignkit.rules.Finding;
import dev.alignkit.rules.Report;
import dev.alignkit.rules.Validator;
import dev.alignkit.testing.AdviceGenerators;
import dev.alignkit.testing.CareerGenerators;
import dev.alignkit.testing.DevelopmentGenerators;
import dev.alignkit.testing.Gens;
import dev.alignkit.testing.OkrGenerators;
import dev.alignkit.testing.OrgGenerators;
import dev.alignkit.testing.PrivacyGenerators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;

/**
 * Results as a service sends them out, computed from the core's generated organizations rather
 * than made up: reports, roll-ups, role options, advice and review documents of every kind of
 * snapshot, waived findings, ended cycles and tangential goals included.
 */
final class ResultGenerators {
  private ResultGenerators() {}

  /**
   * Any snapshot of the OKR, career, development, advice and privacy generators; the privacy ones
   * hold waivers of codes their findings have.
   */
  static Gen<OrganizationSnapshot> snapshots() {
    return Gens.oneOf(OrgGenerators.anySnapshot(), CareerGenerators.careerSnapshots(),
        CareerGenerators.adversarialCareerSnapshots(), DevelopmentGenerators.anyDevelopmentSnapshot(),
        AdviceGenerators.adviceSnapshots(), PrivacyGenerators.organizations().map(o -> o.snapshot()));
  }

  /** The generators' reference date half of the time, else any day of their window. */
  static Gen<LocalDate> dates() {
    return Gens.oneOf(Gens.constant(PrivacyGenerators.AS_OF), OkrGenerators.dates());
  }

  /**
   * The report of validating a generated snapshot on a generated date; in three of four, the
   * snapshot first gets waivers in force for every first, second or third of the findings it
   * had, half of them with a vendor attribute.
   */
  static Gen<Report> reports() {
    return Gens.combine(snapshots(), dates(), Gens.ints(0, 3), ResultGenerators::report);
  }

  private static Report report(OrganizationSnapshot snapshot, LocalDate asOf, int waiveEvery) {
    Report report = Validator.defaults().validate(snapshot, asOf);
    if (waiveEvery == 0 || report.findings().isEmpty()) {
      return report;
    }
    OrganizationSnapshot.Builder waived = OrganizationSnapshot.builder().from(snapshot);
    for (int i = 0; i < report.findings().size(); i += waiveEvery) {
      Finding finding = report.findings().get(i);
      Waiver.Builder waiver = Waiver.builder().code(finding.code()).subjectId(finding.subjectId())
          .reason("accepted for review " + i).grantedBy("hr").untilInclusive(asOf);
      if (i % 2 == 0) {
        waiver.putAttribute("x-ticket", "\"HR-" + i + "\"");
      }
      waived.addWaiver(waiver.build());
    }
    return Validator.defaults().validate(waived.build(), asOf);
  }

  /** The roll-up of a generated snapshot on a generated date. */
  static Gen<Rollup> rollups() {
    return Gens.combine(snapshots(), dates(), Rollup::of);
  }

  /** A snapshot and the day its results are computed as of. */
  record Dated(OrganizationSnapshot snapshot, LocalDate asOf) {}

  /** Every person's best next roles, with their readiness and gap reports. */
  static Gen<List<RoleOption>> roleOptions() {
    return dated().map(d -> {
      CareerPaths paths = CareerPaths.of(d.snapshot(), d.asOf(), Policy.defaults());
      List<RoleOption> options = new ArrayList<>();
      for (Person person : d.snapshot().people()) {
        paths.currentRole(person.id()).ifPresent(options::add);
        options.addAll(paths.bestNextRoles(person.id()));
      }
      return options;
    });
  }

  /** The advice on every open goal of every plan. */
  static Gen<List<GoalAdvice>> advice() {
    return dated().map(d -> {
      Advisor advisor = Advisor.of(d.snapshot(), d.asOf(), Policy.defaults());
      List<GoalAdvice> advice = new ArrayList<>();
      for (DevelopmentPlan plan : d.snapshot().plans()) {
        advice.addAll(advisor.advise(plan));
      }
      return advice;
    });
  }

  /** A generated snapshot and date. */
  static Gen<Dated> dated() {
    return Gens.combine(snapshots(), dates(), Dated::new);
  }

  /**
   * The review of a whole generated snapshot, as the review command puts it together: every
   * objective and key result, the organization's summary, the scorecards of the ended cycles, each
   * person's next level, the report and the advice on tangential goals.
   */
  static Gen<ReviewDocument> reviews() {
    return dated().map(ResultGenerators::review);
  }

  static ReviewDocument review(Dated d) {
    Rollup rollup = Rollup.of(d.snapshot(), d.asOf());
    ProgressSummary summary = rollup.summaryOfOrganization();
    ReviewDocument.Builder review = ReviewDocument.builder().asOf(d.asOf())
        .objectives(rollup.objectives().values()).keyResults(rollup.keyResults().values())
        .statusCounts(summary.counts()).atRisk(summary.atRisk())
        .report(Validator.defaults().validate(d.snapshot(), d.asOf()));
    for (Cycle cycle : d.snapshot().cycles()) {
      if (cycle.hasEnded(d.asOf())) {
        review.addScorecard(rollup.scorecardOfOrganization(cycle.id()));
      }
    }
    CareerPaths paths = CareerPaths.of(d.snapshot(), d.asOf(), Policy.defaults());
    for (Person person : d.snapshot().people()) {
      Optional<RoleRef> role = person.role();
      Optional<RoleOption> next = paths.nextLevel(person.id());
      if (role.isPresent() && next.isPresent()) {
        review.addReadiness(ReadinessLine.of(person.id(), role.get(), next.get()));
      }
    }
    Advisor advisor = Advisor.of(d.snapshot(), d.asOf(), Policy.defaults());
    for (DevelopmentPlan plan : d.snapshot().plans()) {
      for (GoalAdvice advice : advisor.advise(plan)) {
        if (advice.alignment().alignmentClass() == AlignmentClass.TANGENTIAL) {
          review.addAdvice(advice);
        }
      }
    }
    return review.build();
  }
}
