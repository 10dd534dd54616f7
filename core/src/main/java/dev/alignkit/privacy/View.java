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
 * person, build a {@link Viewer}, take a view, and before answering for a person or a plan ask
 * the view whether the viewer may be shown it ({@link #showsDevelopmentOf}, {@link #showsReadinessOf},
 * {@link #showsPlan}). Each is false alike for an id that names nothing and for data the viewer may
 * not see, so one answer ("not visible": one status, one text) serves every case and a refusal
 * tells nothing. Thread-safe; the redacted snapshot and the advisor are computed on first use.
 *
 * <pre>{@code
 * View view = Privacy.view(snapshot, Viewer.of(request.header("X-Person")), asOf, policy);
 * if (!view.showsReadinessOf(personId)) {
 *   return notVisible(personId);       // the same for a missing person and a hidden profile
 * }
 * Optional<RoleOption> next = view.nextLevel(personId);
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

  /** Who may see what. */
  public Access access() {
    return access;
  }

  /**
   * Whether the viewer may be shown the person's development plans and advice
   * ({@link Access#seesDevelopmentOf}): false alike for a person who does not exist, one without
   * plans and one whose plans are hidden; true for the person, their manager chain and HR
   * administrators, whose answer may be an empty list.
   *
   * @param personId not null
   */
  public boolean showsDevelopmentOf(String personId) {
    return access.seesDevelopmentOf(personId);
  }

  /**
   * Whether the viewer may be shown the person's readiness and career paths
   * ({@link Access#seesReadinessOf}): false alike for a person who does not exist, one without
   * assessments and one with assessments the viewer may not see; true for the person, their
   * manager chain, HR administrators and holders of a grant for them.
   *
   * @param personId not null
   */
  public boolean showsReadinessOf(String personId) {
    return access.seesReadinessOf(personId);
  }

  /**
   * Whether the plan exists and the viewer sees it ({@link Access#seesPlan}): false alike for a
   * plan id that names nothing and a hidden plan.
   *
   * @param planId not null
   */
  public boolean showsPlan(String planId) {
    return access.seesPlan(planId);
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
   * plan order; see {@link Privacy#advice}. Empty when the plan does not exist or is hidden, and
   * when it has no open goal the viewer sees: ask {@link #showsPlan} to tell "not visible" from
   * "nothing to advise on".
   *
   * @param planId not null
   */
  public List<GoalAdvice> advice(String planId) {
    if (!access.seesPlan(planId)) {
      return List.of();
    }
    DevelopmentPlan plan = access.snapshot().plan(planId).orElseThrow();
    List<GoalAdvice> out = new ArrayList<>();
    for (DevelopmentGoal goal : plan.goals()) {
      if (goal.status().isOpen() && access.sees(plan, goal)) {
        out.add(sanitizer.advice(plan, advisor().advise(plan, goal)));
      }
    }
    return List.copyOf(out);
  }

  /**
   * The advice on each plan of the person that the viewer may see, in snapshot order, as
   * {@link #advice(String)} gives it per plan; empty unless {@link #showsDevelopmentOf} (which tells
   * "not visible" from "nothing to advise on").
   *
   * @param personId not null
   */
  public List<GoalAdvice> adviceOfPerson(String personId) {
    if (!access.seesDevelopmentOf(personId)) {
      return List.of();
    }
    List<GoalAdvice> out = new ArrayList<>();
    for (DevelopmentPlan plan : access.snapshot().plansOf(personId)) {
      out.addAll(advice(plan.id()));
    }
    return List.copyOf(out);
  }

  /**
   * The person's readiness for a role; see {@link Privacy#readiness}. Empty when the role does not
   * resolve, or unless {@link #showsReadinessOf} (the viewer sees every assessment the person has
   * or could have).
   *
   * @param personId not null
   * @param role not null
   */
  public Optional<Readiness> readiness(String personId, RoleRef role) {
    requireNonNull(role, "role");
    if (!access.seesReadinessOf(personId)) {
      return Optional.empty();
    }
    return paths().readiness(personId, role);
  }

  /**
   * The roles the person could move to, best first ({@link CareerPaths#bestNextRoles}); empty
   * unless {@link #showsReadinessOf}, since the ranking comes from the person's assessments.
   *
   * @param personId not null
   */
  public List<RoleOption> bestNextRoles(String personId) {
    if (!access.seesReadinessOf(personId)) {
      return List.of();
    }
    return paths().bestNextRoles(personId);
  }

  /**
   * The person's current role with readiness and gaps ({@link CareerPaths#currentRole}); empty
   * unless {@link #showsReadinessOf}.
   *
   * @param personId not null
   */
  public Optional<RoleOption> currentRole(String personId) {
    return access.seesReadinessOf(personId) ? paths().currentRole(personId) : Optional.empty();
  }

  /**
   * The next level of the person's ladder with readiness and gaps ({@link CareerPaths#nextLevel});
   * empty unless {@link #showsReadinessOf}.
   *
   * @param personId not null
   */
  public Optional<RoleOption> nextLevel(String personId) {
    return access.seesReadinessOf(personId) ? paths().nextLevel(personId) : Optional.empty();
  }

  /**
   * The declared lateral moves from the person's role with readiness and gaps
   * ({@link CareerPaths#lateralMoves}); empty unless {@link #showsReadinessOf}.
   *
   * @param personId not null
   */
  public List<RoleOption> lateralMoves(String personId) {
    return access.seesReadinessOf(personId) ? paths().lateralMoves(personId) : List.of();
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
