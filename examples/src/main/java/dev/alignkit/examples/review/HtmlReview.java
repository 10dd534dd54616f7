package dev.alignkit.examples.review;

import dev.alignkit.Alignkit;
import dev.alignkit.advice.AdviceFormatter;
import dev.alignkit.advice.Suggestion;
import dev.alignkit.common.PlainText;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.policy.Policy;
import dev.alignkit.policy.Severity;
import dev.alignkit.progress.AtRisk;
import dev.alignkit.progress.GapCategory;
import dev.alignkit.progress.GapEntry;
import dev.alignkit.progress.Grade;
import dev.alignkit.progress.KeyResultProgress;
import dev.alignkit.progress.KeyResultRollup;
import dev.alignkit.progress.ObjectiveRollup;
import dev.alignkit.rules.Finding;
import dev.alignkit.rules.FindingFormatter;
import dev.alignkit.rules.WaivedFinding;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Predicate;

/**
 * The review as one self-contained HTML page, to open offline, share or print to PDF: the
 * alignment tree with a progress bar per objective (coloured by pace, or by grade in an ended
 * cycle's scorecard) whose nodes fold with {@code <details>}, a small SVG chart of each key
 * result's check-ins, what needs attention linking to its objectives, a readiness heat map, the
 * findings by person and the advice on tangential goals as cards.
 *
 * <p>The page runs nothing and loads nothing: it holds no script, only inline CSS and SVG, and its
 * Content-Security-Policy ({@link #CONTENT_SECURITY_POLICY}) forbids everything else. All data
 * goes through {@link #text}, which shows control characters as {@link PlainText#line} does and
 * escapes {@code & < > " '}, so no title, name or message adds an element or an attribute. Element
 * ids are the review's own ({@code n0}, {@code n1} ...), never an id from the data.
 *
 * <p>Counts a test can compare with {@code --format json}: an element of class {@code objective}
 * per objective roll-up, one {@code svg.chart} per key-result roll-up, and one {@code td.cell}
 * per skill of a readiness line's role (each gap entry but the SURPLUS ones).
 */
final class HtmlReview {
  /** The page's policy: nothing but its own inline styles and data images. */
  static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

  private static final String NONE = "—";
  private static final int CHART_WIDTH = 200;
  private static final int CHART_HEIGHT = 48;
  private static final int CHART_PAD = 4;
  private static final double EPSILON = 1e-9;

  private static final String STYLE = """
      :root{--fg:#1b1b1b;--muted:#595959;--line:#d0d0d0;--bg:#fff;--panel:#f6f7f9}
      *{box-sizing:border-box}
      body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg);margin:0 auto;max-width:1100px;padding:1rem 1.5rem 3rem}
      h1{font-size:1.5rem;margin:.5rem 0}h2{font-size:1.2rem;margin:2rem 0 .6rem;border-bottom:1px solid var(--line);padding-bottom:.2rem}h3{font-size:1rem;margin:1rem 0 .4rem}
      .meta,.muted{color:var(--muted)}
      .counts{display:flex;flex-wrap:wrap;gap:.5rem;padding:0;list-style:none}
      details.node{margin:.15rem 0 .15rem 1.1rem}main>section>details.node{margin-left:0}
      summary.objective{cursor:pointer;padding:.3rem .4rem;border-radius:4px;display:flex;flex-wrap:wrap;align-items:center;gap:.5rem}
      summary.objective::before{content:"▾";color:var(--muted);width:1em}details:not([open])>summary.objective::before{content:"▸"}
      summary.objective:hover,summary.objective:focus-visible{background:var(--panel)}
      summary.objective:focus-visible{outline:2px solid #1d4ed8}
      .title{font-weight:600;flex:1 1 16rem}
      .owner{color:var(--muted);font-size:.9em}
      .bar{display:inline-block;width:120px;height:10px;background:#e5e7eb;border-radius:5px;overflow:hidden;vertical-align:middle}
      .bar>span{display:block;height:100%}
      .pct{display:inline-block;min-width:3.2em;text-align:right;font-variant-numeric:tabular-nums}
      .badge{display:inline-block;font-size:.78em;padding:.05rem .4rem;border-radius:3px;border:1px solid currentColor}
      .s-on_track,.g-green{color:#14532d;background:#dcfce7}.f-on_track,.f-green{background:#16a34a}
      .s-behind,.g-yellow{color:#713f12;background:#fef9c3}.f-behind,.f-yellow{background:#ca8a04}
      .s-at_risk,.g-red{color:#7f1d1d;background:#fee2e2}.f-at_risk,.f-red{background:#dc2626}
      .s-done{color:#1e3a8a;background:#dbeafe}.f-done{background:#2563eb}
      .s-no_data,.s-not_started,.s-ended,.g-none{color:#374151;background:#f3f4f6}.f-no_data,.f-not_started,.f-ended,.f-none{background:#9ca3af}
      .body{margin:.2rem 0 .4rem 1.6rem}
      .body p{margin:.2rem 0}.description{white-space:pre-line}
      ul.key-results{list-style:none;padding:0;margin:.2rem 0}
      li.key-result{display:flex;flex-wrap:wrap;align-items:center;gap:.6rem;padding:.2rem 0;border-top:1px dashed var(--line)}
      li.key-result .kr-title{flex:1 1 14rem}
      svg.chart{background:var(--panel);border-radius:3px}
      .attention a{color:#1d4ed8}
      table{border-collapse:collapse;font-size:.9em}th,td{padding:.25rem .4rem;border:1px solid var(--line);text-align:left}
      th[scope=col]{font-weight:600;background:var(--panel)}
      .heat{overflow-x:auto;position:relative}
      .heat th[scope=row]{min-width:14rem}.heat th[scope=row] .owner{display:block;font-weight:400}
      td.cell{text-align:center;min-width:3.2em;font-variant-numeric:tabular-nums}
      .h-met{background:#dcfce7;color:#14532d}.h-1{background:#fef9c3;color:#713f12}.h-2{background:#fed7aa;color:#7c2d12}.h-3{background:#fecaca;color:#7f1d1d}.h-missing{background:#e5e7eb;color:#374151}
      td.na{background:#fff}
      .sr{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
      ul.findings{padding-left:1.1rem}ul.findings li{margin:.25rem 0}
      .sev-error{color:#7f1d1d;background:#fee2e2}.sev-warning{color:#713f12;background:#fef9c3}.sev-info{color:#1e3a8a;background:#dbeafe}
      .suggestion{color:var(--muted);margin:.1rem 0 0}
      .cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:.8rem}
      .card{border:1px solid var(--line);border-radius:6px;padding:.6rem .8rem;background:var(--panel)}
      .card h3{margin-top:0}
      footer{margin-top:2rem;color:var(--muted);font-size:.85em}
      @media print{
      body{max-width:none;padding:0;font-size:10pt}
      *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
      details::details-content{content-visibility:visible;display:contents}
      summary.objective::before{content:none}
      .attention a{color:inherit;text-decoration:none}
      .heat{overflow:visible}
      li.key-result,.card,tr{break-inside:avoid}h2,h3{break-after:avoid}
      }
      """;

  private final Review review;
  private final Locale locale;
  private final StringBuilder out = new StringBuilder(64 * 1024);
  /** The element id of each objective's node, by objective id: {@code n0}, {@code n1} ... */
  private final Map<String, String> nodeIds = new HashMap<>();

  private HtmlReview(Review review, Locale locale) {
    this.review = review;
    this.locale = locale;
    int next = 0;
    for (Objective objective : review.objectives()) {
      nodeIds.put(objective.id(), "n" + next++);
    }
  }

  static String render(Review review, Locale locale) {
    return new HtmlReview(review, locale).render();
  }

  private String render() {
    String heading = "Alignkit review, " + review.asOf + review.person.map(p -> " — " + review.nameOf(p)).orElse("");
    out.append("<!DOCTYPE html>\n<html lang=\"").append(text(locale.toLanguageTag())).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CONTENT_SECURITY_POLICY).append("\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(text(heading)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
        .append("<header>\n<h1>").append(text(heading)).append("</h1>\n<p class=\"meta\">")
        .append(review.snapshot.people().size()).append(" people, ").append(review.plannedCount()).append(" objectives")
        .append(review.backlogCount() > 0 ? " (" + review.backlogCount() + " more in the backlog)" : "")
        .append(review.viewer.map(v -> "; as " + text(review.nameOf(v)) + " may see it").orElse(""))
        .append(". Objectives: ").append(text(review.countsLine())).append(".</p>\n</header>\n<main>\n");
    progress();
    scorecards();
    ownedElsewhere();
    backlog();
    attention();
    heatMap();
    findings();
    advice();
    out.append("</main>\n<footer><p>Made by the Alignkit review (--format html). This page holds no script.</p></footer>\n")
        .append("</body>\n</html>\n");
    return out.toString();
  }

  /** The running cycles' objectives as a tree, coloured by pace. */
  private void progress() {
    List<String> running = review.runningCycleNames();
    section("progress", "Progress" + (review.endedCycles().isEmpty() || running.isEmpty() ? ""
        : " of " + String.join(", ", running)));
    int rows = tree(objective -> !review.inEndedCycle(objective), false);
    if (rows == 0) {
      out.append("<p class=\"muted\">").append(review.endedCycles().isEmpty()
          ? "No objectives." : "No objectives in a running cycle.").append("</p>\n");
    }
    out.append("</section>\n");
  }

  /** Each ended cycle, the latest first: its tree coloured by grade, then its summary line. */
  private void scorecards() {
    int index = 0;
    for (Cycle cycle : review.endedCycles()) {
      section("scorecard-" + index++, "Scorecard of " + cycle.name() + " (" + cycle.startInclusive() + " to "
          + cycle.endInclusive() + ")");
      tree(o -> o.cycleId().filter(cycle.id()::equals).isPresent(), true);
      out.append("<p class=\"scorecard-line\"><strong>").append(text(cycle.name())).append(":</strong> ")
          .append(text(Review.scorecardLine(review.scorecardOf(cycle)))).append(".</p>\n</section>\n");
    }
  }

  private void section(String id, String title) {
    out.append("<section aria-labelledby=\"h-").append(id).append("\">\n<h2 id=\"h-").append(id).append("\">")
        .append(text(title)).append("</h2>\n");
  }

  /**
   * The objectives {@code included} accepts as nested {@code <details>} in the order of the
   * alignment hierarchy ({@link Review#hierarchy}), all open; returns how many.
   */
  private int tree(Predicate<Objective> included, boolean scorecard) {
    List<Review.Row> rows = review.hierarchy(included);
    int open = 0;
    for (Review.Row row : rows) {
      int depth = Math.min(row.depth(), open);
      for (; open > depth; open--) {
        out.append("</div></details>\n");
      }
      node(row.objective(), scorecard);
      open++;
    }
    for (; open > 0; open--) {
      out.append("</div></details>\n");
    }
    return rows.size();
  }

  private void node(Objective objective, boolean scorecard) {
    ObjectiveRollup result = review.rollup.objective(objective.id()).orElseThrow();
    Optional<Review.Verdict> verdict = scorecard ? Optional.of(review.verdictOf(objective)) : Optional.empty();
    String colour = verdict.map(v -> v.grade().map(Grade::name).orElse("none"))
        .orElse(result.status().name()).toLowerCase(Locale.ROOT);
    out.append("<details class=\"node\" open id=\"").append(nodeIds.get(objective.id())).append("\">\n")
        .append("<summary class=\"objective\"><span class=\"title\">").append(text(objective.title()))
        .append(" <span class=\"owner\">").append(text(review.nameOf(objective.owner()))).append("</span></span>");
    bar(result.progress(), colour);
    if (verdict.isPresent()) {
      out.append(" <span class=\"badge g-").append(colour).append("\">").append(verdict.get().gradeOr("no grade"))
          .append("</span>");
      verdict.get().met().ifPresent(met -> out.append(" <span class=\"met\">").append(met).append("</span>"));
      // A cancelled or draft objective shows its status, "(cancelled)", where the outcome would be.
      verdict.get().outcome().ifPresent(o -> out.append(" <span class=\"outcome\">")
          .append(o.startsWith("(") ? "" : "outcome ").append(text(o)).append("</span>"));
    } else {
      out.append(" <span class=\"badge s-").append(colour).append("\">").append(result.status()).append("</span>");
    }
    if (result.partial()) {
      out.append(" <span class=\"badge partial s-no_data\">partial data</span>");
    }
    if (result.atRiskBelow() > 0) {
      out.append(" <span class=\"badge s-at_risk\">").append(result.atRiskBelow()).append(" at risk below</span>");
    }
    out.append("</summary>\n<div class=\"body\">\n");
    paragraphs(objective.description(), "description");
    objective.retrospective().filter(r -> !r.isBlank()).ifPresent(r ->
        out.append("<p class=\"retrospective\"><strong>Retrospective:</strong> ").append(text(r)).append("</p>\n"));
    List<KeyResult> measured = objective.keyResults().stream()
        .filter(kr -> review.rollup.keyResult(kr.id()).isPresent()).toList();
    if (!measured.isEmpty()) {
      out.append("<ul class=\"key-results\">\n");
      for (KeyResult keyResult : measured) {
        keyResult(objective, keyResult, review.ownerNameIfOther(objective, keyResult).map(name -> "owner: " + name));
      }
      out.append("</ul>\n");
    }
  }

  /** A key result of the roll-up: its title, progress, status, zone and note, and its chart. */
  private void keyResult(Objective objective, KeyResult keyResult, Optional<String> note) {
    KeyResultRollup result = review.rollup.keyResult(keyResult.id()).orElseThrow();
    out.append("<li class=\"key-result\"><span class=\"kr-title\">").append(text(keyResult.title()));
    List<String> notes = new ArrayList<>(3);
    review.zoneOf(keyResult).ifPresent(zone -> notes.add("zone " + zone));
    review.rollupNote(keyResult).ifPresent(notes::add);
    note.ifPresent(notes::add);
    if (!notes.isEmpty()) {
      out.append(" <span class=\"owner\">").append(text(String.join(" · ", notes))).append("</span>");
    }
    out.append("</span> <span class=\"pct\">").append(Review.percent(result.progress().progress(), NONE))
        .append("</span> <span class=\"badge s-").append(result.status().name().toLowerCase(Locale.ROOT)).append("\">")
        .append(result.status()).append("</span>\n");
    chart(objective, keyResult, result);
    out.append("</li>\n");
  }

  /** A progress bar, hidden from assistive technology: the percentage beside it says the same. */
  private void bar(OptionalDouble progress, String colour) {
    double share = progress.isPresent() ? Math.max(0, Math.min(1, progress.getAsDouble())) : 0;
    out.append(" <span class=\"bar\" aria-hidden=\"true\"><span class=\"f-").append(colour).append("\" style=\"width:")
        .append(Math.round(share * 100)).append("%\"></span></span> <span class=\"pct\">")
        .append(Review.percent(progress, NONE)).append("</span>");
  }

  /**
   * The key result's progress at each check-in date up to the review's date over its cycle (x: the
   * days from the cycle's start to its end; y: progress 0 to 1), with the expected line from 0 at
   * the start to the expectation at the end, the review's date as a vertical line, and while the
   * cycle runs the forecast from the latest check-in to the end. Its accessible name says the same
   * in words. An objective without a known cycle is drawn over the 90 days up to the review.
   */
  private void chart(Objective objective, KeyResult keyResult, KeyResultRollup result) {
    Optional<Cycle> cycle = objective.cycleId().flatMap(review.snapshot::cycle);
    LocalDate start = cycle.map(Cycle::startInclusive).orElse(review.asOf.minusDays(90));
    LocalDate end = cycle.map(Cycle::endInclusive).orElse(review.asOf);
    long days = Math.max(1, ChronoUnit.DAYS.between(start, end));
    Map<LocalDate, Double> points = new LinkedHashMap<>();
    for (CheckIn checkIn : keyResult.checkIns()) {
      LocalDate date = checkIn.date();
      if (!date.isAfter(review.asOf) && !points.containsKey(date)) {
        KeyResultProgress.of(keyResult, date, Policy.defaults()).progress().ifPresent(p -> points.put(date, p));
      }
    }
    List<Map.Entry<LocalDate, Double>> sorted = new ArrayList<>(points.entrySet());
    sorted.sort(Map.Entry.comparingByKey());
    StringBuilder label = new StringBuilder("Check-ins of ").append(PlainText.line(keyResult.title())).append(": ");
    if (sorted.isEmpty()) {
      label.append("none");
    } else {
      Map.Entry<LocalDate, Double> last = sorted.get(sorted.size() - 1);
      label.append(sorted.size()).append(sorted.size() == 1 ? " check-in" : " check-ins").append(", latest ")
          .append(Review.percent(OptionalDouble.of(last.getValue()), NONE)).append(" on ").append(last.getKey());
    }
    label.append("; expected ").append(Review.percent(OptionalDouble.of(result.expectation()), NONE))
        .append(" by ").append(end);
    result.forecast().ifPresent(f -> label.append("; forecast ")
        .append(Review.percent(OptionalDouble.of(f.projectedProgress()), NONE)).append(" at the end"));
    out.append("<svg class=\"chart\" role=\"img\" width=\"").append(CHART_WIDTH).append("\" height=\"")
        .append(CHART_HEIGHT).append("\" viewBox=\"0 0 ").append(CHART_WIDTH).append(' ').append(CHART_HEIGHT)
        .append("\" aria-label=\"").append(text(label.toString())).append("\"><title>").append(text(label.toString()))
        .append("</title>");
    line(x(start, start, days), y(0), x(end, start, days), y(result.expectation()), "#6b7280", "3 2");
    if (!review.asOf.isBefore(start) && !review.asOf.isAfter(end)) {
      line(x(review.asOf, start, days), y(0), x(review.asOf, start, days), y(1), "#c4c4c4", "1 2");
    }
    if (!sorted.isEmpty()) {
      Map.Entry<LocalDate, Double> last = sorted.get(sorted.size() - 1);
      result.forecast().ifPresent(f -> line(x(last.getKey(), start, days), y(last.getValue()), x(end, start, days),
          y(f.projectedProgress()), "#7c3aed", "4 2"));
      out.append("<polyline fill=\"none\" stroke=\"#1d4ed8\" stroke-width=\"1.5\" points=\"");
      String separator = "";
      for (Map.Entry<LocalDate, Double> point : sorted) {
        out.append(separator).append(number(x(point.getKey(), start, days))).append(',').append(number(y(point.getValue())));
        separator = " ";
      }
      out.append("\"/>");
      for (Map.Entry<LocalDate, Double> point : sorted) {
        out.append("<circle r=\"2\" fill=\"#1d4ed8\" cx=\"").append(number(x(point.getKey(), start, days)))
            .append("\" cy=\"").append(number(y(point.getValue()))).append("\"/>");
      }
    }
    out.append("</svg>\n");
  }

  private void line(double x1, double y1, double x2, double y2, String colour, String dashes) {
    out.append("<line x1=\"").append(number(x1)).append("\" y1=\"").append(number(y1)).append("\" x2=\"")
        .append(number(x2)).append("\" y2=\"").append(number(y2)).append("\" stroke=\"").append(colour)
        .append("\" stroke-dasharray=\"").append(dashes).append("\"/>");
  }

  private static double x(LocalDate date, LocalDate start, long days) {
    double share = Math.max(0, Math.min(1, ChronoUnit.DAYS.between(start, date) / (double) days));
    return CHART_PAD + share * (CHART_WIDTH - 2 * CHART_PAD);
  }

  private static double y(double progress) {
    return CHART_PAD + (1 - Math.max(0, Math.min(1, progress))) * (CHART_HEIGHT - 2 * CHART_PAD);
  }

  /** A coordinate with one decimal at most, as SVG reads it in any locale. */
  private static String number(double value) {
    return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }

  /** In a review for one person, the key results they own on others' objectives in a cycle, with charts. */
  private void ownedElsewhere() {
    List<Review.OwnedKeyResult> owned = review.keyResultsOwnedElsewhere(true);
    if (owned.isEmpty()) {
      return;
    }
    section("owned", "Key results owned on other objectives");
    out.append("<ul class=\"key-results\">\n");
    for (Review.OwnedKeyResult item : owned) {
      if (review.rollup.keyResult(item.keyResult().id()).isPresent()) {
        keyResult(item.objective(), item.keyResult(), Optional.of("on “" + item.objective().title() + "” ("
            + review.nameOf(item.objective().owner()) + ")"));
      }
    }
    out.append("</ul>\n</section>\n");
  }

  /** The drafts without a cycle, apart from the progress, with their key results' titles. */
  private void backlog() {
    List<Objective> backlog = review.backlog();
    if (backlog.isEmpty()) {
      return;
    }
    section("backlog", "Backlog");
    out.append("<p class=\"muted\">Drafts without a cycle, not part of the progress above.</p>\n<ul class=\"backlog\">\n");
    for (Objective objective : backlog) {
      out.append("<li><strong>").append(text(objective.title())).append("</strong> <span class=\"owner\">")
          .append(text(review.nameOf(objective.owner()))).append("</span>");
      if (!objective.keyResults().isEmpty()) {
        out.append("<ul>");
        for (KeyResult keyResult : objective.keyResults()) {
          out.append("<li>").append(text(keyResult.title())).append("</li>");
        }
        out.append("</ul>");
      }
      out.append("</li>\n");
    }
    out.append("</ul>\n</section>\n");
  }

  /** What needs attention, each item a link to its objective's node. */
  private void attention() {
    List<AtRisk> atRisk = review.summary.atRisk();
    section("attention", "Needs attention (" + atRisk.size() + ")");
    if (atRisk.isEmpty()) {
      out.append("<p class=\"muted\">Nothing needs attention.</p>\n");
    } else {
      out.append("<ul class=\"attention\">\n");
      for (AtRisk item : atRisk) {
        String title = review.snapshot.objective(item.objectiveId()).map(Objective::title).orElse(item.objectiveId());
        String node = nodeIds.get(item.objectiveId());
        out.append("<li>").append(node != null ? "<a href=\"#" + node + "\">" + text(title) + "</a>" : text(title))
            .append(" <span class=\"owner\">(").append(text(review.nameOf(item.owner()))).append(")</span>: ")
            .append(item.reason().name().toLowerCase(Locale.ROOT).replace('_', ' '))
            .append(item.source().map(s -> " at " + text(s)).orElse("")).append("</li>\n");
      }
      out.append("</ul>\n");
    }
    out.append("</section>\n");
  }

  /**
   * Readiness as a heat map: a row per readiness line (person, role, readiness), a column per skill
   * any of the roles expects, and per skill of the line's role a cell coloured by its gap (met
   * green; a shortfall up to 0.5 yellow, up to 1 orange, more red; not assessed grey), whose
   * accessible name says the skill, the gap and the assessment against the requirement.
   */
  private void heatMap() {
    section("readiness", "Readiness");
    if (review.readiness.isEmpty()) {
      out.append("<p class=\"muted\">No one with a role and a plan.</p>\n</section>\n");
      return;
    }
    List<String> skills = new ArrayList<>();
    for (Review.ReadinessLine line : review.readiness) {
      for (GapEntry gap : line.option().readiness().gaps()) {
        if (gap.category() != GapCategory.SURPLUS && !skills.contains(gap.skillId())) {
          skills.add(gap.skillId());
        }
      }
    }
    out.append("<div class=\"heat\" role=\"region\" aria-labelledby=\"h-readiness\" tabindex=\"0\">\n")
        .append("<table class=\"heat-map\">\n<thead><tr><th scope=\"col\">Person → role</th>")
        .append("<th scope=\"col\">Readiness</th>");
    for (String skill : skills) {
      out.append("<th scope=\"col\">").append(text(review.names.skill(skill))).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (Review.ReadinessLine line : review.readiness) {
      var readiness = line.option().readiness();
      Map<String, GapEntry> bySkill = new HashMap<>();
      for (GapEntry gap : readiness.gaps()) {
        if (gap.category() != GapCategory.SURPLUS) {
          bySkill.put(gap.skillId(), gap);
        }
      }
      out.append("<tr><th scope=\"row\">").append(text(review.nameOf(line.personId()))).append(" <span class=\"owner\">")
          .append(text(review.names.role(line.from()))).append(" → ").append(text(review.names.role(line.option().role())))
          .append("</span></th><td>").append(Review.percent(readiness.readiness(), NONE))
          .append(readiness.ready() ? " ready" : "").append("</td>");
      for (String skill : skills) {
        GapEntry gap = bySkill.get(skill);
        if (gap == null) {
          out.append("<td class=\"na\"><span class=\"sr\">not expected</span></td>");
        } else {
          cell(gap);
        }
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n</div>\n</section>\n");
  }

  private void cell(GapEntry gap) {
    String skill = review.names.skill(gap.skillId());
    String required = gap.required().isPresent() ? decimal(gap.required().getAsDouble()) : NONE;
    String name;
    String shown;
    String heat;
    if (gap.category() == GapCategory.MISSING) {
      name = skill + ": gap " + decimal(gap.shortfall()) + ", not assessed, required " + required;
      shown = "?";
      heat = "h-missing";
    } else if (gap.category() == GapCategory.MET) {
      name = skill + ": no gap, assessed " + decimal(gap.assessed().orElse(0)) + ", required " + required;
      shown = "✓";
      heat = "h-met";
    } else {
      name = skill + ": gap " + decimal(gap.shortfall()) + ", assessed " + decimal(gap.assessed().orElse(0))
          + ", required " + required;
      shown = "−" + decimal(gap.shortfall());
      // Bands compare with the epsilon of docs/concepts.md, so a shortfall of 3.8 - 2.8 is 1.
      heat = gap.shortfall() <= 0.5 + EPSILON ? "h-1" : gap.shortfall() <= 1 + EPSILON ? "h-2" : "h-3";
    }
    out.append("<td class=\"cell ").append(heat).append("\"><span class=\"sr\">").append(text(name))
        .append("</span><span aria-hidden=\"true\">").append(shown).append("</span></td>");
  }

  /** A proficiency or a gap with two decimals at most: {@code 3}, {@code 0.8}, {@code 2.75}. */
  private static String decimal(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }

  private void findings() {
    var report = review.report;
    section("findings", "Findings: " + report.ofSeverity(Severity.ERROR).size() + " errors, "
        + report.ofSeverity(Severity.WARNING).size() + " warnings, " + report.ofSeverity(Severity.INFO).size()
        + " infos" + review.waivedCount());
    FindingFormatter formatter = Alignkit.formatter();
    for (Map.Entry<String, List<Finding>> group : review.findingsByPerson.entrySet()) {
      out.append("<h3>").append(text(review.nameOf(group.getKey()))).append("</h3>\n<ul class=\"findings\">\n");
      for (Severity severity : Severity.values()) {
        for (Finding finding : group.getValue()) {
          if (finding.severity() == severity) {
            finding(finding, formatter, Optional.empty());
          }
        }
      }
      out.append("</ul>\n");
    }
    if (!report.waived().isEmpty()) {
      out.append("<h3>Waived</h3>\n<ul class=\"findings\">\n");
      for (WaivedFinding waived : report.waived()) {
        finding(waived.finding(), formatter, Optional.of(review.waiverNote(waived.waiver())));
      }
      out.append("</ul>\n");
    }
    out.append("</section>\n");
  }

  private void finding(Finding finding, FindingFormatter formatter, Optional<String> waiver) {
    String severity = finding.severity().name();
    out.append("<li class=\"finding\"><span class=\"badge sev-").append(severity.toLowerCase(Locale.ROOT)).append("\">")
        .append(severity).append("</span> <code>").append(text(finding.code())).append("</code> ")
        .append(text(formatter.message(finding, locale)));
    formatter.suggestion(finding, locale)
        .ifPresent(s -> out.append("<p class=\"suggestion\">→ ").append(text(s)).append("</p>"));
    waiver.ifPresent(w -> out.append("<p class=\"suggestion\">").append(text(w)).append("</p>"));
    out.append("</li>\n");
  }

  /** The advice on each tangential goal as a card: the person and the goal, then the ranked suggestions. */
  private void advice() {
    section("advice", "Advice on tangential goals (" + review.tangential.size() + ")");
    AdviceFormatter sentences = AdviceFormatter.standard();
    out.append("<div class=\"cards\">\n");
    for (Finding finding : review.tangential) {
      out.append("<article class=\"card\"><h3>").append(text(review.nameOf(finding.personId().orElse(Review.ORGANIZATION))))
          .append(": “").append(text(String.valueOf(finding.arguments().get("goal")))).append("”</h3>\n<ol>\n");
      for (Suggestion suggestion : finding.advice()) {
        out.append("<li><span class=\"badge s-no_data\">").append(suggestion.kind()).append("</span> ")
            .append(text(sentences.sentence(suggestion, locale))).append("</li>\n");
      }
      out.append("</ol></article>\n");
    }
    out.append("</div>\n</section>\n");
  }

  /**
   * A description that is set and not blank as one {@code <p>}: its paragraphs each on one line
   * ({@link #text}), apart by a line break that the style sheet shows ({@code white-space:
   * pre-line}), so the data adds no element.
   */
  private void paragraphs(Optional<String> description, String kind) {
    description.filter(d -> !d.isBlank()).ifPresent(d -> {
      out.append("<p class=\"").append(kind).append("\">");
      String separator = "";
      for (String paragraph : Markdown.PARAGRAPH_BREAK.split(d.strip())) {
        out.append(separator).append(text(paragraph));
        separator = "\n";
      }
      out.append("</p>\n");
    });
  }

  /**
   * Text from the data for an element or a quoted attribute: on one line with control characters
   * shown as their pictures ({@link PlainText#line}), and {@code & < > " '} as character references.
   */
  static String text(String value) {
    String line = PlainText.line(value);
    StringBuilder escaped = new StringBuilder(line.length() + 16);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
