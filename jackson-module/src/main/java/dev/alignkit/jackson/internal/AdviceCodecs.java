package dev.alignkit.jackson.internal;

import static dev.alignkit.jackson.internal.Scalars.INT;
import static dev.alignkit.jackson.internal.Scalars.STRING;
import static dev.alignkit.jackson.internal.Scalars.enumOf;

import dev.alignkit.advice.Suggestion;
import dev.alignkit.advice.SuggestionKind;

/**
 * The JSON objects of advice: a suggestion, with the sentence rendered only for a writer with a
 * {@code Locale}, beside its message key and arguments.
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
}
