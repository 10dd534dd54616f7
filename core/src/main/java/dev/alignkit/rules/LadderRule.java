package dev.alignkit.rules;

import dev.alignkit.career.CareerLadder;

/** A rule that checks each career ladder; it runs when a whole snapshot is validated. */
public interface LadderRule extends Rule {
  /** Checks one ladder, reading {@code context} and reporting to {@code findings}. */
  void checkLadder(CareerLadder ladder, RuleContext context, Findings findings);
}
