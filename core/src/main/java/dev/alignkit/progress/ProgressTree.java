package dev.alignkit.progress;

import static java.util.Objects.requireNonNull;

import dev.alignkit.common.PlainText;
import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.AlignmentKind;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.OrdinalZone;
import dev.alignkit.org.DisplayNames;
import dev.alignkit.org.OrganizationSnapshot;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The bird's-eye view of a roll-up as plain text: one line per objective under each of its
 * parents, indented, each with a progress bar, its percentage, its status, the verdict on a
 * finished objective (its grade once its cycle has ended, {@code met} or {@code not met} from the
 * cycle's last day on, and the {@code outcome} a person recorded: {@code docs/concepts.md},
 * "Closing a cycle"), marks for what needs attention, the zone (COMMIT, TARGET, STRETCH, or FAIL)
 * of each zoned key result and the ROLLUP key results with their number of contributors.
 *
 * <pre>
 * Customers recommend us                   [#####.....]  54%  ON_TRACK   Organization
 *   Answer within a working day            [####......]  38%  BEHIND     Customer support  rollup kr-kb of 2 contributors
 *     Make escalations painless            [###.......]  30%  BEHIND     Maya Levi  via kr-kb  also under o-9
 *     Write the help center                [#####.....]  50%  ON_TRACK   Documentation  via kr-kb
 * </pre>
 *
 * <p>Owners show by name ({@link DisplayNames#owner}): "Organization", the team's name, the
 * person's name, with the id in parentheses where two names are the same. Titles, names and ids
 * show as {@link PlainText#line} shows them, so that none can start a line of its own or act on a
 * terminal: a line break in a title is a space, an escape character {@code ␛}.
 *
 * <p>Roots (no parent, or only parents that do not resolve) come in snapshot order, each followed
 * by its subtree; children come in snapshot order. An objective with several parents
 * ({@code docs/concepts.md}, "Several parents") shows under each of them, marked
 * {@code also under} with the ids of its other parents (at most {@value #MAX_PARENTS_NAMED}
 * named, then {@code and 2 more}). A child linked to a key result shows under that key result's
 * objective, marked {@code via} and the key result's id. The subtree of a child is printed once,
 * where the walk first reaches it; under its other parents the child is a single line, marked
 * {@code (children above)} when it has children. So the text grows with the number of links,
 * never with the number of paths: a chain of diamonds prints each objective once per parent.
 * An objective's ROLLUP key results follow its zones, each with the number of objectives that
 * have a contributing link to it, each counted once: {@code rollup kr-kb of 2 contributors}.
 *
 * <p>Objectives on an alignment cycle follow under their own heading, each with the subtrees of
 * its children that are on no cycle; where such an objective is a child of another objective it
 * is a single line there, marked {@code (on an alignment cycle)}. Indentation stops growing after
 * {@value #MAX_INDENT} levels, where lines show their depth instead. The walk is iterative, so any
 * depth renders.
 */
public final class ProgressTree {
  /** Levels of indentation shown before lines show their depth. */
  public static final int MAX_INDENT = 12;
  /** Other parents named on a line of an objective with several parents before the rest are counted. */
  public static final int MAX_PARENTS_NAMED = 3;
  private static final int TITLE_WIDTH = 40;
  private static final int BAR_CELLS = 10;

  private ProgressTree() {}

  /** Renders every objective of the roll-up's snapshot. */
  public static String render(Rollup rollup) {
    return render(rollup, objective -> true);
  }

  /**
   * Renders the objectives of the roll-up's snapshot that {@code shown} accepts, such as those of
   * the cycles that still run, with the roll-up's numbers: an objective none of whose parents is
   * shown is a root, and the links to objectives left out are not named.
   *
   * @param rollup the roll-up; not null
   * @param shown which objectives to show; not null
   * @throws NullPointerException if an argument is null
   */
  public static String render(Rollup rollup, Predicate<? super Objective> shown) {
    return new Walk(requireNonNull(rollup, "rollup"), requireNonNull(shown, "shown")).render();
  }

  /** One line to print: an objective, its depth, and the parent it shows under (none for roots). */
  private record Frame(Objective objective, int depth, @Nullable Objective parent) {}

  /** The resolved parents of one objective, each once in link order, and the key results it links to per parent. */
  private record Parents(List<Objective> distinct, Map<String, List<String>> viaKeyResults) {}

  /** One rendering: which subtrees are printed already, and what is known of each objective's links. */
  private static final class Walk {
    private final Rollup rollup;
    private final OrganizationSnapshot snapshot;
    private final DisplayNames names;
    private final StringBuilder out = new StringBuilder();
    private final boolean[] shown;
    private final boolean[] onCycle;
    private final boolean[] expanded;
    private final @Nullable Parents[] parents;
    private final Map<String, Integer> contributors;

    Walk(Rollup rollup, Predicate<? super Objective> filter) {
      this.rollup = rollup;
      this.snapshot = rollup.snapshot();
      this.names = DisplayNames.of(snapshot);
      List<Objective> objectives = snapshot.objectives();
      this.shown = new boolean[objectives.size()];
      this.onCycle = new boolean[objectives.size()];
      this.expanded = new boolean[objectives.size()];
      this.parents = new Parents[objectives.size()];
      for (int i = 0; i < objectives.size(); i++) {
        shown[i] = filter.test(objectives.get(i));
        onCycle[i] = rollup.objective(objectives.get(i).id()).orElseThrow().noProgress().orElse(null)
            == ObjectiveRollup.NoProgress.ALIGNMENT_CYCLE;
      }
      this.contributors = contributorCounts(snapshot);
    }

    String render() {
      List<Objective> objectives = snapshot.objectives();
      for (int i = 0; i < objectives.size(); i++) {
        if (shown[i] && !onCycle[i] && parentsOf(i).distinct().isEmpty()) {
          walk(new Frame(objectives.get(i), 0, null));
        }
      }
      boolean heading = false;
      for (int i = 0; i < objectives.size(); i++) {
        if (shown[i] && onCycle[i]) {
          if (!heading) {
            out.append("On alignment cycles (no roll-up):\n");
            heading = true;
          }
          walk(new Frame(objectives.get(i), 1, null));
        }
      }
      return out.toString();
    }

    /**
     * Prints the frame's objective and, the first time the walk reaches it, its subtree. An
     * objective on a cycle opens its subtree only under the cycles' heading (no parent), and there
     * leaves out children that are on a cycle too: they have lines of their own under the heading.
     */
    private void walk(Frame start) {
      Deque<Frame> stack = new ArrayDeque<>();
      stack.push(start);
      while (!stack.isEmpty()) {
        Frame frame = stack.pop();
        int index = snapshot.indexOfObjective(frame.objective().id());
        List<Objective> children = shownChildrenOf(frame.objective());
        boolean open = !expanded[index] && (!onCycle[index] || frame.parent() == null);
        line(frame, index, !open && !onCycle[index] && !children.isEmpty());
        if (!open) {
          continue;
        }
        expanded[index] = true;
        for (int i = children.size() - 1; i >= 0; i--) {
          Objective child = children.get(i);
          if (!onCycle[index] || !onCycle[snapshot.indexOfObjective(child.id())]) {
            stack.push(new Frame(child, frame.depth() + 1, frame.objective()));
          }
        }
      }
    }

    private void line(Frame frame, int index, boolean childrenAbove) {
      Objective objective = frame.objective();
      int depth = frame.depth();
      ObjectiveRollup result = rollup.objective(objective.id()).orElseThrow();
      int indent = Math.min(depth, MAX_INDENT) * 2;
      String title = (depth > MAX_INDENT ? "[" + depth + "] " : "") + PlainText.line(objective.title());
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
      out.append("  ").append(String.format(Locale.ROOT, "%-11s", result.status()));
      int tail = out.length();
      out.append(names.owner(objective.owner()));
      marks(objective, result);
      zones(objective);
      rollups(objective);
      Objective parent = frame.parent();
      if (parent != null) {
        links(index, parent);
        if (onCycle[index]) {
          out.append("  (on an alignment cycle)");
        }
      }
      if (childrenAbove) {
        out.append("  (children above)");
      }
      // The owner's name and the ids in the marks are user text as much as the title is.
      String marks = out.substring(tail);
      out.setLength(tail);
      out.append(PlainText.line(marks)).append('\n');
    }

    /** The zones of the objective's zoned key results: {@code  zones kr-1=COMMIT kr-2=TARGET}. */
    private void zones(Objective objective) {
      String separator = "  zones ";
      for (KeyResult keyResult : objective.keyResults()) {
        Optional<OrdinalZone> zone = rollup.keyResult(keyResult.id()).flatMap(r -> r.progress().zone());
        if (zone.isPresent()) {
          out.append(separator).append(keyResult.id()).append('=').append(zone.get());
          separator = " ";
        }
      }
    }

    /** The objective's ROLLUP key results: {@code  rollup kr-1 of 2 contributors, kr-2 of 1 contributor}. */
    private void rollups(Objective objective) {
      String separator = "  rollup ";
      for (KeyResult keyResult : objective.keyResults()) {
        if (keyResult.isRollup()) {
          int count = contributors.getOrDefault(keyResult.id(), 0);
          out.append(separator).append(keyResult.id()).append(" of ").append(count)
              .append(count == 1 ? " contributor" : " contributors");
          separator = ", ";
        }
      }
    }

    /**
     * How the objective hangs under {@code parent}: {@code  via kr-3} for its links to the parent's
     * key results, {@code  also under o-1, o-2} for its other parents.
     */
    private void links(int index, Objective parent) {
      Parents links = parentsOf(index);
      List<String> via = links.viaKeyResults().getOrDefault(parent.id(), List.of());
      if (!via.isEmpty()) {
        out.append("  via ").append(String.join(", ", via));
      }
      int others = links.distinct().size() - 1;
      if (others <= 0) {
        return;
      }
      out.append("  also under ");
      int named = 0;
      for (Objective other : links.distinct()) {
        if (other.id().equals(parent.id())) {
          continue;
        }
        if (named == MAX_PARENTS_NAMED) {
          out.append(" and ").append(others - named).append(" more");
          break;
        }
        out.append(named > 0 ? ", " : "").append(other.id());
        named++;
      }
    }

    private void marks(Objective objective, ObjectiveRollup result) {
      result.grade().ifPresent(grade -> out.append("  ").append(grade));
      result.met().ifPresent(met -> out.append(met ? "  met" : "  not met"));
      objective.outcome().ifPresent(outcome -> out.append("  outcome ").append(outcome));
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

    /** The objective's children that are shown, in snapshot order. */
    private List<Objective> shownChildrenOf(Objective objective) {
      List<Objective> children = new ArrayList<>();
      for (Objective child : snapshot.childrenOf(objective.id())) {
        if (shown[snapshot.indexOfObjective(child.id())]) {
          children.add(child);
        }
      }
      return children;
    }

    /** The objective's resolved parents that are shown, worked out once per objective from its links. */
    private Parents parentsOf(int index) {
      Parents known = parents[index];
      if (known != null) {
        return known;
      }
      List<Objective> distinct = new ArrayList<>();
      Map<String, List<String>> via = new HashMap<>();
      for (Alignment link : snapshot.objectives().get(index).alignments()) {
        Objective parent = snapshot.parentOf(link).orElse(null);
        if (parent == null || !shown[snapshot.indexOfObjective(parent.id())]) {
          continue;
        }
        List<String> keyResults = via.get(parent.id());
        if (keyResults == null) {
          distinct.add(parent);
          keyResults = new ArrayList<>(1);
          via.put(parent.id(), keyResults);
        }
        if (link.isToKeyResult() && !keyResults.contains(link.parentId())) {
          keyResults.add(link.parentId());
        }
      }
      Parents computed = new Parents(distinct, via);
      parents[index] = computed;
      return computed;
    }
  }

  /**
   * The number of objectives with a contributing link to each ROLLUP key result, each objective
   * once however many such links it has.
   */
  private static Map<String, Integer> contributorCounts(OrganizationSnapshot snapshot) {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Objective> lastCounted = new HashMap<>();
    for (Objective objective : snapshot.objectives()) {
      for (Alignment link : objective.alignments()) {
        if (link.isToKeyResult() && link.kind() == AlignmentKind.CONTRIBUTES
            && snapshot.keyResult(link.parentId()).map(KeyResult::isRollup).orElse(false)
            && lastCounted.put(link.parentId(), objective) != objective) {
          counts.merge(link.parentId(), 1, Integer::sum);
        }
      }
    }
    return counts;
  }
}
