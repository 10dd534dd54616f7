package dev.alignkit.examples.http;

import com.sun.net.httpserver.HttpExchange;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.policy.Policy;
import dev.alignkit.privacy.View;
import dev.alignkit.privacy.Viewer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Who asks, read from the {@link HrService#VIEWER_HEADER} header, and the 403 answers for what
 * that person may not see. The header is taken as sent: the example does not authenticate it.
 */
final class Viewers {
  private Viewers() {}

  /**
   * The view of the person the viewer header names, judged on {@code asOf}; empty without the
   * header, since a caller without it is a trusted back end and sees everything.
   */
  static Optional<View> viewOf(HttpExchange exchange, OrganizationSnapshot snapshot, LocalDate asOf, Policy policy) {
    String viewer = exchange.getRequestHeaders().getFirst(HrService.VIEWER_HEADER);
    return viewer == null ? Optional.empty() : Optional.of(View.of(snapshot, Viewer.of(viewer), asOf, policy));
  }

  /**
   * Refuses the readiness of {@code person} unless {@code view}'s viewer sees all of their
   * assessments: readiness built from a part of them would mislead.
   *
   * @throws HttpProblem 403 when the viewer is unknown or misses any of the person's assessments
   */
  static void requireReadiness(View view, Person person) {
    if (!view.access().knowsViewer() || !view.access().seesAssessmentsOf(person.id())) {
      throw HttpProblem.forbidden("the viewer may not see the readiness of '" + person.id() + "'");
    }
  }

  /**
   * Refuses the advice of {@code person} when they have development plans and {@code view}'s
   * viewer sees none of them; a person without plans has no advice to hide.
   *
   * @param snapshot the whole snapshot, not the view's redacted one, so hidden plans count
   * @throws HttpProblem 403 when the viewer is unknown or sees none of the person's plans
   */
  static void requireAdvice(View view, OrganizationSnapshot snapshot, Person person) {
    List<DevelopmentPlan> plans = snapshot.plansOf(person.id());
    boolean seesAny = plans.isEmpty() || plans.stream().anyMatch(view.access()::sees);
    if (!view.access().knowsViewer() || !seesAny) {
      throw HttpProblem.forbidden("the viewer may not see the development plans of '" + person.id() + "'");
    }
  }
}
