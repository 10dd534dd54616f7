package dev.alignkit.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.alignkit.jackson.AlignkitJson;
import dev.alignkit.jackson.ResultJson;
import dev.alignkit.json.AlignkitJsonException;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.policy.Policy;
import dev.alignkit.progress.CareerPaths;
import dev.alignkit.progress.ProgressSummary;
import dev.alignkit.progress.Rollup;
import dev.alignkit.review.ReadinessLine;
import dev.alignkit.review.ReviewDocument;
import dev.alignkit.rules.Validator;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client with Jackson 3: a mapper that finds the module through
 * {@code JsonMapper.builder().findAndAddModules()} reads the sample organization, and writes and
 * reads back a review document equal to what the Jackson 2 module gives for the same input.
 */
class Jackson3ConsumerTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 8, 15);
  private static final Path SAMPLE = Path.of("..", "examples", "data", "organization-40.json");
  private static final JsonMapper MAPPER = JsonMapper.builder().findAndAddModules().build();
  /** The Jackson 2 module's mapper, for the same documents. */
  private static final ObjectMapper JACKSON2 = new ObjectMapper().registerModule(new dev.alignkit.jackson.AlignkitModule());

  @Test
  void testsRunOnTheJacksonTheBuildNames() {
    // .ci/run runs the module's tests on the oldest Jackson 3 we support and on the newest; this
    // fails if a pass silently ran on another one.
    String named = System.getProperty("jackson3.version");
    assertEquals(named, tools.jackson.core.json.PackageVersion.VERSION.toString());
    assertEquals(named, tools.jackson.databind.cfg.PackageVersion.VERSION.toString());
  }

  @Test
  void findAndAddModulesFindsTheModule() {
    assertTrue(MAPPER.registeredModules().stream().anyMatch(module -> module instanceof AlignkitModule),
        MAPPER.registeredModules().toString());
  }

  @Test
  void theSampleReadsAsTheJackson2ModuleReadsIt() {
    OrganizationSnapshot sample = MAPPER.readValue(SAMPLE, OrganizationSnapshot.class);
    assertEquals(40, sample.people().size());
    assertEquals(AlignkitJson.read(SAMPLE), sample);
  }

  @Test
  void aReviewOfTheSampleIsWrittenAsTheJackson2ModuleWritesItAndReadsBackEqual() throws Exception {
    ReviewDocument document = review(MAPPER.readValue(SAMPLE, OrganizationSnapshot.class));
    assertFalse(document.readiness().isEmpty());
    ReviewDocument jackson2 = review(AlignkitJson.read(SAMPLE));
    assertEquals(jackson2, document);

    String json = MAPPER.writeValueAsString(document);
    assertEquals(JACKSON2.writeValueAsString(jackson2), json);
    assertEquals(document, MAPPER.readValue(json, ReviewDocument.class));
    assertEquals(document, ResultJson.fromJson(json, ReviewDocument.class));
    assertEquals(document, MAPPER.readValue(ResultJson.toJson(jackson2), ReviewDocument.class));
  }

  @Test
  void aBadDocumentFailsWithTheJackson2ModulesKindPointerLineAndColumn() {
    String json = "{\n  \"formatVersion\": 3,\n  \"people\": [ { \"id\": 7 } ]\n}";
    dev.alignkit.json.AlignkitJsonException expected = assertThrows(dev.alignkit.json.AlignkitJsonException.class,
        () -> AlignkitJson.fromJson(json));
    AlignkitJsonException actual = assertThrows(AlignkitJsonException.class,
        () -> MAPPER.readValue(json, OrganizationSnapshot.class));
    assertEquals(expected.kind().name(), actual.kind().name());
    assertEquals(expected.pointer(), actual.pointer());
    assertEquals(expected.line(), actual.line());
    assertEquals(expected.column(), actual.column());
    assertEquals(expected.problem(), actual.problem());
  }

  /** The review of the whole organization on {@link #AS_OF}, as the consumer test of the Jackson 2 module builds it. */
  private static ReviewDocument review(OrganizationSnapshot sample) {
    Rollup rollup = Rollup.of(sample, AS_OF);
    ProgressSummary summary = rollup.summaryOfOrganization();
    ReviewDocument.Builder review = ReviewDocument.builder().asOf(AS_OF)
        .objectives(rollup.objectives().values()).keyResults(rollup.keyResults().values())
        .statusCounts(summary.counts()).atRisk(summary.atRisk())
        .report(Validator.defaults().validate(sample, AS_OF));
    CareerPaths paths = CareerPaths.of(sample, AS_OF, Policy.defaults());
    for (Person person : sample.people()) {
      if (person.role().isPresent()) {
        paths.nextLevel(person.id()).ifPresent(next -> review.addReadiness(
            ReadinessLine.of(person.id(), person.role().get(), next)));
      }
    }
    return review.build();
  }
}
