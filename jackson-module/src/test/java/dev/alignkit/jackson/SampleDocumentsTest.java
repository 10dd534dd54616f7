package dev.alignkit.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.Alignkit;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.ObjectiveOutcome;
import dev.alignkit.okr.ObjectiveType;
import dev.alignkit.okr.OkrStatus;
import dev.alignkit.okr.OwnerKind;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.rules.Finding;
import dev.alignkit.rules.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The sample documents of {@code examples/data} read, hold what they should, and are exactly what the writer writes. */
class SampleDocumentsTest {
  private static final Binding BINDING = Binding.current();
  private static final Path DATA = Path.of("..", "examples", "data");
  private static final LocalDate AS_OF = LocalDate.of(2026, 8, 15);

  private static List<String> codes(List<Finding> findings) {
    return findings.stream().map(Finding::code).collect(Collectors.toList());
  }

  /**
   * Asserts that {@code file} is what the writer writes of it. A sample of the previous version (the
   * samples are written again when the sample organization changes) is in that version's writer's
   * form: the version 2 corpus holds it with the version 2 writer's record; here its reading written
   * again is its documented migration to the current version.
   */
  private static void assertWrittenByTheWriter(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    String written = BINDING.toJson(BINDING.read(file));
    if (FormatMigration.versionOf(text) == FormatMigration.CURRENT) {
      assertEquals(text, written, file + " is not in the writer's form; regenerate it");
    } else {
      assertEquals(2, FormatMigration.versionOf(text), file + " is of the current or the previous version");
      assertEquals(FormatMigration.toCurrent(FormatMigration.tree(text)), FormatMigration.tree(written),
          file + " migrated to the current version is not what the writer writes of it");
    }
  }

  @Test
  void smallHoldsTheSampleOrganization() {
    OrganizationSnapshot snapshot = BINDING.read(DATA.resolve("small.json"));
    assertEquals(2, snapshot.people().size());
    assertEquals(List.of("o-company", "o-support", "o-maya"),
        snapshot.objectives().stream().map(o -> o.id()).collect(Collectors.toList()));
    assertEquals(7, snapshot.objectives().stream().mapToInt(o -> o.keyResults().size()).sum());
    assertEquals(List.of("lena"), snapshot.managerChain("maya"));
    assertEquals("cs/CS2", snapshot.person("maya").flatMap(Person::role).orElseThrow().toString());
    assertEquals(List.of("okr.check-in.stale", "okr.key-result.not-measurable", "okr.key-result.activity"),
        codes(Alignkit.validate(snapshot, AS_OF).findings()));
  }

  @Test
  void smallIsInTheWritersForm() throws IOException {
    assertWrittenByTheWriter(DATA.resolve("small.json"));
  }

  @Test
  void organization40HasFortyPeopleInFiveTeamsUnderOneHead() {
    OrganizationSnapshot snapshot = BINDING.read(DATA.resolve("organization-40.json"));
    assertEquals(40, snapshot.people().size());
    assertEquals(List.of("exec", "support", "sales", "platform", "product"),
        snapshot.teams().stream().map(t -> t.id()).collect(Collectors.toList()));
    assertEquals(List.of("nora"), snapshot.people().stream().filter(p -> p.managerId().isEmpty())
        .map(Person::id).collect(Collectors.toList()));
    assertEquals(List.of("lena", "nora"), snapshot.managerChain("ana"));
    assertEquals(List.of("hana"), snapshot.people().stream().filter(Person::hrAdministrator)
        .map(Person::id).collect(Collectors.toList()));
    assertEquals("\"WD-4312\"", snapshot.person("nora").orElseThrow().attributes().get("workdayId"));
    assertEquals("\"Workday connector 4.2\"", snapshot.attributes().get("exportedBy"));
  }

  @Test
  void organization40HasAnOkrTreeWithCheckInsAndCareers() {
    OrganizationSnapshot snapshot = BINDING.read(DATA.resolve("organization-40.json"));
    assertEquals(20, snapshot.objectives().size());
    assertEquals(28, snapshot.objectives().stream().mapToInt(o -> o.keyResults().size()).sum());
    assertEquals(List.of("2026-Q2", "2026-Q3"), snapshot.cycles().stream().map(c -> c.id()).toList());
    assertEquals(List.of("o-trial", "o-raj-handbook"), snapshot.objectives().stream()
        .filter(o -> o.cycleId().isEmpty()).map(o -> o.id()).collect(Collectors.toList()));
    assertEquals(3, snapshot.objectives().stream().filter(o -> o.owner().kind() == OwnerKind.ORGANIZATION
        && o.cycleId().equals(Optional.of("2026-Q3"))).count());
    assertEquals(2, snapshot.objectives().stream().filter(o -> o.owner().kind() == OwnerKind.ORGANIZATION
        && o.cycleId().equals(Optional.of("2026-Q2"))).count());
    assertEquals(List.of("o-support", "o-platform", "o-product"),
        snapshot.childrenOf("o-retention").stream().map(o -> o.id()).collect(Collectors.toList()));
    assertEquals(List.of("o-sales", "o-product"),
        snapshot.childrenOf("o-growth").stream().map(o -> o.id()).collect(Collectors.toList()));
    assertTrue(snapshot.keyResult("kr-mm-ready").orElseThrow().isRollup());
    assertEquals(ObjectiveType.ASPIRATIONAL, snapshot.objective("o-growth").orElseThrow().type());
    assertEquals(2, snapshot.keyResult("kr-nrr").orElseThrow().checkIns().size());
    assertEquals(List.of("cs", "sales", "eng", "mgmt", "pm"),
        snapshot.ladders().stream().map(l -> l.id()).collect(Collectors.toList()));
    assertEquals(15, snapshot.skillCatalog().skills().size());
    assertEquals(7, snapshot.plans().size());
    assertEquals(4, snapshot.plansOf("quinn").get(0).goals().size());
    assertEquals("o-partners", snapshot.developmentGoal("g-ivy-influence").orElseThrow().wovenInto().orElseThrow());
    assertEquals(1, snapshot.growSessionsOf("pia").size());
  }

  @Test
  void organization40HasAnEndedQuarterScoredButForOneObjective() {
    OrganizationSnapshot snapshot = BINDING.read(DATA.resolve("organization-40.json"));
    List<Objective> q2 = snapshot.objectives().stream()
        .filter(o -> o.cycleId().equals(Optional.of("2026-Q2"))).toList();
    assertEquals(List.of("q2-o-reliability", "q2-o-onboarding", "q2-o-self-service", "q2-o-on-call",
        "q2-o-guided-setup", "q2-o-isla-macros", "q2-o-rex-blockers"), q2.stream().map(o -> o.id()).toList());
    assertEquals(List.of(Optional.of(ObjectiveOutcome.PARTIAL), Optional.of(ObjectiveOutcome.PARTIAL),
        Optional.of(ObjectiveOutcome.PARTIAL), Optional.of(ObjectiveOutcome.ACHIEVED),
        Optional.of(ObjectiveOutcome.MISSED), Optional.of(ObjectiveOutcome.ACHIEVED), Optional.empty()),
        q2.stream().map(Objective::outcome).toList());
    assertEquals(List.of("q2-o-rex-blockers"), q2.stream().filter(o -> o.status() == OkrStatus.ACTIVE)
        .map(o -> o.id()).toList());
    assertEquals(6, q2.stream().filter(o -> o.retrospective().isPresent()).count());
  }

  @Test
  void organization40PlaysTheSeedScenariosAndWaivesAnActivityAndARetentionAbove100Percent() {
    Report report = Alignkit.validate(BINDING.read(DATA.resolve("organization-40.json")), AS_OF);
    assertFalse(report.isValid());
    assertEquals(List.of("dev.grow.steps-untracked", "okr.check-in.stale", "okr.key-result.activity",
        "okr.alignment.unaligned", "okr.cycle.unscored", "dev.plan.underperformer", "dev.goal.tangential", "dev.goal.too-many"),
        codes(report.findings()));
    assertEquals(List.of("okr.key-result.activity", "okr.key-result.unit-range", "okr.key-result.unit-range"),
        report.waived().stream().map(w -> w.finding().code()).toList());
    assertEquals(List.of("kr-interviews", "kr-nrr", "kr-nrr"),
        report.waived().stream().map(w -> w.finding().subjectId()).toList());
  }

  @Test
  void organization40IsInTheWritersForm() throws IOException {
    assertWrittenByTheWriter(DATA.resolve("organization-40.json"));
  }
}
