package dev.alignkit.benchmarks;

import static dev.alignkit.benchmarks.OkrGenerator.METRICS;
import static dev.alignkit.benchmarks.OkrGenerator.UNITS;
import static dev.alignkit.benchmarks.OrganizationGenerator.AS_OF;
import static dev.alignkit.benchmarks.OrganizationGenerator.CYCLE_ID;
import static dev.alignkit.benchmarks.OrganizationGenerator.CYCLE_START;

import dev.alignkit.career.Assessment;
import dev.alignkit.career.AssessmentSource;
import dev.alignkit.career.CareerLadder;
import dev.alignkit.career.Expectation;
import dev.alignkit.career.Level;
import dev.alignkit.career.ResolvedExpectation;
import dev.alignkit.career.RoleRef;
import dev.alignkit.career.SkillProfile;
import dev.alignkit.development.CoachingCheckIn;
import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.GoalStatus;
import dev.alignkit.development.PerformanceStanding;
import dev.alignkit.development.SupportActivity;
import dev.alignkit.development.SupportKind;
import dev.alignkit.development.TargetSkill;
import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.KeyResultKind;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.Owner;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the one-person snapshot of target P1 by hand, with nothing drawn at random, so that it is
 * fixed and clean: neither Alignkit nor the bean model mapped from it finds anything.
 */
final class OnePersonFixture {
  private OnePersonFixture() {}

  /**
   * The fixture that {@link OrganizationGenerator#onePerson()} describes.
   *
   * @param careers the catalog and the IC ladder, whose third level the person holds
   */
  static OrganizationSnapshot build(CareerGenerator careers) {
    RoleRef role = careers.icRole(2);
    String personId = "p-1";
    String managerId = "p-0";
    List<Objective> objectives = new ArrayList<>();
    objectives.add(Objective.builder().id("org-1").title("Customers recommend us").owner(Owner.organization())
        .cycleId(CYCLE_ID).build());
    for (int o = 1; o <= 5; o++) {
      Objective.Builder objective = Objective.builder().id(personId + "-o" + o).owner(Owner.person(personId))
          .cycleId(CYCLE_ID).title("Improve " + METRICS[o] + " for my customers")
          .addAlignment(Alignment.contributes("org-1", 1.0));
      for (int k = 1; k <= 4; k++) {
        String id = personId + "-o" + o + "-kr" + k;
        double start = 10 * k;
        objective.addKeyResult(KeyResult.builder().id(id).title("Raise " + METRICS[(o + k) % METRICS.length]
                + " from " + (int) start + " to " + (int) (start + 40))
            .kind(KeyResultKind.INCREASE).start(start).target(start + 40).unit(UNITS[k])
            .addCheckIn(CheckIn.builder().date(AS_OF.minusDays(3 + k)).value(start + 10 + o).confidence(0.7)
                .authorId(personId).build())
            .build());
      }
      objectives.add(objective.build());
    }
    List<ResolvedExpectation> expected = careers.expectations(role);
    if (expected.size() != 12) {
      throw new IllegalStateException("the fixture's role must expect 12 skills: " + expected.size());
    }
    DevelopmentPlan.Builder plan = DevelopmentPlan.builder().id("plan-" + personId).personId(personId)
        .cycleId(CYCLE_ID).standing(PerformanceStanding.MEETS)
        .addCoachingCheckIn(CoachingCheckIn.of(AS_OF.minusDays(10), managerId));
    SkillProfile.Builder profile = SkillProfile.builder().personId(personId);
    for (ResolvedExpectation expectation : expected) {
      profile.addAssessment(Assessment.of(expectation.skillId(), expectation.required(), AS_OF.minusDays(60),
          AssessmentSource.MANAGER));
    }
    for (int g = 1; g <= 3; g++) {
      String skill = expected.get(g * 3).skillId();
      String id = personId + "-g" + g;
      plan.addGoal(DevelopmentGoal.builder().id(id).statement("Grow " + skill + " by leading real work")
          .proposedBy(personId).addTargetSkill(TargetSkill.of(skill, 4.0))
          .addMeasure(KeyResult.increase("m-" + id, "Lead " + skill + " sessions", 0, 4, "sessions"))
          .addSupportActivity(SupportActivity.builder().kind(SupportKind.COURSE).description("Course on " + skill)
              .plannedHours(12).build())
          .status(GoalStatus.ACTIVE).agreedBy(managerId).agreedOn(CYCLE_START.plusDays(3)).build());
    }
    // The role is one level that declares its 12 expectations, as the bean model's role holds 12.
    Level.Builder level = Level.builder().id(role.levelId()).name("Engineering (IC) 3").rank(3);
    for (ResolvedExpectation expectation : expected) {
      level.addExpectation(Expectation.builder().skillId(expectation.skillId()).required(expectation.required())
          .importance(expectation.importance()).behaviour(expectation.behaviour()).build());
    }
    return OrganizationSnapshot.builder()
        .skillCatalog(careers.catalog())
        .addCycle(OrganizationGenerator.cycle())
        .addLadder(CareerLadder.builder().id(role.ladderId()).name("Engineering (IC)").addLevel(level.build()).build())
        .addPerson(Person.builder().id(managerId).name("Maya Chen").build())
        .addPerson(Person.builder().id(personId).name("Ada Lovelace").managerId(managerId).role(role).build())
        .objectives(objectives)
        .addPlan(plan.build())
        .addProfile(profile.build())
        .build();
  }
}
