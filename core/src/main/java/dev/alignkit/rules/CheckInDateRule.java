package dev.alignkit.rules;

import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.policy.Severity;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code okr.check-in.date}: check-ins lie within their objective's cycle, or up to
 * {@code checkInGraceDays} (14) after its end for final scoring, and never after the last day of
 * the calendar ({@link LocalDate#MAX}), where the grace days of a cycle ending near it stop. One
 * finding per distinct date outside; the path indexes check-ins by date, since they have no id.
 */
final class CheckInDateRule extends BuiltInRule implements KeyResultRule {
  CheckInDateRule() {
    super(RuleCodes.CHECK_IN_DATE, Severity.WARNING, "keyResult", "date", "cycle", "grace");
  }

  @Override
  public void checkKeyResult(KeyResult keyResult, Objective objective, RuleContext context, Findings findings) {
    if (keyResult.checkIns().isEmpty()) {
      return;
    }
    Optional<Cycle> cycle = context.cycleOf(objective);
    if (cycle.isEmpty()) {
      return;
    }
    LocalDate first = cycle.get().startInclusive();
    LocalDate last = context.checkInWindowEnd(cycle.get());
    Set<LocalDate> reported = null;
    // An indexed loop: the list's iterator is an object per key result.
    List<CheckIn> checkIns = keyResult.checkIns();
    for (int i = 0; i < checkIns.size(); i++) {
      LocalDate date = checkIns.get(i).date();
      if (!date.isBefore(first) && !date.isAfter(last)) {
        continue;
      }
      if (reported == null) {
        reported = new HashSet<>();
      }
      if (reported.add(date)) {
        keyResultFinding(findings, ItemPath.checkIn(objective.id(), keyResult.id(), date), objective, keyResult,
                context)
            .argument("date", date)
            .argument("cycle", cycle.get().id())
            .argument("grace", context.policy().checkInGraceDays())
            .report();
      }
    }
  }
}
