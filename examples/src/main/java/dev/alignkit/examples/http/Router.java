package dev.alignkit.examples.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

/**
 * The one handler of the service: sends each request to its endpoint by path and method, and
 * answers every outcome in JSON, a refused request with its status and error body and any other
 * failure with a bare 500.
 *
 * <p>Thread-safe: it holds only the endpoints, which hold only immutable values.
 */
final class Router implements HttpHandler {
  // Named after the service, so that logging set up for HrService still covers its requests.
  private static final System.Logger LOG = System.getLogger(HrService.class.getName());
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String JSON = "application/json; charset=utf-8";

  /** The most bytes of an unread request body read and dropped before answering. */
  private static final int DRAIN_LIMIT = 1 << 20;

  private final ValidateEndpoint validate;
  private final PeopleEndpoints people;

  /** A router to the two endpoint groups; neither may be null. */
  Router(ValidateEndpoint validate, PeopleEndpoints people) {
    this.validate = validate;
    this.people = people;
  }

  /** Answers {@code exchange} and closes it; never throws, since no one is left to catch it. */
  @Override
  public void handle(HttpExchange exchange) {
    try (exchange) {
      ObjectNode body;
      int status = 200;
      Locale locale = null;
      try {
        locale = Requests.locale(exchange.getRequestHeaders().getFirst("Accept-Language"));
        body = route(exchange, locale);
      } catch (HttpProblem problem) {
        status = problem.status();
        body = problem.body();
        if (problem.allow() != null) {
          exchange.getResponseHeaders().set("Allow", problem.allow());
        }
        if (status == 413 || !drained(exchange)) {
          // The rest of a large body is not worth reading; the client opens a new connection.
          exchange.getResponseHeaders().set("Connection", "close");
        }
      } catch (RuntimeException e) {
        LOG.log(System.Logger.Level.ERROR, "failed to answer " + exchange.getRequestMethod() + " "
            + exchange.getRequestURI().getRawPath(), e);
        HttpProblem problem = HttpProblem.internal();
        status = problem.status();
        body = problem.body();
      }
      send(exchange, status, body, locale);
    } catch (IOException e) {
      // The client went away or sent a broken request; there is no one left to answer.
      LOG.log(System.Logger.Level.DEBUG, "connection failed", e);
    }
  }

  /**
   * Reads and drops what the endpoint left of the request body (a 404 or 405 reads none of it), up
   * to {@link #DRAIN_LIMIT} bytes, before the answer is sent: with request bytes still unread, the
   * server may close the connection while the answer is on its way, and the client then sees the
   * headers without the body. False when more is left, so the connection is closed on purpose.
   */
  private static boolean drained(HttpExchange exchange) throws IOException {
    InputStream in = exchange.getRequestBody();
    byte[] buffer = new byte[8192];
    long total = 0;
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      total += n;
      if (total > DRAIN_LIMIT) {
        return false;
      }
    }
    return true;
  }

  private ObjectNode route(HttpExchange exchange, Locale locale) throws IOException {
    String rawPath = exchange.getRequestURI().getRawPath();
    List<String> path = Requests.pathSegments(rawPath == null ? "" : rawPath);
    String method = exchange.getRequestMethod();
    if (path.size() == 1 && path.get(0).equals("validate")) {
      requireMethod(method, "POST");
      return validate.answer(exchange, locale);
    }
    if (path.size() == 3 && path.get(0).equals("people") && !path.get(1).isEmpty()
        && PeopleEndpoints.serves(path.get(2))) {
      requireMethod(method, "GET");
      return people.answer(exchange, path.get(1), path.get(2), locale);
    }
    throw HttpProblem.notFound("no such path: " + rawPath);
  }

  private static void requireMethod(String method, String allowed) {
    if (!method.equals(allowed)) {
      throw HttpProblem.methodNotAllowed(method, allowed);
    }
  }

  private static void send(HttpExchange exchange, int status, ObjectNode body, Locale locale) throws IOException {
    byte[] bytes = MAPPER.writeValueAsBytes(body);
    Headers headers = exchange.getResponseHeaders();
    headers.set("Content-Type", JSON);
    // People's readiness and advice are personal data: no cache keeps a copy.
    headers.set("Cache-Control", "no-store");
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Vary", "Accept-Language");
    if (locale != null && status == 200) {
      headers.set("Content-Language", locale.toLanguageTag());
    }
    if (exchange.getRequestMethod().equals("HEAD")) {
      // A HEAD answer has headers only; the JDK server refuses body bytes for it.
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
