package dev.alignkit.examples.review;

import dev.alignkit.Alignkit;
import dev.alignkit.advice.AdviceFormatter;
import dev.alignkit.advice.Suggestion;
import dev.alignkit.progress.GapEntry;
import dev.alignkit.okr.Objective;
import dev.alignkit.progress.AtRisk;
import dev.alignkit.progress.ObjectiveRollup;
import dev.alignkit.rules.Finding;
import dev.alignkit.rules.FindingFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The review as Markdown, for a pull request, a wiki page or an e-mail. */
final class MarkdownReview {
  private MarkdownReview() {}

  static String render(Review review, Locale locale) {
    StringBuilder out = new StringBuilder();
    out.append("# Alignkit review, ").append(review.asOf)
        .append(review.person.map(p -> " — " + review.nameOf(p)).orElse("")).append("\n\n");
    out.append("## Progress\n\n| Objective | Owner | Progress | Status | At risk below |\n|---|---|---:|---|---:|\n");
    for (Objective objective : review.objectives()) {
      ObjectiveRollup result = review.rollup.objective(objective.id()).orElseThrow();
      out.append("| ").append(cell(objective.title())).append(" | ").append(objective.owner()).append(" | ")
          .append(result.progress().isPresent() ? Math.round(result.progress().getAsDouble() * 100) + "%" : "—")
          .append(" | ").append(result.status()).append(" | ").append(result.atRiskBelow()).append(" |\n");
    }
    List<AtRisk> atRisk = review.summary.atRisk();
    out.append("\n## Needs attention\n\n");
    for (AtRisk item : atRisk) {
      out.append("- **").append(cell(review.snapshot.objective(item.objectiveId()).map(Objective::title)
          .orElse(item.objectiveId()))).append("** (").append(item.owner()).append("): ")
          .append(item.reason().name().toLowerCase(Locale.ROOT).replace('_', ' '))
          .append(item.source().map(s -> " at `" + s + "`").orElse("")).append('\n');
    }
    out.append("\n## Readiness highlights\n\n| Person | Role | Toward | Readiness | Gaps |\n|---|---|---|---:|---|\n");
    for (Review.ReadinessLine line : review.readiness) {
      var readiness = line.option().readiness();
      out.append("| ").append(cell(line.name())).append(" | ").append(line.from()).append(" | ")
          .append(line.option().role()).append(" | ")
          .append(readiness.readiness().isPresent() ? Math.round(readiness.readiness().getAsDouble() * 100) + "%" : "—")
          .append(" | ").append(readiness.ready() ? "ready"
              : line.option().gaps().stream().map(GapEntry::skillId).collect(Collectors.joining(", ")))
          .append(" |\n");
    }
    out.append("\n## Findings\n");
    FindingFormatter formatter = Alignkit.formatter();
    for (Map.Entry<String, List<Finding>> group : review.findingsByPerson.entrySet()) {
      out.append("\n### ").append(review.nameOf(group.getKey())).append("\n\n");
      for (Finding finding : group.getValue()) {
        out.append("- **").append(finding.severity()).append("** `").append(finding.code()).append("` ")
            .append(formatter.message(finding, locale));
        formatter.suggestion(finding, locale).ifPresent(s -> out.append(" _").append(s).append("_"));
        out.append('\n');
      }
    }
    out.append("\n## Advice on tangential goals\n");
    AdviceFormatter sentences = AdviceFormatter.standard();
    for (Finding finding : review.tangential) {
      out.append("\n### ").append(review.nameOf(finding.personId().orElse(Review.ORGANIZATION))).append(": ")
          .append(cell(finding.arguments().get("goal"))).append("\n\n");
      for (Suggestion suggestion : finding.advice()) {
        out.append(suggestion.rank()).append(". **").append(suggestion.kind()).append("** ")
            .append(sentences.sentence(suggestion, locale)).append('\n');
      }
    }
    return out.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }
}
