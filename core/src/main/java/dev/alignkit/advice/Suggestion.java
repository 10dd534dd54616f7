package dev.alignkit.advice;

import dev.alignkit.career.RoleRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One piece of advice: its kind and rank, what it refers to, and the arguments of the sentence a
 * manager could say (rendered by {@link AdviceFormatter}). Immutable and thread-safe.
 *
 * <p><b>Get</b> them from {@link GoalAdvice#suggestions()}, or from the finding of
 * {@code dev.goal.tangential}, which carries them ({@code Finding.advice()}):
 * <pre>{@code
 * GoalAdvice advice = Advisor.of(snapshot, asOf, policy).advise(plan, goal);
 * AdviceFormatter formatter = AdviceFormatter.standard();
 * for (Suggestion suggestion : advice.suggestions()) {
 *   System.out.println(suggestion.rank() + ". " + formatter.sentence(suggestion, Locale.ENGLISH));
 * }
 * }</pre>
 *
 * <p>{@link #builder()} builds one, for a client that reads advice back (the JSON module does) or
 * a test:
 * <pre>{@code
 * Suggestion tweak = Suggestion.builder().kind(SuggestionKind.TWEAK).rank(1).messageKey("advice.tweak")
 *     .putArgument("skill", "negotiation").addSkill("negotiation").build();
 * }</pre>
 *
 * <p><b>Invariants.</b> The rank is at least 1 and the message key is not blank, else building
 * (and {@link #withRank}) fails with an {@link IllegalArgumentException} naming the value
 * ({@code suggestion rank must be at least 1: 0}); a missing kind, rank or message key fails with
 * an {@link IllegalStateException}. What the lists name is not checked.
 *
 * <p><b>Equality:</b> two suggestions are equal when all their fields are equal, lists in order.
 */
@Value.Immutable
public abstract class Suggestion {
  Suggestion() {}

  /** The kind. */
  public abstract SuggestionKind kind();

  /** The position in the advice, from 1: kinds in {@link SuggestionKind} order, then each kind's ranking. */
  public abstract int rank();

  /** The message key of the sentence, such as {@code advice.tweak}. */
  public abstract String messageKey();

  /** The named arguments of the sentence. */
  public abstract Map<String, String> arguments();

  /** The skills it refers to. */
  public abstract List<String> skills();

  /** The roles (ladder levels) it refers to. */
  public abstract List<RoleRef> roles();

  /** The objectives it refers to. */
  public abstract List<String> objectives();

  /** The initiatives it refers to. */
  public abstract List<String> initiatives();

  /** The ladders it refers to. */
  public abstract List<String> ladders();

  /** The openings it refers to. */
  public abstract List<String> openings();

  /** The lateral moves it refers to. */
  public abstract List<String> lateralMoves();

  /** The skills of the current role the person is under or missing (EXPECTATIONS). */
  public abstract List<String> gaps();

  /**
   * A copy at another position in the advice, for a list from which suggestions were left out.
   *
   * @param rank the new position, from 1
   */
  public abstract Suggestion withRank(int rank);

  /** Returns a builder; kind, rank and message key are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    if (rank() < 1) {
      throw new IllegalArgumentException("suggestion rank must be at least 1: " + rank());
    }
    if (messageKey().isBlank()) {
      throw new IllegalArgumentException("suggestion message key must not be blank: '" + messageKey() + "'");
    }
  }

  /**
   * A copy that does not cite the person's current-role gaps: an EXPECTATIONS suggestion keeps its
   * role and expectations but loses {@link #gaps()} and the {@code gaps} argument, and its
   * sentence becomes {@code advice.expectations}. Gaps come from skill assessments, so this is the
   * suggestion to show someone who may not see them. Other suggestions are returned unchanged.
   */
  public final Suggestion withoutGaps() {
    if (gaps().isEmpty() && !arguments().containsKey("gaps")) {
      return this;
    }
    Map<String, String> arguments = new LinkedHashMap<>(arguments());
    arguments.remove("gaps");
    String key = messageKey().equals("advice.expectations.gaps") ? "advice.expectations" : messageKey();
    return builder().from(this).gaps(List.of()).arguments(arguments).messageKey(key).build();
  }

  /** Builds a {@link Suggestion}. */
  public static final class Builder extends ImmutableSuggestion.Builder {
    Builder() {}
  }

  /** A suggestion being put together by the advisor, before its rank is known. */
  static final class Draft {
    final SuggestionKind kind;
    String messageKey;
    final Map<String, String> arguments = new LinkedHashMap<>();
    final List<String> skills = new ArrayList<>();
    final List<RoleRef> roles = new ArrayList<>();
    final List<String> objectives = new ArrayList<>();
    final List<String> initiatives = new ArrayList<>();
    final List<String> ladders = new ArrayList<>();
    final List<String> openings = new ArrayList<>();
    final List<String> lateralMoves = new ArrayList<>();
    final List<String> gaps = new ArrayList<>();

    Draft(SuggestionKind kind, String messageKey) {
      this.kind = kind;
      this.messageKey = messageKey;
    }

    Draft argument(String name, String value) {
      arguments.put(name, value);
      return this;
    }

    Suggestion build(int rank) {
      return builder().kind(kind).rank(rank).messageKey(messageKey).arguments(arguments)
          .skills(skills).roles(roles).objectives(objectives).initiatives(initiatives).ladders(ladders)
          .openings(openings).lateralMoves(lateralMoves).gaps(gaps).build();
    }
  }
}
