package dev.alignkit.hr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Requests to the service on {@code port}, signed in as one person with HTTP Basic or a bearer token. */
final class Client {
  static final String PASSWORD = "demo";

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final int port;
  private final String authorization;

  private Client(int port, String authorization) {
    this.port = port;
    this.authorization = authorization;
  }

  /** Signed in as {@code user} with the demo password. */
  static Client basic(int port, String user) {
    return new Client(port, basicAuthorization(user, PASSWORD));
  }

  /** With the bearer token {@code token}. */
  static Client bearer(int port, String token) {
    return new Client(port, "Bearer " + token);
  }

  /** Not signed in. */
  static Client anonymous(int port) {
    return new Client(port, null);
  }

  static String basicAuthorization(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  HttpResponse<String> get(String path) {
    return send(request(path).GET());
  }

  HttpResponse<String> put(String path, String contentType, String body) {
    return send(request(path).header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofString(body)));
  }

  HttpResponse<String> post(String path, String body) {
    return send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(30));
    return authorization == null ? request : request.header("Authorization", authorization);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
