package dev.alignkit.advice;

import dev.alignkit.career.Assessment;
import dev.alignkit.career.AssessmentSource;
import dev.alignkit.career.CareerLadder;
import dev.alignkit.career.Expectation;
import dev.alignkit.career.Level;
import dev.alignkit.career.Opening;
import dev.alignkit.career.RoleRef;
import dev.alignkit.career.Skill;
import dev.alignkit.career.SkillCatalog;
import dev.alignkit.career.SkillProfile;
import dev.alignkit.development.CoachingCheckIn;
import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.GoalStatus;
import dev.alignkit.development.SupportActivity;
import dev.alignkit.development.SupportKind;
import dev.alignkit.development.TargetSkill;
import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.Initiative;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.Owner;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.org.Team;
import java.time.LocalDate;
import java.util.List;

/** The organization the seed scenarios play in: engineering, customer service and sales. */
final class SeedOrganization {
  static final LocalDate AS_OF = LocalDate.of(2026, 8, 15);
  static final LocalDate JULY_1 = LocalDate.of(2026, 7, 1);
  static final LocalDate RECENTLY = AS_OF.minusDays(20);

  private SeedOrganization() {}

  static Level level(String id, int rank, Expectation... expectations) {
    return Level.builder().id(id).name(id).rank(rank).addExpectations(expectations).build();
  }

  static Assessment assessed(String skill, double proficiency) {
    return Assessment.of(skill, proficiency, RECENTLY, AssessmentSource.MANAGER);
  }

  /** A measurable, supported goal agreed by Mo that targets {@code skills}. */
  static DevelopmentGoal goal(String id, String statement, String... skills) {
    DevelopmentGoal.Builder goal = DevelopmentGoal.builder().id(id).statement(statement)
        .status(GoalStatus.ACTIVE).proposedBy("x").agreedBy("mo").agreedOn(JULY_1)
        .addMeasure(KeyResult.increase("m-" + id, "Sessions led", 0, 4, "sessions")
            .withCheckIn(CheckIn.of(RECENTLY, 1)))
        .addSupportActivity(SupportActivity.of(SupportKind.ON_THE_JOB, "On the job: " + statement));
    for (String skill : skills) {
      goal.addTargetSkill(TargetSkill.of(skill));
    }
    return goal.build();
  }

  static DevelopmentPlan plan(String personId, DevelopmentGoal... goals) {
    return DevelopmentPlan.builder().id("plan-" + personId).personId(personId).cycleId("2026-Q3")
        .addGoals(goals).addCoachingCheckIn(CoachingCheckIn.of(RECENTLY, "mo")).build();
  }

  static Person person(String id, String team, RoleRef role) {
    Person.Builder person = Person.builder().id(id).name(id.substring(0, 1).toUpperCase() + id.substring(1))
        .teamId(team).managerId("mo");
    if (role != null) {
      person.role(role);
    }
    return person.build();
  }

  static OrganizationSnapshot.Builder base() {
    KeyResult kr = KeyResult.increase("kr-org", "Grow active accounts from 100 to 150", 100, 150, "accounts")
        .withCheckIn(CheckIn.of(RECENTLY, 125));
    return OrganizationSnapshot.builder()
        .skillCatalog(SkillCatalog.builder()
            .addSkill(Skill.of("code-quality", "Code quality", "craft"))
            .addSkill(Skill.of("communication", "Communication", "communication"))
            .addSkill(Skill.of("rust", "Rust", "technical-expertise"))
            .addSkill(Skill.of("go", "Go", "technical-expertise"))
            .addSkill(Skill.of("empathy", "Customer empathy", "customer-care"))
            .addSkill(Skill.of("troubleshooting", "Troubleshooting", "technical-support"))
            .addSkill(Skill.of("product", "Deep product knowledge", "product-knowledge"))
            .addSkill(Skill.of("influence", "Influencing decision-makers", "influence"))
            .addSkill(Skill.of("stakeholder-influence", "Stakeholder influence", "influence"))
            .addSkill(Skill.of("vendor-management", "Vendor management", "people-management"))
            .addSkill(Skill.of("exec-presence", "Executive presence", "visibility"))
            .addSkill(Skill.of("process-design", "Process design", "process"))
            .addSkill(Skill.of("roadmapping", "Roadmapping", "product-management"))
            .build())
        .addLadder(CareerLadder.builder().id("eng").name("Engineering")
            .addLevel(level("E3", 3, Expectation.essential("code-quality", 3), Expectation.essential("communication", 2)))
            .addLevel(level("E4", 4, Expectation.essential("code-quality", 4), Expectation.essential("communication", 3)))
            .build())
        .addLadder(CareerLadder.builder().id("data").name("Data engineering")
            .addLevel(level("DE3", 3, Expectation.essential("rust", 3), Expectation.essential("code-quality", 3)))
            .build())
        .addLadder(CareerLadder.builder().id("cs").name("Customer service")
            .addLevel(level("CS1", 1, Expectation.essential("empathy", 3), Expectation.essential("troubleshooting", 2)))
            .addLevel(level("CS2", 2, Expectation.essential("empathy", 4), Expectation.essential("troubleshooting", 3)))
            .build())
        .addLadder(CareerLadder.builder().id("sales").name("Sales")
            .addLevel(level("S1", 1, Expectation.essential("empathy", 3), Expectation.essential("product", 3)))
            .addLevel(level("S2", 2, Expectation.essential("product", 4), Expectation.essential("influence", 4)))
            .build())
        .addLadder(CareerLadder.builder().id("pm").name("Product management")
            .addLevel(level("PM2", 2, Expectation.essential("roadmapping", 3), Expectation.essential("communication", 3)))
            .addLevel(level("PM3", 3, Expectation.essential("roadmapping", 4), Expectation.essential("communication", 4)))
            .build())
        .addOpening(Opening.of("open-data", RoleRef.of("data", "DE3"), "data"))
        .addTeams(Team.of("platform", "Platform"), Team.of("support", "Customer support"), Team.of("data", "Data"))
        .addPerson(Person.builder().id("mo").name("Mo").build())
        .addCycle(Cycle.of("2026-Q3", "2026-Q3", JULY_1, LocalDate.of(2026, 9, 30)))
        .addObjective(Objective.builder().id("o-org").title("Customers stay and grow").owner(Owner.organization())
            .cycleId("2026-Q3").addKeyResult(kr).build())
        .addObjective(Objective.builder().id("o-platform").title("A platform teams build on without help")
            .owner(Owner.team("platform")).cycleId("2026-Q3").addAlignment(Alignment.supports("o-org")).addSkill("go")
            .addKeyResult(KeyResult.increase("kr-platform", "Self-served deploys from 40% to 80%", 40, 80, "%")
                .withCheckIn(CheckIn.of(RECENTLY, 60)))
            .build());
  }

  /** An ACTIVE organization objective with tags, and optionally an initiative with its own tags. */
  static Objective taggedWork(String id, String title, List<String> tags, Initiative initiative) {
    Objective.Builder objective = Objective.builder().id(id).title(title).owner(Owner.organization())
        .cycleId("2026-Q3").addAllTags(tags)
        .addKeyResult(KeyResult.increase("kr-" + id, "Progress of " + title, 0, 10, "steps")
            .withCheckIn(CheckIn.of(RECENTLY, 5)));
    if (initiative != null) {
      objective.addInitiative(initiative);
    }
    return objective.build();
  }
}
