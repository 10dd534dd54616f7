package dev.alignkit.examples.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.alignkit.advice.AdviceFormatter;
import dev.alignkit.advice.GoalAdvice;
import dev.alignkit.advice.GoalAlignment;
import dev.alignkit.advice.Suggestion;
import dev.alignkit.career.CareerLadder;
import dev.alignkit.progress.GapEntry;
import dev.alignkit.career.Level;
import dev.alignkit.career.RoleRef;
import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.org.Waiver;
import dev.alignkit.progress.RoleOption;
import dev.alignkit.progress.RoleOptionKind;
import dev.alignkit.rules.Finding;
import dev.alignkit.rules.FindingFormatter;
import dev.alignkit.rules.Report;
import dev.alignkit.rules.WaivedFinding;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON bodies of the service, built from the core's values. Optional values that are absent
 * are left out, as in the document format; lists are always written, possibly empty.
 */
final class JsonViews {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonViews() {}

  /** The answer of {@code POST /validate}: the date, the locale, validity, findings and waived findings. */
  static ObjectNode report(Report report, Locale locale, FindingFormatter formatter, AdviceFormatter sentences) {
    ObjectNode root = NODES.objectNode();
    root.put("asOf", report.asOf().toString());
    root.put("locale", locale.toLanguageTag());
    root.put("valid", report.isValid());
    ArrayNode findings = root.putArray("findings");
    for (Finding finding : report.findings()) {
      findings.add(finding(finding, locale, formatter, sentences));
    }
    ArrayNode waived = root.putArray("waived");
    for (WaivedFinding item : report.waived()) {
      ObjectNode node = finding(item.finding(), locale, formatter, sentences);
      Waiver waiver = item.waiver();
      ObjectNode by = node.putObject("waiver");
      by.put("reason", waiver.reason());
      waiver.grantedBy().ifPresent(who -> by.put("grantedBy", who));
      waiver.grantedOn().ifPresent(day -> by.put("grantedOn", day.toString()));
      waiver.untilInclusive().ifPresent(until -> by.put("untilInclusive", until.toString()));
      waived.add(node);
    }
    return root;
  }

  private static ObjectNode finding(Finding finding, Locale locale, FindingFormatter formatter,
      AdviceFormatter sentences) {
    ObjectNode node = NODES.objectNode();
    node.put("code", finding.code());
    node.put("severity", finding.severity().name());
    node.put("path", finding.path().toString());
    node.put("subjectId", finding.subjectId());
    finding.personId().ifPresent(id -> node.put("personId", id));
    putStrings(node.putObject("arguments"), finding.arguments());
    node.put("message", formatter.message(finding, locale));
    formatter.suggestion(finding, locale).ifPresent(text -> node.put("suggestion", text));
    ArrayNode advice = node.putArray("advice");
    for (Suggestion suggestion : finding.advice()) {
      ObjectNode item = advice.addObject();
      item.put("rank", suggestion.rank());
      item.put("kind", suggestion.kind().name());
      item.put("sentence", sentences.sentence(suggestion, locale));
    }
    return node;
  }

  /** The answer of {@code GET /people/{id}/readiness}. */
  static ObjectNode readiness(OrganizationSnapshot snapshot, Person person, LocalDate asOf,
      Optional<RoleOption> currentRole, Optional<RoleOption> nextLevel, List<RoleOption> lateralMoves) {
    ObjectNode root = personHeader(person, asOf);
    person.role().ifPresent(role -> root.put("role", role.toString()));
    currentRole.ifPresent(option -> root.set("currentRole", roleOption(snapshot, option)));
    nextLevel.ifPresent(option -> root.set("nextLevel", roleOption(snapshot, option)));
    ArrayNode moves = root.putArray("lateralMoves");
    for (RoleOption option : lateralMoves) {
      moves.add(roleOption(snapshot, option));
    }
    return root;
  }

  private static ObjectNode roleOption(OrganizationSnapshot snapshot, RoleOption option) {
    ObjectNode node = NODES.objectNode();
    RoleRef role = option.role();
    node.put("role", role.toString());
    node.put("ladderId", role.ladderId());
    node.put("levelId", role.levelId());
    node.put("name", snapshot.ladder(role.ladderId()).map(CareerLadder::name).orElse(role.ladderId()) + " "
        + snapshot.level(role).map(Level::name).orElse(role.levelId()));
    ArrayNode kinds = node.putArray("kinds");
    for (RoleOptionKind kind : option.kinds()) {
      kinds.add(kind.name());
    }
    ArrayNode openings = node.putArray("openingIds");
    option.openingIds().forEach(openings::add);
    option.readiness().readiness().ifPresent(value -> node.put("readiness", value));
    node.put("ready", option.readiness().ready());
    option.readiness().noReadinessReason().ifPresent(reason -> node.put("noReadinessReason", reason));
    ArrayNode gaps = node.putArray("gaps");
    for (GapEntry gap : option.gaps()) {
      ObjectNode entry = gaps.addObject();
      entry.put("skillId", gap.skillId());
      entry.put("category", gap.category().name());
      gap.importance().ifPresent(importance -> entry.put("importance", importance.name()));
      gap.required().ifPresent(value -> entry.put("required", value));
      gap.assessed().ifPresent(value -> entry.put("assessed", value));
      entry.put("shortfall", gap.shortfall());
      entry.put("stale", gap.stale());
    }
    return node;
  }

  /**
   * The answer of {@code GET /people/{id}/advice}: each open goal with its class, the advisor's
   * reason (English, meant for logs) and the ranked suggestions with their sentences in {@code locale}.
   */
  static ObjectNode advice(OrganizationSnapshot snapshot, Person person, LocalDate asOf, List<GoalAdvice> advice,
      Locale locale, AdviceFormatter sentences) {
    ObjectNode root = personHeader(person, asOf);
    root.put("locale", locale.toLanguageTag());
    ArrayNode goals = root.putArray("goals");
    for (GoalAdvice item : advice) {
      GoalAlignment alignment = item.alignment();
      ObjectNode goal = goals.addObject();
      goal.put("planId", item.planId());
      goal.put("goalId", alignment.goalId());
      Optional<DevelopmentGoal> known = snapshot.plan(item.planId()).flatMap(plan -> plan.goal(alignment.goalId()));
      known.ifPresent(g -> goal.put("statement", g.statement()).put("status", g.status().name()));
      goal.put("class", alignment.alignmentClass().name());
      goal.put("reason", alignment.reason());
      alignment.skillId().ifPresent(id -> goal.put("skillId", id));
      alignment.role().ifPresent(role -> goal.put("role", role.toString()));
      alignment.objectiveId().ifPresent(id -> goal.put("objectiveId", id));
      alignment.initiativeId().ifPresent(id -> goal.put("initiativeId", id));
      ArrayNode suggestions = goal.putArray("suggestions");
      for (Suggestion suggestion : item.suggestions()) {
        ObjectNode node = suggestions.addObject();
        node.put("rank", suggestion.rank());
        node.put("kind", suggestion.kind().name());
        node.put("messageKey", suggestion.messageKey());
        putStrings(node.putObject("arguments"), suggestion.arguments());
        node.put("sentence", sentences.sentence(suggestion, locale));
      }
    }
    return root;
  }

  private static ObjectNode personHeader(Person person, LocalDate asOf) {
    ObjectNode root = NODES.objectNode();
    root.put("personId", person.id());
    root.put("name", person.name());
    root.put("asOf", asOf.toString());
    return root;
  }

  private static void putStrings(ObjectNode node, Map<String, String> values) {
    values.forEach(node::put);
  }
}
