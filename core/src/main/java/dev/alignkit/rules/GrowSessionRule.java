package dev.alignkit.rules;

import dev.alignkit.development.GrowSession;

/** A rule that checks each GROW coaching session. */
public interface GrowSessionRule extends Rule {
  /** Checks one session, reading {@code context} and reporting to {@code findings}. */
  void checkGrowSession(GrowSession session, RuleContext context, Findings findings);
}
