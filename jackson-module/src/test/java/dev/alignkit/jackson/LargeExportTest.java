package dev.alignkit.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.alignkit.career.Assessment;
import dev.alignkit.career.Skill;
import dev.alignkit.career.SkillCatalog;
import dev.alignkit.career.SkillProfile;
import dev.alignkit.json.ErrorMode;
import dev.alignkit.json.JsonLimits;
import dev.alignkit.json.PersonBundle;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.Owner;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.org.Team;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 100,000-person export is written and read one line at a time. The test runs in its own JVM
 * with a 64 MiB heap (the {@code large-export} execution in the module's POM), and the export is
 * larger than that heap, so neither side can have held it whole.
 */
class LargeExportTest {
  private static final int PEOPLE = 100_000;
  private static final int TEAMS = 100;
  private static final long SMALL_HEAP = 96L << 20;
  private static final LocalDate DAY = LocalDate.of(2026, 7, 1);

  private static OrganizationSnapshot organization() {
    OrganizationSnapshot.Builder organization = OrganizationSnapshot.builder()
        .addCycle(Cycle.of("q3", "2026-Q3", DAY, LocalDate.of(2026, 9, 30)))
        .skillCatalog(SkillCatalog.builder().addSkill(Skill.of("empathy", "Customer empathy", "product")).build());
    for (int t = 0; t < TEAMS; t++) {
      organization.addTeam(Team.of("t-" + t, "Team " + t));
    }
    return organization.build();
  }

  /** Person {@code i}: with an objective, a key result, a check-in and a skill profile, about 800 bytes. */
  private static PersonBundle person(int i) {
    String id = "p-" + i;
    Objective objective = Objective.builder().id("o-" + i).title("Resolve escalations within a day, person " + i)
        .owner(Owner.person(id)).cycleId("q3")
        .addKeyResult(KeyResult.decrease("kr-" + i, "Cut median time to resolve escalations", 48, 24, "hours")
            .withCheckIn(CheckIn.builder().date(DAY.plusDays(i % 60)).value(40 - i % 10).confidence(0.7)
                .note("Steady progress on the playbook").authorId(id).build()))
        .build();
    return PersonBundle.builder(Person.builder().id(id).name("Person number " + i).teamId("t-" + i % TEAMS)
            .managerId("p-" + i / 10).putAttribute("x-hris-id", "\"E-" + (1_000_000 + i) + "\"").build())
        .addObjective(objective)
        .profile(SkillProfile.of(id, List.of(Assessment.builder().skillId("empathy").proficiency(1 + i % 5)
            .date(DAY).build())))
        .build();
  }

  @Test
  void aHundredThousandPeopleStreamThroughAHeapSmallerThanTheExport(@TempDir Path dir) throws IOException {
    long heap = Runtime.getRuntime().maxMemory();
    assumeTrue(heap <= SMALL_HEAP, "runs in the large-export execution, whose heap is 64 MiB; this one has " + heap);
    Path file = dir.resolve("export.jsonl");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        JsonLinesWriter writer = JsonLinesWriter.of(out)) {
      writer.writeOrganization(organization());
      for (int i = 0; i < PEOPLE; i++) {
        writer.writePerson(person(i));
      }
      assertEquals(1 + TEAMS + PEOPLE, writer.lines());
    }
    assertTrue(Files.size(file) > heap, "the export (" + Files.size(file) + " bytes) is larger than the heap");

    AtomicLong people = new AtomicLong();
    AtomicLong checkIns = new AtomicLong();
    try (JsonLinesReader reader = JsonLinesReader.open(file, JsonLimits.defaults(), ErrorMode.STOP_AT_FIRST)) {
      assertEquals(TEAMS, reader.organization().teams().size());
      reader.forEachPerson(bundle -> {
        people.incrementAndGet();
        checkIns.addAndGet(bundle.objectives().get(0).keyResults().get(0).checkIns().size());
      });
      assertEquals(List.of(), reader.errors());
      assertEquals(1 + TEAMS + PEOPLE, reader.lineNumber());
    }
    assertEquals(PEOPLE, people.get());
    assertEquals(PEOPLE, checkIns.get());
  }
}
