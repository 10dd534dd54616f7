package dev.alignkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alignkit.jackson3.AlignkitModule;
import dev.alignkit.json.AlignkitJsonException;
import dev.alignkit.json.ProblemDetails;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.policy.Severity;
import dev.alignkit.rules.Finding;
import dev.alignkit.rules.FindingFormatter;
import dev.alignkit.rules.Report;
import dev.alignkit.rules.RuleDescriptor;
import dev.alignkit.rules.Validator;
import dev.alignkit.spring.boot.app.TestApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The starter in a running application, over real HTTP. */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"management.endpoints.web.exposure.include=alignkit",
        "alignkit.policy.severity-overrides[okr.check-in.stale]=error",
        "alignkit.policy.disabled-codes=okr.key-result.activity"})
class StarterWebTest {
  private static final String UNKNOWN_MANAGER =
      "{\"formatVersion\":2,\"people\":[{\"id\":\"ana\",\"name\":\"Ana\",\"managerId\":\"ghost\"}]}";
  private static final String NAMELESS = "{\"formatVersion\":2,\"people\":[{\"id\":\"ana\"}]}";
  private static final LocalDate AS_OF = LocalDate.of(2026, 8, 15);
  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new AlignkitModule()).build();

  @LocalServerPort
  int port;

  @Autowired
  Validator validator;

  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void aBodyThatDoesNotReadIsAProblemWithItsPointer() throws Exception {
    HttpResponse<String> response = post("/validate", NAMELESS, null);

    AlignkitJsonException expected = readFailure(NAMELESS);
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode body = MAPPER.readTree(response.body());
    assertThat(body.get("pointer").asString()).isEqualTo("/people/0");
    assertThat(body).isEqualTo(MAPPER.readTree(
        ProblemDetails.of(expected).withInstance(URI.create("/validate")).toJson()));
  }

  @Test
  void aFailedValidationIsAProblemWithItsErrors() throws Exception {
    HttpResponse<String> response = post("/require-valid", UNKNOWN_MANAGER, null);

    Report report = validator.validate(MAPPER.readValue(UNKNOWN_MANAGER, OrganizationSnapshot.class), AS_OF);
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode body = MAPPER.readTree(response.body());
    assertThat(body).isEqualTo(MAPPER.readTree(
        ProblemDetails.of(report).withInstance(URI.create("/require-valid")).toJson()));
    assertThat(body.get("errors").toString())
        .isEqualTo("[{\"code\":\"org.person.unknown-manager\",\"path\":\"people[ana].managerId\"}]");
  }

  @Test
  void findingTextsComeInTheRequestsLanguage() throws Exception {
    HttpResponse<String> response = post("/validate", UNKNOWN_MANAGER, "de-CH, en;q=0.5");

    assertThat(response.statusCode()).isEqualTo(200);
    Finding finding = onlyFinding();
    JsonNode written = MAPPER.readTree(response.body()).get("findings").get(0);
    assertThat(written.get("message").asString())
        .isEqualTo(FindingFormatter.standard().message(finding, Locale.GERMAN))
        .isEqualTo("Ana berichtet an ghost, die oder der nicht zur Organisation gehört.");
    assertThat(written.get("suggestion").asString())
        .isEqualTo(FindingFormatter.standard().suggestion(finding, Locale.GERMAN).orElseThrow());
  }

  @Test
  void withoutAcceptLanguageTextsAreTheBaseMessagesNotTheJvmsLocale() throws Exception {
    Locale jvm = Locale.getDefault();
    Locale.setDefault(Locale.GERMAN);
    try {
      HttpResponse<String> response = post("/validate", UNKNOWN_MANAGER, null);

      JsonNode written = MAPPER.readTree(response.body()).get("findings").get(0);
      assertThat(written.get("message").asString())
          .isEqualTo(FindingFormatter.standard().message(onlyFinding(), Locale.ROOT))
          .isEqualTo("Ana reports to ghost, who is not in the organization.");
    } finally {
      Locale.setDefault(jvm);
    }
  }

  @Test
  void theActuatorEndpointListsEveryRuleWithItsSeverityInForce() throws Exception {
    HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/actuator/alignkit")).GET().build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode catalog = MAPPER.readTree(response.body());
    List<String> codes = new ArrayList<>();
    for (JsonNode rule : catalog.get("rules")) {
      codes.add(rule.get("code").asString());
      if (rule.get("code").asString().equals("okr.check-in.stale")) {
        assertThat(rule.get("severity").asString()).isEqualTo("ERROR");
        assertThat(rule.get("defaultSeverity").asString()).isNotEqualTo("ERROR");
      }
      assertThat(rule.get("enabled").asBoolean()).isEqualTo(!rule.get("code").asString().equals("okr.key-result.activity"));
    }
    List<String> expected = new ArrayList<>();
    for (RuleDescriptor rule : Validator.builtInRules()) {
      expected.add(rule.code());
    }
    expected.add(TestRules.ServiceRule.CODE);
    assertThat(codes).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(catalog.get("policy").get("max-objectives-per-owner").asInt()).isEqualTo(5);
    assertThat(catalog.get("policy").get("disabled-codes").get(0).asString()).isEqualTo("okr.key-result.activity");
  }

  private Finding onlyFinding() {
    Report report = validator.validate(MAPPER.readValue(UNKNOWN_MANAGER, OrganizationSnapshot.class), AS_OF);
    assertThat(report.findings()).hasSize(1);
    assertThat(report.findings().get(0).severity()).isEqualTo(Severity.ERROR);
    return report.findings().get(0);
  }

  private static AlignkitJsonException readFailure(String json) {
    try {
      MAPPER.readValue(json, OrganizationSnapshot.class);
    } catch (AlignkitJsonException e) {
      return e;
    }
    throw new AssertionError("reads: " + json);
  }

  private HttpResponse<String> post(String path, String body, String acceptLanguage) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path + "?asOf=" + AS_OF))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (acceptLanguage != null) {
      request.header("Accept-Language", acceptLanguage);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }
}
