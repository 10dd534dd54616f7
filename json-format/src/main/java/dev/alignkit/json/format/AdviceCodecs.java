package dev.alignkit.json.format;

import static dev.alignkit.json.format.Scalars.INT;
import static dev.alignkit.json.format.Scalars.STRING;
import static dev.alignkit.json.format.Scalars.enumOf;

import dev.alignkit.advice.AlignmentClass;
import dev.alignkit.advice.GoalAdvice;
import dev.alignkit.advice.GoalAlignment;
import dev.alignkit.advice.Suggestion;
import dev.alignkit.advice.SuggestionKind;

/**
 * The JSON objects of advice: a development goal's alignment, the advice on it, and a suggestion,
 * whose sentence is rendered only for a writer with a {@code Locale}, beside its message key and
 * arguments.
 */
public final class AdviceCodecs {
  private AdviceCodecs() {}

  public static final ResultCodec<Suggestion, Suggestion.Builder> SUGGESTION =
      ResultCodec.<Suggestion, Suggestion.Builder>of(Suggestion.class, "suggestion", Suggestion::builder,
              Suggestion.Builder::build)
          .required("kind", enumOf(SuggestionKind.class), Suggestion::kind, (b, v) -> b.kind(v))
          .required("rank", INT, Suggestion::rank, (b, v) -> b.rank(v))
          .required("messageKey", STRING, Suggestion::messageKey, (b, v) -> b.messageKey(v))
          .map("arguments", Scalars.TEXTS_BY_NAME, Suggestion::arguments, (b, v) -> b.arguments(v))
          .list("skills", STRING, Suggestion::skills, (b, v) -> b.skills(v))
          .list("roles", CareerCodecs.ROLE_REF, Suggestion::roles, (b, v) -> b.roles(v))
          .list("objectives", STRING, Suggestion::objectives, (b, v) -> b.objectives(v))
          .list("initiatives", STRING, Suggestion::initiatives, (b, v) -> b.initiatives(v))
          .list("ladders", STRING, Suggestion::ladders, (b, v) -> b.ladders(v))
          .list("openings", STRING, Suggestion::openings, (b, v) -> b.openings(v))
          .list("lateralMoves", STRING, Suggestion::lateralMoves, (b, v) -> b.lateralMoves(v))
          .list("gaps", STRING, Suggestion::gaps, (b, v) -> b.gaps(v))
          .rendered("sentence", (suggestion, texts) -> texts.sentence(suggestion))
          .build();

  public static final ResultCodec<GoalAlignment, GoalAlignment.Builder> GOAL_ALIGNMENT =
      ResultCodec.<GoalAlignment, GoalAlignment.Builder>of(GoalAlignment.class, "goal alignment",
              GoalAlignment::builder, GoalAlignment.Builder::build)
          .required("goalId", STRING, GoalAlignment::goalId, (b, v) -> b.goalId(v))
          .required("alignmentClass", enumOf(AlignmentClass.class), GoalAlignment::alignmentClass,
              (b, v) -> b.alignmentClass(v))
          .optional("skillId", STRING, GoalAlignment::skillId, (b, v) -> b.skillId(v))
          .optional("role", CareerCodecs.ROLE_REF, GoalAlignment::role, (b, v) -> b.role(v))
          .optional("objectiveId", STRING, GoalAlignment::objectiveId, (b, v) -> b.objectiveId(v))
          .optional("initiativeId", STRING, GoalAlignment::initiativeId, (b, v) -> b.initiativeId(v))
          .required("reason", STRING, GoalAlignment::reason, (b, v) -> b.reason(v))
          .build();

  public static final ResultCodec<GoalAdvice, GoalAdvice.Builder> GOAL_ADVICE =
      ResultCodec.<GoalAdvice, GoalAdvice.Builder>of(GoalAdvice.class, "goal advice", GoalAdvice::builder,
              GoalAdvice.Builder::build)
          .required("planId", STRING, GoalAdvice::planId, (b, v) -> b.planId(v))
          .required("alignment", GOAL_ALIGNMENT, GoalAdvice::alignment, (b, v) -> b.alignment(v))
          .list("suggestions", SUGGESTION, GoalAdvice::suggestions, (b, v) -> b.suggestions(v))
          .build();
}
