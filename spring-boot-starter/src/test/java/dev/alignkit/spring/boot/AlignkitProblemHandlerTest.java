package dev.alignkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.alignkit.json.AlignkitJsonException;
import dev.alignkit.json.AlignkitJsonException.Kind;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.rules.Report;
import dev.alignkit.rules.Validator;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;
import org.springframework.mock.web.MockHttpServletRequest;

/** How {@link AlignkitProblemHandler} answers each failure. */
class AlignkitProblemHandlerTest {
  private final AlignkitProblemHandler handler = new AlignkitProblemHandler();
  private final MockHttpServletRequest request = new MockHttpServletRequest("POST", "/organizations/acme");

  @Test
  void aDocumentInsideSpringsUnreadableBodyIsItsProblem() {
    AlignkitJsonException cause = new AlignkitJsonException(Kind.INVALID_VALUE, "/people/0", 4, 5,
        "missing required field name", null);

    ResponseEntity<ProblemDetail> answer = handler.handleUnreadable(unreadable(cause), request);

    assertThat(answer.getStatusCode().value()).isEqualTo(422);
    assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    ProblemDetail problem = answer.getBody();
    assertThat(problem.getType()).isEqualTo(URI.create("https://alignkit.dev/problems/invalid-value"));
    assertThat(problem.getTitle()).isEqualTo("Invalid value");
    assertThat(problem.getDetail()).isEqualTo("missing required field name");
    assertThat(problem.getInstance()).isEqualTo(URI.create("/organizations/acme"));
    assertThat(problem.getProperties()).isEqualTo(Map.of("pointer", "/people/0", "line", 4, "column", 5));
  }

  @Test
  void anUnreadableBodyOfAnotherCauseGoesOnToSpring() {
    HttpMessageNotReadableException other = unreadable(new IOException("connection reset"));

    assertThatThrownBy(() -> handler.handleUnreadable(other, request)).isSameAs(other);
  }

  @Test
  void aServerSideFailureSaysNothingOfTheServer() {
    AlignkitJsonException e = new AlignkitJsonException(Kind.IO_FAILURE, "", -1, -1,
        "cannot read /srv/hr/secret.json", null);

    ProblemDetail problem = handler.handleJson(e, request).getBody();

    assertThat(problem.getStatus()).isEqualTo(500);
    assertThat(problem.getDetail()).isEqualTo("the server could not read or write a document");
    assertThat(problem.getProperties()).isNull();
  }

  @Test
  void aFailedValidationListsItsErrors() {
    OrganizationSnapshot snapshot = OrganizationSnapshot.builder()
        .addPerson(Person.builder().id("ana").name("Ana").managerId("ghost").build()).build();
    Report report = Validator.defaults().validate(snapshot, LocalDate.of(2026, 8, 15));

    ProblemDetail problem = handler.handleValidation(new ValidationFailedException(report), request).getBody();

    assertThat(problem.getStatus()).isEqualTo(422);
    assertThat(problem.getDetail()).isEqualTo("validation as of 2026-08-15 found 1 error");
    assertThat(problem.getProperties()).containsEntry("asOf", "2026-08-15").containsEntry("errors",
        List.of(Map.of("code", "org.person.unknown-manager", "path", "people[ana].managerId")));
  }

  @Test
  void aValidReportIsNoFailure() {
    Report valid = Validator.defaults().validate(OrganizationSnapshot.builder().build(), LocalDate.of(2026, 8, 15));

    assertThatThrownBy(() -> new ValidationFailedException(valid)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("report must have an error to fail: it is valid as of 2026-08-15");
  }

  private static HttpMessageNotReadableException unreadable(Throwable cause) {
    return new HttpMessageNotReadableException("JSON parse error", cause, new MockHttpInputMessage(new byte[0]));
  }
}
