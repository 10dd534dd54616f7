package dev.alignkit.hr;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The error page, in place of Boot's: what the servlet container answers with an error status
 * outside a controller (Spring Security's 401 and 403, a body Spring could not read before any
 * Alignkit type) is {@code application/problem+json} too, with the status's reason as title and
 * the failed request's path as instance. A 500 says nothing more; its cause is in the log.
 */
@Hidden
@RestController
class ErrorProblems implements ErrorController {
  @RequestMapping("/error")
  ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
    int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 500;
    ProblemDetail problem = ProblemDetail.forStatus(status);
    if (status >= 500) {
      problem.setDetail(ServiceProblems.FAILED);
    }
    if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path) {
      problem.setInstance(ServiceProblems.instanceOf(path));
    }
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
