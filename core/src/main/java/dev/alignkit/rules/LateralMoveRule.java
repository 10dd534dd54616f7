package dev.alignkit.rules;

import dev.alignkit.career.LateralMove;

/** A rule that checks each declared lateral move; it runs when a whole snapshot is validated. */
public interface LateralMoveRule extends Rule {
  /** Checks one lateral move, reporting to {@code context}. */
  void checkLateralMove(LateralMove move, RuleContext context);
}
