package dev.alignkit.development;

import dev.alignkit.career.RoleRef;
import dev.alignkit.common.DuplicateIdException;
import dev.alignkit.common.HasAttributes;
import dev.alignkit.common.Visibility;
import dev.alignkit.internal.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import org.immutables.value.Value;

/**
 * One person's development goals for a cycle, with their performance standing, the role they grow
 * toward, and the coaching that supports them. Immutable and thread-safe.
 *
 * <p>The bottom-up flow ({@code docs/concepts.md}, "The bottom-up flow") is a set of methods that
 * return a new plan: the employee {@link #propose proposes}; the manager {@link #edit edits},
 * {@link #merge merges}, {@link #drop drops} or {@link #agree agrees}; an agreed goal is then
 * {@link #activate activated}. Editing an agreed goal returns it to PROPOSED.
 *
 * <p><b>Create</b> one with {@link #of(String, String, String)}, or with {@link #builder()}:
 * <pre>{@code
 * DevelopmentPlan plan = DevelopmentPlan.of("plan-maya", "maya", "2026-Q3")
 *     .propose(DevelopmentGoal.propose("g-1", "Grow my product knowledge", "maya"))
 *     .agree("g-1", "mo", LocalDate.of(2026, 7, 8), snapshot)
 *     .activate("g-1");
 * }</pre>
 *
 * <p><b>Invariants.</b> Building fails with an {@link IllegalArgumentException} naming the field
 * and the value when the id, the person id or the cycle id is blank, the coaching cadence is not
 * positive ({@code development plan 'plan-maya': coachingCadenceDays must be positive: 0}) or an
 * attribute name is blank, and with a {@link DuplicateIdException} when two goals share an id
 * ({@code duplicate development goal id 'g-1' at plans[plan-maya].goals[0] and
 * plans[plan-maya].goals[1]}). Activating a goal that was never agreed, agreeing without the
 * authority to, or naming a goal the plan lacks throws a {@link DevelopmentFlowException}. The
 * rules report the rest: too many or too few agreed goals ({@code dev.goal.too-many},
 * {@code dev.goal.none}), an underperformer without a current-role goal
 * ({@code dev.plan.underperformer}), stale coaching ({@code dev.plan.coaching-stale}), a plan made
 * PUBLIC ({@code privacy.visibility.widened}).
 *
 * <p><b>Equality:</b> two plans are equal when all their fields are equal: goals and coaching
 * check-ins in order, attributes included.
 */
@Value.Immutable
public abstract class DevelopmentPlan implements HasAttributes {
  DevelopmentPlan() {}

  /** The plan's id. */
  public abstract String id();

  /** The person whose plan it is. */
  public abstract String personId();

  /**
   * The cycle the plan runs in; the plan is open while the cycle is not CLOSED. One that names no
   * cycle of the snapshot is representable and counts as open; {@code dev.plan.coaching-stale},
   * which needs the cycle's dates, skips the plan.
   */
  public abstract String cycleId();

  /** The goals, in the order given. */
  public abstract List<DevelopmentGoal> goals();

  /** How the person performs in their current role. */
  public abstract Optional<PerformanceStanding> standing();

  /** The role the person grows toward, if any. */
  public abstract Optional<RoleRef> targetRole();

  /** Days between coaching check-ins; empty means the policy's cadence (31). */
  public abstract OptionalInt coachingCadenceDays();

  /** The coaching conversations held. */
  public abstract List<CoachingCheckIn> coachingCheckIns();

  /** The plan's own visibility; empty means the policy's default for plans (PRIVATE). */
  public abstract Optional<Visibility> visibility();

  /**
   * An empty plan.
   *
   * @param id the plan's id; not null or blank
   * @param personId the person whose plan it is; not null or blank
   * @param cycleId the cycle the plan runs in; not null or blank
   * @throws IllegalArgumentException if an id is blank
   * @throws NullPointerException if an argument is null
   */
  public static DevelopmentPlan of(String id, String personId, String cycleId) {
    return builder().id(id).personId(personId).cycleId(cycleId).build();
  }

  /** Returns a builder; id, person id and cycle id are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The goal with this id. */
  public final Optional<DevelopmentGoal> goal(String goalId) {
    for (DevelopmentGoal goal : goals()) {
      if (goal.id().equals(goalId)) {
        return Optional.of(goal);
      }
    }
    return Optional.empty();
  }

  /**
   * The employee proposes a goal; it joins the plan as PROPOSED, whatever status it carried.
   *
   * @throws IllegalArgumentException if the plan already has a goal with its id
   */
  public final DevelopmentPlan propose(DevelopmentGoal goal) {
    if (goal(goal.id()).isPresent()) {
      throw new IllegalArgumentException("plan '" + id() + "' already has a goal '" + goal.id() + "'");
    }
    DevelopmentGoal proposed = new DevelopmentGoal.Builder().from(goal).status(GoalStatus.PROPOSED)
        .agreedBy(Optional.empty()).agreedOn(Optional.empty()).build();
    return new Builder().from(this).addGoal(proposed).build();
  }

  /** The manager (or the employee) edits a goal; an agreed one returns to PROPOSED. */
  public final DevelopmentPlan edit(String goalId, UnaryOperator<DevelopmentGoal.Builder> change) {
    return replace(goalId, require(goalId).edited(change));
  }

  /**
   * Merges goal {@code mergedId} into goal {@code keptId}: the kept goal takes {@code statement},
   * and the union of both goals' skills, measures and support, and an agreed one returns to
   * PROPOSED as any edit does. The merged goal is dropped; its measures move to the kept goal, so
   * that measure ids stay unique.
   *
   * @throws IllegalArgumentException if both ids are the same
   */
  public final DevelopmentPlan merge(String keptId, String mergedId, String statement) {
    if (keptId.equals(mergedId)) {
      throw new IllegalArgumentException("plan '" + id() + "': cannot merge goal '" + keptId + "' into itself");
    }
    DevelopmentGoal merged = require(mergedId);
    DevelopmentGoal kept = require(keptId).edited(b -> b.statement(statement)
        .addAllTargetSkills(merged.targetSkills())
        .addAllMeasures(merged.measures())
        .addAllSupportActivities(merged.supportActivities()));
    DevelopmentGoal emptied = new DevelopmentGoal.Builder().from(merged).measures(List.of()).build();
    return replace(keptId, kept).replace(mergedId, emptied.dropped());
  }

  /** Drops a goal; it stays in the plan as DROPPED. */
  public final DevelopmentPlan drop(String goalId) {
    return replace(goalId, require(goalId).dropped());
  }

  /**
   * Agrees to a goal.
   *
   * @param authority who may agree for whom, such as the snapshot
   * @throws DevelopmentFlowException if {@code approverId} is neither in the person's manager
   *     chain nor an HR administrator, or the goal is DONE or DROPPED
   */
  public final DevelopmentPlan agree(String goalId, String approverId, LocalDate on, ApprovalAuthority authority) {
    DevelopmentGoal goal = require(goalId);
    if (!authority.mayAgree(approverId, personId())) {
      throw new DevelopmentFlowException(goalId, "'" + approverId + "' may not agree to goals of '" + personId()
          + "': not in their manager chain and not an HR administrator");
    }
    return replace(goalId, goal.agreed(approverId, on));
  }

  /**
   * Starts work on an agreed goal.
   *
   * @throws DevelopmentFlowException if the goal was never agreed
   */
  public final DevelopmentPlan activate(String goalId) {
    return replace(goalId, require(goalId).activated());
  }

  /**
   * Weaves a goal into an objective or initiative ({@code docs/concepts.md}, "Weaving"): the goal
   * names the work it grows in and gains the coach's coaching as a support activity. Like any
   * edit, an agreed goal returns to PROPOSED, since the manager must agree to the woven goal and
   * coach it.
   *
   * @param workId the id of the objective or initiative
   * @param coachId the coach's person id, usually the manager
   */
  public final DevelopmentPlan weave(String goalId, String workId, String coachId) {
    Checks.requireId(workId, "workId");
    Checks.requireId(coachId, "coachId");
    return edit(goalId, goal -> goal.wovenInto(workId).addSupportActivity(SupportActivity.builder()
        .kind(SupportKind.COACHING).description("Coaching on the woven work " + workId).provider(coachId).build()));
  }

  /** Adds a coaching conversation. */
  public final DevelopmentPlan withCoachingCheckIn(CoachingCheckIn checkIn) {
    return new Builder().from(this).addCoachingCheckIn(checkIn).build();
  }

  private DevelopmentGoal require(String goalId) {
    return goal(goalId).orElseThrow(() -> new DevelopmentFlowException(goalId,
        "plan '" + id() + "' has no goal '" + goalId + "'"));
  }

  private DevelopmentPlan replace(String goalId, DevelopmentGoal goal) {
    List<DevelopmentGoal> goals = new ArrayList<>(goals());
    for (int i = 0; i < goals.size(); i++) {
      if (goals.get(i).id().equals(goalId)) {
        goals.set(i, goal);
      }
    }
    return new Builder().from(this).goals(goals).build();
  }

  @Value.Check
  final void check() {
    String id = Checks.requireId(id(), "development plan id");
    Checks.requireId(personId(), "development plan '%s': personId", id);
    Checks.requireId(cycleId(), "development plan '%s': cycleId", id);
    if (coachingCadenceDays().isPresent() && coachingCadenceDays().getAsInt() <= 0) {
      throw new IllegalArgumentException("development plan '" + id + "': coachingCadenceDays must be positive: "
          + coachingCadenceDays().getAsInt());
    }
    for (int i = 0; i < goals().size(); i++) {
      for (int j = 0; j < i; j++) {
        if (goals().get(i).id().equals(goals().get(j).id())) {
          throw new DuplicateIdException("development goal", goals().get(i).id(),
              "plans[" + id() + "].goals[" + j + "]", "plans[" + id() + "].goals[" + i + "]");
        }
      }
    }
    Checks.requireAttributeNames(attributes(), "development plan '%s'", id);
  }

  /** Builds a {@link DevelopmentPlan}. */
  public static final class Builder extends ImmutableDevelopmentPlan.Builder {
    Builder() {}
  }
}
