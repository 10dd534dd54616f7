package dev.alignkit.advice;

import dev.alignkit.career.RoleRef;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A goal's alignment class and what made it so: the skill, the role and level, or the objective
 * or initiative. Immutable and thread-safe.
 *
 * <p><b>Get</b> one with {@link Advisor#classify(dev.alignkit.development.DevelopmentPlan,
 * dev.alignkit.development.DevelopmentGoal) Advisor.classify}, or from
 * {@link GoalAdvice#alignment()}:
 * <pre>{@code
 * GoalAlignment alignment = Advisor.of(snapshot, asOf, policy).classify(plan, goal);
 * // such as "TARGET_ROLE: negotiation is expected at sales/S1"
 * System.out.println(alignment.alignmentClass() + ": " + alignment.reason());
 * }</pre>
 *
 * <p>{@link #builder()} builds one, for a client that reads advice back (the JSON module does) or
 * a test.
 *
 * <p><b>Invariants:</b> none beyond its fields; the advisor builds it. A missing goal id, class or
 * reason fails with an {@link IllegalStateException}. A goal the advisor cannot
 * place is UNKNOWN or TANGENTIAL, never an error; the rule {@code dev.goal.tangential} reports a
 * tangential one.
 *
 * <p><b>Equality:</b> two alignments are equal when all their fields are equal, the reason
 * included.
 */
@Value.Immutable
public abstract class GoalAlignment {
  GoalAlignment() {}

  /** The development goal's id. */
  public abstract String goalId();

  /** The class. */
  public abstract AlignmentClass alignmentClass();

  /** The targeted skill that decided the class, if a skill did. */
  public abstract Optional<String> skillId();

  /** The role whose expectations decided it (CURRENT_ROLE, TARGET_ROLE). */
  public abstract Optional<RoleRef> role();

  /** The objective that decided it (WOVEN). */
  public abstract Optional<String> objectiveId();

  /** The initiative that decided it (WOVEN). */
  public abstract Optional<String> initiativeId();

  /** Why, in plain words (English, for logs); applications render their own text from the fields. */
  public abstract String reason();

  /**
   * A copy that does not name the objective or initiative that decided the class, for someone
   * who may not see it: both ids are empty and the reason says only that the work is not shown.
   * An alignment that names neither is returned unchanged.
   */
  public final GoalAlignment withoutWork() {
    if (objectiveId().isEmpty() && initiativeId().isEmpty()) {
      return this;
    }
    String reason = skillId().map(skill -> skill + " is exercised by work that is not shown")
        .orElse("woven into work that is not shown");
    return builder().from(this).objectiveId(Optional.empty()).initiativeId(Optional.empty()).reason(reason).build();
  }

  /** Returns a builder; goal id, class and reason are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GoalAlignment}. */
  public static final class Builder extends ImmutableGoalAlignment.Builder {
    Builder() {}
  }
}
