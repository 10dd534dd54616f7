package dev.alignkit.advice;

import java.util.List;
import org.immutables.value.Value;

/**
 * A goal's alignment and the advice for it, ranked. Immutable and thread-safe.
 *
 * <p><b>Get</b> one from an {@link Advisor}, for one goal
 * ({@link Advisor#advise(dev.alignkit.development.DevelopmentPlan,
 * dev.alignkit.development.DevelopmentGoal) advise(plan, goal)}) or for every open goal of a plan
 * ({@link Advisor#advise(dev.alignkit.development.DevelopmentPlan) advise(plan)}), or for one
 * viewer from {@code dev.alignkit.privacy.View#advice}:
 * <pre>{@code
 * Advisor advisor = Advisor.of(snapshot, LocalDate.of(2026, 8, 15), policy);
 * for (GoalAdvice advice : advisor.advise(plan)) {
 *   System.out.println(advice.alignment().alignmentClass() + " " + advice.kinds());
 * }
 * }</pre>
 * A TANGENTIAL goal gets the full advice, and any goal of a person performing BELOW expectations
 * gets EXPECTATIONS (when their role resolves); other goals get no suggestions.
 *
 * <p>{@link #builder()} builds one, for a client that reads advice back (the JSON module does) or
 * a test.
 *
 * <p><b>Invariants:</b> none beyond its fields; the advisor builds it. A missing plan id or
 * alignment fails with an {@link IllegalStateException}.
 *
 * <p><b>Equality:</b> two advices are equal when plan, alignment and suggestions (in order) are
 * equal.
 */
@Value.Immutable
public abstract class GoalAdvice {
  GoalAdvice() {}

  /** The plan's id. */
  public abstract String planId();

  /** The goal's alignment. */
  public abstract GoalAlignment alignment();

  /** The suggestions, by rank. */
  public abstract List<Suggestion> suggestions();

  /** The kinds of the suggestions, in rank order. */
  public final List<SuggestionKind> kinds() {
    return suggestions().stream().map(Suggestion::kind).toList();
  }

  /**
   * A copy with another alignment, such as one that no longer names the work that decided it.
   *
   * @param alignment not null
   */
  public abstract GoalAdvice withAlignment(GoalAlignment alignment);

  /**
   * A copy with other suggestions, such as the ones a viewer may see.
   *
   * @param suggestions by rank; not null
   */
  public abstract GoalAdvice withSuggestions(Iterable<? extends Suggestion> suggestions);

  /** Returns a builder; plan id and alignment are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GoalAdvice}. */
  public static final class Builder extends ImmutableGoalAdvice.Builder {
    Builder() {}
  }
}
