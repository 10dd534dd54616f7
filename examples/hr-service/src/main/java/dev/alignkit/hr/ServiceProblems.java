package dev.alignkit.hr;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The service's own problems, beside the starter's ({@code AlignkitProblemHandler}, for documents
 * that do not read) and Spring's (for requests it refuses before a controller runs).
 */
@RestControllerAdvice
class ServiceProblems {
  private static final Log LOG = LogFactory.getLog(ServiceProblems.class);
  /** The detail of every "not visible" answer: it names nothing, the request's path does. */
  static final String NOT_VISIBLE = "There is nothing to show for this request.";
  /** The detail of every 500: the exception may name the server's files or data, so it goes to the log only. */
  static final String FAILED = "The service failed; the log says why.";

  /** 404, the same body for every reason but the path. */
  @ExceptionHandler(NotVisibleException.class)
  ResponseEntity<ProblemDetail> notVisible(HttpServletRequest request) {
    return answer(HttpStatus.NOT_FOUND, NOT_VISIBLE, request);
  }

  /** 403: the viewer sees the item but may not change it. */
  @ExceptionHandler(NotAllowedException.class)
  ResponseEntity<ProblemDetail> notAllowed(NotAllowedException e, HttpServletRequest request) {
    return answer(HttpStatus.FORBIDDEN, e.getMessage(), request);
  }

  /** 413 for a body announced larger than the limit. */
  @ExceptionHandler(TooLargeException.class)
  ResponseEntity<ProblemDetail> tooLarge(TooLargeException e, HttpServletRequest request) {
    return answer(HttpStatus.CONTENT_TOO_LARGE, e.getMessage(), request);
  }

  /**
   * 500 for anything else, with a fixed detail: the exception may name the server's files or data,
   * so it goes to the log only.
   */
  @ExceptionHandler(RuntimeException.class)
  ResponseEntity<ProblemDetail> unexpected(RuntimeException e, HttpServletRequest request) {
    if (e instanceof ErrorResponse refusal) {
      // Spring's own refusals (ResponseStatusException and the like) keep their status and detail.
      ProblemDetail problem = refusal.getBody();
      problem.setInstance(instanceOf(request.getRequestURI()));
      return ResponseEntity.status(refusal.getStatusCode()).headers(refusal.getHeaders())
          .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
    LOG.error("request " + request.getMethod() + " " + request.getRequestURI() + " failed", e);
    return answer(HttpStatus.INTERNAL_SERVER_ERROR, FAILED, request);
  }

  private static ResponseEntity<ProblemDetail> answer(HttpStatus status, String detail, HttpServletRequest request) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setInstance(instanceOf(request.getRequestURI()));
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  /** A request's path as a problem's {@code instance}. */
  static URI instanceOf(String path) {
    return UriComponentsBuilder.fromPath(path).build().toUri();
  }

  /** The viewer sees the item but may not do what they asked. */
  static final class NotAllowedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotAllowedException(String detail) {
      super(detail, null, false, false);
    }
  }

  /** A request body over the service's limit. */
  static final class TooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLargeException(String detail) {
      super(detail, null, false, false);
    }
  }
}
