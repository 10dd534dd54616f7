package dev.alignkit.examples;

import static dev.alignkit.career.Expectation.essential;
import static dev.alignkit.examples.Careers.catalog;
import static dev.alignkit.examples.Careers.ladder;
import static dev.alignkit.examples.Careers.level;

import dev.alignkit.Alignkit;
import dev.alignkit.advice.AdviceFormatter;
import dev.alignkit.advice.Advisor;
import dev.alignkit.advice.GoalAdvice;
import dev.alignkit.advice.Suggestion;
import dev.alignkit.career.Assessment;
import dev.alignkit.career.AssessmentSource;
import dev.alignkit.career.Opening;
import dev.alignkit.career.RoleRef;
import dev.alignkit.career.Skill;
import dev.alignkit.career.SkillProfile;
import dev.alignkit.development.CoachingCheckIn;
import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.SupportActivity;
import dev.alignkit.development.SupportKind;
import dev.alignkit.development.TargetSkill;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.Owner;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.org.Team;
import dev.alignkit.policy.Policy;
import dev.alignkit.rules.Finding;
import dev.alignkit.rules.Report;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Two scenarios of {@code docs/concepts.md} end to end: Eli wants to learn a technology his team
 * does not use; Ivy wants influence skills her role does not ask for. Each plan is validated, the
 * tangential goal's advice is printed as a manager would say it, and Ivy's goal is then woven
 * into a cross-functional objective, after which it is no longer tangential.
 */
public final class AdviceExample {
  /** The day the example is looked at. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 8, 15);
  private static final LocalDate JULY_1 = LocalDate.of(2026, 7, 1);

  private AdviceExample() {}

  /** The organization: an engineering ladder, a data ladder with an opening, and two objectives. */
  public static OrganizationSnapshot organization() {
    return OrganizationSnapshot.builder()
        .skillCatalog(catalog(
            Skill.of("code-quality", "Code quality", "craft"),
            Skill.of("communication", "Communication", "communication"),
            Skill.of("rust", "Rust", "technical-expertise"),
            Skill.of("go", "Go", "technical-expertise"),
            Skill.of("stakeholder-influence", "Stakeholder influence", "influence")))
        .addLadder(ladder("eng", "Engineering",
            level("E3", 3, essential("code-quality", 3), essential("communication", 2)),
            level("E4", 4, essential("code-quality", 4), essential("communication", 3))))
        .addLadder(ladder("data", "Data engineering",
            level("DE3", 3, essential("rust", 3), essential("code-quality", 3))))
        .addOpening(Opening.of("open-data", RoleRef.of("data", "DE3"), "data"))
        .addTeams(Team.of("platform", "Platform"), Team.of("data", "Data"))
        .addPerson(Person.builder().id("mo").name("Mo Adams").teamId("platform").build())
        .addPerson(engineer("eli", "Eli Brandt"))
        .addPerson(engineer("ivy", "Ivy Chow"))
        .addProfiles(profile("eli"), profile("ivy"))
        .addCycle(Cycle.of("2026-Q3", "2026-Q3", JULY_1, LocalDate.of(2026, 9, 30)))
        .addObjective(Objective.builder().id("o-partners").title("Launch the partner program")
            .owner(Owner.organization()).cycleId("2026-Q3").addTag("cross-functional")
            .addKeyResult(KeyResult.increase("kr-partners", "Signed partners from 0 to 10", 0, 10, "partners")
                .withCheckIn(CheckIn.of(AS_OF.minusDays(5), 4)))
            .build())
        .addObjective(Objective.builder().id("o-platform").title("A platform teams build on without help")
            .owner(Owner.team("platform")).cycleId("2026-Q3").addSkill("go")
            .addKeyResult(KeyResult.increase("kr-deploys", "Self-served deploys from 40% to 80%", 40, 80, "%")
                .withCheckIn(CheckIn.of(AS_OF.minusDays(5), 62)))
            .build())
        .build();
  }

  private static Person engineer(String id, String name) {
    return Person.builder().id(id).name(name).teamId("platform").managerId("mo").role(RoleRef.of("eng", "E3")).build();
  }

  private static SkillProfile profile(String personId) {
    return SkillProfile.of(personId, List.of(
        Assessment.of("code-quality", 3, AS_OF.minusDays(30), AssessmentSource.MANAGER),
        Assessment.of("communication", 2, AS_OF.minusDays(30), AssessmentSource.MANAGER)));
  }

  /** A plan with one agreed, measurable, supported goal growing {@code skill}. */
  public static DevelopmentPlan plan(String personId, String goalId, String statement, String skill, double share) {
    DevelopmentGoal goal = DevelopmentGoal.propose(goalId, statement, personId).edited(g -> g
        .addTargetSkill(TargetSkill.of(skill, 3))
        .plannedShare(share)
        .addMeasure(KeyResult.increase("m-" + goalId, "Milestones reached", 0, 4, "milestones"))
        .addSupportActivity(SupportActivity.of(SupportKind.COURSE, "A course on " + skill)));
    return DevelopmentPlan.of("plan-" + personId, personId, "2026-Q3").propose(goal)
        .withCoachingCheckIn(CoachingCheckIn.of(AS_OF.minusDays(12), "mo"));
  }

  /** Validates the person's plan and prints the findings and the advice of each tangential goal. */
  public static void review(OrganizationSnapshot snapshot, String personId, PrintStream out) {
    Report report = Alignkit.validator().build().validatePerson(snapshot, personId, AS_OF);
    AdviceFormatter sentences = AdviceFormatter.standard();
    out.println("Plan of " + snapshot.person(personId).map(Person::name).orElse(personId) + ":");
    for (Finding finding : report.findings()) {
      out.printf(Locale.ROOT, "  %-7s %s%n", finding.severity(), Alignkit.formatter().message(finding, Locale.ENGLISH));
      for (Suggestion suggestion : finding.advice()) {
        out.printf(Locale.ROOT, "     %d. %-16s %s%n", suggestion.rank(), suggestion.kind(),
            sentences.sentence(suggestion, Locale.ENGLISH));
      }
    }
    Advisor advisor = Advisor.of(snapshot, AS_OF, Policy.defaults());
    for (DevelopmentPlan plan : snapshot.plansOf(personId)) {
      for (GoalAdvice advice : advisor.advise(plan)) {
        out.println("  goal " + advice.alignment().goalId() + " is " + advice.alignment().alignmentClass()
            + ": " + advice.alignment().reason());
      }
    }
    out.println();
  }

  /** Runs both scenarios. */
  public static void run(PrintStream out) {
    OrganizationSnapshot organization = organization();
    OrganizationSnapshot withPlans = OrganizationSnapshot.builder().from(organization)
        .addPlans(plan("eli", "g-rust", "Learn Rust", "rust", 0.2)
                .agree("g-rust", "mo", JULY_1.plusDays(7), organization),
            plan("ivy", "g-influence", "Grow my stakeholder influence", "stakeholder-influence", 0.1)
                .agree("g-influence", "mo", JULY_1.plusDays(7), organization))
        .build();
    out.println("A technology the team does not use");
    review(withPlans, "eli", out);

    out.println("Influence skills, before weaving");
    review(withPlans, "ivy", out);

    DevelopmentPlan woven = withPlans.plan("plan-ivy").orElseThrow()
        .weave("g-influence", "o-partners", "mo")
        .agree("g-influence", "mo", AS_OF, withPlans);
    OrganizationSnapshot after = OrganizationSnapshot.builder().from(withPlans)
        .plans(List.of(withPlans.plan("plan-eli").orElseThrow(), woven)).build();
    out.println("Influence skills, after weaving the goal into the partner program, with Mo coaching");
    review(after, "ivy", out);
  }

  /** Runs the example; takes no arguments. */
  public static void main(String[] args) {
    run(System.out);
  }
}
