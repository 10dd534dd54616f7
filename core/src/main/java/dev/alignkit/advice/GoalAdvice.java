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

  static ImmutableGoalAdvice.Builder builder() {
    return ImmutableGoalAdvice.builder();
  }
}
