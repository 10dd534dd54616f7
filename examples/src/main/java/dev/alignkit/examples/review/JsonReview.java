package dev.alignkit.examples.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.alignkit.Alignkit;
import dev.alignkit.advice.AdviceFormatter;
import dev.alignkit.advice.Suggestion;
import dev.alignkit.progress.GapEntry;
import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.Initiative;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.org.Team;
import dev.alignkit.org.Waiver;
import dev.alignkit.progress.AtRisk;
import dev.alignkit.progress.ObjectiveRollup;
import dev.alignkit.progress.Scorecard;
import dev.alignkit.rules.Finding;
import dev.alignkit.rules.FindingFormatter;
import dev.alignkit.rules.WaivedFinding;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The review as JSON, for a pipeline: the same facts as the Markdown, with ids and codes.
 * {@code objectives} holds the objectives but the backlog, with their {@code alignments} (each
 * link as written: {@code parentId}, {@code parentKind}, {@code kind}, {@code weight}), key results
 * and initiatives; {@code backlog} the drafts without a cycle, unmeasured; a review for one person
 * adds {@code keyResultsOwnedElsewhere}, the key results the person owns on others' objectives. A
 * ROLLUP key result has {@code "rollup": true} and the {@code contributorIds} of the objectives
 * that contribute to it. Descriptions are given whole, as written. {@code scorecards} holds each
 * ended cycle's counts (objectives, met, grades, outcomes), the latest first; the objectives of an
 * ended cycle carry their {@code grade}, {@code met}, {@code outcome} and {@code retrospective}.
 * Owners and people stay ids here; the text and the Markdown show names. {@code findings} holds the open
 * findings and {@code waived} those a waiver in force on the as-of date moved aside, each with its
 * {@code waiver} ({@code reason}, {@code grantedBy}, {@code grantedOn}, {@code untilInclusive} when
 * known).
 */
final class JsonReview {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonReview() {}

  private static Map<String, Object> objective(Objective objective) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("id", objective.id());
    o.put("title", objective.title());
    objective.description().ifPresent(d -> o.put("description", d));
    o.put("owner", objective.owner().toString());
    objective.cycleId().ifPresent(c -> o.put("cycleId", c));
    o.put("alignments", alignments(objective));
    return o;
  }

  /** The objective's links as written, in order, so that a finding's {@code alignments[i]} names one of them. */
  private static List<Object> alignments(Objective objective) {
    List<Object> alignments = new ArrayList<>();
    for (Alignment link : objective.alignments()) {
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("parentId", link.parentId());
      a.put("parentKind", link.parentKind().name());
      a.put("kind", link.kind().name());
      a.put("weight", link.weight());
      alignments.add(a);
    }
    return alignments;
  }

  private static List<Object> keyResults(Review review, Objective objective, boolean measured) {
    List<Object> keyResults = new ArrayList<>();
    for (KeyResult keyResult : objective.keyResults()) {
      keyResults.add(keyResult(review, objective, keyResult, measured));
    }
    return keyResults;
  }

  /** A key result: {@code ownerId} is its accountable person, its own owner or the objective's person. */
  private static Map<String, Object> keyResult(Review review, Objective objective, KeyResult keyResult,
      boolean measured) {
    Map<String, Object> k = new LinkedHashMap<>();
    k.put("id", keyResult.id());
    k.put("title", keyResult.title());
    keyResult.description().ifPresent(d -> k.put("description", d));
    objective.ownerIdOf(keyResult).ifPresent(p -> k.put("ownerId", p));
    if (keyResult.isRollup()) {
      k.put("rollup", true);
      k.put("contributorIds", review.contributorsOf(keyResult));
    }
    if (measured) {
      review.progressOf(keyResult).ifPresent(p -> k.put("progress", p));
      review.rollup.keyResult(keyResult.id()).ifPresent(r -> {
        k.put("status", r.status().name());
        r.grade().ifPresent(g -> k.put("grade", g.name()));
        r.met().ifPresent(m -> k.put("met", m));
      });
      review.zoneOf(keyResult).ifPresent(zone -> k.put("zone", zone.name()));
    }
    return k;
  }

  private static List<Object> initiatives(Objective objective) {
    List<Object> initiatives = new ArrayList<>();
    for (Initiative initiative : objective.initiatives()) {
      Map<String, Object> i = new LinkedHashMap<>();
      i.put("id", initiative.id());
      i.put("title", initiative.title());
      initiative.description().ifPresent(d -> i.put("description", d));
      initiative.keyResultId().ifPresent(k -> i.put("keyResultId", k));
      i.put("done", initiative.done());
      initiatives.add(i);
    }
    return initiatives;
  }

  /** Each ended cycle's scorecard, the latest first, with every count, zeroes included. */
  private static List<Object> scorecards(Review review) {
    List<Object> scorecards = new ArrayList<>();
    for (Cycle cycle : review.endedCycles()) {
      Scorecard scorecard = review.scorecardOf(cycle);
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("cycleId", cycle.id());
      c.put("name", cycle.name());
      c.put("startInclusive", cycle.startInclusive().toString());
      c.put("endInclusive", cycle.endInclusive().toString());
      c.put("objectiveIds", scorecard.objectiveIds());
      c.put("total", scorecard.total());
      c.put("met", scorecard.met());
      Map<String, Integer> grades = new LinkedHashMap<>();
      scorecard.grades().forEach((grade, count) -> grades.put(grade.name(), count));
      c.put("grades", grades);
      c.put("ungraded", scorecard.ungraded());
      Map<String, Integer> outcomes = new LinkedHashMap<>();
      scorecard.outcomes().forEach((outcome, count) -> outcomes.put(outcome.name(), count));
      c.put("outcomes", outcomes);
      c.put("withoutOutcome", scorecard.withoutOutcome());
      scorecards.add(c);
    }
    return scorecards;
  }

  static String render(Review review, Locale locale) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("asOf", review.asOf.toString());
    review.person.ifPresent(p -> root.put("person", p));
    List<Object> objectives = new ArrayList<>();
    for (Objective objective : review.objectives()) {
      ObjectiveRollup result = review.rollup.objective(objective.id()).orElseThrow();
      Map<String, Object> o = objective(objective);
      result.progress().ifPresent(p -> o.put("progress", p));
      o.put("status", result.status().name());
      o.put("partial", result.partial());
      o.put("atRiskBelow", result.atRiskBelow());
      result.riskReason().ifPresent(r -> o.put("riskReason", r.name()));
      // The verdict on finished work: grade once the cycle has ended, met from its last day on, and
      // what a person recorded.
      result.grade().ifPresent(g -> o.put("grade", g.name()));
      result.met().ifPresent(m -> o.put("met", m));
      objective.outcome().ifPresent(outcome -> o.put("outcome", outcome.name()));
      objective.retrospective().ifPresent(r -> o.put("retrospective", r));
      o.put("keyResults", keyResults(review, objective, true));
      o.put("initiatives", initiatives(objective));
      objectives.add(o);
    }
    root.put("objectives", objectives);
    List<Object> backlog = new ArrayList<>();
    for (Objective objective : review.backlog()) {
      Map<String, Object> o = objective(objective);
      o.put("objectiveStatus", objective.status().name());
      o.put("keyResults", keyResults(review, objective, false));
      o.put("initiatives", initiatives(objective));
      backlog.add(o);
    }
    root.put("backlog", backlog);
    if (review.person.isPresent()) {
      List<Object> owned = new ArrayList<>();
      for (boolean withCycle : new boolean[] {true, false}) {
        for (Review.OwnedKeyResult item : review.keyResultsOwnedElsewhere(withCycle)) {
          Map<String, Object> k = keyResult(review, item.objective(), item.keyResult(), withCycle);
          k.put("objectiveId", item.objective().id());
          k.put("objectiveOwner", item.objective().owner().toString());
          item.objective().cycleId().ifPresent(c -> k.put("cycleId", c));
          owned.add(k);
        }
      }
      root.put("keyResultsOwnedElsewhere", owned);
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    review.summary.counts().forEach((status, count) -> counts.put(status.name(), count));
    root.put("statusCounts", counts);
    root.put("scorecards", scorecards(review));
    List<Object> atRisk = new ArrayList<>();
    for (AtRisk item : review.summary.atRisk()) {
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("objectiveId", item.objectiveId());
      a.put("reason", item.reason().name());
      item.source().ifPresent(s -> a.put("source", s));
      atRisk.add(a);
    }
    root.put("atRisk", atRisk);
    List<Object> readiness = new ArrayList<>();
    for (Review.ReadinessLine line : review.readiness) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("personId", line.personId());
      r.put("role", line.from().toString());
      r.put("toward", line.option().role().toString());
      line.option().readiness().readiness().ifPresent(v -> r.put("readiness", v));
      r.put("ready", line.option().readiness().ready());
      r.put("gaps", line.option().gaps().stream().map(GapEntry::skillId).toList());
      readiness.add(r);
    }
    root.put("readiness", readiness);
    List<Object> findings = new ArrayList<>();
    for (Finding finding : review.report.findings()) {
      findings.add(finding(finding, locale));
    }
    root.put("findings", findings);
    List<Object> waived = new ArrayList<>();
    for (WaivedFinding item : review.report.waived()) {
      Map<String, Object> f = finding(item.finding(), locale);
      f.put("waiver", waiver(item.waiver()));
      waived.add(f);
    }
    root.put("waived", waived);
    List<Object> teams = new ArrayList<>();
    for (Team team : review.teams()) {
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("id", team.id());
      t.put("name", team.name());
      team.description().ifPresent(d -> t.put("description", d));
      teams.add(t);
    }
    root.put("teams", teams);
    root.put("valid", review.report.isValid());
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A finding by its code, severity, path, subject and arguments, with its message, suggestion and advice in {@code locale}. */
  private static Map<String, Object> finding(Finding finding, Locale locale) {
    FindingFormatter formatter = Alignkit.formatter();
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("code", finding.code());
    f.put("severity", finding.severity().name());
    f.put("path", finding.path().toString());
    f.put("subjectId", finding.subjectId());
    finding.personId().ifPresent(p -> f.put("personId", p));
    f.put("arguments", finding.arguments());
    f.put("message", formatter.message(finding, locale));
    formatter.suggestion(finding, locale).ifPresent(s -> f.put("suggestion", s));
    if (!finding.advice().isEmpty()) {
      AdviceFormatter sentences = AdviceFormatter.standard();
      List<Object> advice = new ArrayList<>();
      for (Suggestion suggestion : finding.advice()) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("rank", suggestion.rank());
        s.put("kind", suggestion.kind().name());
        s.put("sentence", sentences.sentence(suggestion, locale));
        advice.add(s);
      }
      f.put("advice", advice);
    }
    return f;
  }

  /** What a waived finding's waiver says: why, who granted it, from and until when. */
  private static Map<String, Object> waiver(Waiver waiver) {
    Map<String, Object> w = new LinkedHashMap<>();
    w.put("reason", waiver.reason());
    waiver.grantedBy().ifPresent(who -> w.put("grantedBy", who));
    waiver.grantedOn().ifPresent(day -> w.put("grantedOn", day.toString()));
    waiver.untilInclusive().ifPresent(day -> w.put("untilInclusive", day.toString()));
    return w;
  }
}
