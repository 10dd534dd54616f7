package dev.alignkit.progress;

import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.OrdinalZone;
import dev.alignkit.org.OrganizationSnapshot;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The bird's-eye view of a roll-up as plain text: one line per objective, children indented
 * under their parents, each with a progress bar, its percentage, its status, marks for what
 * needs attention, and the zone (COMMIT, TARGET, STRETCH, or FAIL) of each zoned key result.
 *
 * <pre>
 * Customers recommend us                   [#####.....]  54%  ON_TRACK  organization  1 at risk below
 *   Answer within a working day            [####......]  38%  BEHIND    team:support
 *     Make escalations painless            [###.......]  30%  AT_RISK   person:maya  ! behind pace
 * </pre>
 *
 * Roots (no parent, or a parent that does not resolve) come in snapshot order, each followed by
 * its subtree; objectives on an alignment cycle follow under their own heading. Indentation
 * stops growing after {@value #MAX_INDENT} levels, where lines show their depth instead. The walk
 * is iterative, so any depth renders.
 */
public final class ProgressTree {
  /** Levels of indentation shown before lines show their depth. */
  public static final int MAX_INDENT = 12;
  private static final int TITLE_WIDTH = 40;
  private static final int BAR_CELLS = 10;

  private ProgressTree() {}

  /** Renders every objective of the roll-up's snapshot. */
  public static String render(Rollup rollup) {
    OrganizationSnapshot snapshot = rollup.snapshot();
    StringBuilder out = new StringBuilder();
    Deque<Object[]> stack = new ArrayDeque<>();
    List<Objective> objectives = snapshot.objectives();
    for (Objective objective : objectives) {
      boolean root = snapshot.parentsOf(objective).isEmpty();
      if (!root) {
        continue;
      }
      stack.push(new Object[] {objective, 0});
      while (!stack.isEmpty()) {
        Object[] top = stack.pop();
        Objective current = (Objective) top[0];
        int depth = (Integer) top[1];
        line(out, current, rollup, depth);
        List<Objective> children = snapshot.childrenOf(current.id());
        for (int i = children.size() - 1; i >= 0; i--) {
          stack.push(new Object[] {children.get(i), depth + 1});
        }
      }
    }
    boolean heading = false;
    for (Objective objective : objectives) {
      ObjectiveRollup result = rollup.objective(objective.id()).orElseThrow();
      if (result.noProgress().orElse(null) == ObjectiveRollup.NoProgress.ALIGNMENT_CYCLE) {
        if (!heading) {
          out.append("On alignment cycles (no roll-up):\n");
          heading = true;
        }
        line(out, objective, rollup, 1);
      }
    }
    return out.toString();
  }

  private static void line(StringBuilder out, Objective objective, Rollup rollup, int depth) {
    ObjectiveRollup result = rollup.objective(objective.id()).orElseThrow();
    int indent = Math.min(depth, MAX_INDENT) * 2;
    String title = (depth > MAX_INDENT ? "[" + depth + "] " : "") + objective.title();
    int room = Math.max(8, TITLE_WIDTH - indent);
    if (title.length() > room) {
      title = title.substring(0, room - 3) + "...";
    }
    out.append(" ".repeat(indent)).append(title).append(" ".repeat(room - title.length() + 1));
    if (result.progress().isPresent()) {
      double progress = result.progress().getAsDouble();
      int filled = (int) Math.round(progress * BAR_CELLS);
      out.append('[').append("#".repeat(filled)).append(".".repeat(BAR_CELLS - filled)).append("] ")
          .append(String.format(Locale.ROOT, "%3d%%", Math.round(progress * 100)));
    } else {
      out.append('[').append(" ".repeat(BAR_CELLS)).append("]   --");
    }
    out.append("  ").append(String.format(Locale.ROOT, "%-11s", result.status())).append(objective.owner());
    marks(out, objective, result);
    zones(out, objective, rollup);
    out.append('\n');
  }

  /** The zones of the objective's zoned key results: {@code  zones kr-1=COMMIT kr-2=TARGET}. */
  private static void zones(StringBuilder out, Objective objective, Rollup rollup) {
    String separator = "  zones ";
    for (KeyResult keyResult : objective.keyResults()) {
      Optional<OrdinalZone> zone = rollup.keyResult(keyResult.id()).flatMap(r -> r.progress().zone());
      if (zone.isPresent()) {
        out.append(separator).append(keyResult.id()).append('=').append(zone.get());
        separator = " ";
      }
    }
  }

  private static void marks(StringBuilder out, Objective objective, ObjectiveRollup result) {
    if (!objective.status().counts()) {
      out.append("  (").append(objective.status().name().toLowerCase(Locale.ROOT)).append(')');
    }
    if (result.partial()) {
      out.append("  (partial)");
    }
    if (result.riskReason().isPresent()) {
      out.append("  ! ").append(result.riskReason().get().name().toLowerCase(Locale.ROOT).replace('_', ' '));
      result.riskSource().ifPresent(source -> out.append(" at ").append(source));
    }
    if (result.atRiskBelow() > 0) {
      out.append("  ").append(result.atRiskBelow()).append(" at risk below");
    }
  }
}
