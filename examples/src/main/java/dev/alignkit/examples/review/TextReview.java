package dev.alignkit.examples.review;

import dev.alignkit.Alignkit;
import dev.alignkit.advice.AdviceFormatter;
import dev.alignkit.advice.Suggestion;
import dev.alignkit.progress.GapEntry;
import dev.alignkit.okr.Objective;
import dev.alignkit.policy.Severity;
import dev.alignkit.progress.AtRisk;
import dev.alignkit.progress.ObjectiveRollup;
import dev.alignkit.progress.PaceStatus;
import dev.alignkit.progress.ProgressTree;
import dev.alignkit.rules.Finding;
import dev.alignkit.rules.FindingFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The review for a person at a terminal: plain text, with ANSI colour when asked for. */
final class TextReview {
  private static final String RESET = "\u001B[0m";
  private static final String RED = "\u001B[31m";
  private static final String YELLOW = "\u001B[33m";
  private static final String GREEN = "\u001B[32m";
  private static final String BOLD = "\u001B[1m";

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
        + review.snapshot.objectives().size() + " objectives, as of " + review.asOf
        + review.person.map(p -> ", for " + review.nameOf(p)).orElse(""));
    progress();
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
        own.append(String.format(Locale.ROOT, "%-40s %4s  %s%n", objective.title(),
            result.progress().isPresent() ? Math.round(result.progress().getAsDouble() * 100) + "%" : "--",
            result.status()));
      }
      tree = own.toString();
    }
    out.append(colorStatuses(tree.isEmpty() ? "(no objectives)\n" : tree));
    Map<PaceStatus, Integer> counts = review.summary.counts();
    out.append("Objectives: ").append(counts.entrySet().stream().filter(e -> e.getValue() > 0)
        .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "))).append('\n');
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
