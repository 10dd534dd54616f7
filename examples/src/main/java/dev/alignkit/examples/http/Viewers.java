package dev.alignkit.examples.http;

import com.sun.net.httpserver.HttpExchange;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.policy.Policy;
import dev.alignkit.privacy.View;
import dev.alignkit.privacy.Viewer;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Who asks, read from the {@link HrService#VIEWER_HEADER} header, and the 403 answers for what
 * that person may not see. The header is taken as sent: the example does not authenticate it.
 *
 * <p>A refusal tells nothing: it is one status and one body per resource, whatever the reason (a
 * person who does not exist, a person whose data is hidden from the viewer, a person who has none,
 * a viewer who is no person of the organization), as the core's {@link View} decides it.
 */
final class Viewers {
  private Viewers() {}

  /** Whether the request names a viewer; without one the caller is a trusted back end. */
  static boolean named(HttpExchange exchange) {
    return exchange.getRequestHeaders().getFirst(HrService.VIEWER_HEADER) != null;
  }

  /**
   * The view of the person the viewer header names, judged on {@code asOf}; empty without the
   * header, since a caller without it is a trusted back end and sees everything.
   */
  static Optional<View> viewOf(HttpExchange exchange, OrganizationSnapshot snapshot, LocalDate asOf, Policy policy) {
    String viewer = exchange.getRequestHeaders().getFirst(HrService.VIEWER_HEADER);
    return viewer == null ? Optional.empty() : Optional.of(View.of(snapshot, Viewer.of(viewer), asOf, policy));
  }

  /**
   * The person, when {@code view}'s viewer may be shown their readiness ({@link View#showsReadinessOf}:
   * the person, their manager chain, HR administrators); readiness built from a part of their
   * assessments would mislead.
   *
   * @throws HttpProblem 403, the same for every reason
   */
  static Person requireReadiness(View view, String personId) {
    if (!view.showsReadinessOf(personId)) {
      throw HttpProblem.forbidden("the viewer may not see this person's readiness");
    }
    return view.access().snapshot().person(personId).orElseThrow();
  }

  /**
   * The person, when {@code view}'s viewer may be shown their development plans and advice
   * ({@link View#showsDevelopmentOf}); they may have none, and the answer then lists no goals.
   *
   * @throws HttpProblem 403, the same for every reason
   */
  static Person requireAdvice(View view, String personId) {
    if (!view.showsDevelopmentOf(personId)) {
      throw HttpProblem.forbidden("the viewer may not see this person's development plans");
    }
    return view.access().snapshot().person(personId).orElseThrow();
  }
}
