package dev.alignkit.benchmarks;

import static dev.alignkit.benchmarks.OrganizationGenerator.AS_OF;
import static dev.alignkit.benchmarks.OrganizationGenerator.CYCLE_ID;
import static dev.alignkit.benchmarks.OrganizationGenerator.CYCLE_START;

import dev.alignkit.career.ResolvedExpectation;
import dev.alignkit.career.RoleRef;
import dev.alignkit.development.CoachingCheckIn;
import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.GoalStatus;
import dev.alignkit.development.PerformanceStanding;
import dev.alignkit.development.SupportActivity;
import dev.alignkit.development.SupportKind;
import dev.alignkit.development.TargetSkill;
import dev.alignkit.okr.KeyResult;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes each person's development plan: a standing, usually a recent coaching check-in, and 1 to 3
 * goals (one plan in 50 has 4), most of them on a skill the person's role expects.
 */
final class PlanGenerator {
  private final SplittableRandom random;
  private final CareerGenerator careers;

  /**
   * A plan generator.
   *
   * @param random the organization's one random source, shared with the other generators
   * @param careers what each role expects, and the skills a tangential goal is drawn from
   */
  PlanGenerator(SplittableRandom random, CareerGenerator careers) {
    this.random = random;
    this.careers = careers;
  }

  /**
   * The plan of a person.
   *
   * @param managerId null for the person at the root, whose goals no one can agree
   * @param team the person's team, whose objectives some goals are woven into
   */
  DevelopmentPlan plan(String personId, String managerId, RoleRef role, int team) {
    DevelopmentPlan.Builder plan = DevelopmentPlan.builder().id("plan-" + personId).personId(personId).cycleId(CYCLE_ID);
    int roll = random.nextInt(100);
    plan.standing(roll < 5 ? PerformanceStanding.BELOW : roll < 85 ? PerformanceStanding.MEETS
        : PerformanceStanding.EXCEEDS);
    if (random.nextInt(10) != 0) {
      plan.addCoachingCheckIn(CoachingCheckIn.of(AS_OF.minusDays(1 + random.nextInt(28)),
          managerId != null ? managerId : personId));
    }
    int goals = random.nextInt(50) == 0 ? 4 : 1 + random.nextInt(3);
    List<ResolvedExpectation> expected = careers.expectations(role);
    for (int g = 1; g <= goals; g++) {
      plan.addGoal(goal(personId + "-g" + g, personId, managerId, expected, team));
    }
    return plan.build();
  }

  private DevelopmentGoal goal(String id, String personId, String managerId, List<ResolvedExpectation> expected,
      int team) {
    DevelopmentGoal.Builder goal = DevelopmentGoal.builder().id(id).proposedBy(personId);
    int kind = random.nextInt(100);
    String skill;
    if (kind < 80) {
      skill = expected.get(random.nextInt(expected.size())).skillId();
    } else {
      skill = careers.randomSkill();
      if (kind < 90) {
        goal.wovenInto("t" + team + "-o" + (1 + random.nextInt(2)));
      }
    }
    goal.statement("Grow " + skill + " by leading real work (" + id + ")")
        .addTargetSkill(TargetSkill.of(skill, 3.0 + random.nextInt(3) * 0.5))
        .addMeasure(KeyResult.increase("m-" + id, "Lead " + skill + " sessions", 0, 2 + random.nextInt(6), "sessions"))
        .addSupportActivity(SupportActivity.builder().kind(SupportKind.values()[random.nextInt(SupportKind.values().length)])
            .description("Support for " + skill).plannedHours(4 + random.nextInt(20)).build())
        .plannedShare(0.05 * (1 + random.nextInt(3)));
    int status = random.nextInt(100);
    if (status < 15 || managerId == null) {
      goal.status(status < 15 ? GoalStatus.PROPOSED : GoalStatus.ACTIVE);
    } else {
      goal.status(status < 30 ? GoalStatus.AGREED : GoalStatus.ACTIVE).agreedBy(managerId)
          .agreedOn(CYCLE_START.plusDays(random.nextInt(10)));
    }
    return goal.build();
  }
}
