package dev.alignkit.rules;

import dev.alignkit.career.LateralMove;

/** A rule that checks each declared lateral move; it runs when a whole snapshot is validated. */
public interface LateralMoveRule extends Rule {
  /** Checks one lateral move, reading {@code context} and reporting to {@code findings}. */
  void checkLateralMove(LateralMove move, RuleContext context, Findings findings);
}
