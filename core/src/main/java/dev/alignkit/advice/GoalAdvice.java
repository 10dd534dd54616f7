package dev.alignkit.advice;

import java.util.List;
import org.immutables.value.Value;

/** A goal's alignment and the advice for it, ranked. Immutable and thread-safe. */
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

  static ImmutableGoalAdvice.Builder builder() {
    return ImmutableGoalAdvice.builder();
  }
}
