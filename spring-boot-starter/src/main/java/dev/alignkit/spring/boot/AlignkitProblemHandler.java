package dev.alignkit.spring.boot;

import dev.alignkit.json.AlignkitJsonException;
import dev.alignkit.json.ProblemDetails;
import dev.alignkit.rules.Finding;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Answers Alignkit's failures with RFC 9457 problems ({@code application/problem+json}) whose
 * members are those of {@link ProblemDetails}: an {@link AlignkitJsonException}, thrown or inside
 * Spring's {@link HttpMessageNotReadableException} when a request body does not read (400, 413 or
 * 422 with its {@code pointer}, {@code line} and {@code column}; 500 with nothing of the server's),
 * and a {@link ValidationFailedException} (422 with {@code asOf} and {@code errors}). The
 * {@code instance} is the request's path.
 *
 * <p>It comes before other advice, so that Alignkit's problems win; a body that does not read for
 * any other reason (not an Alignkit type, or text that fails before its first value) goes on to
 * Spring's own handling.
 * To answer differently, declare a bean of this type, such as a subclass that overrides
 * {@link #answer}: the auto-configuration then leaves its own out.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
public class AlignkitProblemHandler {
  private static final Log LOG = LogFactory.getLog(AlignkitProblemHandler.class);

  /** Made by the auto-configuration. */
  public AlignkitProblemHandler() {}

  /** A document that does not read, or a value that does not write. */
  @ExceptionHandler(AlignkitJsonException.class)
  public ResponseEntity<ProblemDetail> handleJson(AlignkitJsonException e, HttpServletRequest request) {
    return answer(ProblemDetails.of(e), request, e);
  }

  /**
   * A request body that does not read: a problem when the cause is an {@link AlignkitJsonException}
   * (an Alignkit type was being read); else {@code e} again, for Spring's own handling.
   */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  public ResponseEntity<ProblemDetail> handleUnreadable(HttpMessageNotReadableException e,
      HttpServletRequest request) {
    AlignkitJsonException cause = alignkitCause(e);
    if (cause == null) {
      throw e;
    }
    return answer(ProblemDetails.of(cause), request, cause);
  }

  /** A failed validation. */
  @ExceptionHandler(ValidationFailedException.class)
  public ResponseEntity<ProblemDetail> handleValidation(ValidationFailedException e, HttpServletRequest request) {
    return answer(ProblemDetails.of(e.report()), request, null);
  }

  /**
   * The answer to {@code problem}: Spring's {@link ProblemDetail} with the same members, in the
   * same order, as {@link ProblemDetails#toJson()}, and the request's path as {@code instance}.
   */
  protected ResponseEntity<ProblemDetail> answer(ProblemDetails problem, HttpServletRequest request,
      @Nullable Exception e) {
    ProblemDetails located = problem.withInstance(instanceOf(request));
    if (located.status() >= 500 && e != null) {
      LOG.error("Alignkit could not read or write a document", e);
    }
    return ResponseEntity.status(located.status())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(toProblemDetail(located));
  }

  /** {@code problem} as Spring's {@link ProblemDetail}. */
  public static ProblemDetail toProblemDetail(ProblemDetails problem) {
    ProblemDetail detail = ProblemDetail.forStatus(problem.status());
    detail.setType(problem.type());
    detail.setTitle(problem.title());
    detail.setDetail(problem.detail());
    problem.instance().ifPresent(detail::setInstance);
    problem.pointer().ifPresent(pointer -> detail.setProperty("pointer", pointer));
    if (problem.line().isPresent()) {
      detail.setProperty("line", problem.line().getAsInt());
      detail.setProperty("column", problem.column().getAsInt());
    }
    if (problem.asOf().isPresent()) {
      detail.setProperty("asOf", problem.asOf().get().toString());
      List<Map<String, String>> errors = new ArrayList<>();
      for (Finding error : problem.errors()) {
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put("code", error.code());
        entry.put("path", error.path().toString());
        errors.add(entry);
      }
      detail.setProperty("errors", errors);
    }
    return detail;
  }

  private static URI instanceOf(HttpServletRequest request) {
    return UriComponentsBuilder.fromPath(request.getRequestURI()).build().toUri();
  }

  private static @Nullable AlignkitJsonException alignkitCause(Throwable e) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof AlignkitJsonException json) {
        return json;
      }
    }
    return null;
  }
}
