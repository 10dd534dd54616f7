package dev.alignkit.examples.review;

import dev.alignkit.Alignkit;
import dev.alignkit.advice.Suggestion;
import dev.alignkit.career.RoleRef;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.Owner;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.policy.Policy;
import dev.alignkit.policy.Severity;
import dev.alignkit.progress.CareerPaths;
import dev.alignkit.progress.ProgressSummary;
import dev.alignkit.progress.RoleOption;
import dev.alignkit.progress.Rollup;
import dev.alignkit.rules.Finding;
import dev.alignkit.rules.Report;
import dev.alignkit.rules.RuleCodes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the review shows, computed once from a snapshot: the roll-up and its summary, the
 * validation report, readiness highlights and the advice on tangential goals. Renderers turn it
 * into text, Markdown, Mermaid or JSON.
 */
public final class Review {
  /** The key under which findings about no one in particular are grouped. */
  public static final String ORGANIZATION = "";

  final OrganizationSnapshot snapshot;
  final LocalDate asOf;
  final Optional<String> person;
  final Rollup rollup;
  final ProgressSummary summary;
  final Report report;
  final List<ReadinessLine> readiness;
  final Map<String, List<Finding>> findingsByPerson;
  final List<Finding> tangential;

  /** One person's readiness for a role the review highlights. */
  record ReadinessLine(String personId, String name, RoleRef from, RoleOption option) {}

  private Review(OrganizationSnapshot snapshot, LocalDate asOf, Optional<String> person) {
    this.snapshot = snapshot;
    this.asOf = asOf;
    this.person = person;
    this.rollup = Rollup.of(snapshot, asOf);
    this.summary = person.map(rollup::summaryOfPerson).orElseGet(rollup::summaryOfOrganization);
    this.report = person.map(p -> Alignkit.validator().build().validatePerson(snapshot, p, asOf))
        .orElseGet(() -> Alignkit.validate(snapshot, asOf));
    this.readiness = readiness(snapshot, asOf, person);
    this.findingsByPerson = new LinkedHashMap<>();
    for (Finding finding : report.findings()) {
      findingsByPerson.computeIfAbsent(finding.personId().orElse(ORGANIZATION), k -> new ArrayList<>()).add(finding);
    }
    this.tangential = report.ofCode(RuleCodes.GOAL_TANGENTIAL);
  }

  /**
   * Reviews a snapshot.
   *
   * @param asOf the date of the review; when empty, the day of the latest check-in in the data
   * @param person restricts the review to one person's items
   * @throws IllegalArgumentException if the person is not in the snapshot
   */
  public static Review of(OrganizationSnapshot snapshot, Optional<LocalDate> asOf, Optional<String> person) {
    if (person.isPresent() && snapshot.person(person.get()).isEmpty()) {
      throw new IllegalArgumentException("no person '" + person.get() + "' in the organization");
    }
    return new Review(snapshot, asOf.orElseGet(() -> dataDate(snapshot)), person);
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

  /** The person's name, or the id when unknown; "Organization" for the organization group. */
  String nameOf(String personId) {
    if (personId.equals(ORGANIZATION)) {
      return "Organization";
    }
    return snapshot.person(personId).map(Person::name).orElse(personId);
  }

  /** The objectives shown: all, or the person's own. */
  List<Objective> objectives() {
    if (person.isEmpty()) {
      return snapshot.objectives();
    }
    Owner owner = Owner.person(person.get());
    return snapshot.objectives().stream().filter(o -> o.owner().equals(owner)).toList();
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
