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
 * can; and a refusal tells nothing: a person who does not exist, a person whose plan or readiness
 * is hidden and a person who has none get one answer, the same status and the same body. Ivy, Eli
 * and Sol are engineers reporting to Mo, who reports to Nora; Sol has no plan and no assessments.
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

  /** The answer to {@code path} for {@code viewer}, as status and body. */
  private static String answerTo(String path, String viewer) {
    TestClient.Answer answer = client.get(path, HrService.VIEWER_HEADER, viewer);
    return answer.status() + " " + answer.text();
  }

  @Test
  void engineerCannotReadAPeersPlan() {
    TestClient.Answer answer = client.get("/people/ivy/advice", HrService.VIEWER_HEADER, "eli");
    answer.assertError(403);
    assertEquals("the viewer may not see this person's development plans", answer.error());
    assertFalse(answer.text().contains("influence"), "nothing of the plan leaks into the refusal");
  }

  @Test
  void aPeersHiddenPlanIsAnsweredAsNoPlanAtAllAndAsNoSuchPerson() {
    String hiddenPlan = answerTo("/people/ivy/advice", "eli");

    assertEquals(hiddenPlan, answerTo("/people/sol/advice", "eli"), "a peer without a plan");
    assertEquals(hiddenPlan, answerTo("/people/nobody/advice", "eli"), "no such person");
  }

  @Test
  void aPeersHiddenReadinessIsAnsweredAsNoAssessmentsAtAllAndAsNoSuchPerson() {
    String hiddenAssessments = answerTo("/people/ivy/readiness", "eli");

    assertTrue(hiddenAssessments.startsWith("403 "), hiddenAssessments);
    assertEquals(hiddenAssessments, answerTo("/people/sol/readiness", "eli"), "a peer without assessments");
    assertEquals(hiddenAssessments, answerTo("/people/nobody/readiness", "eli"), "no such person");
  }

  @Test
  void aNonMemberGetsTheSameAnswerForARealPersonAndAnUnknownId() {
    for (String resource : new String[] {"advice", "readiness"}) {
      String real = answerTo("/people/ivy/" + resource, "stranger");

      assertTrue(real.startsWith("403 "), real);
      assertEquals(real, answerTo("/people/nobody/" + resource, "stranger"), resource);
      assertEquals(real, answerTo("/people/ivy/" + resource, "eli"), resource + ": as to a peer");
    }
  }

  @Test
  void thePersonAndTheirManagersReadThePlanAndReadiness() {
    for (String viewer : new String[] {"ivy", "mo", "nora"}) {
      TestClient.Answer advice = client.get("/people/ivy/advice", HrService.VIEWER_HEADER, viewer);
      TestClient.Answer readiness = client.get("/people/ivy/readiness", HrService.VIEWER_HEADER, viewer);

      assertEquals(200, advice.status(), viewer + ": " + advice.text());
      assertTrue(advice.text().contains("g-ivy-influence"), viewer + ": " + advice.text());
      assertEquals(200, readiness.status(), viewer + ": " + readiness.text());
      assertTrue(readiness.json().has("currentRole"), viewer + ": " + readiness.text());
    }
  }

  @Test
  void aPersonWithoutAPlanIsToldThereIsNoneAndHisManagerToo() {
    for (String viewer : new String[] {"sol", "mo"}) {
      TestClient.Answer answer = client.get("/people/sol/advice", HrService.VIEWER_HEADER, viewer);

      assertEquals(200, answer.status(), viewer + ": " + answer.text());
      assertEquals(0, answer.json().get("goals").size(), viewer + ": " + answer.text());
    }
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
