package dev.alignkit.examples.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** How the service reads a request: the locale, the query and the path. */
class RequestsTest {
  @ParameterizedTest(name = "Accept-Language \"{0}\" gives {1}")
  @CsvSource(delimiter = '|', value = {
      "de                          | de",
      "DE                          | de",
      "de-CH, en;q=0.5             | de",
      "de-DE                       | de",
      "fr, de;q=0.8                | de",
      "en;q=0.1, de;q=0.9          | de",
      "en-US, en;q=0.9, de;q=0.8   | en",
      "en-GB                       | en",
      "fr                          | en",
      "de;q=0                      | en",
      "*                           | en",
      "*, de;q=0.5                 | en",
      "de;q=abc                    | en",
      "'   '                       | en",
  })
  void acceptLanguagePicksTheBestOfEnglishAndGerman(String header, String expected) {
    assertEquals(Locale.forLanguageTag(expected), Requests.locale(header));
  }

  @Test
  void noAcceptLanguageGivesEnglish() {
    assertEquals(Locale.ENGLISH, Requests.locale(null));
  }

  @Test
  void asOfIsReadFromTheQuery() {
    assertEquals(Optional.of(LocalDate.of(2026, 8, 15)), Requests.asOf("x=1&asOf=2026-08-15&asOf=2027-01-01"));
    assertEquals(Optional.empty(), Requests.asOf(null));
    assertEquals(Optional.empty(), Requests.asOf("as=2026-08-15"));
  }

  @Test
  void asOfThatIsNotADateIsABadRequest() {
    HttpProblem problem = assertThrows(HttpProblem.class, () -> Requests.asOf("asOf=15.08.2026"));
    assertEquals(400, problem.status());
  }

  @Test
  void pathSegmentsAreDecodedAfterSplitting() {
    assertEquals(List.of("people", "ana/b", "advice"), Requests.pathSegments("/people/ana%2Fb/advice"));
    assertEquals(List.of("people", "a+b c", "readiness"), Requests.pathSegments("/people/a+b%20c/readiness"));
    assertEquals(List.of("validate", ""), Requests.pathSegments("/validate/"));
  }

  @Test
  void brokenPercentEncodingIsABadRequest() {
    assertEquals(400, assertThrows(HttpProblem.class, () -> Requests.pathSegments("/people/%zz/advice")).status());
  }
}
