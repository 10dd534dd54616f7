package dev.alignkit.examples.review;

import dev.alignkit.Alignkit;
import dev.alignkit.advice.AdviceFormatter;
import dev.alignkit.advice.Suggestion;
import dev.alignkit.progress.GapEntry;
import dev.alignkit.progress.KeyResultRollup;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.policy.Severity;
import dev.alignkit.progress.AtRisk;
import dev.alignkit.progress.ObjectiveRollup;
import dev.alignkit.progress.ProgressTree;
import dev.alignkit.rules.Finding;
import dev.alignkit.rules.FindingFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The review for a person at a terminal: plain text, with ANSI colour when asked for. */
final class TextReview {
  private static final String RESET = "\u001B[0m";
  private static final String RED = "\u001B[31m";
  private static final String YELLOW = "\u001B[33m";
  private static final String GREEN = "\u001B[32m";
  private static final String BOLD = "\u001B[1m";
  private static final int TITLE_WIDTH = 40;

  private final Review review;
  private final Locale locale;
  private final boolean color;
  private final StringBuilder out = new StringBuilder();

  private TextReview(Review review, Locale locale, boolean color) {
    this.review = review;
    this.locale = locale;
    this.color = color;
  }

  static String render(Review review, Locale locale, boolean color) {
    return new TextReview(review, locale, color).render();
  }

  private String render() {
    heading("Alignkit review of " + review.snapshot.people().size() + " people and "
        + review.plannedCount() + " objectives"
        + (review.backlogCount() > 0 ? " (" + review.backlogCount() + " more in the backlog)" : "")
        + ", as of " + review.asOf + review.person.map(p -> ", for " + review.nameOf(p)).orElse(""));
    progress();
    backlog();
    atRisk();
    readiness();
    findings();
    advice();
    return out.toString();
  }

  private void heading(String text) {
    out.append(color ? BOLD + text + RESET : text).append('\n');
  }

  private void section(String title) {
    out.append('\n');
    heading(title);
  }

  private void progress() {
    section("Progress");
    String tree;
    if (review.person.isEmpty()) {
      tree = ProgressTree.render(review.rollup);
    } else {
      StringBuilder own = new StringBuilder();
      for (Objective objective : review.objectives()) {
        ObjectiveRollup result = review.rollup.objective(objective.id()).orElseThrow();
        own.append(String.format(Locale.ROOT, "%-40s %4s  %s%n", fit(objective.title(), TITLE_WIDTH),
            Review.percent(result.progress(), "--"), result.status()));
        for (KeyResult keyResult : objective.keyResults()) {
          own.append(keyResultLine("  " + fit(keyResult.title(), TITLE_WIDTH - 2), keyResult,
              review.ownerNameIfOther(objective, keyResult).map(name -> "owner: " + name).orElse("")));
        }
      }
      for (Review.OwnedKeyResult owned : review.keyResultsOwnedElsewhere(true)) {
        own.append(keyResultLine(fit(owned.keyResult().title(), TITLE_WIDTH), owned.keyResult(), ownerOf(owned)));
      }
      tree = own.toString();
    }
    out.append(colorStatuses(tree.isEmpty() ? "(no objectives)\n" : tree));
    out.append("Objectives: ").append(review.countsLine()).append('\n');
  }

  /** The title cut to {@code width} with "..." as the progress tree cuts it, so the columns line up. */
  private static String fit(String title, int width) {
    return title.length() <= width ? title : title.substring(0, width - 3) + "...";
  }

  /** A key result with its progress and status, then its zone, "rollup of 2 contributors" and the note. */
  private String keyResultLine(String title, KeyResult keyResult, String note) {
    Optional<KeyResultRollup> result = review.rollup.keyResult(keyResult.id());
    List<String> notes = new ArrayList<>(3);
    review.zoneOf(keyResult).ifPresent(zone -> notes.add("zone " + zone));
    review.rollupNote(keyResult).ifPresent(notes::add);
    if (!note.isEmpty()) {
      notes.add(note);
    }
    String line = String.format(Locale.ROOT, "%-40s %4s  %-11s%s", title,
        Review.percent(review.progressOf(keyResult), "--"), result.map(r -> r.status().name()).orElse(""),
        String.join("  ", notes));
    return line.stripTrailing() + "\n";
  }

  /** "owner of kr-3 on o-7 (Team Customer support)": a key result of the person on another's objective. */
  private String ownerOf(Review.OwnedKeyResult owned) {
    return "owner of " + owned.keyResult().id() + " on " + owned.objective().id()
        + " (" + review.nameOf(owned.objective().owner()) + ")";
  }

  /**
   * The backlog (drafts without a cycle), apart from the cycle's progress, and in a review for one
   * person the key results they own on others' objectives there; only when there are some. The
   * summary line above counts them.
   */
  private void backlog() {
    List<Objective> backlog = review.backlog();
    List<Review.OwnedKeyResult> owned = review.keyResultsOwnedElsewhere(false);
    if (backlog.isEmpty() && owned.isEmpty()) {
      return;
    }
    section("Backlog");
    for (Objective objective : backlog) {
      out.append(String.format(Locale.ROOT, "  %-38s %-9s %s%n", fit(objective.title(), TITLE_WIDTH - 2),
          objective.status(), objective.owner()));
    }
    for (Review.OwnedKeyResult item : owned) {
      out.append(String.format(Locale.ROOT, "  %-38s %-9s %s%n", fit(item.keyResult().title(), TITLE_WIDTH - 2), "",
          ownerOf(item)));
    }
  }

  private String colorStatuses(String text) {
    if (!color) {
      return text;
    }
    return text.replace("AT_RISK", RED + "AT_RISK" + RESET).replace("BEHIND", YELLOW + "BEHIND" + RESET)
        .replace("ON_TRACK", GREEN + "ON_TRACK" + RESET);
  }

  private void atRisk() {
    List<AtRisk> atRisk = review.summary.atRisk();
    section("Needs attention (" + atRisk.size() + ")");
    for (AtRisk item : atRisk) {
      String title = review.snapshot.objective(item.objectiveId()).map(Objective::title).orElse(item.objectiveId());
      out.append("  ").append(title).append(" (").append(item.owner()).append("): ")
          .append(item.reason().name().toLowerCase(Locale.ROOT).replace('_', ' '))
          .append(item.source().map(s -> " at " + s).orElse("")).append('\n');
    }
  }

  private void readiness() {
    section("Readiness highlights");
    if (review.readiness.isEmpty()) {
      out.append("  (no one with a role and a plan)\n");
    }
    for (Review.ReadinessLine line : review.readiness) {
      var readiness = line.option().readiness();
      String percent = readiness.readiness().isPresent()
          ? Math.round(readiness.readiness().getAsDouble() * 100) + "%" : "--";
      String gaps = line.option().gaps().stream().map(GapEntry::skillId).collect(Collectors.joining(", "));
      out.append(String.format(Locale.ROOT, "  %-18s %-10s -> %-10s %4s  %s%n", line.name(), line.from(),
          line.option().role(), percent, readiness.ready() ? "ready" : "gaps: " + gaps));
    }
  }

  private void findings() {
    var report = review.report;
    section("Findings: " + report.ofSeverity(Severity.ERROR).size() + " errors, "
        + report.ofSeverity(Severity.WARNING).size() + " warnings, "
        + report.ofSeverity(Severity.INFO).size() + " infos");
    FindingFormatter formatter = Alignkit.formatter();
    for (Map.Entry<String, List<Finding>> group : review.findingsByPerson.entrySet()) {
      out.append("  ").append(review.nameOf(group.getKey())).append('\n');
      for (Severity severity : Severity.values()) {
        for (Finding finding : group.getValue()) {
          if (finding.severity() != severity) {
            continue;
          }
          String label = String.format(Locale.ROOT, "%-7s", severity);
          if (color) {
            label = (severity == Severity.ERROR ? RED : severity == Severity.WARNING ? YELLOW : "") + label + RESET;
          }
          out.append("    ").append(label).append(' ').append(formatter.message(finding, locale)).append('\n');
          formatter.suggestion(finding, locale).ifPresent(s -> out.append("            -> ").append(s).append('\n'));
        }
      }
    }
  }

  private void advice() {
    section("Advice on tangential goals (" + review.tangential.size() + ")");
    AdviceFormatter sentences = AdviceFormatter.standard();
    for (Finding finding : review.tangential) {
      out.append("  ").append(review.nameOf(finding.personId().orElse(Review.ORGANIZATION))).append(": \"")
          .append(finding.arguments().get("goal")).append("\"\n");
      for (Suggestion suggestion : finding.advice()) {
        out.append(String.format(Locale.ROOT, "    %d. %-16s %s%n", suggestion.rank(), suggestion.kind(),
            sentences.sentence(suggestion, locale)));
      }
    }
  }
}
