package dev.alignkit.hr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A bounded load-and-abuse run on loopback: many authenticated requests at once, slow clients
 * beside ordinary ones, malformed requests. It asserts that everything completes, with counts;
 * it prints the latencies (docs/embedding.md records them) but asserts no timing.
 */
@HrServiceTest
class LoadAndAbuseTest {
  private static final String PATH = "/organizations/northwind/people/ana/advice";
  private static final String ANA = Client.basicAuthorization("ana", Client.PASSWORD);

  @LocalServerPort
  int port;

  @Test
  void twoThousandAuthenticatedRequestsOverTwoHundredConnectionsAllSucceed() throws Exception {
    int connections = 200;
    int requestsEach = 10;
    ExecutorService clients = Executors.newFixedThreadPool(connections);
    List<Future<long[]>> results = new ArrayList<>();
    AtomicInteger errors = new AtomicInteger();
    try {
      for (int c = 0; c < connections; c++) {
        results.add(clients.submit(() -> keepAliveRun(requestsEach, errors)));
      }
      List<Long> latencies = new ArrayList<>();
      for (Future<long[]> result : results) {
        for (long nanos : result.get(120, TimeUnit.SECONDS)) {
          latencies.add(nanos);
        }
      }

      assertThat(errors.get()).isZero();
      assertThat(latencies).hasSize(connections * requestsEach).hasSize(2_000);
      latencies.sort(null);
      System.out.printf("load: %d requests over %d connections, %d errors, p50 %.1f ms, p99 %.1f ms%n",
          latencies.size(), connections, errors.get(), latencies.get(latencies.size() / 2) / 1e6,
          latencies.get(latencies.size() * 99 / 100) / 1e6);
    } finally {
      clients.shutdownNow();
    }
  }

  /** {@code count} requests one after another on one kept-alive connection; the latency of each 200. */
  private long[] keepAliveRun(int count, AtomicInteger errors) throws IOException {
    long[] latencies = new long[count];
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      InputStream in = new BufferedInputStream(socket.getInputStream());
      byte[] request = RawHttp.get(PATH, ANA).getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < count; i++) {
        long start = System.nanoTime();
        out.write(request);
        out.flush();
        RawHttp.Response response = RawHttp.read(in);
        latencies[i] = System.nanoTime() - start;
        if (response == null || response.status() != 200) {
          errors.incrementAndGet();
        }
      }
    }
    return latencies;
  }

  @Test
  void slowClientsDoNotKeepOrdinaryRequestsWaiting() throws Exception {
    int slowClients = 50;
    byte[] request = RawHttp.get(PATH, ANA).getBytes(StandardCharsets.US_ASCII);
    List<Socket> slow = new ArrayList<>();
    AtomicInteger closedByServer = new AtomicInteger();
    ScheduledExecutorService trickle = Executors.newScheduledThreadPool(4);
    CountDownLatch trickling = new CountDownLatch(slowClients);
    ExecutorService ordinary = Executors.newFixedThreadPool(20);
    try {
      for (int s = 0; s < slowClients; s++) {
        Socket socket = new Socket("127.0.0.1", port);
        synchronized (slow) {
          slow.add(socket);
        }
        AtomicInteger sent = new AtomicInteger();
        AtomicBoolean counted = new AtomicBoolean();
        // A byte a second: the request line and headers never finish while the test runs.
        trickle.scheduleAtFixedRate(() -> {
          int at = sent.getAndIncrement();
          if (at < request.length && !socket.isClosed()) {
            try {
              socket.getOutputStream().write(request[at]);
              socket.getOutputStream().flush();
            } catch (IOException e) {
              closedByServer.incrementAndGet();
              sent.set(request.length);
            }
          }
          if (at >= 1 && counted.compareAndSet(false, true)) {
            trickling.countDown();
          }
        }, 0, 1, TimeUnit.SECONDS);
      }
      // Held for at most 10 s: then they are let go, whether or not the ordinary requests are done.
      AtomicInteger released = new AtomicInteger();
      trickle.schedule(() -> {
        released.set(1);
        closeAll(slow);
      }, 10, TimeUnit.SECONDS);
      // The ordinary requests start once every slow client has sent its second byte (or was closed
      // by the server): all 50 are then connected and in the middle of a request the server reads.
      assertThat(trickling.await(30, TimeUnit.SECONDS)).isTrue();

      Client client = Client.basic(port, "ana");
      List<Future<Integer>> answers = new ArrayList<>();
      for (int r = 0; r < 100; r++) {
        answers.add(ordinary.submit(() -> client.get(PATH).statusCode()));
      }
      int ok = 0;
      for (Future<Integer> answer : answers) {
        if (answer.get(30, TimeUnit.SECONDS) == 200) {
          ok++;
        }
      }
      boolean heldThroughout = released.get() == 0;

      assertThat(ok).isEqualTo(100);
      System.out.printf("slow clients: %d at a byte a second, %d closed by the server meanwhile, %s; %d of 100 "
          + "ordinary requests answered 200%n", slowClients, closedByServer.get(),
          heldThroughout ? "all still held when the last ordinary answer came" : "released at 10 s before it", ok);
    } finally {
      trickle.shutdownNow();
      ordinary.shutdownNow();
      closeAll(slow);
    }
  }

  private static void closeAll(List<Socket> sockets) {
    synchronized (sockets) {
      for (Socket socket : sockets) {
        try {
          socket.close();
        } catch (IOException e) {
          // Closing a socket the server closed already: nothing to do.
        }
      }
    }
  }

  @Test
  void malformedRequestsGetAnAnswerOrAClosedConnection() throws Exception {
    Map<String, byte[]> requests = new LinkedHashMap<>();
    requests.put("bare LF line ends", ("GET " + PATH + " HTTP/1.1\nHost: 127.0.0.1\nAuthorization: " + ANA + "\n\n")
        .getBytes(StandardCharsets.US_ASCII));
    requests.put("binary garbage", new byte[] {0, 1, 2, 3, (byte) 0xff, '\r', '\n', '\r', '\n'});
    requests.put("unknown protocol version", "GET / HTTP/9.9\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    requests.put("spaces in the target", "GET /a b c HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    requests.put("header without a colon", ("GET " + PATH + " HTTP/1.1\r\nHost: x\r\nno colon here\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII));
    byte[] huge = new byte[20_000];
    Arrays.fill(huge, (byte) 'a');
    requests.put("a 20 KB header", ("GET " + PATH + " HTTP/1.1\r\nHost: x\r\nX-Big: "
        + new String(huge, StandardCharsets.US_ASCII) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    requests.put("a bad Content-Length", ("PUT /organizations/x HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII));
    requests.put("a bad percent escape", "GET /organizations/%zz/objectives HTTP/1.1\r\nHost: x\r\n\r\n"
        .getBytes(StandardCharsets.US_ASCII));

    Map<String, String> outcomes = new LinkedHashMap<>();
    for (Map.Entry<String, byte[]> request : requests.entrySet()) {
      outcomes.put(request.getKey(), outcome(request.getValue()));
    }

    outcomes.forEach((name, outcome) -> System.out.println("malformed: " + name + " -> " + outcome));
    assertThat(outcomes.values()).allMatch(outcome -> outcome.startsWith("answered") || outcome.equals("closed"));
    // What Tomcat refuses before Spring sees it is a problem too, not Tomcat's HTML page.
    assertThat(outcomes.values()).filteredOn(outcome -> outcome.matches("answered [45].*"))
        .isNotEmpty().allMatch(outcome -> outcome.endsWith(" application/problem+json;charset=utf-8"));
    assertThat(Client.basic(port, "ana").get(PATH).statusCode()).isEqualTo(200);
  }

  /** "answered STATUS TYPE", or "closed" when the server ended the connection without an answer. */
  private String outcome(byte[] request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(15_000);
      try {
        socket.getOutputStream().write(request);
        socket.getOutputStream().flush();
        RawHttp.Response response = RawHttp.read(new BufferedInputStream(socket.getInputStream()));
        return response == null ? "closed" : "answered " + response.status() + " " + response.contentType();
      } catch (SocketTimeoutException e) {
        return "no answer within 15 s";
      } catch (SocketException e) {
        return "closed";
      }
    }
  }
}
