package dev.alignkit.examples.http;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.alignkit.json.AlignkitJsonException;
import java.util.Objects;

/**
 * A request the service turns down, with the status and the JSON error body to answer with:
 * {@code {"error": "...", "pointer": ..., "line": ..., "column": ...}}. It carries no stack trace,
 * since it is an answer and not a failure of the service.
 */
final class HttpProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String pointer;
  private final int line;
  private final int column;
  private final String allow;

  private HttpProblem(int status, String error, String pointer, int line, int column, String allow) {
    super(Objects.requireNonNull(error, "error"), null, false, false);
    this.status = status;
    this.pointer = pointer;
    this.line = line;
    this.column = column;
    this.allow = allow;
  }

  /** 400 for a request the service cannot understand. */
  static HttpProblem badRequest(String error) {
    return new HttpProblem(400, error, null, -1, -1, null);
  }

  /** 400 for a document the JSON module rejects, with its pointer, line, column and message. */
  static HttpProblem badDocument(AlignkitJsonException e) {
    return new HttpProblem(400, e.getMessage(), e.pointer(), e.line(), e.column(), null);
  }

  /** 404 for an unknown path or id. */
  /** 403 for a viewer who may not see what they ask for. */
  static HttpProblem forbidden(String error) {
    return new HttpProblem(403, error, null, -1, -1, null);
  }

  static HttpProblem notFound(String error) {
    return new HttpProblem(404, error, null, -1, -1, null);
  }

  /** 405 for a known path asked with another method than {@code allowed}. */
  static HttpProblem methodNotAllowed(String method, String allowed) {
    return new HttpProblem(405, "method " + method + " is not allowed here; use " + allowed, null, -1, -1, allowed);
  }

  /** 413 for a request body above {@code maxBytes}. */
  static HttpProblem tooLarge(int maxBytes) {
    return new HttpProblem(413, "the request body is larger than the limit of " + maxBytes + " bytes", null, -1, -1,
        null);
  }

  /** 500 for a failure of the service itself; the details go to the log, never to the client. */
  static HttpProblem internal() {
    return new HttpProblem(500, "internal error", null, -1, -1, null);
  }

  int status() {
    return status;
  }

  /** The methods to list in an {@code Allow} header (405 only), or null. */
  String allow() {
    return allow;
  }

  /**
   * The error body; pointer, line and column are null when they do not apply or are unknown
   * (the JSON module's -1). Other values pass through as the module reports them.
   */
  ObjectNode body() {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("error", getMessage());
    if (pointer == null) {
      body.putNull("pointer");
    } else {
      body.put("pointer", pointer);
    }
    putPosition(body, "line", line);
    putPosition(body, "column", column);
    return body;
  }

  private static void putPosition(ObjectNode body, String name, int value) {
    if (value >= 0) {
      body.put(name, value);
    } else {
      body.putNull(name);
    }
  }
}
