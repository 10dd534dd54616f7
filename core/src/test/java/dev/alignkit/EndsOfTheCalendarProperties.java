package dev.alignkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alignkit.advice.Advisor;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.org.Team;
import dev.alignkit.policy.Policy;
import dev.alignkit.privacy.Privacy;
import dev.alignkit.privacy.View;
import dev.alignkit.privacy.Viewer;
import dev.alignkit.progress.CareerPaths;
import dev.alignkit.progress.ProgressTree;
import dev.alignkit.progress.Rollup;
import dev.alignkit.progress.RollupIndex;
import dev.alignkit.rules.Finding;
import dev.alignkit.rules.FindingFormatter;
import dev.alignkit.rules.Report;
import dev.alignkit.rules.Validator;
import dev.alignkit.testing.AdviceGenerators;
import dev.alignkit.testing.CareerGenerators;
import dev.alignkit.testing.Coverage;
import dev.alignkit.testing.DevelopmentGenerators;
import dev.alignkit.testing.ExtremeDates;
import dev.alignkit.testing.Gens;
import dev.alignkit.testing.OkrGenerators;
import dev.alignkit.testing.OrgGenerators;
import dev.alignkit.testing.Property;
import dev.alignkit.testing.Theory;
import java.time.LocalDate;
import java.util.Locale;
import org.quicktheories.core.Gen;

/**
 * Validation and the computations never throw on a snapshot that could be built, however close
 * its dates lie to the ends of {@link LocalDate}: cycles ending on {@link LocalDate#MAX}, check-ins,
 * assessments, waivers, agreements and coaching on the first or last day of the calendar, as-of
 * dates there. Every rule runs (through the {@link Validator}) and its findings are rendered, the
 * roll-up with its pace and forecasts, readiness and career paths, advice, and a viewer's outputs.
 */
class EndsOfTheCalendarProperties {
  private static final int TRIES = 200;
  private static final FindingFormatter FORMATTER = FindingFormatter.standard();

  /** Organizations with and without development and career data, valid and broken, moved to an end of the calendar. */
  private static Gen<ExtremeDates.Dated> snapshots() {
    Gen<OrganizationSnapshot> organizations = Gens.oneOf(
        OrgGenerators.anySnapshot(), DevelopmentGenerators.anyDevelopmentSnapshot(),
        CareerGenerators.careerSnapshots(), AdviceGenerators.adviceSnapshots());
    return ExtremeDates.nearTheEnds(organizations, OkrGenerators.dates());
  }

  @Property(examples = TRIES)
  void everyRuleJudgesASnapshotAtTheEndsOfTheCalendarWithoutThrowing(Theory theory) {
    Coverage ends = new Coverage("a cycle, a check-in or the as-of date on the first or last day");
    // A long grace window and stale limits reach past the end of the calendar from any cycle near it.
    Validator wide = Validator.builder().policy(Policy.builder().checkInGraceDays(Integer.MAX_VALUE)
        .checkInStaleDays(Integer.MAX_VALUE).assessmentStaleDays(Integer.MAX_VALUE)
        .coachingCadenceDays(Integer.MAX_VALUE).build()).build();
    theory.forAll(snapshots()).check(dated -> {
      OrganizationSnapshot snapshot = dated.snapshot();
      LocalDate asOf = dated.asOf();
      ends.count(touchesAnEnd(dated));

      for (Validator validator : new Validator[] {Validator.defaults(), wide}) {
        Report report = validator.validate(snapshot, asOf);
        assertEquals(asOf, report.asOf());
        for (Finding finding : report.findings()) {
          // Dates of nine digits' year go into the texts as they are.
          FORMATTER.message(finding, Locale.GERMAN);
          FORMATTER.suggestion(finding, Locale.ENGLISH);
        }
        for (Person person : snapshot.people()) {
          validator.validatePerson(snapshot, person.id(), asOf);
        }
      }
    });
    ends.assertPercentAtLeast(true, 50);
  }

  @Property(examples = TRIES)
  void theRollUpWithItsPaceAndForecastsIsComputedAtTheEndsOfTheCalendar(Theory theory) {
    theory.forAll(snapshots()).check(dated -> {
      OrganizationSnapshot snapshot = dated.snapshot();
      LocalDate asOf = dated.asOf();

      Rollup rollup = Rollup.of(snapshot, asOf);
      ProgressTree.render(rollup);
      rollup.summaryOfOrganization();
      for (Team team : snapshot.teams()) {
        rollup.summaryOfTeam(team.id());
      }
      for (Person person : snapshot.people()) {
        rollup.summaryOfPerson(person.id());
      }
      for (Cycle cycle : snapshot.cycles()) {
        rollup.scorecardOfOrganization(cycle.id());
      }
      RollupIndex index = RollupIndex.of(snapshot, asOf, Policy.defaults());
      for (Objective objective : snapshot.objectives()) {
        for (KeyResult keyResult : objective.keyResults()) {
          if (!keyResult.isRollup()) {
            index.checkIn(keyResult.id(), CheckIn.of(asOf, 1));
          }
        }
      }
      assertEquals(rollup.objectives().keySet(), index.toRollup().objectives().keySet());
    });
  }

  @Property(examples = TRIES)
  void readinessAdviceAndAViewersOutputsAreComputedAtTheEndsOfTheCalendar(Theory theory) {
    theory.forAll(snapshots()).check(dated -> {
      OrganizationSnapshot snapshot = dated.snapshot();
      LocalDate asOf = dated.asOf();

      CareerPaths paths = CareerPaths.of(snapshot, asOf, Policy.defaults());
      for (Person person : snapshot.people()) {
        paths.currentRole(person.id());
        paths.nextLevel(person.id());
        paths.lateralMoves(person.id());
        paths.bestNextRoles(person.id());
      }
      Advisor advisor = Advisor.of(snapshot, asOf, Policy.defaults());
      for (DevelopmentPlan plan : snapshot.plans()) {
        advisor.advise(plan);
      }
      if (!snapshot.people().isEmpty()) {
        Person first = snapshot.people().get(0);
        View view = Privacy.view(snapshot, Viewer.of(first.id()), asOf, Policy.defaults());
        view.snapshot();
        view.report(Validator.defaults());
        view.adviceOfPerson(first.id());
        view.bestNextRoles(first.id());
      }
    });
  }

  /** Whether the as-of date, a cycle's end or start, or a check-in lies on the first or last day of the calendar. */
  private static boolean touchesAnEnd(ExtremeDates.Dated dated) {
    if (isAnEnd(dated.asOf())) {
      return true;
    }
    for (Cycle cycle : dated.snapshot().cycles()) {
      if (isAnEnd(cycle.startInclusive()) || isAnEnd(cycle.endInclusive())) {
        return true;
      }
    }
    for (Objective objective : dated.snapshot().objectives()) {
      for (KeyResult keyResult : objective.keyResults()) {
        for (CheckIn checkIn : keyResult.checkIns()) {
          if (isAnEnd(checkIn.date())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean isAnEnd(LocalDate date) {
    return date.equals(LocalDate.MAX) || date.equals(LocalDate.MIN);
  }
}
