package dev.alignkit.advice;

import dev.alignkit.career.ExpectationResolution;
import dev.alignkit.career.ResolvedExpectation;
import dev.alignkit.career.RoleRef;
import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.TargetSkill;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Gives a development goal its {@link AlignmentClass} with the reason, by the first rule that
 * holds, as {@link Advisor} documents. Thread-safe.
 */
final class GoalClassifier {
  private final AdviceContext context;

  GoalClassifier(AdviceContext context) {
    this.context = context;
  }

  /**
   * The goal's class as {@link #alignmentClass} decides it, with what decided it: the first
   * targeted skill (in the goal's order) that the roles of that class expect and the role, or the
   * work the goal is woven into or that exercises a skill, and the reason in words.
   */
  GoalAlignment classify(DevelopmentPlan plan, DevelopmentGoal goal) {
    AlignmentClass decided = alignmentClass(plan, goal);
    GoalAlignment.Builder out = GoalAlignment.builder().goalId(goal.id()).alignmentClass(decided);
    List<String> skills = AdviceContext.skillIds(goal);
    switch (decided) {
      case UNKNOWN:
        return out.reason(context.currentRole(plan.personId()).isEmpty()
            ? "the person has no role on a ladder" : "the goal names no skill and is woven into nothing").build();
      case CURRENT_ROLE: {
        RoleRef role = context.currentRole(plan.personId()).orElseThrow();
        List<RoleRef> ownLevels = new ArrayList<>();
        ownLevels.add(role);
        context.nextRole(role).ifPresent(ownLevels::add);
        return explainedBySkill(out, skills, ownLevels);
      }
      case TARGET_ROLE: {
        List<RoleRef> targets = new ArrayList<>();
        goal.targetRole().ifPresent(targets::add);
        plan.targetRole().ifPresent(targets::add);
        return explainedBySkill(out, skills, targets);
      }
      case WOVEN: {
        OrganizationSnapshot snapshot = context.snapshot();
        if (goal.wovenInto().isPresent()) {
          String id = goal.wovenInto().get();
          if (snapshot.objective(id).isPresent()) {
            return out.objectiveId(id).reason("woven into objective " + id).build();
          }
          if (snapshot.initiative(id).isPresent()) {
            return out.initiativeId(id).reason("woven into initiative " + id).build();
          }
        }
        WorkIndex.Exercised exercised = context.firstExercising(plan.personId(), skills);
        WorkItem item = exercised.item();
        item.identify(out);
        return out.skillId(exercised.skill())
            .reason(exercised.skill() + " is exercised by " + item.kindName() + " " + item.id).build();
      }
      default:
        return out.reason("no targeted skill is expected by the role, the target role or the team's work").build();
    }
  }

  /**
   * The class of a goal, by the first rule that holds in the order {@link Advisor} documents: the
   * one place the classification is decided ({@link #classify} explains what this decides). Each
   * role is resolved once rather than once per skill, and the next level only when the current
   * one expects none of the skills.
   */
  AlignmentClass alignmentClass(DevelopmentPlan plan, DevelopmentGoal goal) {
    // The current role as AdviceContext.currentRole finds it, keeping its resolution for the first test.
    Optional<RoleRef> role = context.person(plan.personId()).flatMap(Person::role);
    Optional<ExpectationResolution> current = role.isPresent() ? context.paths().resolve(role.get()) : Optional.empty();
    if (current.isEmpty()) {
      return AlignmentClass.UNKNOWN;
    }
    List<TargetSkill> targets = goal.targetSkills();
    Optional<String> woven = goal.wovenInto();
    if (targets.isEmpty() && woven.isEmpty()) {
      return AlignmentClass.UNKNOWN;
    }
    if (expectsAny(current.get(), targets)) {
      return AlignmentClass.CURRENT_ROLE;
    }
    Optional<RoleRef> next = context.nextRole(role.get());
    if (next.isPresent() && expectsAny(next.get(), targets)) {
      return AlignmentClass.CURRENT_ROLE;
    }
    Optional<RoleRef> goalTarget = goal.targetRole();
    Optional<RoleRef> planTarget = plan.targetRole();
    if (goalTarget.isPresent() && expectsAny(goalTarget.get(), targets)
        || planTarget.isPresent() && expectsAny(planTarget.get(), targets)) {
      return AlignmentClass.TARGET_ROLE;
    }
    if (woven.isPresent()) {
      OrganizationSnapshot snapshot = context.snapshot();
      if (snapshot.objective(woven.get()).isPresent() || snapshot.initiative(woven.get()).isPresent()) {
        return AlignmentClass.WOVEN;
      }
    }
    if (!targets.isEmpty() && context.firstExercising(plan.personId(), AdviceContext.skillIds(goal)) != null) {
      return AlignmentClass.WOVEN;
    }
    return AlignmentClass.TANGENTIAL;
  }

  /** Whether {@code role} resolves and expects one of the skills {@code targets} name. */
  private boolean expectsAny(RoleRef role, List<TargetSkill> targets) {
    Optional<ExpectationResolution> resolution = context.paths().resolve(role);
    return resolution.isPresent() && expectsAny(resolution.get(), targets);
  }

  /** Whether {@code resolution} expects one of the skills {@code targets} name. */
  private static boolean expectsAny(ExpectationResolution resolution, List<TargetSkill> targets) {
    List<ResolvedExpectation> expectations = resolution.expectations();
    for (int i = 0; i < expectations.size(); i++) {
      String expected = expectations.get(i).skillId();
      for (int k = 0; k < targets.size(); k++) {
        if (targets.get(k).skillId().equals(expected)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The first of {@code skills} that one of {@code roles} expects, tried role by role for each skill in turn. */
  private GoalAlignment explainedBySkill(GoalAlignment.Builder out, List<String> skills, List<RoleRef> roles) {
    for (String skill : skills) {
      for (RoleRef role : roles) {
        Optional<ExpectationResolution> resolution = context.paths().resolve(role);
        if (resolution.isPresent() && resolution.get().expectation(skill).isPresent()) {
          return out.skillId(skill).role(role).reason(skill + " is expected at " + role).build();
        }
      }
    }
    throw new AssertionError("no role of " + roles + " expects one of " + skills);
  }
}
