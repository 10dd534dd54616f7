package dev.alignkit.examples.review;

import dev.alignkit.jackson.ResultJson;
import java.util.Locale;

/**
 * The review as JSON, for a pipeline: the review's {@link dev.alignkit.review.ReviewDocument}
 * ({@link Review#document()}) as the JSON module writes it ({@code docs/json-format.md}, "Results"),
 * with each finding's message and suggestion and each suggestion's sentence rendered in the
 * review's locale beside their codes and arguments. It holds results by id: titles and names are
 * the organization document's. {@code ResultJson.fromJson(json, ReviewDocument.class)} reads it back.
 */
final class JsonReview {
  private JsonReview() {}

  static String render(Review review, Locale locale) {
    return ResultJson.toJson(review.document(), locale);
  }
}
