package dev.alignkit.rules;

import dev.alignkit.career.CareerLadder;
import dev.alignkit.career.Expectation;
import dev.alignkit.career.Level;
import dev.alignkit.policy.Severity;

/** {@code career.ladder.unknown-skill}: every expectation names a skill of the catalog. */
final class LadderUnknownSkillRule extends BuiltInRule implements LadderRule {
  LadderUnknownSkillRule() {
    super(RuleCodes.LADDER_UNKNOWN_SKILL, Severity.ERROR, "ladder", "level", "skill");
  }

  @Override
  public void checkLadder(CareerLadder ladder, RuleContext context, Findings findings) {
    for (Level level : ladder.levels()) {
      for (Expectation expectation : level.expectations()) {
        if (context.snapshot().skill(expectation.skillId()).isEmpty()) {
          levelFinding(findings, ItemPath.expectation(ladder.id(), level.id(), expectation.skillId()).field("skillId"),
                  ladder, level)
              .argument("skill", expectation.skillId())
              .report();
        }
      }
    }
  }
}
