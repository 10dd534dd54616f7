package dev.alignkit.rules;

import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.CycleStatus;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.OkrStatus;
import dev.alignkit.policy.Severity;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * {@code okr.check-in.stale}: an ACTIVE key result of an ACTIVE cycle that is running on the
 * as-of date has a check-in within {@code checkInStaleDays} (28: every two to four weeks).
 * Staleness is measured from the later of the last check-in on or before the as-of date and the
 * cycle's start. A finished objective's key results ({@link RuleContext#isFinished}: a CLOSED
 * objective, or an ended cycle) are left alone, whatever their own status. A {@code ROLLUP} key result has no check-ins of its own (its contributors'
 * check-ins move it), so the rule does not apply to it.
 */
final class CheckInStaleRule extends BuiltInRule implements KeyResultRule {
  CheckInStaleRule() {
    super(RuleCodes.CHECK_IN_STALE, Severity.WARNING, "keyResult", "days", "limit");
  }

  @Override
  public void checkKeyResult(KeyResult keyResult, Objective objective, RuleContext context, Findings findings) {
    if (keyResult.status() != OkrStatus.ACTIVE || context.isRollup(keyResult) || context.isFinished(objective)) {
      return;
    }
    Optional<Cycle> cycle = context.cycleOf(objective);
    LocalDate asOf = context.asOf();
    if (cycle.isEmpty() || cycle.get().status() != CycleStatus.ACTIVE || !cycle.get().contains(asOf)) {
      return;
    }
    LocalDate since = cycle.get().startInclusive();
    // An indexed loop: the list's iterator is an object per key result.
    List<CheckIn> checkIns = keyResult.checkIns();
    for (int i = 0; i < checkIns.size(); i++) {
      LocalDate date = checkIns.get(i).date();
      if (date.isAfter(since) && !date.isAfter(asOf)) {
        since = date;
      }
    }
    long days = ChronoUnit.DAYS.between(since, asOf);
    int limit = context.policy().checkInStaleDays();
    if (days > limit) {
      keyResultFinding(findings, ItemPath.keyResult(objective.id(), keyResult.id()).field("checkIns"),
              objective, keyResult, context)
          .argument("days", days)
          .argument("limit", limit)
          .report();
    }
  }
}
