package dev.alignkit.examples.review;

import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.AlignmentKind;
import dev.alignkit.okr.Objective;
import dev.alignkit.progress.ObjectiveRollup;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The alignment graph as a Mermaid flowchart, which GitHub renders: one node per objective with
 * its progress and status, an edge from each child to its parent (solid when it contributes,
 * dotted when it only supports), and a colour per status. The backlog (drafts without a cycle)
 * is left out: it is not part of the cycle's roll-up.
 */
final class MermaidReview {
  private MermaidReview() {}

  static String render(Review review) {
    StringBuilder out = new StringBuilder("flowchart BT\n");
    Map<String, String> nodes = new HashMap<>();
    int next = 0;
    Set<String> shown = new HashSet<>();
    for (Objective objective : review.objectives()) {
      shown.add(objective.id());
    }
    for (Objective objective : review.snapshot.objectives()) {
      if (!shown.contains(objective.id())) {
        continue;
      }
      String node = "n" + next++;
      nodes.put(objective.id(), node);
      ObjectiveRollup result = review.rollup.objective(objective.id()).orElseThrow();
      String progress = result.progress().isPresent()
          ? Math.round(result.progress().getAsDouble() * 100) + "%" : "no data";
      out.append("  ").append(node).append("[\"").append(escape(objective.title())).append("<br/>")
          .append(progress).append(" ").append(result.status()).append("\"]:::")
          .append(result.status().name().toLowerCase(java.util.Locale.ROOT)).append('\n');
    }
    for (Objective objective : review.snapshot.objectives()) {
      if (!nodes.containsKey(objective.id())) {
        continue;
      }
      for (Alignment alignment : objective.alignments()) {
        String parent = review.snapshot.parentOf(alignment).map(Objective::id).map(nodes::get).orElse(null);
        if (parent != null) {
          out.append("  ").append(nodes.get(objective.id()))
              .append(alignment.kind() == AlignmentKind.CONTRIBUTES ? " --> " : " -.-> ").append(parent).append('\n');
        }
      }
    }
    out.append("  classDef at_risk fill:#f8d7da,stroke:#c0392b\n")
        .append("  classDef behind fill:#fff3cd,stroke:#b7950b\n")
        .append("  classDef on_track fill:#d4edda,stroke:#1e8449\n")
        .append("  classDef done fill:#d6eaf8,stroke:#2874a6\n")
        .append("  classDef no_data fill:#eeeeee,stroke:#999999\n")
        .append("  classDef not_started fill:#eeeeee,stroke:#999999\n");
    return out.toString();
  }

  private static String escape(String text) {
    return text.replace("\"", "#quot;");
  }
}
