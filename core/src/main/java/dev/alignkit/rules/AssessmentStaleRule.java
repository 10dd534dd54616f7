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
import java.util.List;
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
    // The effective assessment of a skill is stale only when every assessment of the skill dated by
    // then is (readiness prefers a non-stale one), so only skills with a stale assessment can give a
    // finding: most profiles have none, and need neither the role's expectations nor a map of
    // every skill's effective assessment.
    List<Assessment> assessments = profile.get().assessments();
    long asOfDay = context.asOf().toEpochDay();
    int limit = context.policy().assessmentStaleDays();
    int stale = 0;
    String lastStale = null;
    for (int i = 0; i < assessments.size(); i++) {
      Assessment assessment = assessments.get(i);
      if (isStaleByThen(assessment, asOfDay, limit)) {
        stale++;
        lastStale = assessment.skillId();
      }
    }
    if (stale == 0) {
      return;
    }
    Optional<ExpectationResolution> resolution = context.careerPaths().resolve(role.get());
    if (resolution.isEmpty()) {
      return;
    }
    List<ResolvedExpectation> expectations = resolution.get().expectations();
    for (int i = 0; i < expectations.size(); i++) {
      String skillId = expectations.get(i).skillId();
      if (stale == 1 ? !skillId.equals(lastStale) : !hasStale(assessments, skillId, asOfDay, limit)) {
        continue;
      }
      Optional<Assessment> used = Readiness.effectiveAssessment(profile.get(), skillId, context.asOf(),
          context.policy());
      if (used.isPresent() && Readiness.isStale(used.get(), context.asOf(), context.policy())) {
        findings.at(ItemPath.assessment(person.id(), skillId), Subject.assessment(person.id(), used.get()))
            .argument("person", person.name())
            .argument("skill", context.skillNameOf(skillId))
            .argument("date", used.get().date())
            .argument("days", ChronoUnit.DAYS.between(used.get().date(), context.asOf()))
            .argument("limit", limit)
            .report();
      }
    }
  }

  /**
   * Whether {@code assessment} is dated on or before the as-of day and stale then
   * ({@link Readiness#isStale}: more than {@code limit} days old).
   */
  private static boolean isStaleByThen(Assessment assessment, long asOfDay, int limit) {
    long day = assessment.date().toEpochDay();
    return day <= asOfDay && asOfDay - day > limit;
  }

  /** Whether one of {@code assessments} of the skill is {@link #isStaleByThen stale by then}. */
  private static boolean hasStale(List<Assessment> assessments, String skillId, long asOfDay, int limit) {
    for (int i = 0; i < assessments.size(); i++) {
      Assessment assessment = assessments.get(i);
      if (assessment.skillId().equals(skillId) && isStaleByThen(assessment, asOfDay, limit)) {
        return true;
      }
    }
    return false;
  }
}
