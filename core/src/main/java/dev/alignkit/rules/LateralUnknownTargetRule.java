package dev.alignkit.rules;

import dev.alignkit.career.LateralMove;
import dev.alignkit.career.RoleRef;
import dev.alignkit.policy.Severity;

/** {@code career.lateral.unknown-target}: a lateral move names existing ladders and levels at both ends. */
final class LateralUnknownTargetRule implements LateralMoveRule {
  private static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(RuleCodes.LATERAL_UNKNOWN_TARGET, Severity.ERROR, "move", "role");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void checkLateralMove(LateralMove move, RuleContext context) {
    check(move, move.from(), "from", context);
    check(move, move.to(), "to", context);
  }

  private static void check(LateralMove move, RoleRef role, String end, RuleContext context) {
    if (context.snapshot().level(role).isEmpty()) {
      context.finding(ItemPath.lateralMove(move.id()).field(end), move.id())
          .argument("move", move.id())
          .argument("role", role)
          .report();
    }
  }
}
