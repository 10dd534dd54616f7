package dev.alignkit.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.alignkit.okr.Objective;
import dev.alignkit.policy.Policy;
import dev.alignkit.testing.Coverage;
import dev.alignkit.testing.OkrGenerators;
import dev.alignkit.testing.OrgGenerators;
import dev.alignkit.testing.Property;
import dev.alignkit.testing.Theory;
import java.util.Set;

/**
 * Over any generated organization and as-of date, the rules about work in progress report nothing
 * about finished work: no finding of theirs is about a CLOSED objective, an objective of an ended
 * cycle or (for the objective count) an ended cycle.
 */
class FinishedWorkProperties {
  private static final Set<String> ABOUT_OBJECTIVES = Set.of(RuleCodes.CHECK_IN_STALE,
      RuleCodes.ALIGNMENT_UNALIGNED, RuleCodes.KEY_RESULT_COUNT, RuleCodes.KEY_RESULT_ACTIVITY);

  @Property(examples = 300)
  void rulesAboutWorkInProgressLeaveFinishedWorkAlone(Theory theory) {
    Coverage finished = new Coverage("the snapshot holds finished objectives as of the date");
    theory.forAll(OrgGenerators.anySnapshot(), OkrGenerators.dates()).check((snapshot, asOf) -> {
      RuleContext context = new RuleContext(snapshot, Policy.defaults(), asOf);
      finished.count(snapshot.objectives().stream().anyMatch(context::isFinished));
      for (Finding finding : Validator.defaults().validate(snapshot, asOf).findings()) {
        if (ABOUT_OBJECTIVES.contains(finding.code())) {
          Objective objective = snapshot.objective(finding.path().ids().get(0)).orElseThrow();
          assertFalse(context.isFinished(objective), finding + " is about finished work");
        } else if (RuleCodes.OBJECTIVE_COUNT.equals(finding.code())) {
          String cycleId = finding.arguments().get("cycle");
          assertFalse(snapshot.cycle(cycleId).map(cycle -> cycle.hasEnded(asOf)).orElse(false),
              finding + " counts an ended cycle");
        }
      }
    });
    finished.assertPercentAtLeast(true, 30);
  }
}
