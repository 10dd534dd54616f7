package dev.alignkit.jackson.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.jackson.AlignkitJson;
import dev.alignkit.json.ErrorMode;
import dev.alignkit.json.JsonLimits;
import dev.alignkit.jackson.JsonLinesReader;
import dev.alignkit.jackson.JsonLinesWriter;
import dev.alignkit.json.format.Canonical;
import dev.alignkit.okr.Objective;
import dev.alignkit.org.OrganizationSnapshot;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CanonicalTest {
  private final Canonical canonical = new Canonical();

  @Test
  void equalStringsShareTheFirstInstance() {
    String first = new String("2026-Q3");
    String second = new String("2026-Q3");
    assertSame(first, canonical.string(first));
    assertSame(first, canonical.string(second));
    assertSame(first, canonical.string(new String("2026-Q3")));
  }

  @Test
  void pastItsBoundTheTableStartsAgainAndStillAnswersEqualStrings() {
    String early = new String("early");
    canonical.string(early);
    for (int i = 0; i <= Canonical.MAX_ENTRIES; i++) {
      assertEquals("id-" + i, canonical.string("id-" + i));
    }
    String again = new String("early");
    assertSame(again, canonical.string(again), "the early entry went with the cleared table");
    assertNotSame(early, canonical.string(new String("early")));
    assertEquals("early", canonical.string(new String("early")));
  }

  @Test
  void equalPlainDatesShareOneLocalDateAndOtherTextsHaveNone() {
    LocalDate date = canonical.date(new String("2026-08-10"));
    assertEquals(LocalDate.of(2026, 8, 10), date);
    assertSame(date, canonical.date(new String("2026-08-10")));
    assertNull(canonical.date("+2026-08-10"));
    assertNull(canonical.date("2026-02-30"));
  }

  @Test
  void aReadDocumentHoldsOneInstanceOfEachRepeatedReference() {
    OrganizationSnapshot snapshot = AlignkitJson.read(Path.of("../examples/data/organization-40.json"));
    List<Objective> objectives = snapshot.objectives();
    Objective first = objectives.get(0);
    for (Objective objective : objectives) {
      if (objective.cycleId().equals(first.cycleId())) {
        assertSame(first.cycleId().orElseThrow(), objective.cycleId().orElseThrow(), objective.id());
      }
    }
    String cycleId = snapshot.cycles().get(0).id();
    assertSame(cycleId, objectives.stream().filter(o -> o.cycleId().equals(Optional.of(cycleId))).findFirst()
        .orElseThrow().cycleId().orElseThrow());
  }

  @Test
  void jsonLinesShareReferencesAcrossLines() {
    OrganizationSnapshot written = AlignkitJson.read(Path.of("../examples/data/organization-40.json"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonLinesWriter writer = JsonLinesWriter.of(out)) {
      writer.writeSnapshot(written);
    }
    OrganizationSnapshot read = JsonLinesReader.readSnapshot(new ByteArrayInputStream(out.toByteArray()),
        JsonLimits.defaults(), ErrorMode.STOP_AT_FIRST).snapshot();
    String planCycle = read.plans().get(0).cycleId();
    String cycleId = read.cycles().stream().map(c -> c.id()).filter(planCycle::equals).findFirst().orElseThrow();
    long shared = read.plans().stream().filter(p -> p.cycleId() == cycleId).count();
    assertEquals(read.plans().stream().filter(p -> p.cycleId().equals(cycleId)).count(), shared);
    assertTrue(shared > 1, "plans on several person lines share the organization line's cycle id");
  }
}
