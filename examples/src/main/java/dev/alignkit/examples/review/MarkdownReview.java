package dev.alignkit.examples.review;

import static dev.alignkit.examples.review.Markdown.code;
import static dev.alignkit.examples.review.Markdown.text;

import dev.alignkit.Alignkit;
import dev.alignkit.advice.AdviceFormatter;
import dev.alignkit.advice.Suggestion;
import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.AlignmentKind;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.Initiative;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.org.Team;
import dev.alignkit.progress.AtRisk;
import dev.alignkit.progress.ObjectiveRollup;
import dev.alignkit.rules.Finding;
import dev.alignkit.rules.FindingFormatter;
import dev.alignkit.rules.WaivedFinding;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The review as Markdown, for a pull request, a wiki page or an e-mail: the progress table, each
 * objective with the parents it is aligned to, its description, key results (with their owner
 * when it is not the objective's, and for a ROLLUP key result its contributors) and initiatives,
 * the backlog apart, what needs attention, readiness, the findings by person, the advice on
 * tangential goals and the teams. All user text goes through {@link Markdown}, and a description
 * shows its first paragraph as a quote under its item.
 */
final class MarkdownReview {
  private static final String NONE = "—";

  private final Review review;
  private final Locale locale;
  private final StringBuilder out = new StringBuilder();

  private MarkdownReview(Review review, Locale locale) {
    this.review = review;
    this.locale = locale;
  }

  static String render(Review review, Locale locale) {
    return new MarkdownReview(review, locale).render();
  }

  private String render() {
    out.append("# Alignkit review, ").append(review.asOf)
        .append(review.person.map(p -> " — " + text(review.nameOf(p))).orElse("")).append("\n\n");
    progress();
    scorecards();
    objectives();
    ownedElsewhere();
    backlog();
    atRisk();
    readiness();
    findings();
    advice();
    teams();
    return out.toString();
  }

  /**
   * The progress of the work that runs, as a table in the order of the alignment hierarchy: a
   * child's title is indented under its first parent in the table and marked with an arrow.
   */
  private void progress() {
    List<String> running = review.runningCycleNames();
    out.append("## Progress").append(review.endedCycles().isEmpty() || running.isEmpty() ? ""
        : " of " + text(String.join(", ", running)))
        .append("\n\n| Objective | Owner | Progress | Status | At risk below |\n|---|---|---:|---|---:|\n");
    for (Review.Row row : review.hierarchy(objective -> !review.inEndedCycle(objective))) {
      ObjectiveRollup result = review.rollup.objective(row.objective().id()).orElseThrow();
      out.append("| ").append(indented(row)).append(" | ").append(text(review.nameOf(row.objective().owner())))
          .append(" | ").append(Review.percent(result.progress(), NONE)).append(" | ").append(result.status())
          .append(" | ").append(result.atRiskBelow()).append(" |\n");
    }
    out.append("\nObjectives: ").append(review.countsLine()).append(".\n");
  }

  /** The title under its parent: two em spaces per level and an arrow, "&emsp;&emsp;↳ Make escalations painless". */
  private static String indented(Review.Row row) {
    return (row.depth() == 0 ? "" : "&emsp;".repeat(2 * Math.min(row.depth(), 6) - 2) + "↳ ")
        + text(row.objective().title());
  }

  /**
   * Each ended cycle as a scorecard table, the latest first: per objective its progress, grade,
   * whether it met its expectation, the outcome recorded and the opening of its retrospective;
   * then the cycle's summary line.
   */
  private void scorecards() {
    for (Cycle cycle : review.endedCycles()) {
      out.append("\n## Scorecard of ").append(text(cycle.name())).append(" (").append(cycle.startInclusive())
          .append(" to ").append(cycle.endInclusive()).append(")\n\n")
          .append("| Objective | Owner | Progress | Grade | Met | Outcome | Retrospective |\n|---|---|---:|---|---|---|---|\n");
      for (Review.Row row : review.hierarchy(o -> o.cycleId().filter(cycle.id()::equals).isPresent())) {
        Objective objective = row.objective();
        ObjectiveRollup result = review.rollup.objective(objective.id()).orElseThrow();
        Review.Verdict verdict = review.verdictOf(objective);
        out.append("| ").append(indented(row)).append(" | ").append(text(review.nameOf(objective.owner())))
            .append(" | ").append(Review.percent(result.progress(), NONE))
            .append(" | ").append(verdict.gradeOr(NONE))
            .append(" | ").append(verdict.met().orElse(NONE))
            .append(" | ").append(verdict.outcome().orElse(NONE))
            .append(" | ").append(objective.retrospective().filter(r -> !r.isBlank()).map(Markdown::firstParagraph)
                .orElse(NONE)).append(" |\n");
      }
      out.append("\n").append(text(cycle.name())).append(": ").append(Review.scorecardLine(review.scorecardOf(cycle)))
          .append(".\n");
    }
  }

  private void objectives() {
    if (review.objectives().isEmpty()) {
      return;
    }
    out.append("\n## Objectives\n");
    for (Objective objective : review.objectives()) {
      ObjectiveRollup result = review.rollup.objective(objective.id()).orElseThrow();
      out.append("\n### ").append(text(objective.title())).append("\n\n")
          .append(text(review.nameOf(objective.owner()))).append(" · ").append(text(cycleName(objective)))
          .append(" · ").append(Review.percent(result.progress(), NONE)).append(" · ").append(result.status());
      result.grade().ifPresent(grade -> out.append(" · grade ").append(grade));
      result.met().ifPresent(met -> out.append(met ? " · met" : " · not met"));
      objective.outcome().ifPresent(outcome -> out.append(" · outcome ").append(outcome));
      out.append('\n');
      alignments(objective);
      items(objective, true);
    }
  }

  /** The name of the objective's cycle, its id when the cycle is unknown, or "no cycle". */
  private String cycleName(Objective objective) {
    return objective.cycleId().map(id -> review.snapshot.cycle(id).map(Cycle::name).orElse(id)).orElse("no cycle");
  }

  /**
   * The objective's links as written, one paragraph: "Aligned to Win the mid-market via
   * `kr-mm-ready` (contributes, weight 1); Customers stay (supports)." Each parent is named by its
   * title, a key result by its id after its objective's title; a parent that does not resolve
   * shows its id and "not found".
   */
  private void alignments(Objective objective) {
    if (objective.alignments().isEmpty()) {
      return;
    }
    out.append("\nAligned to ");
    String separator = "";
    for (Alignment link : objective.alignments()) {
      out.append(separator);
      separator = "; ";
      Optional<Objective> parent = review.snapshot.parentOf(link);
      if (parent.isEmpty()) {
        out.append(code(link.parentId())).append(" (not found, ");
      } else {
        out.append(text(parent.get().title()));
        if (link.isToKeyResult()) {
          out.append(" via ").append(code(link.parentId()));
        }
        out.append(" (");
      }
      out.append(link.kind() == AlignmentKind.CONTRIBUTES
          ? "contributes, weight " + Review.weight(link.weight()) : "supports").append(')');
    }
    out.append(".\n");
  }

  /**
   * The objective's description and retrospective, then a list of its key results and initiatives
   * with theirs.
   */
  private void items(Objective objective, boolean measured) {
    description(objective.description(), "\n> ");
    objective.retrospective().filter(r -> !r.isBlank())
        .ifPresent(r -> out.append("\n> **Retrospective:** ").append(Markdown.firstParagraph(r)).append('\n'));
    if (objective.keyResults().isEmpty() && objective.initiatives().isEmpty()) {
      return;
    }
    out.append('\n');
    for (KeyResult keyResult : objective.keyResults()) {
      out.append("- ").append(text(keyResult.title()));
      if (measured) {
        out.append(": ").append(Review.percent(review.progressOf(keyResult), NONE));
        review.rollup.keyResult(keyResult.id()).ifPresent(r -> out.append(" · ").append(r.status()));
        review.zoneOf(keyResult).ifPresent(zone -> out.append(" · zone ").append(zone));
      }
      rollup(keyResult);
      review.ownerNameIfOther(objective, keyResult).ifPresent(name -> out.append(" · owner: ").append(text(name)));
      out.append('\n');
      description(keyResult.description(), "  > ");
    }
    for (Initiative initiative : objective.initiatives()) {
      out.append("- Initiative: ").append(text(initiative.title()));
      initiative.keyResultId().ifPresent(id -> out.append(" · for ").append(code(id)));
      out.append(initiative.done() ? " · done" : "").append('\n');
      description(initiative.description(), "  > ");
    }
  }

  /** For a ROLLUP key result, " · rollup of 2 contributors: `o-sales`, `o-product`". */
  private void rollup(KeyResult keyResult) {
    review.rollupNote(keyResult).ifPresent(note -> {
      out.append(" · ").append(note);
      String separator = ": ";
      for (String id : review.contributorsOf(keyResult)) {
        out.append(separator).append(code(id));
        separator = ", ";
      }
    });
  }

  /** The first paragraph of a description that is set and not blank, as a quote line. */
  private void description(Optional<String> description, String prefix) {
    description.filter(d -> !d.isBlank())
        .ifPresent(d -> out.append(prefix).append(Markdown.firstParagraph(d)).append('\n'));
  }

  private void ownedElsewhere() {
    List<Review.OwnedKeyResult> owned = review.keyResultsOwnedElsewhere(true);
    if (owned.isEmpty()) {
      return;
    }
    out.append("\n## Key results owned on other objectives\n\n");
    for (Review.OwnedKeyResult item : owned) {
      KeyResult keyResult = item.keyResult();
      out.append("- ").append(text(keyResult.title())).append(": ")
          .append(Review.percent(review.progressOf(keyResult), NONE));
      review.rollup.keyResult(keyResult.id()).ifPresent(r -> out.append(" · ").append(r.status()));
      review.zoneOf(keyResult).ifPresent(zone -> out.append(" · zone ").append(zone));
      rollup(keyResult);
      out.append(" · ").append(ownerOf(item)).append('\n');
      description(keyResult.description(), "  > ");
    }
  }

  /** "owner of `kr-3` on `o-7` "Answer within a day" (Team Customer support)". */
  private String ownerOf(Review.OwnedKeyResult item) {
    return "owner of " + code(item.keyResult().id()) + " on " + code(item.objective().id()) + " \""
        + text(item.objective().title()) + "\" (" + text(review.nameOf(item.objective().owner())) + ")";
  }

  private void backlog() {
    List<Objective> backlog = review.backlog();
    List<Review.OwnedKeyResult> owned = review.keyResultsOwnedElsewhere(false);
    if (backlog.isEmpty() && owned.isEmpty()) {
      return;
    }
    out.append("\n## Backlog\n\nDrafts without a cycle, not part of the progress above.\n");
    for (Objective objective : backlog) {
      out.append("\n### ").append(text(objective.title())).append("\n\n")
          .append(text(review.nameOf(objective.owner()))).append(" · ").append(objective.status()).append('\n');
      alignments(objective);
      items(objective, false);
    }
    if (!owned.isEmpty()) {
      out.append('\n');
    }
    for (Review.OwnedKeyResult item : owned) {
      out.append("- ").append(text(item.keyResult().title())).append(" · ").append(ownerOf(item)).append('\n');
      description(item.keyResult().description(), "  > ");
    }
  }

  private void atRisk() {
    List<AtRisk> atRisk = review.summary.atRisk();
    out.append("\n## Needs attention\n\n");
    for (AtRisk item : atRisk) {
      out.append("- **").append(text(review.snapshot.objective(item.objectiveId()).map(Objective::title)
          .orElse(item.objectiveId()))).append("** (").append(text(review.nameOf(item.owner()))).append("): ")
          .append(item.reason().name().toLowerCase(Locale.ROOT).replace('_', ' '))
          .append(item.source().map(s -> " at " + code(s)).orElse("")).append('\n');
    }
  }

  private void readiness() {
    out.append("\n## Readiness highlights\n\n| Person | Role | Toward | Readiness | Gaps |\n|---|---|---|---:|---|\n");
    for (Review.ReadinessLine line : review.readiness) {
      var readiness = line.option().readiness();
      out.append("| ").append(text(review.nameOf(line.personId()))).append(" | ")
          .append(text(review.names.role(line.from()))).append(" | ")
          .append(text(review.names.role(line.option().role()))).append(" | ")
          .append(Review.percent(readiness.readiness(), NONE))
          .append(" | ").append(readiness.ready() ? "ready" : text(line.option().gaps().stream()
              .map(gap -> review.names.skill(gap.skillId())).collect(Collectors.joining(", "))))
          .append(" |\n");
    }
  }

  private void findings() {
    out.append("\n## Findings\n");
    if (!review.report.waived().isEmpty()) {
      out.append("\n").append(review.report.findings().size()).append(" open").append(review.waivedCount()).append(".\n");
    }
    FindingFormatter formatter = Alignkit.formatter();
    for (Map.Entry<String, List<Finding>> group : review.findingsByPerson.entrySet()) {
      out.append("\n### ").append(text(review.nameOf(group.getKey()))).append("\n\n");
      for (Finding finding : group.getValue()) {
        out.append("- **").append(finding.severity()).append("** ").append(code(finding.code())).append(' ')
            .append(text(formatter.message(finding, locale)));
        formatter.suggestion(finding, locale).ifPresent(s -> out.append(" _").append(text(s)).append("_"));
        out.append('\n');
      }
    }
    if (!review.report.waived().isEmpty()) {
      out.append("\n### Waived\n\n");
    }
    for (WaivedFinding waived : review.report.waived()) {
      out.append("- **").append(waived.finding().severity()).append("** ").append(code(waived.finding().code()))
          .append(' ').append(text(formatter.message(waived.finding(), locale))).append(" _")
          .append(text(review.waiverNote(waived.waiver()))).append("_\n");
    }
  }

  private void advice() {
    out.append("\n## Advice on tangential goals\n");
    AdviceFormatter sentences = AdviceFormatter.standard();
    for (Finding finding : review.tangential) {
      out.append("\n### ").append(text(review.nameOf(finding.personId().orElse(Review.ORGANIZATION)))).append(": ")
          .append(text(finding.arguments().get("goal"))).append("\n\n");
      for (Suggestion suggestion : finding.advice()) {
        out.append(suggestion.rank()).append(". **").append(suggestion.kind()).append("** ")
            .append(text(sentences.sentence(suggestion, locale))).append('\n');
      }
    }
  }

  private void teams() {
    List<Team> teams = review.teams();
    if (teams.isEmpty()) {
      return;
    }
    out.append("\n## Teams\n\n");
    for (Team team : teams) {
      out.append("- **").append(text(team.name())).append("** ").append(code(team.id())).append('\n');
      description(team.description(), "  > ");
    }
  }
}
