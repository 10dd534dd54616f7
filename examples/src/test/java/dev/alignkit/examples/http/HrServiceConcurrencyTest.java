package dev.alignkit.examples.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.examples.ReviewSample;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Many requests at once, a mix of every endpoint and some errors: each gets the same answer it
 * gets alone, since the service shares only immutable values between its threads.
 */
class HrServiceConcurrencyTest {
  private static final int REQUESTS = 64;
  private static final int CLIENT_THREADS = 16;

  static HrService service;
  static TestClient client;
  static String document;

  @BeforeAll
  static void start() throws IOException {
    document = Files.readString(HrService.defaultDocument(), StandardCharsets.UTF_8);
    service = new HrService(ReviewSample.build(), HrServiceTest.CLOCK);
    client = new TestClient(service.start(HrServiceTest.loopback()));
  }

  @AfterAll
  static void stop() {
    service.stop();
  }

  /** One request of the mix, by name so that a failure says which. */
  private record Call(String name, Callable<TestClient.Answer> send) {}

  private static List<Call> mix() {
    String[] people = {"ana", "eli", "ivy", "quinn", "raj", "pia", "ben", "nora"};
    List<Call> calls = new ArrayList<>();
    for (int i = 0; i < REQUESTS; i++) {
      String person = people[i % people.length];
      String language = i % 3 == 0 ? "de" : "en";
      switch (i % 8) {
        case 0, 4 -> calls.add(new Call("validate " + language,
            () -> client.post("/validate?asOf=2026-08-15", document, "Accept-Language", language)));
        case 1, 5 -> calls.add(new Call("readiness " + person, () -> client.get("/people/" + person + "/readiness")));
        case 2, 6 -> calls.add(new Call("advice " + person + " " + language,
            () -> client.get("/people/" + person + "/advice", "Accept-Language", language)));
        case 3 -> calls.add(new Call("unknown person", () -> client.get("/people/nobody/readiness")));
        default -> calls.add(new Call("bad document", () -> client.send("POST", "/validate",
            HttpRequest.BodyPublishers.ofString("{\"formatVersion\": 4}"))));
      }
    }
    return calls;
  }

  @Test
  void parallelRequestsEachGetTheAnswerTheyGetAlone() throws Exception {
    List<Call> calls = mix();
    List<TestClient.Answer> alone = new ArrayList<>();
    for (Call call : calls) {
      alone.add(call.send().call());
    }

    ExecutorService pool = Executors.newFixedThreadPool(CLIENT_THREADS);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<TestClient.Answer>> futures = new ArrayList<>();
      for (Call call : calls) {
        futures.add(pool.submit(() -> {
          assertTrue(go.await(30, TimeUnit.SECONDS), "start signal");
          return call.send().call();
        }));
      }
      go.countDown();
      for (int i = 0; i < calls.size(); i++) {
        TestClient.Answer answer = futures.get(i).get(60, TimeUnit.SECONDS);
        String name = i + " " + calls.get(i).name();
        assertEquals(alone.get(i).status(), answer.status(), name);
        assertEquals(alone.get(i).json(), answer.json(), name);
      }
    } finally {
      pool.shutdownNow();
      assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS), "client threads end");
    }

    long errors = alone.stream().filter(a -> a.status() != 200).count();
    assertEquals(REQUESTS / 8 * 2, errors, "the mix holds 404s and 400s as well as answers");
    assertEquals(404, alone.get(3).assertError(404).status());
    assertEquals("/formatVersion", alone.get(7).assertError(400).json().get("pointer").asText());
  }
}
