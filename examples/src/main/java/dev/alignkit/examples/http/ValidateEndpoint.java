package dev.alignkit.examples.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.alignkit.advice.AdviceFormatter;
import dev.alignkit.jackson.AlignkitJson;
import dev.alignkit.json.AlignkitJsonException;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.rules.FindingFormatter;
import dev.alignkit.rules.Report;
import dev.alignkit.rules.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Answers {@code POST /validate}: reads the organization document in the request body, up to a
 * size limit, and answers the validator's report on it.
 *
 * <p>Thread-safe: it holds only immutable values.
 */
final class ValidateEndpoint {
  private final Validator validator;
  private final FindingFormatter formatter;
  private final AdviceFormatter sentences;
  private final Clock clock;
  private final int maxRequestBytes;

  /**
   * An endpoint that validates with {@code validator} and renders with the two formatters;
   * {@code clock} gives the date of a request without {@code asOf}. None may be null, and
   * {@code maxRequestBytes} is already checked by {@link HrService}.
   */
  ValidateEndpoint(Validator validator, FindingFormatter formatter, AdviceFormatter sentences, Clock clock,
      int maxRequestBytes) {
    this.validator = validator;
    this.formatter = formatter;
    this.sentences = sentences;
    this.clock = clock;
    this.maxRequestBytes = maxRequestBytes;
  }

  /**
   * The report on the posted document, with text in {@code locale}.
   *
   * @throws HttpProblem 413 for a body above the limit, 400 for a bad {@code Content-Length},
   *     {@code asOf} or document
   * @throws IOException if the body cannot be read
   */
  ObjectNode answer(HttpExchange exchange, Locale locale) throws IOException {
    // The body comes first: a body above the limit is refused before anything else is looked at.
    byte[] body = Requests.body(exchange, maxRequestBytes);
    LocalDate asOf = Requests.asOf(exchange, clock);
    OrganizationSnapshot posted;
    try {
      posted = AlignkitJson.read(new ByteArrayInputStream(body));
    } catch (AlignkitJsonException e) {
      throw HttpProblem.badDocument(e);
    }
    Report report = validator.validate(posted, asOf);
    return JsonViews.report(report, locale, formatter, sentences);
  }
}
