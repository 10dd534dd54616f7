package dev.alignkit.privacy;

import dev.alignkit.career.Assessment;
import dev.alignkit.career.AssessmentSource;
import dev.alignkit.career.CareerLadder;
import dev.alignkit.career.Expectation;
import dev.alignkit.career.Level;
import dev.alignkit.career.RoleRef;
import dev.alignkit.career.Skill;
import dev.alignkit.career.SkillCatalog;
import dev.alignkit.career.SkillProfile;
import dev.alignkit.common.Visibility;
import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.GoalStatus;
import dev.alignkit.development.PerformanceStanding;
import dev.alignkit.development.SupportActivity;
import dev.alignkit.development.SupportKind;
import dev.alignkit.development.TargetSkill;
import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.Owner;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.org.Team;
import dev.alignkit.policy.Policy;
import java.time.LocalDate;

/**
 * A small organization for privacy examples. Carla runs it; Hanna is in HR (an administrator);
 * Lena leads support, where Maya and Omar work; Sam sells; Ivan is in IT, which owns nothing.
 *
 * <pre>
 * carla (leadership)
 * |- hanna (people, HR administrator)
 * |- lena (support) -- maya (support), omar (support)
 * |- sam (sales)
 * |- ivan (it)
 * </pre>
 */
final class PrivacyFixtures {
  static final LocalDate AS_OF = LocalDate.of(2026, 8, 15);
  static final Policy POLICY = Policy.defaults();
  static final RoleRef E1 = RoleRef.of("eng", "e1");
  static final RoleRef E2 = RoleRef.of("eng", "e2");

  private PrivacyFixtures() {}

  static Person person(String id, String name, String team, String manager) {
    Person.Builder person = Person.builder().id(id).name(name).teamId(team);
    if (manager != null) {
      person.managerId(manager);
    }
    return person.build();
  }

  /** An objective whose one key result, from 0 to 10, stands at {@code value} (progress value / 10). */
  static Objective.Builder objective(String id, String title, Owner owner, double value) {
    return Objective.builder().id(id).title(title).owner(owner).cycleId("2026-Q3")
        .addKeyResult(KeyResult.increase("kr-" + id, "Measure of " + title, 0, 10, "points")
            .withCheckIn(CheckIn.of(AS_OF.minusDays(2), value, 0.8)));
  }

  static DevelopmentGoal.Builder goal(String id, String statement, String skill) {
    return DevelopmentGoal.builder().id(id).statement(statement).proposedBy("maya")
        .addTargetSkill(TargetSkill.of(skill, 4))
        .addMeasure(KeyResult.increase("m-" + id, "Sessions led", 0, 4, "sessions"))
        .addSupportActivity(SupportActivity.of(SupportKind.ON_THE_JOB, "Lead the weekly session"))
        .status(GoalStatus.AGREED).agreedBy("lena").agreedOn(AS_OF.minusDays(30));
  }

  /**
   * The organization: the company objective o-company (PUBLIC) with three TEAM objectives
   * contributing to it (support 0.8 weight 1, sales 0.2 weight 2, people 0.5 weight 3); Maya's
   * plan (PRIVATE by default, standing MEETS) with one agreed goal; Maya's assessment (PRIVATE).
   */
  static OrganizationSnapshot.Builder organization() {
    return OrganizationSnapshot.builder()
        .addTeam(Team.of("leadership", "Leadership"))
        .addTeam(Team.of("people", "People"))
        .addTeam(Team.of("support", "Support"))
        .addTeam(Team.of("sales", "Sales"))
        .addTeam(Team.of("it", "IT"))
        .addPerson(person("carla", "Carla Diaz", "leadership", null))
        .addPerson(Person.builder().from(person("hanna", "Hanna Berg", "people", "carla")).hrAdministrator(true)
            .build())
        .addPerson(person("lena", "Lena Ortiz", "support", "carla"))
        .addPerson(Person.builder().from(person("maya", "Maya Chen", "support", "lena")).role(E1).build())
        .addPerson(Person.builder().from(person("omar", "Omar Haddad", "support", "lena")).role(E1).build())
        .addPerson(person("sam", "Sam Okafor", "sales", "carla"))
        .addPerson(person("ivan", "Ivan Petrov", "it", "carla"))
        .addCycle(Cycle.of("2026-Q3", "2026-Q3", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)))
        .skillCatalog(SkillCatalog.builder()
            .addSkill(Skill.of("s-tech", "Technology", "technical-expertise"))
            .addSkill(Skill.of("s-influence", "Influence", "influence"))
            .addSkill(Skill.of("s-mentoring", "Mentoring", "influence"))
            .build())
        .addLadder(CareerLadder.builder().id("eng").name("Engineering")
            .addLevel(Level.builder().id("e1").name("E1").rank(1)
                .addExpectation(Expectation.essential("s-tech", 3)).build())
            .addLevel(Level.builder().id("e2").name("E2").rank(2)
                .addExpectation(Expectation.essential("s-tech", 4))
                .addExpectation(Expectation.optional("s-mentoring", 3)).build())
            .build())
        .addObjective(objective("o-company", "Customers recommend us", Owner.organization(), 5).build())
        .addObjective(objective("o-support", "Answer within a day", Owner.team("support"), 8)
            .visibility(Visibility.TEAM).alignments(java.util.List.of(Alignment.contributes("o-company", 1))).build())
        .addObjective(objective("o-sales", "Win the north region", Owner.team("sales"), 2)
            .visibility(Visibility.TEAM).alignments(java.util.List.of(Alignment.contributes("o-company", 2))).build())
        .addObjective(objective("o-people", "Hire ten engineers", Owner.team("people"), 5)
            .visibility(Visibility.TEAM).alignments(java.util.List.of(Alignment.contributes("o-company", 3))).build())
        .addPlan(DevelopmentPlan.builder().id("plan-maya").personId("maya").cycleId("2026-Q3")
            .standing(PerformanceStanding.MEETS)
            .addGoal(goal("g-maya", "Run the support guild", "s-influence").build())
            .build())
        .addProfile(SkillProfile.of("maya", java.util.List.of(
            Assessment.of("s-tech", 3, AS_OF.minusDays(20), AssessmentSource.MANAGER))));
  }

  static Access access(OrganizationSnapshot snapshot, String viewer) {
    return Access.of(snapshot, Viewer.of(viewer), AS_OF, POLICY);
  }
}
