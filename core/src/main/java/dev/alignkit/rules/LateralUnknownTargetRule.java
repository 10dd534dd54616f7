package dev.alignkit.rules;

import dev.alignkit.career.LateralMove;
import dev.alignkit.career.RoleRef;
import dev.alignkit.policy.Severity;

/** {@code career.lateral.unknown-target}: a lateral move names existing ladders and levels at both ends. */
final class LateralUnknownTargetRule extends BuiltInRule implements LateralMoveRule {
  LateralUnknownTargetRule() {
    super(RuleCodes.LATERAL_UNKNOWN_TARGET, Severity.ERROR, "move", "role");
  }

  @Override
  public void checkLateralMove(LateralMove move, RuleContext context, Findings findings) {
    check(move, move.from(), "from", context, findings);
    check(move, move.to(), "to", context, findings);
  }

  private static void check(LateralMove move, RoleRef role, String end, RuleContext context, Findings findings) {
    if (context.snapshot().level(role).isEmpty()) {
      findings.at(ItemPath.lateralMove(move.id()).field(end), Subject.of(move.id()))
          .argument("move", move.id())
          .argument("role", role)
          .report();
    }
  }
}
