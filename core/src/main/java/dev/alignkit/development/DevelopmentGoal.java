package dev.alignkit.development;

import dev.alignkit.career.RoleRef;
import dev.alignkit.common.HasAttributes;
import dev.alignkit.common.Visibility;
import dev.alignkit.internal.Checks;
import dev.alignkit.okr.KeyResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.UnaryOperator;
import org.immutables.value.Value;

/**
 * A person's growth goal: what they want to grow, how it is measured (measures are key results, so
 * "measurable" means what it means for OKRs), what supports it, and where it stands in the
 * bottom-up flow ({@code docs/concepts.md}, "The bottom-up flow"). Immutable and thread-safe; the
 * flow methods return new values.
 *
 * <p><b>Create</b> one with {@link #propose(String, String, String)}, or with {@link #builder()},
 * and move it through the flow with {@link DevelopmentPlan}:
 * <pre>{@code
 * DevelopmentGoal goal = DevelopmentGoal.propose("g-1", "Answer the team's product questions", "maya")
 *     .edited(g -> g.addTargetSkill(TargetSkill.of("product-knowledge", 4))
 *         .addMeasure(KeyResult.increase("m-1", "Questions answered", 0, 20, "questions"))
 *         .addSupportActivity(SupportActivity.of(SupportKind.ON_THE_JOB, "Liaison at feedback sessions")));
 * }</pre>
 *
 * <p><b>Invariants.</b> Building fails with an {@link IllegalArgumentException} naming the field
 * and the value when the id or the proposer is blank, the planned share lies outside [0, 1]
 * ({@code development goal 'g-1': plannedShare must be within [0, 1]: 1.5}) or an attribute name is
 * blank. Goal ids, and the ids of their measures, are unique across the snapshot: duplicates fail
 * when the plan or the snapshot is built ({@link dev.alignkit.common.DuplicateIdException}).
 * Agreeing a DONE or DROPPED goal, or activating one never agreed, throws a
 * {@link DevelopmentFlowException}. The rules report the rest: no or unmeasurable measures
 * ({@code dev.goal.not-measurable}), no support ({@code dev.goal.no-support}), a tangential goal
 * ({@code dev.goal.tangential}), an agreement by someone without the authority
 * ({@code dev.plan.not-agreed}), a goal made PUBLIC ({@code privacy.visibility.widened}).
 *
 * <p><b>Equality:</b> two goals are equal when all their fields are equal, status, agreement and
 * attributes included.
 */
@Value.Immutable
public abstract class DevelopmentGoal implements HasAttributes {
  DevelopmentGoal() {}

  /** The goal's id; unique among the goals of a snapshot. */
  public abstract String id();

  /** The goal in words, such as "Become the team's go-to person for product questions". */
  public abstract String statement();

  /** The skills it grows. */
  public abstract List<TargetSkill> targetSkills();

  /** How progress is measured; ids unique among the measures of a snapshot. */
  public abstract List<KeyResult> measures();

  /** What supports it: on-the-job opportunities, courses, coaching. */
  public abstract List<SupportActivity> supportActivities();

  /** A role the goal prepares for, if not the plan's. */
  public abstract Optional<RoleRef> targetRole();

  /** The id of an objective or initiative the goal is woven into (see {@link DevelopmentPlan#weave}). */
  public abstract Optional<String> wovenInto();

  /** Whether the person pursues it on their own time; then it costs the role nothing. */
  @Value.Default
  public boolean ownTime() {
    return false;
  }

  /** The planned share of working time in [0, 1], such as 0.1 for half a day a week. */
  public abstract OptionalDouble plannedShare();

  /** Where the goal stands; PROPOSED unless set. */
  @Value.Default
  public GoalStatus status() {
    return GoalStatus.PROPOSED;
  }

  /** Who proposed it (a person id). */
  public abstract Optional<String> proposedBy();

  /** Who agreed to it (a person id). */
  public abstract Optional<String> agreedBy();

  /** When it was agreed. */
  public abstract Optional<LocalDate> agreedOn();

  /** The goal's own visibility; empty means the policy's default for goals (PRIVATE). */
  public abstract Optional<Visibility> visibility();

  /**
   * A goal as the employee proposes it.
   *
   * @param id the goal's id; not null or blank
   * @param statement the goal in words; not null
   * @param proposedBy the proposer's person id; not null or blank
   * @throws IllegalArgumentException if {@code id} or {@code proposedBy} is blank
   * @throws NullPointerException if an argument is null
   */
  public static DevelopmentGoal propose(String id, String statement, String proposedBy) {
    return builder().id(id).statement(statement).proposedBy(proposedBy).build();
  }

  /** Returns a builder; id and statement are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A copy changed by {@code change}. A goal that was agreed (AGREED or ACTIVE) returns to
   * PROPOSED and loses its agreement, since what was agreed is no longer what stands. The status
   * is not an edit: changes to it are ignored; use the flow methods.
   */
  public final DevelopmentGoal edited(UnaryOperator<Builder> change) {
    Builder builder = new Builder();
    builder.from(this);
    DevelopmentGoal changed = change.apply(builder).build();
    Builder result = new Builder();
    result.from(changed);
    if (status().counts()) {
      return result.status(GoalStatus.PROPOSED).agreedBy(Optional.empty()).agreedOn(Optional.empty()).build();
    }
    return result.status(status()).agreedBy(agreedBy()).agreedOn(agreedOn()).build();
  }

  /**
   * The goal agreed by {@code approverId} on {@code on}.
   *
   * @throws DevelopmentFlowException if the goal is DONE or DROPPED
   */
  public final DevelopmentGoal agreed(String approverId, LocalDate on) {
    if (!status().isOpen()) {
      throw new DevelopmentFlowException(id(), "goal '" + id() + "' is " + status() + " and cannot be agreed");
    }
    return new Builder().from(this).status(GoalStatus.AGREED).agreedBy(Checks.requireId(approverId, "approverId"))
        .agreedOn(on).build();
  }

  /**
   * The goal being worked on.
   *
   * @throws DevelopmentFlowException if it was never agreed
   */
  public final DevelopmentGoal activated() {
    if (status() != GoalStatus.AGREED || agreedBy().isEmpty()) {
      throw new DevelopmentFlowException(id(), "goal '" + id() + "' is " + status()
          + " and was never agreed: agree it before activating it");
    }
    return new Builder().from(this).status(GoalStatus.ACTIVE).build();
  }

  /** The goal reached. */
  public final DevelopmentGoal done() {
    return new Builder().from(this).status(GoalStatus.DONE).build();
  }

  /** The goal dropped. */
  public final DevelopmentGoal dropped() {
    return new Builder().from(this).status(GoalStatus.DROPPED).build();
  }

  @Value.Check
  final void check() {
    String id = Checks.requireId(id(), "development goal id");
    if (plannedShare().isPresent()) {
      Checks.requireUnitInterval(plannedShare().getAsDouble(), "development goal '%s': plannedShare", id);
    }
    if (proposedBy().isPresent()) {
      Checks.requireId(proposedBy().get(), "development goal '%s': proposedBy", id);
    }
    Checks.requireAttributeNames(attributes(), "development goal '%s'", id);
  }

  /** Builds a {@link DevelopmentGoal}. */
  public static final class Builder extends ImmutableDevelopmentGoal.Builder {
    Builder() {}
  }
}
