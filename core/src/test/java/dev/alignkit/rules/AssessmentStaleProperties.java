package dev.alignkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alignkit.career.Assessment;
import dev.alignkit.career.ExpectationResolution;
import dev.alignkit.career.ResolvedExpectation;
import dev.alignkit.career.SkillProfile;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.policy.Policy;
import dev.alignkit.progress.CareerPaths;
import dev.alignkit.progress.Readiness;
import dev.alignkit.testing.CareerGenerators;
import dev.alignkit.testing.Coverage;
import dev.alignkit.testing.Property;
import dev.alignkit.testing.Theory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Properties of {@code career.assessment.stale} over generated career snapshots, valid and
 * adversarial: it reports, in order, exactly the expected skills of each person's current role
 * whose effective assessment ({@link Readiness#effectiveAssessments}, the map readiness reads) is
 * stale, with that assessment's date. The rule finds them without the map.
 */
class AssessmentStaleProperties {
  private static final int TRIES = 300;
  private static final Policy POLICY = Policy.defaults();

  @Property(examples = TRIES)
  void staleFindingsAreTheExpectedSkillsWhoseEffectiveAssessmentIsStale(Theory theory) {
    Coverage stale = new Coverage("some stale effective assessment");
    theory.forAll(CareerGenerators.anyCareerSnapshot(), CareerGenerators.asOfDays()).check((snapshot, asOf) -> {
      List<String> expected = expectedFindings(snapshot, asOf);
      List<String> reported = new ArrayList<>();
      Validator.defaults().validate(snapshot, asOf, new FindingSink() {
        @Override
        public void accept(Finding finding) {
          if (finding.code().equals(RuleCodes.ASSESSMENT_STALE)) {
            reported.add(finding.path() + " " + finding.arguments().get("date"));
          }
        }

        @Override
        public void acceptWaived(WaivedFinding finding) {
          accept(finding.finding());
        }
      });

      assertEquals(expected, reported, "stale assessments, in the order they are reported");
      stale.count(!expected.isEmpty());
    });
    stale.assertCountAtLeast(true, 10);
  }

  /** What the rule reported when it read each person's map of effective assessments. */
  private static List<String> expectedFindings(OrganizationSnapshot snapshot, LocalDate asOf) {
    CareerPaths paths = CareerPaths.of(snapshot, asOf, POLICY);
    List<String> expected = new ArrayList<>();
    for (Person person : snapshot.people()) {
      Optional<SkillProfile> profile = snapshot.profile(person.id());
      Optional<ExpectationResolution> resolution = person.role().flatMap(paths::resolve);
      if (profile.isEmpty() || resolution.isEmpty()) {
        continue;
      }
      Map<String, Assessment> effective = Readiness.effectiveAssessments(profile.get(), asOf, POLICY);
      for (ResolvedExpectation expectation : resolution.get().expectations()) {
        Assessment used = effective.get(expectation.skillId());
        if (used != null && Readiness.isStale(used, asOf, POLICY)) {
          expected.add(ItemPath.assessment(person.id(), expectation.skillId()) + " " + used.date());
        }
      }
    }
    return expected;
  }
}
