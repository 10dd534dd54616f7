package dev.alignkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.jackson.AlignkitJson;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.OkrStatus;
import dev.alignkit.okr.Owner;
import dev.alignkit.org.OrganizationSnapshot;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadFromJsonTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private boolean run(Path document) {
    return ReadFromJson.run(document, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void theSampleDocumentIsTheSampleOrganization() {
    assertEquals(SampleOrganization.build(), AlignkitJson.read(ReadFromJson.defaultDocument()));
  }

  @Test
  void readingTheSampleDocumentPrintsItsCountsAndReport() {
    assertTrue(run(ReadFromJson.defaultDocument()));
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("  people 2, teams 1, cycles 1, objectives 3, key results 7\n"), printed);
    assertTrue(printed.contains("  skills 3, ladders 2, profiles 1, plans 0, waivers 0\n"), printed);
    assertTrue(printed.contains("Validation as of 2026-08-15: not valid (3 findings, 0 waived)"), printed);
    assertTrue(printed.contains("[okr.key-result.activity]"), printed);
    assertTrue(printed.contains("Key result \"Fewer escalations\" cannot be measured: it lacks target."), printed);
    assertEquals("", err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void theFortyPersonOrganizationReadsToo() {
    assertTrue(run(ReadFromJson.defaultDocument().resolveSibling("organization-40.json")));
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("  people 40, teams 5, cycles 2, objectives 18 (2 more in the backlog), key results 28\n"), printed);
    assertTrue(printed.contains("Validation as of 2026-08-15: not valid (8 findings, 3 waived)"), printed);
  }

  @Test
  void objectivesWithoutACycleAreCountedApart(@TempDir Path dir) {
    Path document = dir.resolve("backlog.json");
    OrganizationSnapshot sample = SampleOrganization.build();
    Objective draft = Objective.builder().id("o-draft").title("Explore a forum").owner(Owner.person("maya"))
        .status(OkrStatus.DRAFT).build();
    AlignkitJson.write(OrganizationSnapshot.builder().from(sample).addObjective(draft).build(), document);
    assertTrue(run(document));
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("  people 2, teams 1, cycles 1, objectives 3 (1 more in the backlog), key results 7\n"),
        printed);
  }

  @Test
  void aBrokenDocumentIsReportedWithItsPlace(@TempDir Path dir) throws IOException {
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\n  \"formatVersion\": 1,\n  \"people\": [{\"id\": \"maya\"}]\n}\n");
    assertFalse(run(broken));
    assertEquals("Cannot read " + broken + ": /people/0: missing required field name (line 3, column 14)\n",
        err.toString(StandardCharsets.UTF_8));
    assertEquals("", out.toString(StandardCharsets.UTF_8));
  }
}
