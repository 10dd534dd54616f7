package dev.alignkit.rules;

import dev.alignkit.career.CareerLadder;
import dev.alignkit.career.Level;
import dev.alignkit.policy.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code career.ladder.levels}: level ranks are unique within a ladder, so "the next level" means one thing. */
final class LadderLevelsRule extends BuiltInRule implements LadderRule {
  LadderLevelsRule() {
    super(RuleCodes.LADDER_LEVELS, Severity.ERROR, "ladder", "level", "rank", "other");
  }

  @Override
  public void checkLadder(CareerLadder ladder, RuleContext context, Findings findings) {
    Map<Integer, String> byRank = new HashMap<>();
    List<Level> levels = ladder.levels();
    for (Level level : levels) {
      String other = byRank.putIfAbsent(level.rank(), level.id());
      if (other != null) {
        levelFinding(findings, ItemPath.level(ladder.id(), level.id()).field("rank"), ladder, level)
            .argument("rank", level.rank())
            .argument("other", other)
            .report();
      }
    }
  }
}
