package dev.alignkit.rules;

import dev.alignkit.career.CareerLadder;
import dev.alignkit.career.Expectation;
import dev.alignkit.career.Level;
import dev.alignkit.policy.Severity;

/** {@code career.ladder.unknown-skill}: every expectation names a skill of the catalog. */
final class LadderUnknownSkillRule implements LadderRule {
  private static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(RuleCodes.LADDER_UNKNOWN_SKILL, Severity.ERROR, "ladder", "level", "skill");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void checkLadder(CareerLadder ladder, RuleContext context) {
    for (Level level : ladder.levels()) {
      for (Expectation expectation : level.expectations()) {
        if (context.snapshot().skill(expectation.skillId()).isEmpty()) {
          context.finding(ItemPath.expectation(ladder.id(), level.id(), expectation.skillId()).field("skillId"), ladder.id())
              .argument("ladder", ladder.name())
              .argument("level", level.id())
              .argument("skill", expectation.skillId())
              .report();
        }
      }
    }
  }
}
