package dev.alignkit.examples;

import static dev.alignkit.career.Expectation.essential;
import static dev.alignkit.career.Expectation.optional;
import static dev.alignkit.examples.Careers.ladder;
import static dev.alignkit.examples.Careers.level;

import dev.alignkit.career.Assessment;
import dev.alignkit.career.AssessmentSource;
import dev.alignkit.career.CareerLadder;
import dev.alignkit.career.Expectation;
import dev.alignkit.career.LateralMove;
import dev.alignkit.career.Opening;
import dev.alignkit.career.RoleRef;
import dev.alignkit.career.Skill;
import dev.alignkit.career.SkillCatalog;
import dev.alignkit.career.SkillProfile;
import dev.alignkit.career.TrackKind;
import dev.alignkit.development.CareerVision;
import dev.alignkit.development.CoachingCheckIn;
import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.GoalStatus;
import dev.alignkit.development.GrowOption;
import dev.alignkit.development.GrowSession;
import dev.alignkit.development.Horizon;
import dev.alignkit.development.PerformanceStanding;
import dev.alignkit.development.SupportActivity;
import dev.alignkit.development.SupportKind;
import dev.alignkit.development.TargetSkill;
import dev.alignkit.development.WayForwardStep;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.org.Team;
import java.time.LocalDate;
import java.util.List;

/**
 * The review's sample organization, Northwind Support Cloud: 40 people in five teams, five
 * ladders, company, team and personal OKRs in the middle of a quarter (one team objective with
 * two parents, one key result rolled up from two contributors) and of the quarter before it, which
 * has ended (scored with outcomes, one objective left unscored), and development
 * plans that play every scenario of {@code docs/concepts.md}. Deterministic: the same code gives
 * the same snapshot, and {@code examples/data/organization-40.json} is this snapshot as JSON.
 */
public final class ReviewSample {
  /** The day the review looks at the sample: the middle of 2026-Q3. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 8, 15);
  private static final LocalDate Q3_START = LocalDate.of(2026, 7, 1);
  private static final String Q3 = "2026-Q3";

  private ReviewSample() {}

  /** Builds the sample. */
  public static OrganizationSnapshot build() {
    OrganizationSnapshot.Builder org = OrganizationSnapshot.builder()
        .zone(SampleObjectives.ZONE)
        .putAttribute("exportedBy", "\"Workday connector 4.2\"")
        .skillCatalog(catalog())
        .addAllLadders(ladders())
        .addLateralMove(LateralMove.of("cs-to-sales", RoleRef.of("cs", "CS2"), RoleRef.of("sales", "S2")))
        .addLateralMove(LateralMove.of("eng-to-mgmt", RoleRef.of("eng", "E4"), RoleRef.of("mgmt", "M1")))
        .addOpening(Opening.builder().id("open-data").role(RoleRef.of("eng", "E3")).teamId("data")
            .title("Data engineer (Rust pipelines)").build())
        .addOpening(Opening.builder().id("open-sdr").role(RoleRef.of("sales", "S1")).teamId("sales")
            .title("Sales development representative").build())
        .addTeams(Team.of("exec", "Leadership"),
            Team.builder().id("support").name("Customer support")
                .description("Answers customers in English and German, 7:00 to 19:00 Berlin time.").build(),
            Team.of("sales", "Sales"),
            Team.builder().id("platform").name("Platform engineering")
                .description("Builds the deploy service and the runtime every product team ships on.").build(),
            Team.of("product", "Product"))
        .addCycle(Cycle.of("2026-Q2", "2026-Q2", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)))
        .addCycle(Cycle.of(Q3, "2026-Q3", Q3_START, LocalDate.of(2026, 9, 30)));
    people(org);
    SampleObjectives.add(org);
    profiles(org);
    plans(org);
    org.addWaiver(dev.alignkit.org.Waiver.of("okr.key-result.activity", "kr-interviews",
        "Interviews are the outcome product wants this quarter", "olga", LocalDate.of(2026, 9, 30)));
    org.addWaiver(dev.alignkit.org.Waiver.of("okr.key-result.unit-range", "kr-nrr",
        "Net revenue retention lies above 100% when customers grow", "nora", LocalDate.of(2026, 9, 30)));
    return org.build();
  }

  // --- skills and ladders ----------------------------------------------------------------------

  private static SkillCatalog catalog() {
    return SkillCatalog.builder()
        .addSkill(Skill.builder().id("empathy").name("Customer empathy").family("customer-care")
            .addExternalUri("http://data.europa.eu/esco/skill/empathy").build())
        .addSkill(Skill.of("troubleshooting", "Troubleshooting", "technical-support"))
        .addSkill(Skill.of("product", "Deep product knowledge", "product-knowledge"))
        .addSkill(Skill.of("influence", "Influencing decision-makers", "influence"))
        .addSkill(Skill.of("negotiation", "Negotiation", "influence"))
        .addSkill(Skill.of("java", "Java", "technical-expertise"))
        .addSkill(Skill.of("go", "Go", "technical-expertise"))
        .addSkill(Skill.of("rust", "Rust", "technical-expertise"))
        .addSkill(Skill.of("system-design", "System design", "technical-expertise"))
        .addSkill(Skill.of("code-review", "Code review", "process"))
        .addSkill(Skill.of("coaching", "Coaching", "people-management"))
        .addSkill(Skill.of("hiring", "Hiring", "people-management"))
        .addSkill(Skill.of("roadmapping", "Roadmapping", "product-management"))
        .addSkill(Skill.of("discovery", "Customer discovery", "product-management"))
        .addSkill(Skill.of("storytelling", "Executive storytelling", "visibility"))
        .build();
  }

  private static List<CareerLadder> ladders() {
    return List.of(
        ladder("cs", "Customer service",
            level("CS1", "Support specialist", 1, essential("empathy", 3), essential("troubleshooting", 2)),
            level("CS2", "Senior support specialist", 2, essential("empathy", 4), essential("troubleshooting", 3),
                optional("product", 2)),
            level("CS3", "Support lead", 3, essential("troubleshooting", 4), essential("coaching", 3))),
        ladder("sales", "Sales",
            level("S1", "Sales development representative", 1, essential("empathy", 3), essential("negotiation", 2)),
            level("S2", "Account executive", 2, essential("product", 4), essential("influence", 3),
                essential("negotiation", 3)),
            level("S3", "Senior account executive", 3, essential("influence", 4), essential("negotiation", 4))),
        ladder("eng", "Engineering (IC)",
            level("E2", "Engineer", 2, essential("java", 2), essential("code-review", 2)),
            level("E3", "Senior engineer", 3, essential("java", 3), essential("go", 2), essential("code-review", 3)),
            level("E4", "Staff engineer", 4, essential("java", 4), essential("go", 3), essential("system-design", 3)),
            level("E5", "Principal engineer", 5, essential("system-design", 4), optional("storytelling", 3))),
        CareerLadder.builder().id("mgmt").name("Engineering management").track(TrackKind.MANAGEMENT).addLevels(
            level("M1", "Engineering manager", 1, essential("coaching", 3), essential("hiring", 3),
                Expectation.builder().skillId("java").required(2).importance(
                    dev.alignkit.career.Importance.OPTIONAL).relax(true).build()),
            level("M2", "Senior engineering manager", 2, essential("coaching", 4), essential("storytelling", 3)))
            .build(),
        ladder("pm", "Product management",
            level("PM1", "Product manager", 1, essential("discovery", 3), essential("roadmapping", 2)),
            level("PM2", "Senior product manager", 2, essential("roadmapping", 3), essential("influence", 3)),
            level("PM3", "Group product manager", 3, essential("roadmapping", 4), essential("storytelling", 3))));
  }

  // --- people ----------------------------------------------------------------------------------

  private static void person(OrganizationSnapshot.Builder org, String id, String name, String team, String manager,
      String ladder, String level, String... otherTeams) {
    Person.Builder person = Person.builder().id(id).name(name).teamId(team).addOtherTeamIds(otherTeams)
        .putAttribute("workdayId", "\"WD-" + (1000 + Math.abs(id.hashCode() % 9000)) + "\"");
    if (manager != null) {
      person.managerId(manager);
    }
    if (ladder != null) {
      person.role(RoleRef.of(ladder, level));
    }
    org.addPerson(person.build());
  }

  private static void people(OrganizationSnapshot.Builder org) {
    person(org, "nora", "Nora Lindqvist", "exec", null, null, null);
    org.addPerson(Person.builder().id("hana").name("Hana Okafor").teamId("exec").managerId("nora")
        .hrAdministrator(true).build());
    // Customer support: Lena leads twelve specialists.
    person(org, "lena", "Lena Ortiz", "support", "nora", "cs", "CS3");
    String[][] support = {{"ana", "Ana Costa", "CS2"}, {"ben", "Ben Miller", "CS1"}, {"cara", "Cara Nguyen", "CS2"},
        {"dev", "Dev Patel", "CS1"}, {"emi", "Emi Sato", "CS1"}, {"finn", "Finn Walsh", "CS2"},
        {"gwen", "Gwen Li", "CS1"}, {"hugo", "Hugo Brandt", "CS1"}, {"isla", "Isla Moreno", "CS2"},
        {"jon", "Jon Park", "CS1"}, {"kai", "Kai Jensen", "CS1"}, {"lara", "Lara Haddad", "CS2"}};
    for (String[] p : support) {
      person(org, p[0], p[1], "support", "lena", "cs", p[2]);
    }
    // Sales: Sam leads eight.
    person(org, "sam", "Sam Reed", "sales", "nora", "sales", "S3");
    String[][] sales = {{"tia", "Tia Russo", "S2"}, {"uma", "Uma Rao", "S1"}, {"vic", "Vic Olsen", "S2"},
        {"wes", "Wes Carter", "S1"}, {"xia", "Xia Chen", "S2"}, {"yara", "Yara Said", "S1"},
        {"zoe", "Zoe Fischer", "S1"}, {"abe", "Abe Novak", "S2"}};
    for (String[] p : sales) {
      person(org, p[0], p[1], "sales", "sam", "sales", p[2]);
    }
    // Platform engineering: Mo manages nine engineers.
    person(org, "mo", "Mo Adams", "platform", "nora", "mgmt", "M1");
    String[][] platform = {{"eli", "Eli Brandt", "E3"}, {"ivy", "Ivy Chow", "E3"}, {"raj", "Raj Iyer", "E4"},
        {"sol", "Sol Bauer", "E2"}, {"tom", "Tom Greco", "E2"}, {"una", "Una Kim", "E3"}, {"val", "Val Petrov", "E4"},
        {"will", "Will Adeyemi", "E2"}};
    for (String[] p : platform) {
      person(org, p[0], p[1], "platform", "mo", "eng", p[2]);
    }
    // Quinn also sits with product as the platform's liaison.
    person(org, "quinn", "Quinn Ahmed", "platform", "mo", "eng", "E3", "product");
    // Product: Pia and five product managers report to Olga.
    person(org, "olga", "Olga Svensson", "product", "nora", "pm", "PM3");
    String[][] product = {{"pia", "Pia Romano", "PM2"}, {"rex", "Rex Tanaka", "PM1"}, {"sara", "Sara Diaz", "PM1"},
        {"ty", "Ty Morgan", "PM2"}, {"rita", "Rita Oyelaran", "PM1"}};
    for (String[] p : product) {
      person(org, p[0], p[1], "product", "olga", "pm", p[2]);
    }
  }

  // --- profiles --------------------------------------------------------------------------------

  private static Assessment assessed(String skill, double proficiency) {
    return Assessment.of(skill, proficiency, AS_OF.minusDays(60), AssessmentSource.MANAGER);
  }

  private static void profiles(OrganizationSnapshot.Builder org) {
    org.addProfile(SkillProfile.of("ana", List.of(assessed("empathy", 4), assessed("troubleshooting", 3),
        assessed("product", 2), assessed("influence", 2), assessed("negotiation", 2))));
    org.addProfile(SkillProfile.of("ben", List.of(assessed("empathy", 3), assessed("troubleshooting", 1))));
    org.addProfile(SkillProfile.of("eli", List.of(assessed("java", 3), assessed("go", 2), assessed("code-review", 3))));
    org.addProfile(SkillProfile.of("ivy", List.of(assessed("java", 3), assessed("go", 2), assessed("code-review", 3))));
    org.addProfile(SkillProfile.of("raj", List.of(assessed("java", 4), assessed("go", 3), assessed("system-design", 3),
        assessed("coaching", 2))));
    org.addProfile(SkillProfile.of("pia", List.of(assessed("roadmapping", 3), assessed("influence", 3),
        Assessment.of("storytelling", 2, AS_OF.minusDays(400), AssessmentSource.SELF))));
    org.addProfile(SkillProfile.of("quinn", List.of(assessed("java", 3), assessed("go", 2), assessed("code-review", 3))));
  }

  // --- development -----------------------------------------------------------------------------

  private static DevelopmentGoal goal(String id, String statement, String skill, String agreedBy, String... extra) {
    DevelopmentGoal.Builder goal = DevelopmentGoal.builder().id(id).statement(statement)
        .addTargetSkill(TargetSkill.of(skill, 4))
        .addMeasure(KeyResult.increase("m-" + id, "Milestones reached", 0, 4, "milestones")
            .withCheckIn(CheckIn.of(AS_OF.minusDays(10), 1)))
        .addSupportActivity(SupportActivity.of(SupportKind.ON_THE_JOB, statement))
        .proposedBy("x");
    if (agreedBy != null) {
      goal.status(GoalStatus.ACTIVE).agreedBy(agreedBy).agreedOn(Q3_START.plusDays(7));
    }
    for (String skillId : extra) {
      goal.addTargetSkill(TargetSkill.of(skillId));
    }
    return goal.build();
  }

  private static DevelopmentPlan.Builder plan(String personId, String coach, DevelopmentGoal... goals) {
    return DevelopmentPlan.builder().id("plan-" + personId).personId(personId).cycleId(Q3).addGoals(goals)
        .addCoachingCheckIn(CoachingCheckIn.of(AS_OF.minusDays(14), coach));
  }

  private static void plans(OrganizationSnapshot.Builder org) {
    // Scenario: customer service toward sales, with on-the-job goals.
    org.addPlan(plan("ana", "lena",
        goal("g-ana-liaison", "Act as liaison at the weekly product feedback session", "product", "lena"),
        goal("g-ana-call", "Lead a segment of the weekly client call", "influence", "lena"))
        .targetRole(RoleRef.of("sales", "S2")).build());
    // Scenario: an underperformer whose goals all point at another role.
    org.addPlan(plan("ben", "lena", goal("g-ben-sales", "Learn to negotiate renewals", "negotiation", "lena"))
        .standing(PerformanceStanding.BELOW).targetRole(RoleRef.of("sales", "S1")).build());
    // Scenario: a technology the team does not use, a fifth of the week.
    org.addPlan(plan("eli", "mo", DevelopmentGoal.builder()
        .from(goal("g-eli-rust", "Learn Rust", "rust", "mo")).plannedShare(0.2).build()).build());
    // Scenario: influence, woven into the cross-functional partner program with Mo's coaching.
    org.addPlan(plan("ivy", "mo", DevelopmentGoal.builder()
        .from(goal("g-ivy-influence", "Grow my influence with other teams", "influence", "mo"))
        .wovenInto("o-partners")
        .addSupportActivity(SupportActivity.builder().kind(SupportKind.COACHING)
            .description("Monthly coaching on the partner program").provider("mo").build())
        .build()).build());
    // Scenario: a career vision and a GROW session whose steps became goals and measures.
    org.addPlan(plan("pia", "olga",
        goal("g-pia-roadmap", "Own the mid-market roadmap review", "roadmapping", "olga"),
        goal("g-pia-story", "Tell the product story to the board", "storytelling", "olga")).build());
    org.addVision(CareerVision.builder().id("vision-pia").personId("pia").date(Q3_START.plusDays(3))
        .addStrength("Customer insight").addStrength("Clear writing").addWeakness("Delegation")
        .longTermVision("Lead product for a whole business line").build());
    org.addGrowSession(GrowSession.builder().id("grow-pia").personId("pia").coachId("olga")
        .date(Q3_START.plusDays(10))
        .goal("Become a product leader others follow").whereNow("Owns one product area")
        .doneSoFar("Shipped two launches").distance("No portfolio view yet")
        .addOption(GrowOption.builder().description("Own the roadmap review").benefits("Portfolio view")
            .challenges("Time").build())
        .addStep(WayForwardStep.builder().description("Ask Olga for the review slot").horizon(Horizon.THIS_WEEK)
            .likelihood(0.9).build())
        .addStep(WayForwardStep.builder().description("Run the roadmap review").horizon(Horizon.THIS_MONTH)
            .likelihood(0.7).trackedBy("g-pia-roadmap").build())
        .addStep(WayForwardStep.builder().description("Present to the board").horizon(Horizon.LATER)
            .likelihood(0.4).contingency("Present to the leadership team first").trackedBy("m-g-pia-story").build())
        .addStep(WayForwardStep.builder().description("Mentor a junior PM").horizon(Horizon.LATER)
            .likelihood(0.6).build())
        .build());
    // Four agreed goals: one too many.
    org.addPlan(plan("quinn", "mo",
        goal("g-quinn-1", "Review every Go change in the deploy service", "go", "mo"),
        goal("g-quinn-2", "Lead the Java 21 upgrade", "java", "mo"),
        goal("g-quinn-3", "Review code for two other teams", "code-review", "mo"),
        goal("g-quinn-4", "Design the next deploy pipeline", "system-design", "mo")).build());
    // A staff engineer growing toward management through the declared lateral move.
    org.addPlan(plan("raj", "mo", goal("g-raj-coach", "Coach two engineers through their first design", "coaching",
        "mo")).targetRole(RoleRef.of("mgmt", "M1")).build());
  }
}
