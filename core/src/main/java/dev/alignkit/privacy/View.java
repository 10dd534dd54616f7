package dev.alignkit.privacy;

import static java.util.Objects.requireNonNull;

import dev.alignkit.advice.Advisor;
import dev.alignkit.advice.GoalAdvice;
import dev.alignkit.progress.Readiness;
import dev.alignkit.career.RoleRef;
import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.policy.Policy;
import dev.alignkit.progress.CareerPaths;
import dev.alignkit.progress.RoleOption;
import dev.alignkit.rules.Report;
import dev.alignkit.rules.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything one viewer may be shown of one snapshot as of a date: the redacted snapshot, the
 * report, advice and readiness. This is the entry point for a request handler: authenticate the
 * person, build a {@link Viewer}, take a view, answer 403 when {@link Access#knowsViewer()} is
 * false or when {@link #access()} says the requested item is hidden, and serve the rest from the
 * view. Thread-safe; the redacted snapshot and the advisor are computed on first use.
 *
 * <pre>{@code
 * View view = Privacy.view(snapshot, Viewer.of(request.header("X-Person")), asOf, policy);
 * if (!view.access().knowsViewer()) {
 *   return forbidden();
 * }
 * OrganizationSnapshot visible = view.snapshot();
 * Report report = view.report(validator);
 * }</pre>
 *
 * <p>The guarantees are those of {@link Privacy#redact}, {@link Privacy#report},
 * {@link Privacy#advice} and {@link Privacy#readiness}, which delegate here.
 *
 * <p><b>Equality:</b> a view is not a value: it is equal only to itself. Compare what it returns.
 */
public final class View {
  private final Access access;
  private final Sanitizer sanitizer;
  private volatile OrganizationSnapshot redacted;
  private volatile Advisor advisor;
  private volatile CareerPaths paths;

  private View(Access access) {
    this.access = access;
    this.sanitizer = new Sanitizer(access);
  }

  /**
   * The view of {@code viewer} on {@code snapshot} as of {@code asOf}.
   *
   * @param snapshot the whole snapshot; not null
   * @param viewer not null
   * @param asOf the date grants, progress, advice and readiness are judged on; not null
   * @param policy default visibilities, and the policy of progress, advice and readiness; not null
   * @throws NullPointerException if an argument is null
   */
  public static View of(OrganizationSnapshot snapshot, Viewer viewer, LocalDate asOf, Policy policy) {
    return new View(Access.of(snapshot, viewer, asOf, policy));
  }

  /** Who may see what; use it to refuse a request for a hidden item. */
  public Access access() {
    return access;
  }

  /** The snapshot the viewer may see; see {@link Privacy#redact}. Computed once. */
  public OrganizationSnapshot snapshot() {
    OrganizationSnapshot result = redacted;
    if (result == null) {
      // Two threads may both compute it; the results are equal, either may win.
      result = Redaction.of(access);
      redacted = result;
    }
    return result;
  }

  /**
   * The report the viewer may see; see {@link Privacy#report}. Visibility is judged by this
   * view's policy; the rules run under the validator's.
   *
   * @param validator not null
   */
  public Report report(Validator validator) {
    Report full = requireNonNull(validator, "validator").validate(access.snapshot(), access.asOf());
    return full.map(sanitizer::finding);
  }

  /**
   * The advice on each open goal (PROPOSED, AGREED, ACTIVE) of a plan that the viewer may see, in
   * plan order; see {@link Privacy#advice}. Empty when the plan does not exist or is hidden.
   *
   * @param planId not null
   */
  public List<GoalAdvice> advice(String planId) {
    Optional<DevelopmentPlan> plan = access.snapshot().plan(requireNonNull(planId, "planId"));
    if (plan.isEmpty() || !access.sees(plan.get())) {
      return List.of();
    }
    List<GoalAdvice> out = new ArrayList<>();
    for (DevelopmentGoal goal : plan.get().goals()) {
      if (goal.status().isOpen() && access.sees(plan.get(), goal)) {
        out.add(sanitizer.advice(plan.get(), advisor().advise(plan.get(), goal)));
      }
    }
    return List.copyOf(out);
  }

  /**
   * The advice on each plan of the person that the viewer may see, in snapshot order, as
   * {@link #advice(String)} gives it per plan.
   *
   * @param personId not null
   */
  public List<GoalAdvice> adviceOfPerson(String personId) {
    List<GoalAdvice> out = new ArrayList<>();
    for (DevelopmentPlan plan : access.snapshot().plansOf(requireNonNull(personId, "personId"))) {
      out.addAll(advice(plan.id()));
    }
    return List.copyOf(out);
  }

  /**
   * The person's readiness for a role; see {@link Privacy#readiness}. Empty when the role does not
   * resolve, or when the viewer may not see every assessment of the person.
   *
   * @param personId not null
   * @param role not null
   */
  public Optional<Readiness> readiness(String personId, RoleRef role) {
    requireNonNull(role, "role");
    if (!access.seesAssessmentsOf(requireNonNull(personId, "personId"))) {
      return Optional.empty();
    }
    return paths().readiness(personId, role);
  }

  /**
   * The roles the person could move to, best first ({@link CareerPaths#bestNextRoles}); empty when
   * the viewer may not see every assessment of the person, since the ranking comes from them.
   *
   * @param personId not null
   */
  public List<RoleOption> bestNextRoles(String personId) {
    if (!access.seesAssessmentsOf(requireNonNull(personId, "personId"))) {
      return List.of();
    }
    return paths().bestNextRoles(personId);
  }

  /**
   * The person's current role with readiness and gaps ({@link CareerPaths#currentRole}); empty
   * when the viewer may not see every assessment of the person.
   *
   * @param personId not null
   */
  public Optional<RoleOption> currentRole(String personId) {
    return access.seesAssessmentsOf(requireNonNull(personId, "personId")) ? paths().currentRole(personId)
        : Optional.empty();
  }

  /**
   * The next level of the person's ladder with readiness and gaps ({@link CareerPaths#nextLevel});
   * empty when the viewer may not see every assessment of the person.
   *
   * @param personId not null
   */
  public Optional<RoleOption> nextLevel(String personId) {
    return access.seesAssessmentsOf(requireNonNull(personId, "personId")) ? paths().nextLevel(personId)
        : Optional.empty();
  }

  /**
   * The declared lateral moves from the person's role with readiness and gaps
   * ({@link CareerPaths#lateralMoves}); empty when the viewer may not see every assessment of the
   * person.
   *
   * @param personId not null
   */
  public List<RoleOption> lateralMoves(String personId) {
    return access.seesAssessmentsOf(requireNonNull(personId, "personId")) ? paths().lateralMoves(personId)
        : List.of();
  }

  private Advisor advisor() {
    Advisor result = advisor;
    if (result == null) {
      result = Advisor.of(access.snapshot(), access.asOf(), access.policy());
      advisor = result;
    }
    return result;
  }

  private CareerPaths paths() {
    CareerPaths result = paths;
    if (result == null) {
      result = CareerPaths.of(access.snapshot(), access.asOf(), access.policy());
      paths = result;
    }
    return result;
  }
}
