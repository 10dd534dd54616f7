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
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code career.assessment.stale}: the assessments that readiness uses for a person's current
 * role are at most {@code assessmentStaleDays} (365) old: assessment is ongoing.
 */
final class AssessmentStaleRule extends BuiltInRule implements PersonRule {
  private static final String[] NONE = new String[0];

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
    String[] staleSkills = staleSkills(profile.get().assessments(), context);
    if (staleSkills.length == 0) {
      return;
    }
    Optional<ExpectationResolution> resolution = context.careerPaths().resolve(role.get());
    if (resolution.isEmpty()) {
      return;
    }
    List<ResolvedExpectation> expectations = resolution.get().expectations();
    for (int i = 0; i < expectations.size(); i++) {
      String skillId = expectations.get(i).skillId();
      if (!contains(staleSkills, skillId)) {
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
            .argument("limit", context.policy().assessmentStaleDays())
            .report();
      }
    }
  }

  /** The skills of the stale assessments dated on or before the as-of date, a skill once per stale assessment. */
  private static String[] staleSkills(List<Assessment> assessments, RuleContext context) {
    String[] skills = NONE;
    int count = 0;
    for (int i = 0; i < assessments.size(); i++) {
      Assessment assessment = assessments.get(i);
      if (!assessment.date().isAfter(context.asOf())
          && Readiness.isStale(assessment, context.asOf(), context.policy())) {
        if (count == skills.length) {
          skills = Arrays.copyOf(skills, count + 2);
        }
        skills[count++] = assessment.skillId();
      }
    }
    return count == skills.length ? skills : Arrays.copyOf(skills, count);
  }

  private static boolean contains(String[] skills, String skillId) {
    for (String skill : skills) {
      if (skill.equals(skillId)) {
        return true;
      }
    }
    return false;
  }
}
