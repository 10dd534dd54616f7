package dev.alignkit.hr;

import dev.alignkit.advice.GoalAdvice;
import dev.alignkit.hr.Viewers.Seen;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.OwnerKind;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.privacy.View;
import dev.alignkit.progress.ProgressSummary;
import dev.alignkit.progress.RoleOption;
import dev.alignkit.progress.Rollup;
import dev.alignkit.review.ReadinessLine;
import dev.alignkit.review.ReviewDocument;
import dev.alignkit.rules.Report;
import dev.alignkit.rules.Validator;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the service says about one person, each as the viewer may see it (docs/privacy.md): their
 * findings, the advice on their development goals, their readiness and their review. A person
 * whose plans or assessments the viewer may not see is answered as one who does not exist.
 */
@RestController
@RequestMapping("/organizations/{organizationId}/people/{personId}")
class PeopleController {
  private final Viewers viewers;
  private final Organizations organizations;
  private final Validator validator;

  PeopleController(Viewers viewers, Organizations organizations, Validator validator) {
    this.viewers = viewers;
    this.organizations = organizations;
    this.validator = validator;
  }

  /** A person's advice: the advisor's suggestions for each open development goal. */
  record PersonAdvice(String personId, LocalDate asOf, List<GoalAdvice> advice) {}

  /** A person's readiness for their current role, the next level and lateral moves. */
  record PersonReadiness(String personId, LocalDate asOf, Optional<RoleOption> currentRole,
      Optional<RoleOption> nextLevel, List<RoleOption> lateralMoves) {}

  @Operation(summary = "The findings about a person that the viewer may see",
      description = "The validation report of the organization as of the date, with the findings that belong to the"
          + " person and that the viewer may see; texts in the request's language.")
  @ApiResponse(responseCode = "200", description = "a Report (docs/json-format.md, Results)")
  @ApiResponse(responseCode = "404", description = "no such organization or person, or not visible")
  @GetMapping("/findings")
  Report findings(@PathVariable String organizationId, @PathVariable String personId,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asOf, Principal principal) {
    // People are organization data: every person of the organization sees who is in it.
    return findingsOf(see(organizationId, asOf, principal, view -> view.snapshot().person(personId).isPresent()),
        personId);
  }

  @Operation(summary = "The advice on a person's open development goals")
  @ApiResponse(responseCode = "200", description = "the advice, each GoalAdvice as in docs/json-format.md")
  @ApiResponse(responseCode = "404", description = "no such organization or person, or their plans are not visible")
  @GetMapping("/advice")
  PersonAdvice advice(@PathVariable String organizationId, @PathVariable String personId,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asOf, Principal principal) {
    Seen seen = see(organizationId, asOf, principal, view -> view.showsDevelopmentOf(personId));
    return new PersonAdvice(personId, seen.asOf(), seen.view().adviceOfPerson(personId));
  }

  @Operation(summary = "A person's readiness for their role, the next level and lateral moves")
  @ApiResponse(responseCode = "200", description = "RoleOptions as in docs/json-format.md")
  @ApiResponse(responseCode = "404", description = "no such organization or person, or their assessments are not visible")
  @GetMapping("/readiness")
  PersonReadiness readiness(@PathVariable String organizationId, @PathVariable String personId,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asOf, Principal principal) {
    Seen seen = see(organizationId, asOf, principal, view -> view.showsReadinessOf(personId));
    return new PersonReadiness(personId, seen.asOf(), seen.view().currentRole(personId),
        seen.view().nextLevel(personId), seen.view().lateralMoves(personId));
  }

  @Operation(summary = "A person's review: their objectives with progress, status counts, findings and readiness")
  @ApiResponse(responseCode = "200", description = "a ReviewDocument (docs/json-format.md, Results)")
  @ApiResponse(responseCode = "404", description = "no such organization or person, or not visible")
  @GetMapping("/review")
  ReviewDocument review(@PathVariable String organizationId, @PathVariable String personId,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asOf, Principal principal) {
    // Readiness is the most guarded part of a review: who may see it may see the whole review.
    Seen seen = see(organizationId, asOf, principal, view -> view.showsReadinessOf(personId));
    OrganizationSnapshot visible = seen.view().snapshot();
    Rollup rollup = seen.state().rollup(seen.asOf());
    ProgressSummary summary = rollup.summaryOfPerson(personId);
    ReviewDocument.Builder review = ReviewDocument.builder().asOf(seen.asOf()).personId(personId)
        .statusCounts(summary.counts()).atRisk(summary.atRisk())
        .report(findingsOf(seen, personId));
    for (Objective objective : visible.objectives()) {
      if (objective.owner().kind() == OwnerKind.PERSON && objective.owner().id().filter(personId::equals).isPresent()) {
        rollup.objective(objective.id()).ifPresent(review::addObjective);
        for (KeyResult keyResult : objective.keyResults()) {
          rollup.keyResult(keyResult.id()).ifPresent(review::addKeyResult);
        }
      }
    }
    visible.person(personId).flatMap(person -> person.role()).ifPresent(role -> {
      seen.view().currentRole(personId).ifPresent(option -> review.addReadiness(ReadinessLine.of(personId, role, option)));
      seen.view().nextLevel(personId).ifPresent(option -> review.addReadiness(ReadinessLine.of(personId, role, option)));
    });
    return review.build();
  }

  /**
   * The organization as the principal sees it on {@code asOf} (default today), when {@code shows}
   * holds for their view.
   *
   * @throws NotVisibleException otherwise, the same for every reason
   */
  private Seen see(String organizationId, Optional<LocalDate> asOf, Principal principal, Predicate<View> shows) {
    Seen seen = viewers.view(organizationId, principal, asOf.orElseGet(organizations::today));
    if (!shows.test(seen.view())) {
      throw new NotVisibleException();
    }
    return seen;
  }

  /** The findings of the viewer's report that belong to the person. */
  private Report findingsOf(Seen seen, String personId) {
    return seen.view().report(validator).map(finding -> finding.personId().filter(personId::equals).isPresent()
        ? Optional.of(finding) : Optional.empty());
  }
}
