package dev.alignkit.rules;

import dev.alignkit.career.Assessment;
import dev.alignkit.career.ExpectationResolution;
import dev.alignkit.progress.Readiness;
import dev.alignkit.career.ResolvedExpectation;
import dev.alignkit.career.RoleRef;
import dev.alignkit.career.SkillProfile;
import dev.alignkit.org.Person;
import dev.alignkit.policy.Severity;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

/**
 * {@code career.assessment.stale}: the assessments that readiness uses for a person's current
 * role are at most {@code assessmentStaleDays} (365) old: assessment is ongoing.
 */
final class AssessmentStaleRule extends BuiltInRule implements PersonRule {
  AssessmentStaleRule() {
    super(RuleCodes.ASSESSMENT_STALE, Severity.INFO, "person", "skill", "date", "days", "limit");
  }

  @Override
  public void checkPerson(Person person, RuleContext context, Findings findings) {
    Optional<RoleRef> role = person.role();
    Optional<SkillProfile> profile = context.profileOf(person);
    if (role.isEmpty() || profile.isEmpty()) {
      return;
    }
    Optional<ExpectationResolution> resolution = context.careerPaths().resolve(role.get());
    if (resolution.isEmpty()) {
      return;
    }
    Map<String, Assessment> effective = Readiness.effectiveAssessments(profile.get(), context.asOf(),
        context.policy());
    for (ResolvedExpectation expectation : resolution.get().expectations()) {
      Optional<Assessment> used = Optional.ofNullable(effective.get(expectation.skillId()));
      if (used.isPresent() && Readiness.isStale(used.get(), context.asOf(), context.policy())) {
        findings.at(ItemPath.assessment(person.id(), expectation.skillId()),
                Subject.assessment(person.id(), used.get()))
            .argument("person", person.name())
            .argument("skill", context.skillNameOf(expectation.skillId()))
            .argument("date", used.get().date())
            .argument("days", ChronoUnit.DAYS.between(used.get().date(), context.asOf()))
            .argument("limit", context.policy().assessmentStaleDays())
            .report();
      }
    }
  }
}
