package dev.alignkit.examples.review;

import dev.alignkit.Alignkit;
import dev.alignkit.advice.AdviceFormatter;
import dev.alignkit.advice.Suggestion;
import dev.alignkit.common.PlainText;
import dev.alignkit.progress.GapEntry;
import dev.alignkit.progress.KeyResultRollup;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.Owner;
import dev.alignkit.policy.Severity;
import dev.alignkit.progress.AtRisk;
import dev.alignkit.progress.ObjectiveRollup;
import dev.alignkit.progress.ProgressTree;
import dev.alignkit.rules.Finding;
import dev.alignkit.rules.FindingFormatter;
import dev.alignkit.rules.WaivedFinding;
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
        + ", as of " + review.asOf + review.person.map(p -> ", for " + name(p)).orElse(""));
    progress();
    scorecards();
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

  /**
   * The progress of the work that runs: the tree of the objectives whose cycle has not ended (named
   * in the heading when an ended cycle has its scorecard below), or in a review for one person
   * their objectives with their key results.
   */
  private void progress() {
    List<String> running = review.runningCycleNames();
    section("Progress" + (review.endedCycles().isEmpty() || running.isEmpty() ? "" : " of " + plain(String.join(", ", running))));
    String tree;
    if (review.person.isEmpty()) {
      tree = ProgressTree.render(review.rollup, objective -> !review.inEndedCycle(objective));
    } else {
      StringBuilder own = new StringBuilder();
      for (Objective objective : review.objectives()) {
        if (review.inEndedCycle(objective)) {
          continue;
        }
        ObjectiveRollup result = review.rollup.objective(objective.id()).orElseThrow();
        own.append(String.format(Locale.ROOT, "%-40s %4s  %s%n", fit(plain(objective.title()), TITLE_WIDTH),
            Review.percent(result.progress(), "--"), result.status()));
        for (KeyResult keyResult : objective.keyResults()) {
          own.append(keyResultLine("  " + fit(plain(keyResult.title()), TITLE_WIDTH - 2), keyResult,
              review.ownerNameIfOther(objective, keyResult).map(name -> "owner: " + plain(name)).orElse("")));
        }
      }
      for (Review.OwnedKeyResult owned : review.keyResultsOwnedElsewhere(true)) {
        if (review.inEndedCycle(owned.objective())) {
          continue;
        }
        own.append(keyResultLine(fit(plain(owned.keyResult().title()), TITLE_WIDTH), owned.keyResult(), ownerOf(owned)));
      }
      tree = own.toString();
    }
    out.append(colorStatuses(!tree.isEmpty() ? tree
        : review.endedCycles().isEmpty() ? "(no objectives)\n" : "(no objectives in a running cycle)\n"));
    out.append("Objectives: ").append(review.countsLine()).append('\n');
  }

  /**
   * Each ended cycle as a scorecard, the latest first: per objective (in the alignment hierarchy)
   * its progress, grade, whether it met its expectation, the outcome recorded, its owner and the
   * zones of its key results, with the retrospective below; then the cycle's summary line.
   */
  private void scorecards() {
    for (Cycle cycle : review.endedCycles()) {
      section("Scorecard of " + plain(cycle.name()) + " (" + cycle.startInclusive() + " to " + cycle.endInclusive() + ")");
      out.append(String.format(Locale.ROOT, "%-40s %4s  %-6s  %-7s  %-8s  %s%n", "", "Done", "Grade", "Met", "Outcome",
          "Owner"));
      for (Review.Row row : review.hierarchy(o -> o.cycleId().filter(cycle.id()::equals).isPresent())) {
        scorecardLine(row);
      }
      out.append(plain(cycle.name())).append(": ").append(Review.scorecardLine(review.scorecardOf(cycle))).append('\n');
    }
  }

  private void scorecardLine(Review.Row row) {
    Objective objective = row.objective();
    ObjectiveRollup result = review.rollup.objective(objective.id()).orElseThrow();
    String indent = "  ".repeat(Math.min(row.depth(), 6));
    Review.Verdict verdict = review.verdictOf(objective);
    String grade = String.format(Locale.ROOT, "%-6s", verdict.gradeOr("--"));
    if (color && verdict.grade().isPresent()) {
      grade = (switch (verdict.grade().get()) { case GREEN -> GREEN; case YELLOW -> YELLOW; case RED -> RED; }) + grade + RESET;
    }
    List<String> zones = new ArrayList<>();
    for (KeyResult keyResult : objective.keyResults()) {
      review.zoneOf(keyResult).ifPresent(zone -> zones.add(plain(keyResult.id()) + "=" + zone));
    }
    String line = String.format(Locale.ROOT, "%-40s %4s  %s  %-7s  %-8s  %s%s", indent + fit(plain(objective.title()), TITLE_WIDTH - indent.length()),
        Review.percent(result.progress(), "--"), grade, verdict.met().orElse("--"), verdict.outcome().orElse("--"),
        name(objective.owner()),
        zones.isEmpty() ? "" : "  zones " + String.join(" ", zones));
    out.append(line.stripTrailing()).append('\n');
    objective.retrospective().filter(r -> !r.isBlank()).ifPresent(retrospective ->
        out.append(indent).append("  > ").append(plain(retrospective).strip().replaceAll("\\s+", " ")).append('\n'));
  }

  /**
   * User text as the review prints it: on one line, with control characters shown as their
   * pictures ({@link PlainText#line}), so that no title or name acts on the terminal. Colour is the
   * review's own, added around what this returns.
   */
  private static String plain(String text) {
    return PlainText.line(text);
  }

  /** The person's name, or the organization's, as {@link #plain} text. */
  private String name(String personId) {
    return plain(review.nameOf(personId));
  }

  /** The owner's name as {@link #plain} text. */
  private String name(Owner owner) {
    return plain(review.nameOf(owner));
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
    return plain("owner of " + owned.keyResult().id() + " on " + owned.objective().id()
        + " (" + review.nameOf(owned.objective().owner()) + ")");
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
      out.append(String.format(Locale.ROOT, "  %-38s %-9s %s%n", fit(plain(objective.title()), TITLE_WIDTH - 2),
          objective.status(), name(objective.owner())));
    }
    for (Review.OwnedKeyResult item : owned) {
      out.append(String.format(Locale.ROOT, "  %-38s %-9s %s%n", fit(plain(item.keyResult().title()), TITLE_WIDTH - 2), "",
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
      out.append("  ").append(plain(title)).append(" (").append(name(item.owner())).append("): ")
          .append(item.reason().name().toLowerCase(Locale.ROOT).replace('_', ' '))
          .append(item.source().map(s -> " at " + plain(s)).orElse("")).append('\n');
    }
  }

  private void readiness() {
    section("Readiness highlights");
    if (review.readiness.isEmpty()) {
      out.append("  (no one with a role and a plan)\n");
    }
    int[] widths = new int[3];
    for (Review.ReadinessLine line : review.readiness) {
      widths[0] = Math.max(widths[0], name(line.personId()).length());
      widths[1] = Math.max(widths[1], plain(review.names.role(line.from())).length());
      widths[2] = Math.max(widths[2], plain(review.names.role(line.option().role())).length());
    }
    String format = "  %-" + widths[0] + "s  %-" + widths[1] + "s -> %-" + widths[2] + "s %4s  %s%n";
    for (Review.ReadinessLine line : review.readiness) {
      var readiness = line.option().readiness();
      String gaps = line.option().gaps().stream().map(gap -> review.names.skill(gap.skillId()))
          .collect(Collectors.joining(", "));
      out.append(String.format(Locale.ROOT, format, name(line.personId()), plain(review.names.role(line.from())),
          plain(review.names.role(line.option().role())), Review.percent(readiness.readiness(), "--"),
          readiness.ready() ? "ready" : "gaps: " + plain(gaps)));
    }
  }

  private void findings() {
    var report = review.report;
    section("Findings: " + report.ofSeverity(Severity.ERROR).size() + " errors, "
        + report.ofSeverity(Severity.WARNING).size() + " warnings, "
        + report.ofSeverity(Severity.INFO).size() + " infos" + review.waivedCount());
    FindingFormatter formatter = Alignkit.formatter();
    for (Map.Entry<String, List<Finding>> group : review.findingsByPerson.entrySet()) {
      out.append("  ").append(name(group.getKey())).append('\n');
      for (Severity severity : Severity.values()) {
        for (Finding finding : group.getValue()) {
          if (finding.severity() != severity) {
            continue;
          }
          String label = String.format(Locale.ROOT, "%-7s", severity);
          if (color) {
            label = (severity == Severity.ERROR ? RED : severity == Severity.WARNING ? YELLOW : "") + label + RESET;
          }
          out.append("    ").append(label).append(' ').append(plain(formatter.message(finding, locale))).append('\n');
          formatter.suggestion(finding, locale).ifPresent(s -> out.append("            -> ").append(plain(s)).append('\n'));
        }
      }
    }
    if (!report.waived().isEmpty()) {
      out.append("  Waived\n");
    }
    for (WaivedFinding waived : report.waived()) {
      out.append("    ").append(String.format(Locale.ROOT, "%-7s", waived.finding().severity())).append(' ')
          .append(plain(formatter.message(waived.finding(), locale))).append('\n')
          .append("            ").append(plain(review.waiverNote(waived.waiver()))).append('\n');
    }
  }

  private void advice() {
    section("Advice on tangential goals (" + review.tangential.size() + ")");
    AdviceFormatter sentences = AdviceFormatter.standard();
    for (Finding finding : review.tangential) {
      out.append("  ").append(name(finding.personId().orElse(Review.ORGANIZATION))).append(": \"")
          .append(plain(String.valueOf(finding.arguments().get("goal")))).append("\"\n");
      for (Suggestion suggestion : finding.advice()) {
        out.append(String.format(Locale.ROOT, "    %d. %-16s %s%n", suggestion.rank(), suggestion.kind(),
            plain(sentences.sentence(suggestion, locale))));
      }
    }
  }
}
