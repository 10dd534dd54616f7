package dev.alignkit.rules;

import dev.alignkit.career.CareerLadder;
import dev.alignkit.career.ExpectationResolution;
import dev.alignkit.career.Level;
import dev.alignkit.career.Regression;
import dev.alignkit.policy.Severity;

/**
 * {@code career.ladder.regression}: a level does not lower a requirement it inherits unless it
 * marks the declaration {@code relax}; without it the inherited requirement stays in effect.
 */
final class LadderRegressionRule extends BuiltInRule implements LadderRule {
  LadderRegressionRule() {
    super(RuleCodes.LADDER_REGRESSION, Severity.WARNING, "ladder", "level", "skill", "declared", "inherited");
  }

  @Override
  public void checkLadder(CareerLadder ladder, RuleContext context, Findings findings) {
    for (Level level : ladder.levels()) {
      ExpectationResolution resolution = ExpectationResolution.of(ladder, level.id()).orElseThrow();
      for (Regression regression : resolution.regressions()) {
        if (!regression.levelId().equals(level.id())) {
          continue;
        }
        levelFinding(findings, ItemPath.expectation(ladder.id(), level.id(), regression.skillId()).field("required"),
                ladder, level)
            .argument("skill", context.skillNameOf(regression.skillId()))
            .argument("declared", regression.declared())
            .argument("inherited", regression.inherited())
            .report();
      }
    }
  }
}
