package dev.alignkit.rules;

import dev.alignkit.development.GrowSession;
import dev.alignkit.development.WayForwardStep;
import dev.alignkit.policy.Severity;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code dev.grow.incomplete}: a GROW session has a goal, a reality, at least one option and a
 * way-forward step with a horizon; a step whose likelihood is below 0.5 has a
 * contingency. One finding lists every missing part; its path names the first.
 */
final class GrowIncompleteRule extends BuiltInRule implements GrowSessionRule {
  private static final double LIKELY = 0.5;

  GrowIncompleteRule() {
    super(RuleCodes.GROW_INCOMPLETE, Severity.WARNING, "session", "missing");
  }

  @Override
  public void checkGrowSession(GrowSession session, RuleContext context, Findings findings) {
    List<String> missing = new ArrayList<>();
    if (session.goal().filter(g -> !g.isBlank()).isEmpty()) {
      missing.add("goal");
    }
    if (!session.hasReality()) {
      missing.add("reality");
    }
    if (session.options().isEmpty()) {
      missing.add("options");
    }
    if (session.steps().stream().noneMatch(step -> step.horizon().isPresent())) {
      missing.add("steps");
    }
    // The path names the first missing part: a field of the session, else a step's contingency.
    @Nullable ItemPath first = missing.isEmpty() ? null : ItemPath.growSession(session.id()).field(missing.get(0));
    List<WayForwardStep> steps = session.steps();
    for (int i = 0; i < steps.size(); i++) {
      WayForwardStep step = steps.get(i);
      if (step.likelihood().isPresent() && step.likelihood().getAsDouble() < LIKELY && step.contingency().isEmpty()) {
        missing.add("steps[" + i + "].contingency");
        if (first == null) {
          first = ItemPath.growStep(session.id(), i).field("contingency");
        }
      }
    }
    if (first != null) {
      sessionFinding(findings, first, session)
          .argument("missing", String.join(", ", missing))
          .report();
    }
  }
}
