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
import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.Initiative;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.ObjectiveType;
import dev.alignkit.okr.Owner;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.org.Team;
import java.time.LocalDate;
import java.util.List;

/**
 * The review's sample organization, Northwind Support Cloud: 40 people in five teams, five
 * ladders, a company, team and personal OKR tree in the middle of a quarter, and development
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
        .putAttribute("exportedBy", "\"Workday connector 4.2\"")
        .skillCatalog(catalog())
        .addAllLadders(ladders())
        .addLateralMove(LateralMove.of("cs-to-sales", RoleRef.of("cs", "CS2"), RoleRef.of("sales", "S2")))
        .addLateralMove(LateralMove.of("eng-to-mgmt", RoleRef.of("eng", "E4"), RoleRef.of("mgmt", "M1")))
        .addOpening(Opening.builder().id("open-data").role(RoleRef.of("eng", "E3")).teamId("data")
            .title("Data engineer (Rust pipelines)").build())
        .addOpening(Opening.builder().id("open-sdr").role(RoleRef.of("sales", "S1")).teamId("sales")
            .title("Sales development representative").build())
        .addTeams(Team.of("exec", "Leadership"), Team.of("support", "Customer support"), Team.of("sales", "Sales"),
            Team.of("platform", "Platform engineering"), Team.of("product", "Product"))
        .addCycle(Cycle.of(Q3, "2026-Q3", Q3_START, LocalDate.of(2026, 9, 30)));
    people(org);
    objectives(org);
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
      String ladder, String level) {
    Person.Builder person = Person.builder().id(id).name(name).teamId(team)
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
        {"will", "Will Adeyemi", "E2"}, {"quinn", "Quinn Ahmed", "E3"}};
    for (String[] p : platform) {
      person(org, p[0], p[1], "platform", "mo", "eng", p[2]);
    }
    // Product: Pia and five product managers report to Olga.
    person(org, "olga", "Olga Svensson", "product", "nora", "pm", "PM3");
    String[][] product = {{"pia", "Pia Romano", "PM2"}, {"rex", "Rex Tanaka", "PM1"}, {"sara", "Sara Diaz", "PM1"},
        {"ty", "Ty Morgan", "PM2"}, {"rita", "Rita Oyelaran", "PM1"}};
    for (String[] p : product) {
      person(org, p[0], p[1], "product", "olga", "pm", p[2]);
    }
  }

  // --- OKRs ------------------------------------------------------------------------------------

  private static KeyResult increase(String id, String title, double start, double target, String unit,
      double... datedValues) {
    return checkedIn(KeyResult.increase(id, title, start, target, unit), datedValues);
  }

  private static KeyResult decrease(String id, String title, double start, double target, String unit,
      double... datedValues) {
    return checkedIn(KeyResult.decrease(id, title, start, target, unit), datedValues);
  }

  /** {@code kr} with a check-in, at confidence 0.7, per pair of days into the quarter and value. */
  private static KeyResult checkedIn(KeyResult kr, double... datedValues) {
    KeyResult checkedIn = kr;
    for (int i = 0; i + 1 < datedValues.length; i += 2) {
      checkedIn = checkedIn.withCheckIn(CheckIn.of(Q3_START.plusDays((long) datedValues[i]), datedValues[i + 1], 0.7));
    }
    return checkedIn;
  }

  private static Objective.Builder objective(String id, String title, Owner owner, String parent) {
    Objective.Builder objective = Objective.builder().id(id).title(title).owner(owner).cycleId(Q3);
    if (parent != null) {
      objective.alignment(Alignment.contributes(parent, 1));
    }
    return objective;
  }

  private static void objectives(OrganizationSnapshot.Builder org) {
    org.addObjective(objective("o-retention", "Customers stay and grow with us", Owner.organization(), null)
        .addKeyResult(increase("kr-nrr", "Raise net revenue retention from 104% to 112%", 104, 112, "%",
            14, 105, 42, 108))
        .addKeyResult(KeyResult.stayAtLeast("kr-csat", "Keep CSAT at 90% or more", 90, "%")
            .withCheckIn(CheckIn.of(Q3_START.plusDays(40), 92, 0.9)))
        .build());
    org.addObjective(objective("o-growth", "Win the mid-market", Owner.organization(), null)
        .type(ObjectiveType.ASPIRATIONAL)
        .addKeyResult(increase("kr-arr", "Grow new ARR from 0 to 3.0M", 0, 3.0, "M EUR", 14, 0.4, 42, 0.9))
        .build());
    org.addObjective(objective("o-partners", "Launch the partner program", Owner.organization(), null)
        .addTag("cross-functional").addTag("executive-sponsored")
        .addKeyResult(increase("kr-partners", "Sign 10 partners", 0, 10, "partners", 20, 2, 44, 4))
        .addInitiative(Initiative.builder().id("i-partner-playbook").title("Write the partner playbook")
            .addTag("process").build())
        .build());
    // Support: on track on replies, at risk on backlog.
    org.addObjective(objective("o-support", "Answer every customer within a working day", Owner.team("support"),
        "o-retention")
        .addSkill("troubleshooting")
        .addKeyResult(decrease("kr-reply", "Cut first-reply time from 12 h to 4 h", 12, 4, "hours", 14, 10, 42, 8))
        .addKeyResult(decrease("kr-backlog", "Cut the ticket backlog from 400 to 100", 400, 100, "tickets",
            14, 390, 40, 380))
        .build());
    // Sales: slow trend behind an on-pace number.
    org.addObjective(objective("o-sales", "Build a repeatable mid-market motion", Owner.team("sales"), "o-growth")
        .addSkill("negotiation")
        .addKeyResult(increase("kr-pipeline", "Grow qualified pipeline from 2M to 6M", 2, 6, "M EUR",
            1, 3.6, 44, 3.9))
        .build());
    // Platform: behind; one key result has had no check-in this quarter (stale).
    org.addObjective(objective("o-platform", "A platform teams build on without help", Owner.team("platform"),
        "o-retention")
        .addSkill("go").addSkill("java")
        .addKeyResult(increase("kr-deploys", "Raise self-served deploys from 40% to 80%", 40, 80, "%", 14, 45, 42, 52))
        .addKeyResult(KeyResult.increase("kr-latency", "Raise p95 latency budget compliance from 70% to 95%",
            70, 95, "%"))
        .addInitiative(Initiative.builder().id("i-go-migration").title("Move the deploy service to Go")
            .addSkill("go").build())
        .build());
    org.addObjective(objective("o-product", "Ship what mid-market customers ask for", Owner.team("product"),
        "o-growth")
        .addSkill("discovery")
        .addKeyResult(increase("kr-interviews", "Hold 40 customer discovery interviews", 0, 40, "interviews",
            14, 8, 42, 19))
        .build());
    // Personal objectives.
    org.addObjective(objective("o-lara-esc", "Make escalations painless", Owner.person("lara"), "o-support")
        .addKeyResult(KeyResult.achieve("kr-playbook", "Publish the escalation playbook")
            .withCheckIn(CheckIn.of(Q3_START.plusDays(40), 0, 0.2)))
        .build());
    org.addObjective(objective("o-tia-deals", "Close the first five mid-market deals", Owner.person("tia"), "o-sales")
        .addKeyResult(increase("kr-deals", "Close 5 mid-market deals", 0, 5, "deals", 20, 1, 44, 3))
        .build());
    org.addObjective(objective("o-raj-perf", "Make the platform fast by default", Owner.person("raj"), "o-platform")
        .addKeyResult(increase("kr-cache", "Attend the performance guild and raise cache hits from 60% to 90%",
            60, 90, "%", 30, 70))
        .build());
    org.addObjective(Objective.builder().id("o-ty-side").title("Explore a community forum").owner(Owner.person("ty"))
        .cycleId(Q3)
        .addKeyResult(increase("kr-forum", "Grow forum members from 0 to 200", 0, 200, "members", 30, 60))
        .build());
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
