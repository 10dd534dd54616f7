package dev.alignkit.hr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alignkit.advice.GoalAdvice;
import dev.alignkit.jackson.AlignkitJson;
import dev.alignkit.jackson.JsonLinesWriter;
import dev.alignkit.jackson3.AlignkitModule;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.policy.Policy;
import dev.alignkit.policy.Severity;
import dev.alignkit.privacy.View;
import dev.alignkit.privacy.Viewer;
import dev.alignkit.progress.CareerPaths;
import dev.alignkit.progress.ObjectiveRollup;
import dev.alignkit.progress.Rollup;
import dev.alignkit.rules.Finding;
import dev.alignkit.rules.Report;
import dev.alignkit.rules.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The service over HTTP on a real embedded PostgreSQL: import, check-ins, the people's answers, privacy. */
@HrServiceTest
class HrServiceEndpointsTest {
  static final LocalDate TODAY = LocalDate.of(2026, 8, 15);
  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new AlignkitModule()).build();

  @LocalServerPort
  int port;

  @Autowired
  Validator validator;

  @Autowired
  Policy policy;

  @Autowired
  OrganizationStore store;

  @Autowired
  Clock clock;

  @Autowired
  TransactionTemplate transactions;

  // --- import ---------------------------------------------------------------------------------

  @Test
  void theSampleIsImportedAtStartAndEveryObjectiveHasTheFullRollupsProgress() {
    JsonNode answer = read(Client.basic(port, "nora").get("/organizations/northwind/objectives"));

    Rollup expected = Rollup.of(sample(), TODAY, policy);
    assertThat(answer.get("asOf").asString()).isEqualTo("2026-08-15");
    assertThat(answer.get("objectives")).hasSize(sample().objectives().size()).hasSize(20);
    for (JsonNode objective : answer.get("objectives")) {
      assertThat(rollupOf(objective)).isEqualTo(expected.objective(objective.get("id").asString()).orElseThrow());
    }
  }

  @Test
  void aJsonDocumentImportsAndAnswersItsSummary() {
    HttpResponse<String> response = Client.basic(port, "hana").put("/organizations/json-import", "application/json",
        AlignkitJson.toJson(sample()));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(read(response)).isEqualTo(MAPPER.readTree(expectedSummary("json-import", sample())));
    // Stored as JSON Lines, the lists come back grouped by owner: the same items, in another order.
    OrganizationSnapshot stored = store.load("json-import").orElseThrow();
    assertThat(stored.people()).containsExactlyInAnyOrderElementsOf(sample().people());
    assertThat(stored.objectives()).containsExactlyInAnyOrderElementsOf(sample().objectives());
    assertThat(stored.plans()).containsExactlyInAnyOrderElementsOf(sample().plans());
  }

  @Test
  void jsonLinesImportAsTheSameOrganization() {
    StringWriter lines = new StringWriter();
    try (JsonLinesWriter writer = JsonLinesWriter.of(lines)) {
      writer.writeSnapshot(sample());
    }

    HttpResponse<String> response = Client.basic(port, "hana").put("/organizations/lines-import",
        "application/x-ndjson", lines.toString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(read(response)).isEqualTo(MAPPER.readTree(expectedSummary("lines-import", sample())));
    // JSON Lines group objectives by owner: the same objectives and numbers, in another order.
    assertThat(byId(read(Client.basic(port, "nora").get("/organizations/lines-import/objectives"))))
        .isEqualTo(byId(read(Client.basic(port, "nora").get("/organizations/northwind/objectives"))));
  }

  @Test
  void badJsonIsAProblemWithItsPointer() {
    String noName = "{\"formatVersion\":3,\"people\":[{\"id\":\"ana\"}]}";

    HttpResponse<String> response = Client.basic(port, "hana").put("/organizations/broken", "application/json", noName);

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = read(response);
    assertThat(problem.get("type").asString()).isEqualTo("https://alignkit.dev/problems/invalid-value");
    assertThat(problem.get("pointer").asString()).isEqualTo("/people/0");
    assertThat(problem.get("instance").asString()).isEqualTo("/organizations/broken");
    assertThat(Client.basic(port, "nora").get("/organizations/broken/objectives").statusCode()).isEqualTo(404);
  }

  @Test
  void malformedJsonLinesAreAProblemNamingTheirLine() {
    String lines = "{\"formatVersion\":3}\n{\"person\":{\"id\":\"ana\",\"name\":\"Ana\"}\n";

    HttpResponse<String> response = Client.basic(port, "hana").put("/organizations/broken-lines",
        "application/x-ndjson", lines);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = read(response);
    assertThat(problem.get("type").asString()).isEqualTo("https://alignkit.dev/problems/malformed-json");
    assertThat(problem.get("line").asInt()).isEqualTo(2);
    assertThat(problem.has("pointer")).isTrue();
  }

  @Test
  void aBodyOverTheLimitIsRefused() {
    String big = "{\"formatVersion\":3,\"x-padding\":\"" + "a".repeat(1_100_000) + "\"}";

    HttpResponse<String> response = Client.basic(port, "hana").put("/organizations/too-big", "application/json", big);

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
  }

  @Test
  void onlyAnImporterMayImport() {
    HttpResponse<String> response = Client.basic(port, "ana").put("/organizations/by-ana", "application/json",
        AlignkitJson.toJson(sample()));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(Client.basic(port, "nora").get("/organizations/by-ana/objectives").statusCode()).isEqualTo(404);
  }

  @Test
  void withoutSigningInEverythingButTheApiDescriptionIsRefused() {
    HttpResponse<String> anonymous = Client.anonymous(port).get("/organizations/northwind/objectives");
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(read(anonymous).get("instance").asString()).isEqualTo("/organizations/northwind/objectives");
    assertThat(Client.basic(port, "ana").get("/organizations/northwind/objectives").statusCode()).isEqualTo(200);
    assertThat(Client.anonymous(port).get("/v3/api-docs").statusCode()).isEqualTo(200);
  }

  // --- check-ins ------------------------------------------------------------------------------

  @Test
  void aCheckInIsStoredAndChangesTheTreeAsTheIncrementalRollupSays() {
    Client.basic(port, "hana").put("/organizations/check-ins", "application/json", AlignkitJson.toJson(sample()));
    Rollup before = Rollup.of(sample(), TODAY, policy);

    HttpResponse<String> response = Client.basic(port, "raj").post(
        "/organizations/check-ins/key-results/kr-cache/check-ins",
        "{\"date\":\"2026-08-15\",\"value\":88,\"confidence\":0.9,\"note\":\"cache warmed\"}");

    assertThat(response.statusCode()).isEqualTo(200);
    OrganizationSnapshot stored = store.load("check-ins").orElseThrow();
    assertThat(stored.keyResult("kr-cache").orElseThrow().checkIns()).last().satisfies(checkIn -> {
      assertThat(checkIn.value()).isEqualTo(88.0);
      assertThat(checkIn.authorId()).hasValue("raj");
      assertThat(checkIn.note()).hasValue("cache warmed");
    });
    Rollup after = Rollup.of(stored, TODAY, policy);
    Set<String> changed = new HashSet<>();
    for (Map.Entry<String, ObjectiveRollup> objective : after.objectives().entrySet()) {
      if (!objective.getValue().equals(before.objective(objective.getKey()).orElseThrow())) {
        changed.add(objective.getKey());
      }
    }
    assertThat(changed).containsExactlyInAnyOrder("o-raj-perf", "o-platform", "o-retention");
    List<String> answered = new ArrayList<>();
    read(response).get("changed").forEach(id -> answered.add(id.asString()));
    assertThat(answered.get(0)).isEqualTo("kr-cache");
    assertThat(answered.subList(1, answered.size())).containsExactlyInAnyOrderElementsOf(changed);
    for (JsonNode objective : read(Client.basic(port, "nora").get("/organizations/check-ins/objectives"))
        .get("objectives")) {
      assertThat(rollupOf(objective)).isEqualTo(after.objective(objective.get("id").asString()).orElseThrow());
    }
    // A restart loads the organization with its check-in from the database and builds the index anew.
    Rollup restarted = new Organizations(store, policy, clock, transactions).get("check-ins").orElseThrow()
        .rollup(TODAY);
    assertThat(restarted.objectives()).isEqualTo(after.objectives());
    assertThat(restarted.keyResults()).isEqualTo(after.keyResults());
  }

  @Test
  void onlyThoseAccountableMayCheckInAndAHiddenKeyResultIsNotThere() {
    String checkIn = "{\"date\":\"2026-08-15\",\"value\":70}";

    HttpResponse<String> peer = Client.basic(port, "ana").post("/organizations/northwind/key-results/kr-cache/check-ins",
        checkIn);
    HttpResponse<String> missing = Client.basic(port, "ana").post(
        "/organizations/northwind/key-results/kr-ghost/check-ins", checkIn);

    assertThat(peer.statusCode()).isEqualTo(403);
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(store.load("northwind").orElseThrow().keyResult("kr-cache").orElseThrow())
        .isEqualTo(sample().keyResult("kr-cache").orElseThrow());
  }

  @Test
  void aCheckInThatDoesNotReadIsAProblemWithItsPointer() {
    HttpResponse<String> response = Client.basic(port, "raj").post(
        "/organizations/northwind/key-results/kr-cache/check-ins", "{\"date\":\"2026-08-15\",\"value\":70,"
            + "\"confidence\":1.4}");

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(read(response).get("pointer").asString()).isEqualTo("/confidence");
  }

  @Test
  void aCheckInThatIsNoJsonAtAllIsAProblemToo() {
    HttpResponse<String> response = Client.basic(port, "raj").post(
        "/organizations/northwind/key-results/kr-cache/check-ins", "check in 70, please");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
  }

  // --- people ---------------------------------------------------------------------------------

  @Test
  void aPersonsFindingsAreTheirsOfTheValidation() {
    Report validation = validator.validate(sample(), TODAY);
    String person = validation.findings().stream().flatMap(finding -> finding.personId().stream()).findFirst()
        .orElseThrow();

    // hana is an HR administrator: she sees every finding.
    JsonNode report = read(Client.basic(port, "hana").get("/organizations/northwind/people/" + person + "/findings"));

    List<String> expected = new ArrayList<>();
    for (Finding finding : validation.findings()) {
      if (finding.personId().filter(person::equals).isPresent()) {
        expected.add(finding.code() + " " + finding.path());
      }
    }
    List<String> answered = new ArrayList<>();
    report.get("findings").forEach(finding -> answered.add(finding.get("code").asString() + " "
        + finding.get("path").asString()));
    assertThat(answered).isEqualTo(expected).isNotEmpty();
    assertThat(MAPPER.readValue(report.toString(), Report.class).findings()).hasSize(expected.size());
  }

  @Test
  void aPersonsAdviceIsTheAdviceOnTheirPlan() {
    JsonNode advice = read(Client.basic(port, "ana").get("/organizations/northwind/people/ana/advice"));

    List<String> expected = new ArrayList<>();
    for (GoalAdvice goal : View.of(sample(), Viewer.of("ana"), TODAY, policy).adviceOfPerson("ana")) {
      expected.add(goal.alignment().goalId() + " " + goal.alignment().alignmentClass());
    }
    List<String> answered = new ArrayList<>();
    advice.get("advice").forEach(goal -> answered.add(goal.get("alignment").get("goalId").asString() + " "
        + goal.get("alignment").get("alignmentClass").asString()));
    assertThat(answered).isEqualTo(expected).isNotEmpty();
  }

  @Test
  void aPersonsReadinessIsTheirCareerPaths() {
    JsonNode readiness = read(Client.basic(port, "lena").get("/organizations/northwind/people/ana/readiness"));

    CareerPaths paths = CareerPaths.of(sample(), TODAY, policy);
    assertThat(readiness.get("currentRole").get("readiness").get("readiness").asDouble())
        .isEqualTo(paths.currentRole("ana").orElseThrow().readiness().readiness().getAsDouble());
    assertThat(readiness.get("lateralMoves")).hasSize(paths.lateralMoves("ana").size());
  }

  @Test
  void aPersonsReviewHoldsTheirObjectivesAndFindings() {
    JsonNode review = read(Client.basic(port, "raj").get("/organizations/northwind/people/raj/review"));

    assertThat(review.get("resultFormatVersion").asInt()).isEqualTo(1);
    List<String> objectives = new ArrayList<>();
    review.get("objectives").forEach(objective -> objectives.add(objective.get("objectiveId").asString()));
    assertThat(objectives).containsExactly("o-raj-perf", "o-raj-handbook");
  }

  @Test
  void aPeerAHiddenPersonAndAMissingOneGetTheSameAnswer() {
    Client ana = Client.basic(port, "ana");
    for (String resource : List.of("advice", "readiness", "review")) {
      // ben: a teammate with a plan and assessments; eli: in another team; ghost: no one.
      List<String> answers = new ArrayList<>();
      for (String person : List.of("ben", "eli", "ghost")) {
        HttpResponse<String> response = ana.get("/organizations/northwind/people/" + person + "/" + resource);
        answers.add(response.statusCode() + " " + response.headers().firstValue("Content-Type").orElse("")
            + " " + response.body().replace("/people/" + person + "/", "/people/{id}/"));
      }
      assertThat(answers.get(0)).startsWith("404 application/problem+json ");
      assertThat(answers).containsOnly(answers.get(0));
    }
  }

  @Test
  void aViewerWhoIsNoPersonOfTheOrganizationSeesNoOrganization() {
    Client.basic(port, "hana").put("/organizations/small", "application/json", document("small.json"));

    HttpResponse<String> response = Client.basic(port, "raj").get("/organizations/small/objectives");
    HttpResponse<String> missing = Client.basic(port, "raj").get("/organizations/none/objectives");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body().replace("/small/", "/none/")).isEqualTo(missing.body());
  }

  @Test
  void theApiDescriptionNamesEveryEndpoint() {
    JsonNode paths = read(Client.anonymous(port).get("/v3/api-docs")).get("paths");

    List<String> names = new ArrayList<>();
    paths.propertyNames().forEach(names::add);
    assertThat(names).containsExactlyInAnyOrder("/organizations/{organizationId}",
        "/organizations/{organizationId}/objectives",
        "/organizations/{organizationId}/key-results/{keyResultId}/check-ins",
        "/organizations/{organizationId}/people/{personId}/findings",
        "/organizations/{organizationId}/people/{personId}/advice",
        "/organizations/{organizationId}/people/{personId}/readiness",
        "/organizations/{organizationId}/people/{personId}/review");
  }

  // --- helpers --------------------------------------------------------------------------------

  static OrganizationSnapshot sample() {
    return AlignkitJson.fromJson(document("organization-40.json"));
  }

  static String document(String name) {
    String resource = name.equals("organization-40.json") ? SampleImport.RESOURCE : "../data/" + name;
    try (InputStream in = name.equals("organization-40.json") ? new ClassPathResource(resource).getInputStream()
        : java.nio.file.Files.newInputStream(java.nio.file.Path.of(resource))) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String expectedSummary(String id, OrganizationSnapshot snapshot) {
    Map<Severity, Integer> counts = new TreeMap<>();
    for (Severity severity : Severity.values()) {
      counts.put(severity, 0);
    }
    for (Finding finding : validator.validate(snapshot, TODAY).findings()) {
      counts.merge(finding.severity(), 1, Integer::sum);
    }
    return "{\"organizationId\":\"" + id + "\",\"people\":" + snapshot.people().size() + ",\"teams\":"
        + snapshot.teams().size() + ",\"objectives\":" + snapshot.objectives().size()
        + ",\"asOf\":\"2026-08-15\",\"findings\":{\"ERROR\":" + counts.get(Severity.ERROR) + ",\"WARNING\":"
        + counts.get(Severity.WARNING) + ",\"INFO\":" + counts.get(Severity.INFO) + "}}";
  }

  /** The objectives of an objectives' answer by id. */
  private static Map<String, JsonNode> byId(JsonNode answer) {
    Map<String, JsonNode> objectives = new TreeMap<>();
    answer.get("objectives").forEach(objective -> objectives.put(objective.get("id").asString(), objective));
    return objectives;
  }

  static JsonNode read(HttpResponse<String> response) {
    return MAPPER.readTree(response.body());
  }

  /** The roll-up of an objective of the objectives' answer (nested results carry no version: add it). */
  private static ObjectiveRollup rollupOf(JsonNode objective) {
    ObjectNode progress = ((ObjectNode) objective.get("progress")).deepCopy();
    ObjectNode versioned = MAPPER.createObjectNode().put("resultFormatVersion", 1);
    versioned.setAll(progress);
    return MAPPER.readValue(versioned.toString(), ObjectiveRollup.class);
  }
}
