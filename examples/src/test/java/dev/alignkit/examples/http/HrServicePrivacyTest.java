package dev.alignkit.examples.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.examples.ReviewSample;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The viewer header: an engineer cannot read a peer's plan, while the peer's second-level manager
 * can. Ivy and Eli are engineers reporting to Mo, who reports to Nora.
 */
class HrServicePrivacyTest {
  static HrService service;
  static TestClient client;

  @BeforeAll
  static void start() throws IOException {
    service = new HrService(ReviewSample.build(), HrServiceTest.CLOCK);
    client = new TestClient(service.start(HrServiceTest.loopback()));
  }

  @AfterAll
  static void stop() {
    service.stop();
  }

  @Test
  void engineerCannotReadAPeersPlan() {
    TestClient.Answer answer = client.get("/people/ivy/advice", HrService.VIEWER_HEADER, "eli");
    assertEquals(403, answer.status(), answer.text());
    assertEquals("the viewer may not see the development plans of 'ivy'", answer.json().get("error").asText());
    assertFalse(answer.text().contains("influence"), "nothing of the plan leaks into the refusal");
  }

  @Test
  void secondLevelManagerCanReadThePlan() {
    TestClient.Answer answer = client.get("/people/ivy/advice", HrService.VIEWER_HEADER, "nora");
    assertEquals(200, answer.status(), answer.text());
    assertTrue(answer.text().contains("g-ivy-influence"), answer.text());
  }

  @Test
  void ownerAndHrCanReadTheirReadinessAndAPeerCannot() {
    assertEquals(200, client.get("/people/eli/readiness", HrService.VIEWER_HEADER, "eli").status());
    assertEquals(200, client.get("/people/eli/readiness", HrService.VIEWER_HEADER, "hana").status());
    assertEquals(403, client.get("/people/eli/readiness", HrService.VIEWER_HEADER, "ivy").status());
  }

  @Test
  void unknownViewerSeesNothing() {
    assertEquals(403, client.get("/people/eli/advice", HrService.VIEWER_HEADER, "stranger").status());
  }
}
