package dev.alignkit.examples.review;

import dev.alignkit.common.PlainText;
import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.Objective;
import dev.alignkit.progress.ObjectiveRollup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The alignment graph as a Mermaid flowchart, which GitHub renders: one node per objective with
 * its progress and status, an edge for each link from a child to a parent, and a colour per
 * status. An edge is solid when the link counts in the parent's progress (it contributes to the
 * objective or to a ROLLUP key result of it) and dotted when it does not (it supports, or it
 * contributes to a key result that is not ROLLUP, which counts as supporting). A link to a key
 * result ends at the key result's objective, labelled with the key result's id; a counting link
 * whose weight is not 1 is labelled with its weight ({@code kr-7, weight 3}). A second link to
 * the same parent counts once and is drawn once. The backlog (drafts without a cycle) is left
 * out: it is not part of the cycle's roll-up.
 *
 * <p>Labels are quoted, and their text cannot end the quote, start a line, or read as Mermaid,
 * Markdown or HTML, so no title changes the graph's nodes and edges (see {@link #label}).
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
      out.append("  ").append(node).append("[\"").append(label(objective.title())).append("<br/>")
          .append(progress).append(" ").append(result.status()).append("\"]:::")
          .append(result.status().name().toLowerCase(java.util.Locale.ROOT)).append('\n');
    }
    for (Objective objective : review.snapshot.objectives()) {
      if (!nodes.containsKey(objective.id())) {
        continue;
      }
      Set<String> drawn = new HashSet<>();
      for (Alignment link : objective.alignments()) {
        String parent = review.snapshot.parentOf(link).map(Objective::id).map(nodes::get).orElse(null);
        if (parent == null || !drawn.add(link.parentKind() + " " + link.parentId())) {
          continue;
        }
        boolean counts = review.counts(link);
        List<String> words = new ArrayList<>(2);
        if (link.isToKeyResult()) {
          words.add(link.parentId());
        }
        if (counts && link.weight() != 1) {
          words.add("weight " + Review.weight(link.weight()));
        }
        out.append("  ").append(nodes.get(objective.id())).append(counts ? " -->" : " -.->")
            .append(words.isEmpty() ? "" : "|\"" + label(String.join(", ", words)) + "\"|").append(' ')
            .append(parent).append('\n');
      }
    }
    out.append("  classDef at_risk fill:#f8d7da,stroke:#c0392b\n")
        .append("  classDef behind fill:#fff3cd,stroke:#b7950b\n")
        .append("  classDef on_track fill:#d4edda,stroke:#1e8449\n")
        .append("  classDef done fill:#d6eaf8,stroke:#2874a6\n")
        .append("  classDef no_data fill:#eeeeee,stroke:#999999\n")
        .append("  classDef not_started fill:#eeeeee,stroke:#999999\n")
        .append("  classDef ended fill:#ffffff,stroke:#555555,stroke-dasharray:3 3\n");
    return out.toString();
  }

  /**
   * Text for a quoted label: control characters as {@link PlainText#line} shows them, so a line
   * break is a space and the label stays on its line; and each character Mermaid, its Markdown
   * strings or HTML would read as syntax as an entity code, which Mermaid shows as the character:
   * {@code " & < >} as {@code #quot; #amp; #lt; #gt;}, and {@code # ; % ` | [ ] ( ) { }} by number
   * ({@code #35;}, {@code #59;} ...). The {@code #} keeps text such as {@code #quot;} as written,
   * the {@code ;} and {@code %} keep statements and directives ({@code %%{init: ...}%%}) out.
   */
  static String label(String text) {
    String line = PlainText.line(text);
    StringBuilder out = new StringBuilder(line.length() + 16);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      switch (c) {
        case '"' -> out.append("#quot;");
        case '&' -> out.append("#amp;");
        case '<' -> out.append("#lt;");
        case '>' -> out.append("#gt;");
        case '#', ';', '%', '`', '|', '[', ']', '(', ')', '{', '}' -> out.append('#').append((int) c).append(';');
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
