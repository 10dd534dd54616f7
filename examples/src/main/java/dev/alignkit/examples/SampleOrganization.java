package dev.alignkit.examples;

import static dev.alignkit.career.Expectation.essential;
import static dev.alignkit.career.Expectation.optional;
import static dev.alignkit.examples.Careers.catalog;
import static dev.alignkit.examples.Careers.ladder;
import static dev.alignkit.examples.Careers.level;

import dev.alignkit.Alignkit;
import dev.alignkit.career.Assessment;
import dev.alignkit.career.AssessmentSource;
import dev.alignkit.career.LateralMove;
import dev.alignkit.career.RoleRef;
import dev.alignkit.career.Skill;
import dev.alignkit.career.SkillProfile;
import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.Initiative;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.KeyResultKind;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.Owner;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.org.Team;
import dev.alignkit.policy.Policy;
import dev.alignkit.progress.AtRisk;
import dev.alignkit.progress.CareerPaths;
import dev.alignkit.progress.GapEntry;
import dev.alignkit.progress.KeyResultProgress;
import dev.alignkit.progress.ProgressSummary;
import dev.alignkit.progress.ProgressTree;
import dev.alignkit.progress.Readiness;
import dev.alignkit.progress.RoleOption;
import dev.alignkit.progress.Rollup;
import dev.alignkit.rules.Finding;
import dev.alignkit.rules.FindingFormatter;
import dev.alignkit.rules.Report;
import dev.alignkit.rules.WaivedFinding;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small organization built in code, the way an HR system would map its own records to
 * Alignkit: a company objective, a team objective that contributes to it and a personal one
 * that contributes to the team's. Running it prints the bird's-eye progress tree, every key
 * result's progress, one person's readiness for the next level and a lateral move, and the
 * validation report.
 */
public final class SampleOrganization {
  /** The day the sample is looked at: the middle of its quarter. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 8, 15);

  private SampleOrganization() {}

  /** Builds the sample snapshot. */
  public static OrganizationSnapshot build() {
    LocalDate july1 = LocalDate.of(2026, 7, 1);
    Objective company = Objective.builder()
        .id("o-company").title("Become the support team customers recommend")
        .description("Most new customers come from a recommendation; support is where they decide to give one.")
        .owner(Owner.organization()).cycleId("2026-Q3")
        .addKeyResult(KeyResult.increase("kr-nps", "Raise NPS from 32 to 45", 32, 45, "points")
            .withCheckIn(CheckIn.of(july1.plusDays(14), 35, 0.8))
            .withCheckIn(CheckIn.of(july1.plusDays(42), 39, 0.7)))
        .addKeyResult(KeyResult.stayAtLeast("kr-csat", "Keep CSAT at 90% or more", 90, "%")
            .withCheckIn(CheckIn.of(july1.plusDays(40), 92, 0.9)))
        .build();
    Objective team = Objective.builder()
        .id("o-support").title("Answer every customer within a working day")
        .owner(Owner.team("support")).cycleId("2026-Q3")
        .addAlignment(Alignment.contributes("o-company", 1))
        .addKeyResult(KeyResult.decrease("kr-reply", "Cut first-reply time from 12 h to 4 h", 12, 4, "hours")
            .withCheckIn(CheckIn.of(july1.plusDays(30), 9, 0.6)))
        .addKeyResult(KeyResult.builder().from(KeyResult.ordinal("kr-kb", "Self-service answers",
                "Top 20 questions answered", "Top 50 answered", "Top 100 answered"))
            .ownerId("maya").addCheckIn(CheckIn.of(july1.plusDays(35), 1)).build())
        // Worded as an activity, not a result: okr.key-result.activity flags it.
        .addKeyResult(KeyResult.increase("kr-sessions", "Attend 12 product feedback sessions", 0, 12, "sessions")
            .withCheckIn(CheckIn.of(july1.plusDays(40), 5)))
        .build();
    Objective personal = Objective.builder()
        .id("o-maya").title("Make escalations painless")
        .owner(Owner.person("maya")).cycleId("2026-Q3")
        .addAlignment(Alignment.contributes("o-support", 1))
        .addKeyResult(KeyResult.achieve("kr-playbook", "Publish the escalation playbook")
            .withCheckIn(CheckIn.builder().date(july1.plusDays(44)).at(OffsetDateTime.parse("2026-08-14T16:20:00+02:00"))
                .value(1).confidence(1.0).build()))
        // No target yet: progress stays undefined and okr.key-result.not-measurable flags it.
        .addKeyResult(KeyResult.builder().id("kr-escalations").title("Fewer escalations")
            .kind(KeyResultKind.DECREASE).start(40).unit("per month").build())
        .addInitiative(Initiative.builder().id("i-playbook-review").title("Review the playbook draft with the team leads")
            .keyResultId("kr-playbook").done(true).build())
        .build();
    return OrganizationSnapshot.builder()
        .zone(ZoneId.of("Europe/Berlin"))
        .skillCatalog(catalog(
            Skill.of("empathy", "Customer empathy", "product-knowledge"),
            Skill.of("troubleshooting", "Troubleshooting", "technical-expertise"),
            Skill.of("negotiation", "Negotiation", "influence")))
        .addLadder(ladder("cs", "Customer service",
            level("CS2", 2, essential("empathy", 3), essential("troubleshooting", 3)),
            level("CS3", 3, essential("empathy", 4), essential("troubleshooting", 4), optional("negotiation", 2))))
        .addLadder(ladder("sales", "Sales",
            level("S2", 2, essential("empathy", 3), essential("negotiation", 3))))
        .addLateralMove(LateralMove.of("cs2-to-sales", RoleRef.of("cs", "CS2"), RoleRef.of("sales", "S2")))
        .addProfile(SkillProfile.of("maya", List.of(
            Assessment.of("empathy", 4, july1.minusDays(20), AssessmentSource.MANAGER),
            Assessment.of("troubleshooting", 3, july1.minusDays(20), AssessmentSource.MANAGER),
            Assessment.of("negotiation", 2, july1.minusDays(20), AssessmentSource.PEER))))
        .addTeam(Team.builder().id("support").name("Customer support")
            .description("Answers customers by mail and chat, weekdays 8:00 to 18:00").build())
        .addPerson(Person.builder().id("lena").name("Lena Ortiz").teamId("support").build())
        .addPerson(Person.builder().id("maya").name("Maya Chen").teamId("support").managerId("lena")
            .role(RoleRef.of("cs", "CS2")).build())
        .addCycle(Cycle.of("2026-Q3", "2026-Q3", july1, LocalDate.of(2026, 9, 30)))
        .addObjectives(company, team, personal)
        .build();
  }

  /** Prints a person's readiness and gap report for their next level and each lateral move. */
  public static void printReadiness(OrganizationSnapshot snapshot, String personId, LocalDate asOf, PrintStream out) {
    CareerPaths paths = CareerPaths.of(snapshot, asOf, Policy.defaults());
    String name = snapshot.person(personId).map(Person::name).orElse(personId);
    out.println("Readiness of " + name + " as of " + asOf);
    List<RoleOption> options = new ArrayList<>();
    paths.nextLevel(personId).ifPresent(options::add);
    options.addAll(paths.lateralMoves(personId));
    for (RoleOption option : options) {
      Readiness readiness = option.readiness();
      out.println();
      out.printf(Locale.ROOT, "  %s (%s): %s%s%n", option.role(), option.kinds().iterator().next(),
          readiness.readiness().isPresent()
              ? String.format(Locale.ROOT, "%.0f%%", readiness.readiness().getAsDouble() * 100) : "no readiness",
          readiness.ready() ? ", ready" : ", not ready yet");
      for (GapEntry gap : readiness.gaps()) {
        out.printf(Locale.ROOT, "    %-8s %-16s required %-4s assessed %s%n", gap.category(), gap.skillId(),
            gap.required().isPresent() ? String.valueOf(gap.required().getAsDouble()) : "-",
            gap.assessed().isPresent() ? String.valueOf(gap.assessed().getAsDouble()) : "-");
      }
    }
  }

  /** Prints each objective and the progress of its key results as of {@code asOf}. */
  public static void printProgress(OrganizationSnapshot snapshot, LocalDate asOf, PrintStream out) {
    out.println("Key-result progress as of " + asOf);
    for (Objective objective : snapshot.objectives()) {
      out.println();
      out.println(objective.title() + "  (" + objective.owner() + ")");
      for (KeyResult keyResult : objective.keyResults()) {
        KeyResultProgress progress = KeyResultProgress.of(keyResult, asOf);
        String shown = progress.progress().isPresent()
            ? String.format(Locale.ROOT, "%3.0f%%", progress.progress().getAsDouble() * 100)
            : progress.undefined().map(u -> u.name().toLowerCase(Locale.ROOT).replace('_', ' ')).orElse("");
        out.printf(Locale.ROOT, "  %-14s %-44s %s%n", keyResult.id(), keyResult.title(), shown);
      }
    }
  }

  /** Prints the report's findings with their messages and suggestions, then the waived ones. */
  public static void printReport(Report report, Locale locale, PrintStream out) {
    FindingFormatter formatter = Alignkit.formatter();
    out.println("Validation as of " + report.asOf() + ": " + (report.isValid() ? "valid" : "not valid")
        + " (" + report.findings().size() + " findings, " + report.waived().size() + " waived)");
    for (Finding finding : report.findings()) {
      out.println();
      out.printf(Locale.ROOT, "  %-7s %s%n", finding.severity(), formatter.message(finding, locale));
      out.println("          at " + finding.path() + "  [" + finding.code() + "]");
      formatter.suggestion(finding, locale).ifPresent(s -> out.println("          -> " + s));
    }
    for (WaivedFinding waived : report.waived()) {
      out.println();
      out.println("  waived  " + formatter.message(waived.finding(), locale) + " (" + waived.waiver().reason() + ")");
    }
  }

  /** Prints the bird's-eye tree of the roll-up and the organization's at-risk list. */
  public static void printTree(Rollup rollup, PrintStream out) {
    out.println("Bird's-eye progress as of " + rollup.asOf());
    out.println();
    out.print(ProgressTree.render(rollup));
    ProgressSummary summary = rollup.summaryOfOrganization();
    out.println();
    out.println("Objectives by status: " + summary.counts());
    for (AtRisk atRisk : summary.atRisk()) {
      out.println("  needs attention: " + atRisk);
    }
  }

  /** Runs the example; takes no arguments. */
  public static void main(String[] args) {
    OrganizationSnapshot snapshot = build();
    printTree(Rollup.of(snapshot, AS_OF), System.out);
    System.out.println();
    printProgress(snapshot, AS_OF, System.out);
    System.out.println();
    printReadiness(snapshot, "maya", AS_OF, System.out);
    System.out.println();
    printReport(Alignkit.validate(snapshot, AS_OF), Locale.ENGLISH, System.out);
  }
}
