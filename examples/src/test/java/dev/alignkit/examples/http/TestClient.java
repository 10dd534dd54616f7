package dev.alignkit.examples.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Real HTTP requests to a service on 127.0.0.1, never through a proxy, each with a timeout so
 * that a test cannot hang.
 */
final class TestClient {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient client = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .proxy(HttpClient.Builder.NO_PROXY)
      .connectTimeout(Duration.ofSeconds(5))
      .build();
  private final URI base;

  TestClient(InetSocketAddress address) {
    this.base = URI.create("http://127.0.0.1:" + address.getPort());
  }

  /** A status, the headers and the body of one response, with the body parsed as JSON. */
  record Answer(int status, HttpHeaders headers, String text, JsonNode json) {
    String header(String name) {
      return headers.firstValue(name).orElse("");
    }

    /**
     * Checks an error answer: the status, a JSON body of exactly error, pointer, line and column,
     * and nothing that looks like a stack trace.
     */
    Answer assertError(int expectedStatus) {
      assertEquals(expectedStatus, status, text);
      assertTrue(header("Content-Type").startsWith("application/json"), header("Content-Type"));
      List<String> fields = new ArrayList<>();
      json.fieldNames().forEachRemaining(fields::add);
      assertEquals(List.of("error", "pointer", "line", "column"), fields, text);
      assertTrue(json.get("error").isTextual(), text);
      for (String trace : Set.of("Exception", "\tat ", "at dev.", "at java.", "at com.")) {
        assertFalse(text.contains(trace), "no stack trace in " + text);
      }
      return this;
    }

    String error() {
      return json.get("error").asText();
    }
  }

  Answer get(String pathAndQuery, String... headers) {
    return send("GET", pathAndQuery, HttpRequest.BodyPublishers.noBody(), headers);
  }

  Answer post(String pathAndQuery, String body, String... headers) {
    return send("POST", pathAndQuery, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8), headers);
  }

  Answer send(String method, String pathAndQuery, HttpRequest.BodyPublisher body, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(pathAndQuery))
        .timeout(TIMEOUT)
        .method(method, body);
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      HttpResponse<String> response = client.send(request.build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Answer(response.statusCode(), response.headers(), response.body(), JSON.readTree(response.body()));
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + pathAndQuery + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
