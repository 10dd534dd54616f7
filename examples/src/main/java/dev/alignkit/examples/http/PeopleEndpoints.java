package dev.alignkit.examples.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.alignkit.advice.AdviceFormatter;
import dev.alignkit.advice.Advisor;
import dev.alignkit.advice.GoalAdvice;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.policy.Policy;
import dev.alignkit.privacy.View;
import dev.alignkit.progress.CareerPaths;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Answers {@code GET /people/{id}/readiness} and {@code GET /people/{id}/advice} about the
 * service's snapshot: in full for a trusted caller, and as {@link Viewers} allows when the request
 * names a viewer.
 *
 * <p>Thread-safe: it holds only immutable values.
 */
final class PeopleEndpoints {
  private final OrganizationSnapshot snapshot;
  private final Policy policy;
  private final AdviceFormatter sentences;
  private final Clock clock;

  /**
   * Endpoints about {@code snapshot}; {@code policy} drives readiness and advice, {@code clock}
   * gives the date of a request without {@code asOf}. None may be null.
   */
  PeopleEndpoints(OrganizationSnapshot snapshot, Policy policy, AdviceFormatter sentences, Clock clock) {
    this.snapshot = snapshot;
    this.policy = policy;
    this.sentences = sentences;
    this.clock = clock;
  }

  /** Whether {@code resource}, the last segment of {@code /people/{id}/...}, is one answered here. */
  static boolean serves(String resource) {
    return resource.equals("readiness") || resource.equals("advice");
  }

  /**
   * The answer for {@code resource} ({@code readiness} or {@code advice}) of the person {@code personId}.
   *
   * @throws HttpProblem 400 for a bad {@code asOf}; for a trusted caller, 404 for an unknown
   *     person; for a viewer, 403 for anything outside their rights, an unknown person included
   */
  ObjectNode answer(HttpExchange exchange, String personId, String resource, Locale locale) {
    boolean readiness = resource.equals("readiness");
    if (!Viewers.named(exchange)) {
      Person person = snapshot.person(personId)
          .orElseThrow(() -> HttpProblem.notFound("no person with id '" + personId + "'"));
      LocalDate asOf = Requests.asOf(exchange, clock);
      return readiness ? readiness(person, asOf) : advice(person, asOf, locale);
    }
    LocalDate asOf = Requests.asOf(exchange, clock);
    View view = Viewers.viewOf(exchange, snapshot, asOf, policy).orElseThrow();
    // The view decides before the person is looked up, so that a person who does not exist, one
    // whose data is hidden and one who has none are refused alike.
    Person person = readiness ? Viewers.requireReadiness(view, personId) : Viewers.requireAdvice(view, personId);
    return readiness ? readiness(person, asOf, view) : advice(person, asOf, locale, view);
  }

  private ObjectNode readiness(Person person, LocalDate asOf) {
    CareerPaths paths = CareerPaths.of(snapshot, asOf, policy);
    return JsonViews.readiness(snapshot, person, asOf, paths.currentRole(person.id()), paths.nextLevel(person.id()),
        paths.lateralMoves(person.id()));
  }

  /** Readiness as {@code view}'s viewer may see it, once they may be shown the person's. */
  private ObjectNode readiness(Person person, LocalDate asOf, View view) {
    return JsonViews.readiness(snapshot, person, asOf, view.currentRole(person.id()), view.nextLevel(person.id()),
        view.lateralMoves(person.id()));
  }

  private ObjectNode advice(Person person, LocalDate asOf, Locale locale) {
    Advisor advisor = Advisor.of(snapshot, asOf, policy);
    List<GoalAdvice> advice = new ArrayList<>();
    for (DevelopmentPlan plan : snapshot.plansOf(person.id())) {
      advice.addAll(advisor.advise(plan));
    }
    return JsonViews.advice(snapshot, person, asOf, advice, locale, sentences);
  }

  /** Advice as {@code view}'s viewer may see it, once they may be shown the person's plans. */
  private ObjectNode advice(Person person, LocalDate asOf, Locale locale, View view) {
    return JsonViews.advice(snapshot, person, asOf, view.adviceOfPerson(person.id()), locale, sentences);
  }
}
