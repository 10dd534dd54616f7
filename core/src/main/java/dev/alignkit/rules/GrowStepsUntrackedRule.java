package dev.alignkit.rules;

import dev.alignkit.development.GrowSession;
import dev.alignkit.development.Horizon;
import dev.alignkit.development.WayForwardStep;
import dev.alignkit.policy.Severity;
import java.util.List;
import java.util.Optional;

/**
 * {@code dev.grow.steps-untracked}: each THIS_MONTH or LATER way-forward step is tracked by a
 * development goal or measure of the snapshot: steps go into development goals.
 * THIS_WEEK steps need no tracking.
 */
final class GrowStepsUntrackedRule extends BuiltInRule implements GrowSessionRule {
  GrowStepsUntrackedRule() {
    super(RuleCodes.GROW_STEPS_UNTRACKED, Severity.INFO, "session", "step");
  }

  @Override
  public void checkGrowSession(GrowSession session, RuleContext context, Findings findings) {
    List<WayForwardStep> steps = session.steps();
    for (int i = 0; i < steps.size(); i++) {
      WayForwardStep step = steps.get(i);
      Horizon horizon = step.horizon().orElse(null);
      if (horizon != Horizon.THIS_MONTH && horizon != Horizon.LATER) {
        continue;
      }
      Optional<String> tracker = step.trackedBy();
      boolean tracked = tracker.isPresent() && (context.snapshot().developmentGoal(tracker.get()).isPresent()
          || context.snapshot().measure(tracker.get()).isPresent());
      if (!tracked) {
        sessionFinding(findings, ItemPath.growStep(session.id(), i).field("trackedBy"), session)
            .argument("step", step.description())
            .report();
      }
    }
  }
}
