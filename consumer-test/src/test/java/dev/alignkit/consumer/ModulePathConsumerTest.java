package dev.alignkit.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.jackson.AlignkitJson;
import dev.alignkit.jackson.AlignkitModule;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.policy.Policy;
import dev.alignkit.progress.CareerPaths;
import dev.alignkit.progress.ObjectiveRollup;
import dev.alignkit.progress.ProgressSummary;
import dev.alignkit.progress.Readiness;
import dev.alignkit.progress.RoleOption;
import dev.alignkit.progress.Rollup;
import dev.alignkit.review.ReadinessLine;
import dev.alignkit.review.ReviewDocument;
import dev.alignkit.rules.Report;
import dev.alignkit.rules.Validator;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A consumer on the module path serializes Alignkit's results with a plain
 * {@code findAndRegisterModules()} mapper and reads each back equal: a report, an objective's
 * roll-up, a readiness result and a review document, computed from the bundled sample organization.
 */
class ModulePathConsumerTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 8, 15);
  private static final ResultClient CLIENT = new ResultClient();
  private static OrganizationSnapshot sample;
  private static Rollup rollup;
  private static Report report;

  @BeforeAll
  static void readTheSample() {
    sample = AlignkitJson.read(Path.of("..", "examples", "data", "organization-40.json"));
    rollup = Rollup.of(sample, AS_OF);
    report = Validator.defaults().validate(sample, AS_OF);
  }

  @Test
  void theTestRunsInANamedModuleAndTheMapperFoundTheAlignkitModuleThere() {
    assertEquals("dev.alignkit.consumer", ModulePathConsumerTest.class.getModule().getName());
    assertEquals("dev.alignkit.jackson", AlignkitModule.class.getModule().getName());
    assertEquals("dev.alignkit.core", Report.class.getModule().getName());
    assertTrue(CLIENT.registeredModules().contains(new AlignkitModule().getTypeId()), CLIENT.registeredModules().toString());
  }

  @Test
  void aReportReadsBackEqual() {
    assertFalse(report.findings().isEmpty());
    String json = CLIENT.send(report);
    assertTrue(json.startsWith("{\"resultFormatVersion\":1,\"asOf\":\"2026-08-15\""), json);
    assertEquals(report, CLIENT.receive(json, Report.class));
  }

  @Test
  void everyObjectivesRollupReadsBackEqual() {
    assertFalse(rollup.objectives().isEmpty());
    for (ObjectiveRollup objective : rollup.objectives().values()) {
      assertEquals(objective, CLIENT.receive(CLIENT.send(objective), ObjectiveRollup.class));
    }
  }

  @Test
  void readinessAndRoleOptionsReadBackEqual() {
    CareerPaths paths = CareerPaths.of(sample, AS_OF, Policy.defaults());
    int options = 0;
    for (Person person : sample.people()) {
      for (RoleOption option : paths.bestNextRoles(person.id())) {
        assertEquals(option, CLIENT.receive(CLIENT.send(option), RoleOption.class));
        assertEquals(option.readiness(), CLIENT.receive(CLIENT.send(option.readiness()), Readiness.class));
        options++;
      }
    }
    assertTrue(options > 0, "the sample has people with next roles");
  }

  @Test
  void aReviewDocumentReadsBackEqual() {
    ProgressSummary summary = rollup.summaryOfOrganization();
    ReviewDocument.Builder review = ReviewDocument.builder().asOf(AS_OF)
        .objectives(rollup.objectives().values()).keyResults(rollup.keyResults().values())
        .statusCounts(summary.counts()).atRisk(summary.atRisk()).report(report);
    CareerPaths paths = CareerPaths.of(sample, AS_OF, Policy.defaults());
    for (Person person : sample.people()) {
      if (person.role().isPresent()) {
        paths.nextLevel(person.id()).ifPresent(next -> review.addReadiness(
            ReadinessLine.of(person.id(), person.role().get(), next)));
      }
    }
    ReviewDocument document = review.build();
    assertFalse(document.readiness().isEmpty());
    assertEquals(document, CLIENT.receive(CLIENT.send(document), ReviewDocument.class));
    assertEquals(List.copyOf(rollup.objectives().values()),
        CLIENT.receive(CLIENT.send(document), ReviewDocument.class).objectives());
  }
}
