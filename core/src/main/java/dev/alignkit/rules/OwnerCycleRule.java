package dev.alignkit.rules;

import dev.alignkit.okr.Objective;
import dev.alignkit.okr.Owner;
import java.util.List;

/** A rule that checks the objectives of one owner in one cycle together. */
public interface OwnerCycleRule extends Rule {
  /**
   * Checks the objectives of {@code owner} in the cycle {@code cycleId} that the policy does not
   * skip; the list is never empty and keeps snapshot order.
   */
  void checkOwnerCycle(Owner owner, String cycleId, List<Objective> objectives, RuleContext context,
      Findings findings);
}
