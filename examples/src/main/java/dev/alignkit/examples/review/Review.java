package dev.alignkit.examples.review;

import dev.alignkit.Alignkit;
import dev.alignkit.advice.Advisor;
import dev.alignkit.advice.AlignmentClass;
import dev.alignkit.advice.GoalAdvice;
import dev.alignkit.advice.Suggestion;
import dev.alignkit.career.RoleRef;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.AlignmentKind;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.OrdinalZone;
import dev.alignkit.okr.Owner;
import dev.alignkit.okr.Cycle;
import dev.alignkit.org.DisplayNames;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.org.Team;
import dev.alignkit.org.Waiver;
import dev.alignkit.policy.Policy;
import dev.alignkit.policy.Severity;
import dev.alignkit.privacy.Privacy;
import dev.alignkit.privacy.View;
import dev.alignkit.privacy.Viewer;
import dev.alignkit.progress.CareerPaths;
import dev.alignkit.progress.Grade;
import dev.alignkit.progress.ObjectiveRollup;
import dev.alignkit.progress.PaceStatus;
import dev.alignkit.progress.ProgressSummary;
import dev.alignkit.progress.RoleOption;
import dev.alignkit.progress.Rollup;
import dev.alignkit.progress.Scorecard;
import dev.alignkit.review.ReviewDocument;
import dev.alignkit.rules.Finding;
import dev.alignkit.rules.FindingSink;
import dev.alignkit.rules.Report;
import dev.alignkit.rules.RuleCodes;
import dev.alignkit.rules.Validator;
import dev.alignkit.rules.WaivedFinding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Everything the review shows, computed once from a snapshot: the roll-up and its summary, the
 * backlog, the validation report, readiness highlights and the advice on tangential goals.
 * Renderers turn it into text, Markdown or Mermaid; its results as one value, {@link #document()},
 * are what the JSON output writes.
 *
 * <p>The backlog, drafts without a cycle, is listed apart from the cycle's objectives and left
 * out of the progress shown; a draft counts in no parent, so every other number is the core
 * roll-up's. An objective without a cycle that is not a draft is no backlog: it is shown and
 * counted like any other, and {@code okr.objective.no-cycle} reports it. The findings come from
 * validating the whole snapshot.
 *
 * <p>Findings are grouped by the person they belong to: a key result's findings belong to its
 * accountable person ({@link Objective#ownerIdOf}). A review for one person shows the findings
 * of {@code Validator.validatePerson} and every other finding that belongs to the person, such as
 * one about a key result they own on someone else's objective.
 *
 * <p>A review for a viewer ({@code --viewer}) shows only what that person may see, through the
 * privacy API ({@code docs/privacy.md}): the objectives, plans and names of the redacted snapshot
 * ({@link View#snapshot}), with placeholders for hidden contributing children; the sanitized report
 * ({@link View#report}); the advice of {@link View#advice}; and readiness only of the people whose
 * readiness the viewer may be shown ({@link View#showsReadinessOf}). Every format renders the same
 * review, so each shows the same.
 */
public final class Review {
  /** The key under which findings about no one in particular are grouped. */
  public static final String ORGANIZATION = "";

  final OrganizationSnapshot snapshot;
  final LocalDate asOf;
  final Optional<String> person;
  final Optional<String> viewer;
  final Rollup rollup;
  final ProgressSummary summary;
  final Report report;
  final List<ReadinessLine> readiness;
  final Map<String, List<Finding>> findingsByPerson;
  final List<Finding> tangential;
  final List<GoalAdvice> tangentialAdvice;
  final Map<String, List<String>> contributors;
  final DisplayNames names;

  /** A key result with the objective it belongs to. */
  record OwnedKeyResult(Objective objective, KeyResult keyResult) {}

  /** One person's readiness for a role the review highlights. */
  record ReadinessLine(String personId, String name, RoleRef from, RoleOption option) {}

  private Review(OrganizationSnapshot whole, LocalDate asOf, Optional<String> person, Optional<String> viewer) {
    Optional<View> view = viewer.map(id -> Privacy.view(whole, Viewer.of(id), asOf, Policy.defaults()));
    this.snapshot = view.map(View::snapshot).orElse(whole);
    this.asOf = asOf;
    this.person = person;
    this.viewer = viewer;
    this.rollup = Rollup.of(withoutBacklog(snapshot), asOf);
    this.summary = person.map(rollup::summaryOfPerson).orElseGet(rollup::summaryOfOrganization);
    Report wholeReport = person.map(p -> reportOf(whole, p, asOf)).orElseGet(() -> Alignkit.validate(whole, asOf));
    this.report = view.map(v -> v.report(Alignkit.validator().build()))
        .map(visible -> person.isPresent() ? visible(visible, wholeReport) : visible).orElse(wholeReport);
    this.readiness = readiness(whole, asOf, person).stream()
        .filter(line -> view.map(v -> v.showsReadinessOf(line.personId())).orElse(true)).toList();
    this.findingsByPerson = new LinkedHashMap<>();
    for (Finding finding : report.findings()) {
      findingsByPerson.computeIfAbsent(finding.personId().orElse(ORGANIZATION), k -> new ArrayList<>()).add(finding);
    }
    this.tangential = report.ofCode(RuleCodes.GOAL_TANGENTIAL);
    this.tangentialAdvice = view.map(v -> tangentialAdvice(v, person)).orElseGet(() -> tangentialAdvice(whole, asOf, person));
    this.contributors = contributors(rollup.snapshot());
    this.names = DisplayNames.of(snapshot);
  }

  /**
   * The ids of the objectives with a contributing link to each ROLLUP key result, each once, in
   * snapshot order; the backlog counts in no roll-up, so it contributes to none.
   */
  private static Map<String, List<String>> contributors(OrganizationSnapshot snapshot) {
    Map<String, List<String>> contributors = new HashMap<>();
    for (Objective objective : snapshot.objectives()) {
      for (Alignment link : objective.alignments()) {
        if (link.isToKeyResult() && link.kind() == AlignmentKind.CONTRIBUTES
            && snapshot.keyResult(link.parentId()).map(KeyResult::isRollup).orElse(false)) {
          List<String> ids = contributors.computeIfAbsent(link.parentId(), k -> new ArrayList<>());
          if (ids.isEmpty() || !ids.get(ids.size() - 1).equals(objective.id())) {
            ids.add(objective.id());
          }
        }
      }
    }
    return contributors;
  }

  /** The advice on the open goals of the plans shown (all, or the person's) that are tangential, in plan order. */
  private static List<GoalAdvice> tangentialAdvice(OrganizationSnapshot snapshot, LocalDate asOf,
      Optional<String> person) {
    Advisor advisor = Advisor.of(snapshot, asOf, Policy.defaults());
    List<GoalAdvice> advice = new ArrayList<>();
    for (DevelopmentPlan plan : snapshot.plans()) {
      if (person.map(plan.personId()::equals).orElse(true)) {
        for (GoalAdvice goal : advisor.advise(plan)) {
          if (goal.alignment().alignmentClass() == AlignmentClass.TANGENTIAL) {
            advice.add(goal);
          }
        }
      }
    }
    return advice;
  }

  /** The advice a viewer may see on the open tangential goals of the plans shown to them (all, or the person's). */
  private static List<GoalAdvice> tangentialAdvice(View view, Optional<String> person) {
    List<GoalAdvice> advice = new ArrayList<>();
    for (DevelopmentPlan plan : view.snapshot().plans()) {
      if (person.map(plan.personId()::equals).orElse(true)) {
        for (GoalAdvice goal : view.advice(plan.id())) {
          if (goal.alignment().alignmentClass() == AlignmentClass.TANGENTIAL) {
            advice.add(goal);
          }
        }
      }
    }
    return advice;
  }

  /**
   * The viewer's report cut to the findings of {@code shown}, the review's whole report (all, or
   * the person's): a finding is matched by its code, subject and path, which the sanitizing keeps
   * ({@code docs/privacy.md}, "The report"), since it may replace arguments with {@code (hidden)}.
   */
  private static Report visible(Report viewers, Report shown) {
    Set<String> keys = new HashSet<>();
    shown.findings().forEach(finding -> keys.add(key(finding)));
    shown.waived().forEach(waived -> keys.add(key(waived.finding())));
    return viewers.map(finding -> keys.contains(key(finding)) ? Optional.of(finding) : Optional.empty());
  }

  private static String key(Finding finding) {
    return finding.code() + "\u0000" + finding.subjectId() + "\u0000" + finding.path();
  }

  /**
   * The review's results as one value, what {@code --format json} writes: the roll-ups of the
   * objectives shown and of their key results (and, for one person, of the key results they own on
   * others' objectives in a cycle), the status counts and objectives at risk, the scorecards of
   * the ended cycles, the readiness lines, the report and the advice on tangential goals.
   */
  public ReviewDocument document() {
    ReviewDocument.Builder out = ReviewDocument.builder().asOf(asOf).personId(person)
        .statusCounts(summary.counts()).atRisk(summary.atRisk()).report(report).advice(tangentialAdvice);
    for (Objective objective : objectives()) {
      out.addObjective(rollup.objective(objective.id()).orElseThrow());
      for (KeyResult keyResult : objective.keyResults()) {
        rollup.keyResult(keyResult.id()).ifPresent(out::addKeyResult);
      }
    }
    for (OwnedKeyResult item : keyResultsOwnedElsewhere(true)) {
      rollup.keyResult(item.keyResult().id()).ifPresent(out::addKeyResult);
    }
    for (Cycle cycle : endedCycles()) {
      out.addScorecard(scorecardOf(cycle));
    }
    for (ReadinessLine line : readiness) {
      out.addReadiness(dev.alignkit.review.ReadinessLine.of(line.personId(), line.from(), line.option()));
    }
    return out.build();
  }

  /**
   * Reviews a snapshot.
   *
   * @param asOf the date of the review; when empty, the day of the latest check-in in the data
   * @param person restricts the review to one person's items
   * @throws IllegalArgumentException if the person is not in the snapshot
   */
  public static Review of(OrganizationSnapshot snapshot, Optional<LocalDate> asOf, Optional<String> person) {
    return of(snapshot, asOf, person, Optional.empty());
  }

  /**
   * Reviews a snapshot as a viewer may see it.
   *
   * @param asOf the date of the review; when empty, the day of the latest check-in the viewer may see
   *     (of the whole data without a viewer)
   * @param person restricts the review to one person's items
   * @param viewer the person whose view the review shows ({@code docs/privacy.md}); empty for everything
   * @throws IllegalArgumentException if the person or the viewer is not in the snapshot
   */
  public static Review of(OrganizationSnapshot snapshot, Optional<LocalDate> asOf, Optional<String> person,
      Optional<String> viewer) {
    for (String id : List.of(person, viewer).stream().flatMap(Optional::stream).toList()) {
      if (snapshot.person(id).isEmpty()) {
        throw new IllegalArgumentException("no person '" + id + "' in the organization");
      }
    }
    return new Review(snapshot, asOf.orElseGet(() -> viewer.map(id -> dataDateSeenBy(snapshot, id))
        .orElseGet(() -> dataDate(snapshot))), person, viewer);
  }

  /**
   * The data date of what {@code viewerId} may see on the whole data's date, so that a review for a
   * viewer never takes its date from a check-in hidden from them.
   */
  private static LocalDate dataDateSeenBy(OrganizationSnapshot snapshot, String viewerId) {
    return dataDate(Privacy.view(snapshot, Viewer.of(viewerId), dataDate(snapshot), Policy.defaults()).snapshot());
  }

  private static OrganizationSnapshot withoutBacklog(OrganizationSnapshot snapshot) {
    List<Objective> cycle = snapshot.objectives().stream().filter(o -> !o.isInBacklog()).toList();
    return cycle.size() == snapshot.objectives().size()
        ? snapshot : OrganizationSnapshot.builder().from(snapshot).objectives(cycle).build();
  }

  /**
   * The person's own validation, and every other finding of the whole validation that is theirs.
   * The whole validation streams its findings through a sink that keeps only those, so a review of
   * one person in a large organization never holds everyone's findings.
   */
  private static Report reportOf(OrganizationSnapshot snapshot, String personId, LocalDate asOf) {
    Set<Finding> own = new HashSet<>(Alignkit.validator().build().validatePerson(snapshot, personId, asOf).findings());
    Predicate<Finding> theirs = finding -> own.contains(finding) || finding.personId().filter(personId::equals).isPresent();
    List<Finding> open = new ArrayList<>();
    List<WaivedFinding> waived = new ArrayList<>();
    Validator.defaults().validate(snapshot, asOf, new FindingSink() {
      @Override
      public void accept(Finding finding) {
        if (theirs.test(finding)) {
          open.add(finding);
        }
      }

      @Override
      public void acceptWaived(WaivedFinding finding) {
        if (theirs.test(finding.finding())) {
          waived.add(finding);
        }
      }
    });
    return Report.of(asOf, open, waived);
  }

  /** The day of the latest check-in, or the first cycle's start, or 2000-01-01 for an empty snapshot. */
  public static LocalDate dataDate(OrganizationSnapshot snapshot) {
    LocalDate latest = null;
    for (Objective objective : snapshot.objectives()) {
      for (KeyResult keyResult : objective.keyResults()) {
        for (CheckIn checkIn : keyResult.checkIns()) {
          if (latest == null || checkIn.date().isAfter(latest)) {
            latest = checkIn.date();
          }
        }
      }
    }
    if (latest == null && !snapshot.cycles().isEmpty()) {
      latest = snapshot.cycles().get(0).startInclusive();
    }
    return latest != null ? latest : LocalDate.of(2000, 1, 1);
  }

  private static List<ReadinessLine> readiness(OrganizationSnapshot snapshot, LocalDate asOf, Optional<String> only) {
    CareerPaths paths = CareerPaths.of(snapshot, asOf, Policy.defaults());
    List<ReadinessLine> lines = new ArrayList<>();
    for (Person person : snapshot.people()) {
      if (only.isPresent() && !only.get().equals(person.id())) {
        continue;
      }
      Optional<RoleRef> role = person.role().filter(r -> snapshot.level(r).isPresent());
      if (role.isEmpty()) {
        continue;
      }
      List<DevelopmentPlan> plans = snapshot.plansOf(person.id());
      Optional<RoleOption> next = paths.nextLevel(person.id());
      boolean readyForNext = next.map(n -> n.readiness().ready()).orElse(false);
      if (next.isPresent() && (readyForNext || !plans.isEmpty() || only.isPresent())) {
        lines.add(new ReadinessLine(person.id(), person.name(), role.get(), next.get()));
      }
      for (DevelopmentPlan plan : plans) {
        if (plan.targetRole().isPresent()) {
          paths.targetRole(person.id(), plan.targetRole().get())
              .ifPresent(target -> lines.add(new ReadinessLine(person.id(), person.name(), role.get(), target)));
        }
      }
    }
    return lines;
  }

  /**
   * The person's name ({@link DisplayNames#person}), or the id when unknown; "Organization" for
   * the organization group.
   */
  String nameOf(String personId) {
    return personId.equals(ORGANIZATION) ? DisplayNames.ORGANIZATION : names.person(personId);
  }

  /** The owner in words: the person's or the team's name, or "Organization" ({@link DisplayNames#owner}). */
  String nameOf(Owner owner) {
    return names.owner(owner);
  }

  /**
   * The name of the key result's accountable person when that is not the objective's owner (a
   * key result with an owner of its own), else empty.
   */
  Optional<String> ownerNameIfOther(Objective objective, KeyResult keyResult) {
    Optional<String> owner = objective.ownerIdOf(keyResult);
    if (owner.isEmpty() || objective.owner().equals(Owner.person(owner.get()))) {
      return Optional.empty();
    }
    return Optional.of(nameOf(owner.get()));
  }

  /** The objectives shown, but for the backlog: all, or the person's own. */
  List<Objective> objectives() {
    return shown(true);
  }

  /**
   * Whether the objective belongs to a cycle that has ended by the review's date
   * ({@code docs/concepts.md}, "Closing a cycle"): it shows in that cycle's scorecard, not in the
   * progress of the work that runs.
   */
  boolean inEndedCycle(Objective objective) {
    return objective.cycleId().flatMap(snapshot::cycle).map(c -> c.hasEnded(asOf)).orElse(false);
  }

  /** The cycles that have ended by the review's date and hold an objective shown, the latest end first. */
  List<Cycle> endedCycles() {
    Set<String> shown = new HashSet<>();
    for (Objective objective : objectives()) {
      objective.cycleId().ifPresent(shown::add);
    }
    List<Cycle> ended = new ArrayList<>();
    for (Cycle cycle : snapshot.cycles()) {
      if (cycle.hasEnded(asOf) && shown.contains(cycle.id())) {
        ended.add(cycle);
      }
    }
    ended.sort(Comparator.comparing(Cycle::endInclusive).reversed());
    return ended;
  }

  /** The names of the cycles of the objectives shown that still run, in snapshot order. */
  List<String> runningCycleNames() {
    Set<String> running = new HashSet<>();
    for (Objective objective : objectives()) {
      if (!inEndedCycle(objective)) {
        objective.cycleId().ifPresent(running::add);
      }
    }
    return snapshot.cycles().stream().filter(c -> running.contains(c.id())).map(Cycle::name).toList();
  }

  /** The scorecard of an ended cycle: of the whole organization, or of the person's objectives. */
  Scorecard scorecardOf(Cycle cycle) {
    return person.map(p -> rollup.scorecardOfPerson(p, cycle.id()))
        .orElseGet(() -> rollup.scorecardOfOrganization(cycle.id()));
  }

  /**
   * "3 of 5 met; 2 GREEN, 2 YELLOW, 1 RED; outcomes 2 ACHIEVED, 1 PARTIAL, 1 MISSED, 1 not
   * recorded": the summary line of a scorecard, leaving out the counts that are zero.
   */
  static String scorecardLine(Scorecard scorecard) {
    return scorecard.met() + " of " + scorecard.total() + " met; "
        + counts(scorecard.grades(), scorecard.ungraded(), "without a grade")
        + "; outcomes " + counts(scorecard.outcomes(), scorecard.withoutOutcome(), "not recorded");
  }

  /** "2 GREEN, 1 RED, 1 without a grade": the counts that are not zero, then the rest; "none" without any. */
  private static String counts(Map<? extends Enum<?>, Integer> counts, int rest, String restLabel) {
    List<String> parts = new ArrayList<>();
    counts.forEach((value, count) -> {
      if (count > 0) {
        parts.add(count + " " + value);
      }
    });
    if (rest > 0) {
      parts.add(rest + " " + restLabel);
    }
    return parts.isEmpty() ? "none" : String.join(", ", parts);
  }

  /**
   * What a scorecard shows of an objective: its grade, "met" or "not met", and its outcome, each
   * empty when unknown; an objective that does not count (a DRAFT or CANCELLED one) has no grade
   * and no verdict, and shows its status, "(cancelled)", in place of an outcome.
   */
  record Verdict(Optional<Grade> grade, Optional<String> met, Optional<String> outcome) {
    /** The grade's name, or {@code none}. */
    String gradeOr(String none) {
      return grade.map(Enum::name).orElse(none);
    }
  }

  Verdict verdictOf(Objective objective) {
    if (!objective.status().counts()) {
      return new Verdict(Optional.empty(), Optional.empty(),
          Optional.of("(" + objective.status().name().toLowerCase(Locale.ROOT) + ")"));
    }
    ObjectiveRollup result = rollup.objective(objective.id()).orElseThrow();
    return new Verdict(result.grade(), result.met().map(met -> met ? "met" : "not met"),
        objective.outcome().map(Enum::name));
  }

  /** An objective in a list that keeps the alignment hierarchy, at its depth below its first parent shown. */
  record Row(Objective objective, int depth) {}

  /**
   * The objectives shown that {@code included} accepts, in the order of the alignment hierarchy:
   * each root (no parent among them) followed by its subtree, each objective once, under the first
   * of its parents among them; objectives left on an alignment cycle follow at depth 0.
   */
  List<Row> hierarchy(Predicate<Objective> included) {
    List<Objective> members = objectives().stream().filter(included).toList();
    Map<String, Objective> byId = new HashMap<>();
    members.forEach(o -> byId.put(o.id(), o));
    Map<String, List<Objective>> children = new HashMap<>();
    List<Objective> roots = new ArrayList<>();
    for (Objective objective : members) {
      Optional<Objective> parent = objective.alignments().stream()
          .map(link -> snapshot.parentOf(link).map(Objective::id).map(byId::get).orElse(null))
          .filter(p -> p != null && p != objective).findFirst();
      if (parent.isPresent()) {
        children.computeIfAbsent(parent.get().id(), k -> new ArrayList<>()).add(objective);
      } else {
        roots.add(objective);
      }
    }
    List<Row> rows = new ArrayList<>();
    Set<String> placed = new HashSet<>();
    Deque<Row> stack = new ArrayDeque<>();
    for (Objective start : roots) {
      stack.push(new Row(start, 0));
      walk(stack, children, rows, placed);
    }
    for (Objective objective : members) {
      if (!placed.contains(objective.id())) {
        stack.push(new Row(objective, 0));
        walk(stack, children, rows, placed);
      }
    }
    return rows;
  }

  private static void walk(Deque<Row> stack, Map<String, List<Objective>> children, List<Row> rows, Set<String> placed) {
    while (!stack.isEmpty()) {
      Row row = stack.pop();
      if (!placed.add(row.objective().id())) {
        continue;
      }
      rows.add(row);
      List<Objective> below = children.getOrDefault(row.objective().id(), List.of());
      for (int i = below.size() - 1; i >= 0; i--) {
        stack.push(new Row(below.get(i), row.depth() + 1));
      }
    }
  }

  /** The backlog objectives shown (drafts without a cycle): all, or the person's own. */
  List<Objective> backlog() {
    return shown(false);
  }

  private List<Objective> shown(boolean planned) {
    Optional<Owner> owner = person.map(Owner::person);
    List<Objective> shown = new ArrayList<>();
    for (Objective objective : snapshot.objectives()) {
      if (objective.isInBacklog() != planned && owner.map(objective.owner()::equals).orElse(true)) {
        shown.add(objective);
      }
    }
    return shown;
  }

  /**
   * In a review for one person, the key results the person is accountable for on objectives they
   * do not own, planned or in the backlog, in snapshot order; else empty.
   */
  List<OwnedKeyResult> keyResultsOwnedElsewhere(boolean planned) {
    if (person.isEmpty()) {
      return List.of();
    }
    Owner owner = Owner.person(person.get());
    List<OwnedKeyResult> owned = new ArrayList<>();
    for (Objective objective : snapshot.objectives()) {
      if (objective.owner().equals(owner) || objective.isInBacklog() == planned) {
        continue;
      }
      for (KeyResult keyResult : objective.keyResults()) {
        if (objective.ownerIdOf(keyResult).equals(person)) {
          owned.add(new OwnedKeyResult(objective, keyResult));
        }
      }
    }
    return owned;
  }

  /** A key result's progress in the cycle's roll-up; empty without data or in the backlog. */
  OptionalDouble progressOf(KeyResult keyResult) {
    return rollup.keyResult(keyResult.id()).map(r -> r.progress().progress()).orElse(OptionalDouble.empty());
  }

  /** The zone of a zoned key result in the roll-up (COMMIT, TARGET, ...); empty for others or without data. */
  Optional<OrdinalZone> zoneOf(KeyResult keyResult) {
    return rollup.keyResult(keyResult.id()).flatMap(r -> r.progress().zone());
  }

  /** The ids of the objectives that contribute to a ROLLUP key result (none for other kinds). */
  List<String> contributorsOf(KeyResult keyResult) {
    return contributors.getOrDefault(keyResult.id(), List.of());
  }

  /** "rollup of 2 contributors" for a ROLLUP key result, else empty. */
  Optional<String> rollupNote(KeyResult keyResult) {
    if (!keyResult.isRollup()) {
      return Optional.empty();
    }
    int count = contributorsOf(keyResult).size();
    return Optional.of("rollup of " + count + (count == 1 ? " contributor" : " contributors"));
  }

  /** Whether the link counts in its parent's progress: it contributes, to an objective or a ROLLUP key result. */
  boolean counts(Alignment link) {
    return link.kind() == AlignmentKind.CONTRIBUTES
        && (!link.isToKeyResult() || snapshot.keyResult(link.parentId()).map(KeyResult::isRollup).orElse(false));
  }

  /** A weight as written, without a needless fraction: {@code 1}, {@code 0.5}. */
  static String weight(double weight) {
    return BigDecimal.valueOf(weight).stripTrailingZeros().toPlainString();
  }

  /** Progress as a whole percentage, or {@code none}. */
  static String percent(OptionalDouble progress, String none) {
    return progress.isPresent() ? Math.round(progress.getAsDouble() * 100) + "%" : none;
  }

  /**
   * The summary line: the objectives shown that still run counted by status ("5 ON_TRACK, 2
   * AT_RISK", or "none"), then the backlog apart ("; 2 in the backlog") when it holds any. The
   * objectives of an ended cycle are ENDED and counted in its scorecard line instead.
   */
  String countsLine() {
    StringBuilder line = new StringBuilder();
    for (Map.Entry<PaceStatus, Integer> count : summary.counts().entrySet()) {
      if (count.getValue() > 0 && count.getKey() != PaceStatus.ENDED) {
        line.append(line.length() > 0 ? ", " : "").append(count.getValue()).append(' ').append(count.getKey());
      }
    }
    int backlog = backlog().size();
    return (line.length() > 0 ? line : "none") + (backlog > 0 ? "; " + backlog + " in the backlog" : "");
  }

  /** The number of objectives in the snapshot but the backlog: those the roll-up counts. */
  int plannedCount() {
    return rollup.snapshot().objectives().size();
  }

  /** The number of objectives in the backlog (drafts without a cycle) in the snapshot. */
  int backlogCount() {
    return snapshot.objectives().size() - plannedCount();
  }

  /** The teams shown: all, or the person's teams, primary first. */
  List<Team> teams() {
    if (person.isEmpty()) {
      return snapshot.teams();
    }
    Person shown = snapshot.person(person.get()).orElseThrow();
    List<Team> teams = new ArrayList<>();
    shown.teamId().flatMap(snapshot::team).ifPresent(teams::add);
    for (String teamId : shown.otherTeamIds()) {
      snapshot.team(teamId).filter(t -> !teams.contains(t)).ifPresent(teams::add);
    }
    return teams;
  }

  /**
   * How a waiver reads beside the finding it waives: "waived by Lena Ortiz on 2026-09-01 until
   * 2026-09-30: Survey paused", leaving out what the waiver does not record.
   */
  String waiverNote(Waiver waiver) {
    return "waived" + waiver.grantedBy().map(p -> " by " + nameOf(p)).orElse("")
        + waiver.grantedOn().map(d -> " on " + d).orElse("")
        + waiver.untilInclusive().map(d -> " until " + d).orElse("")
        + (waiver.reason().isBlank() ? "" : ": " + waiver.reason());
  }

  /** "; 2 waived" after the findings' counts when a waiver in force moved any aside, else empty. */
  String waivedCount() {
    return report.waived().isEmpty() ? "" : "; " + report.waived().size() + " waived";
  }

  /** Whether any finding is at or above {@code severity} (ERROR is highest). */
  public boolean hasFindingsAtOrAbove(Severity severity) {
    return !report.atLeast(severity).isEmpty();
  }

  /** The review's date. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The validation report the review shows. */
  public Report report() {
    return report;
  }

  /** The advice of a tangential-goal finding. */
  static List<Suggestion> advice(Finding finding) {
    return finding.advice();
  }
}
