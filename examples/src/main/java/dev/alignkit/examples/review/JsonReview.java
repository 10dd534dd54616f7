package dev.alignkit.examples.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.alignkit.Alignkit;
import dev.alignkit.advice.AdviceFormatter;
import dev.alignkit.advice.Suggestion;
import dev.alignkit.progress.GapEntry;
import dev.alignkit.okr.Objective;
import dev.alignkit.progress.AtRisk;
import dev.alignkit.progress.ObjectiveRollup;
import dev.alignkit.rules.Finding;
import dev.alignkit.rules.FindingFormatter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The review as JSON, for a pipeline: the same facts as the text, with ids and codes. */
final class JsonReview {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonReview() {}

  static String render(Review review, Locale locale) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("asOf", review.asOf.toString());
    review.person.ifPresent(p -> root.put("person", p));
    List<Object> objectives = new ArrayList<>();
    for (Objective objective : review.objectives()) {
      ObjectiveRollup result = review.rollup.objective(objective.id()).orElseThrow();
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("id", objective.id());
      o.put("title", objective.title());
      o.put("owner", objective.owner().toString());
      objective.alignment().ifPresent(a -> o.put("parentId", a.parentId()));
      result.progress().ifPresent(p -> o.put("progress", p));
      o.put("status", result.status().name());
      o.put("partial", result.partial());
      o.put("atRiskBelow", result.atRiskBelow());
      result.riskReason().ifPresent(r -> o.put("riskReason", r.name()));
      objectives.add(o);
    }
    root.put("objectives", objectives);
    Map<String, Integer> counts = new LinkedHashMap<>();
    review.summary.counts().forEach((status, count) -> counts.put(status.name(), count));
    root.put("statusCounts", counts);
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
    FindingFormatter formatter = Alignkit.formatter();
    AdviceFormatter sentences = AdviceFormatter.standard();
    List<Object> findings = new ArrayList<>();
    for (Finding finding : review.report.findings()) {
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
      findings.add(f);
    }
    root.put("findings", findings);
    root.put("valid", review.report.isValid());
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
