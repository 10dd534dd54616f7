package dev.alignkit.examples.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.alignkit.examples.ReviewSample;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.policy.Policy;
import dev.alignkit.progress.CareerPaths;
import dev.alignkit.progress.RoleOption;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HR service over real HTTP on 127.0.0.1: every endpoint, and every error it answers. */
class HrServiceTest {
  /** "Today" for the service: the day the sample is reviewed on. */
  static final LocalDate TODAY = LocalDate.of(2026, 8, 15);
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-08-15T09:30:00Z"), ZoneOffset.UTC);
  static final int SMALL_LIMIT = 1024;

  static OrganizationSnapshot sample;
  static String document;
  static HrService service;
  static HrService limited;
  static TestClient client;
  static TestClient limitedClient;

  @BeforeAll
  static void start() throws IOException {
    sample = ReviewSample.build();
    document = Files.readString(HrService.defaultDocument(), StandardCharsets.UTF_8);
    service = new HrService(sample, CLOCK);
    limited = new HrService(sample, CLOCK, SMALL_LIMIT);
    client = new TestClient(service.start(loopback()));
    limitedClient = new TestClient(limited.start(loopback()));
  }

  @AfterAll
  static void stop() {
    service.stop();
    limited.stop();
  }

  static InetSocketAddress loopback() throws IOException {
    return new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0);
  }

  private static JsonNode findingWithCode(JsonNode findings, String code) {
    for (JsonNode finding : findings) {
      if (finding.get("code").asText().equals(code)) {
        return finding;
      }
    }
    throw new AssertionError("no finding " + code + " in " + findings);
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(item -> out.add(item.get(field).asText()));
    return out;
  }

  // --- POST /validate ---------------------------------------------------------------------------

  @Test
  void validateAnswersTheReportOfThePostedDocument() {
    TestClient.Answer answer = client.post("/validate?asOf=2026-08-15", document);
    assertEquals(200, answer.status(), answer.text());
    assertTrue(answer.header("Content-Type").startsWith("application/json"));
    JsonNode report = answer.json();
    assertEquals("2026-08-15", report.get("asOf").asText());
    assertEquals("en", report.get("locale").asText());
    assertFalse(report.get("valid").asBoolean(), "the sample has an ERROR");
    List<String> severities = texts(report.get("findings"), "severity");
    assertEquals(8, severities.size(), severities.toString());
    assertEquals(1, severities.stream().filter("ERROR"::equals).count(), severities.toString());
    assertEquals(1, severities.stream().filter("INFO"::equals).count(), severities.toString());

    JsonNode tangential = findingWithCode(report.get("findings"), "dev.goal.tangential");
    assertEquals("WARNING", tangential.get("severity").asText());
    assertEquals("plans[plan-eli].goals[g-eli-rust].targetSkills", tangential.get("path").asText());
    assertEquals("g-eli-rust", tangential.get("subjectId").asText());
    assertEquals("eli", tangential.get("personId").asText());
    assertEquals("Learn Rust", tangential.get("arguments").get("goal").asText());
    assertEquals("Development goal \"Learn Rust\" (Rust) does not serve the current role, the target role or the "
        + "team's work.", tangential.get("message").asText());
    assertTrue(tangential.get("suggestion").asText().startsWith("Talk it through with the advice"));
    JsonNode first = tangential.get("advice").get(0);
    assertEquals(1, first.get("rank").asInt());
    assertEquals("EXPECTATIONS", first.get("kind").asText());
    assertTrue(first.get("sentence").asText().startsWith("Let's start from what your role"), first.toString());
  }

  @Test
  void validateListsWaivedFindingsWithTheirWaiver() {
    JsonNode waived = client.post("/validate?asOf=2026-08-15", document).json().get("waived");
    assertEquals(3, waived.size(), waived.toString());
    assertEquals("okr.key-result.activity", waived.get(0).get("code").asText());
    assertEquals("okr.key-result.unit-range", waived.get(1).get("code").asText());
    assertEquals("kr-nrr", waived.get(2).get("subjectId").asText());
    assertEquals("kr-interviews", waived.get(0).get("subjectId").asText());
    assertEquals("olga", waived.get(0).get("waiver").get("grantedBy").asText());
    assertEquals("2026-09-30", waived.get(0).get("waiver").get("untilInclusive").asText());
  }

  @Test
  void aWaiverGrantedAfterTheDateOfTheQueryLeavesItsFindingOpenAndIsShownWithItsGrantDayOnceInForce() {
    String grantedLate = document.replace("\"grantedBy\": \"olga\",",
        "\"grantedBy\": \"olga\",\n      \"grantedOn\": \"2026-08-20\",");
    assertTrue(grantedLate.contains("\"grantedOn\": \"2026-08-20\""), "the sample's first waiver is granted by olga");

    JsonNode before = client.post("/validate?asOf=2026-08-15", grantedLate).json();
    assertEquals(List.of("kr-nrr", "kr-nrr"), subjectIds(before.get("waived")));
    assertTrue(subjectIds(before.get("findings")).contains("kr-interviews"), before.get("findings").toString());
    JsonNode after = client.post("/validate?asOf=2026-08-20", grantedLate).json();
    assertEquals(List.of("kr-interviews", "kr-nrr", "kr-nrr"), subjectIds(after.get("waived")));
    assertEquals("2026-08-20", after.get("waived").get(0).get("waiver").get("grantedOn").asText());
    assertFalse(after.get("waived").get(1).get("waiver").has("grantedOn"), "the sample's waivers have no grant day");
  }

  private static List<String> subjectIds(JsonNode findings) {
    List<String> ids = new ArrayList<>();
    findings.forEach(finding -> ids.add(finding.get("subjectId").asText()));
    return ids;
  }

  @Test
  void validateIsAsOfTodayByTheClockWhenNoDateIsGiven() {
    assertEquals(TODAY.toString(), client.post("/validate", document).json().get("asOf").asText());
  }

  @Test
  void validateIsAsOfTheDateOfTheQuery() {
    JsonNode report = client.post("/validate?asOf=2026-10-01", document).json();
    assertEquals("2026-10-01", report.get("asOf").asText());
    assertEquals(0, report.get("waived").size(), "the waivers end on 2026-09-30");
  }

  @Test
  void acceptLanguageGermanGivesGermanMessagesAndAdvice() {
    TestClient.Answer answer = client.post("/validate?asOf=2026-08-15", document,
        "Accept-Language", "de-CH, en;q=0.5");
    assertEquals(200, answer.status(), answer.text());
    assertEquals("de", answer.json().get("locale").asText());
    assertEquals("de", answer.header("Content-Language"));
    JsonNode tangential = findingWithCode(answer.json().get("findings"), "dev.goal.tangential");
    assertTrue(tangential.get("message").asText()
        .startsWith("Das Entwicklungsziel „Learn Rust“ (Rust) dient weder der jetzigen Rolle"), tangential.toString());
    assertTrue(tangential.get("advice").get(0).get("sentence").asText().startsWith("Fangen wir damit an"));
  }

  @Test
  void unsupportedLanguagesGetEnglish() {
    TestClient.Answer answer = client.post("/validate?asOf=2026-08-15", document, "Accept-Language", "fr-FR, fr;q=0.9");
    assertEquals("en", answer.json().get("locale").asText());
    assertTrue(findingWithCode(answer.json().get("findings"), "dev.goal.tangential").get("message").asText()
        .startsWith("Development goal"));
  }

  @Test
  void documentTheModelRejectsAnswers400WithPointerLineAndColumn() {
    String json = "{\n  \"formatVersion\": 1,\n  \"people\": [\n    {\"id\": \"maya\"}\n  ]\n}\n";
    TestClient.Answer answer = client.post("/validate", json).assertError(400);
    assertEquals("/people/0", answer.json().get("pointer").asText());
    assertEquals(4, answer.json().get("line").asInt());
    assertEquals(5, answer.json().get("column").asInt());
    assertEquals("/people/0: missing required field name (line 4, column 5)", answer.error());
  }

  @Test
  void malformedJsonAnswers400WithItsLocation() {
    TestClient.Answer answer = client.post("/validate", "{\"formatVersion\": 1,, }").assertError(400);
    assertTrue(answer.error().contains("invalid JSON"), answer.error());
    assertEquals(1, answer.json().get("line").asInt());
    assertEquals(21, answer.json().get("column").asInt());
  }

  @Test
  void valueOfTheWrongTypeAnswers400WithItsPointer() {
    TestClient.Answer answer = client.post("/validate",
        "{\"formatVersion\": 1, \"objectives\": [{\"id\": \"o-1\", \"title\": 7}]}").assertError(400);
    assertTrue(answer.json().get("pointer").asText().startsWith("/objectives/0"), answer.text());
  }

  @Test
  void emptyBodyAnswers400() {
    TestClient.Answer answer = client.post("/validate", "").assertError(400);
    assertEquals("", answer.json().get("pointer").asText(), "the whole document");
  }

  @Test
  void badAsOfAnswers400() {
    TestClient.Answer answer = client.post("/validate?asOf=2026-13-01", document).assertError(400);
    assertEquals("asOf must be a date written YYYY-MM-DD, got '2026-13-01'", answer.error());
    assertTrue(answer.json().get("pointer").isNull());
    client.get("/people/eli/readiness?asOf=yesterday").assertError(400);
  }

  @Test
  void declaredBodyAboveTheLimitAnswers413() {
    byte[] body = new byte[SMALL_LIMIT + 1];
    Arrays.fill(body, (byte) ' ');
    TestClient.Answer answer = limitedClient.send("POST", "/validate", HttpRequest.BodyPublishers.ofByteArray(body))
        .assertError(413);
    assertEquals("the request body is larger than the limit of 1024 bytes", answer.error());
  }

  @Test
  void streamedBodyAboveTheLimitAnswers413() {
    byte[] body = new byte[4 * SMALL_LIMIT];
    Arrays.fill(body, (byte) ' ');
    // A body of unknown length goes chunked, without Content-Length: only the capped read catches it.
    limitedClient.send("POST", "/validate",
        HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).assertError(413);
  }

  @Test
  void bodyOfExactlyTheLimitIsRead() {
    String body = "{" + " ".repeat(SMALL_LIMIT - 1);
    TestClient.Answer answer = limitedClient.post("/validate", body).assertError(400);
    assertEquals(SMALL_LIMIT, body.getBytes(StandardCharsets.UTF_8).length);
    assertFalse(answer.error().contains("limit"), answer.error());
  }

  // --- GET /people/{id}/readiness ---------------------------------------------------------------

  @Test
  void readinessShowsCurrentRoleNextLevelAndLateralMoves() {
    TestClient.Answer answer = client.get("/people/ana/readiness");
    assertEquals(200, answer.status(), answer.text());
    JsonNode json = answer.json();
    assertEquals("ana", json.get("personId").asText());
    assertEquals("Ana Costa", json.get("name").asText());
    assertEquals(TODAY.toString(), json.get("asOf").asText());
    assertEquals("cs/CS2", json.get("role").asText());
    assertEquals("cs/CS2", json.get("currentRole").get("role").asText());
    assertEquals("cs/CS3", json.get("nextLevel").get("role").asText());
    assertEquals(List.of("sales/S2"), texts(json.get("lateralMoves"), "role"));

    CareerPaths paths = CareerPaths.of(sample, TODAY, Policy.defaults());
    RoleOption next = paths.nextLevel("ana").orElseThrow();
    JsonNode nextLevel = json.get("nextLevel");
    assertEquals(next.readiness().readiness().getAsDouble(), nextLevel.get("readiness").asDouble());
    assertEquals(next.readiness().ready(), nextLevel.get("ready").asBoolean());
    assertEquals(next.gaps().stream().map(g -> g.skillId()).toList(), texts(nextLevel.get("gaps"), "skillId"));
    RoleOption move = paths.lateralMoves("ana").get(0);
    JsonNode lateral = json.get("lateralMoves").get(0);
    assertEquals(move.readiness().readiness().getAsDouble(), lateral.get("readiness").asDouble());
    assertEquals(move.gaps().size(), lateral.get("gaps").size());
    assertEquals("LATERAL_MOVE", lateral.get("kinds").get(0).asText());
  }

  @Test
  void readinessGapsNameCategoryImportanceAndShortfall() {
    JsonNode gaps = client.get("/people/eli/readiness?asOf=2026-08-15").json().get("nextLevel").get("gaps");
    assertTrue(gaps.size() > 0, gaps.toString());
    for (JsonNode gap : gaps) {
      assertTrue(List.of("MISSING", "UNDER").contains(gap.get("category").asText()), gap.toString());
      assertNotNull(gap.get("importance"), gap.toString());
      assertTrue(gap.get("shortfall").asDouble() > 0, gap.toString());
    }
  }

  @Test
  void readinessOfAPersonWithoutARoleHasNoOptions() {
    JsonNode json = client.get("/people/nora/readiness").json();
    assertFalse(json.has("role"));
    assertFalse(json.has("currentRole"));
    assertFalse(json.has("nextLevel"));
    assertEquals(0, json.get("lateralMoves").size());
  }

  // --- GET /people/{id}/advice ------------------------------------------------------------------

  @Test
  void adviceClassifiesOpenGoalsAndRanksSuggestions() {
    TestClient.Answer answer = client.get("/people/eli/advice");
    assertEquals(200, answer.status(), answer.text());
    JsonNode goal = answer.json().get("goals").get(0);
    assertEquals("plan-eli", goal.get("planId").asText());
    assertEquals("g-eli-rust", goal.get("goalId").asText());
    assertEquals("Learn Rust", goal.get("statement").asText());
    assertEquals("TANGENTIAL", goal.get("class").asText());
    assertEquals("no targeted skill is expected by the role, the target role or the team's work",
        goal.get("reason").asText());
    JsonNode suggestions = goal.get("suggestions");
    assertEquals(List.of("EXPECTATIONS", "OPPORTUNITY_COST", "TWEAK"),
        texts(suggestions, "kind").subList(0, 3));
    for (int i = 0; i < suggestions.size(); i++) {
      assertEquals(i + 1, suggestions.get(i).get("rank").asInt());
    }
    assertEquals("Let's start from what your role (Engineering (IC) Senior engineer) and the next level expect: "
        + "Java, Code review, Go, System design.", suggestions.get(0).get("sentence").asText());
  }

  @Test
  void adviceOfAnAlignedGoalHasItsClassAndNoSuggestions() {
    JsonNode goals = client.get("/people/quinn/advice").json().get("goals");
    assertTrue(goals.size() > 0);
    for (JsonNode goal : goals) {
      assertFalse(goal.get("class").asText().equals("TANGENTIAL"), goal.toString());
      assertEquals(0, goal.get("suggestions").size(), goal.toString());
    }
  }

  @Test
  void adviceSentencesFollowAcceptLanguage() {
    TestClient.Answer answer = client.get("/people/eli/advice", "Accept-Language", "fr, de;q=0.8, en;q=0.5");
    assertEquals("de", answer.json().get("locale").asText());
    assertTrue(answer.json().get("goals").get(0).get("suggestions").get(0).get("sentence").asText()
        .startsWith("Fangen wir damit an, was deine Rolle"), answer.text());
  }

  @Test
  void personWithoutPlansHasNoGoals() {
    assertEquals(0, client.get("/people/nora/advice").json().get("goals").size());
  }

  // --- 404, 405, lifecycle, main ----------------------------------------------------------------

  @Test
  void unknownPersonAnswers404() {
    assertEquals("no person with id 'nobody'", client.get("/people/nobody/readiness").assertError(404).error());
    client.get("/people/nobody/advice").assertError(404);
    assertEquals("no person with id 'ana/b'", client.get("/people/ana%2Fb/advice").assertError(404).error(),
        "an encoded slash stays in the id");
  }

  @Test
  void unknownPathAnswers404() {
    assertEquals("no such path: /nothing", client.get("/nothing").assertError(404).error());
    client.get("/").assertError(404);
    client.get("/people/eli").assertError(404);
    client.get("/people/eli/salary").assertError(404);
    client.get("/people/eli/readiness/more").assertError(404);
    client.get("/people//readiness").assertError(404);
    client.post("/validate/", document).assertError(404);
  }

  @Test
  void anAnswerBeforeTheBodyIsReadArrivesWholeWhateverTheBodysSize() {
    // The JDK server drains at most 64 KiB of an unread body when it closes the exchange; with more
    // left it closed the connection while the 404 was on its way, and the client got no body.
    String large = "{\"pad\": \"" + "x".repeat(300_000) + "\"}";
    for (int i = 0; i < 5; i++) {
      assertEquals("no such path: /validate/", client.post("/validate/", large).assertError(404).error());
      client.send("PUT", "/validate", HttpRequest.BodyPublishers.ofString(large)).assertError(405);
    }
  }

  @Test
  void wrongMethodAnswers405WithAllow() {
    TestClient.Answer get = client.get("/validate").assertError(405);
    assertEquals("POST", get.header("Allow"));
    assertEquals("method GET is not allowed here; use POST", get.error());
    assertEquals("GET", client.post("/people/eli/readiness", "{}").assertError(405).header("Allow"));
    client.send("DELETE", "/people/eli/advice", HttpRequest.BodyPublishers.noBody()).assertError(405);
    client.send("PUT", "/validate", HttpRequest.BodyPublishers.ofString(document)).assertError(405);
  }

  @Test
  void headAnswers405WithHeadersOnly() {
    TestClient.Answer head = client.send("HEAD", "/people/eli/readiness", HttpRequest.BodyPublishers.noBody());
    assertEquals(405, head.status());
    assertEquals("GET", head.header("Allow"));
    assertEquals("", head.text());
  }

  @Test
  void failureInsideTheServiceAnswers500WithoutDetails() throws IOException {
    Clock broken = new Clock() {
      @Override
      public ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        throw new IllegalStateException("secret detail of the clock");
      }
    };
    HrService failing = new HrService(sample, broken);
    try {
      TestClient.Answer answer = new TestClient(failing.start(loopback())).get("/people/eli/readiness").assertError(500);
      assertEquals("internal error", answer.error());
      assertFalse(answer.text().contains("secret"), answer.text());
    } finally {
      failing.stop();
    }
  }

  @Test
  void startsOnceStopsTwiceAndStartsAgain() throws IOException {
    HrService other = new HrService(sample, CLOCK);
    try {
      InetSocketAddress address = other.start(loopback());
      assertEquals(address, other.address().orElseThrow());
      assertThrows(IllegalStateException.class, () -> other.start(loopback()));
      other.stop();
      other.stop();
      assertTrue(other.address().isEmpty());
      TestClient again = new TestClient(other.start(loopback()));
      assertEquals(200, again.get("/people/eli/readiness").status());
    } finally {
      other.stop();
    }
  }

  @Test
  void limitOutsideItsRangeFailsAtConstruction() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new HrService(sample, CLOCK, 0));
    assertEquals("maxRequestBytes must be within [1, 1073741824]: 0", e.getMessage());
  }

  @Test
  void serviceFromTheSampleFileAnswersAsTheSampleInCode() throws IOException {
    HrService fromFile = HrService.fromFile(HrService.defaultDocument(), CLOCK);
    try {
      TestClient other = new TestClient(fromFile.start(loopback()));
      assertEquals(client.get("/people/ana/readiness").json(), other.get("/people/ana/readiness").json());
      assertEquals(client.get("/people/eli/advice").json(), other.get("/people/eli/advice").json());
    } finally {
      fromFile.stop();
    }
  }

  @Test
  void mainRejectsABadPortAndAnUnreadableDocument() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
    PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    assertEquals(2, HrService.run(new String[] {"http"}, out, errors));
    assertEquals(2, HrService.run(new String[] {"0", Path.of("no-such.json").toString()}, out, errors));
    assertEquals(2, HrService.run(new String[] {"0", "a.json", "extra"}, out, errors));
    String text = err.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("the port must be a number within [0, 65535], got 'http'"), text);
    assertTrue(text.contains("hr-service: cannot read no-such.json: no such file\n"), text);
  }
}
