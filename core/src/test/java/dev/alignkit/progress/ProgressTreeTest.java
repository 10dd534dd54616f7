package dev.alignkit.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.OkrStatus;
import dev.alignkit.okr.Owner;
import dev.alignkit.org.OrganizationSnapshot;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProgressTreeTest {
  private static final LocalDate START = LocalDate.of(2026, 7, 1);
  private static final LocalDate MIDDLE = LocalDate.of(2026, 8, 15);

  private static KeyResult at(String id, double value) {
    return KeyResult.increase(id, "KR " + id, 0, 100, "x").withCheckIn(CheckIn.of(START, value));
  }

  private static Objective objective(String id, String title, Owner owner, Alignment alignment, KeyResult kr) {
    Objective.Builder builder = Objective.builder().id(id).title(title).owner(owner).cycleId("q3").addKeyResult(kr);
    if (alignment != null) {
      builder.addAlignment(alignment);
    }
    return builder.build();
  }

  @Test
  void rendersTheTreeWithBarsStatusesAndMarks() {
    OrganizationSnapshot snapshot = OrganizationSnapshot.builder()
        .addCycle(Cycle.of("q3", "2026-Q3", START, LocalDate.of(2026, 9, 30)))
        .addObjective(objective("o-1", "Customers recommend us", Owner.organization(), null, at("k1", 60)))
        .addObjective(objective("o-2", "Answer within a working day", Owner.team("support"),
            Alignment.contributes("o-1", 1), at("k2", 40)))
        .addObjective(objective("o-3", "Make escalations painless", Owner.person("maya"),
            Alignment.contributes("o-2", 1), at("k3", 10)))
        .addObjective(objective("o-4", "Loop A", Owner.team("t"), Alignment.supports("o-5"), at("k4", 0)))
        .addObjective(objective("o-5", "Loop B", Owner.team("t"), Alignment.supports("o-4"), at("k5", 0)))
        .build();
    String expected = String.join("\n",
        "Customers recommend us                   [####......]  43%  ON_TRACK   organization  1 at risk below",
        "  Answer within a working day            [###.......]  25%  BEHIND     team:support  1 at risk below",
        "    Make escalations painless            [#.........]  10%  AT_RISK    person:maya  ! behind pace",
        "On alignment cycles (no roll-up):",
        "  Loop A                                 [          ]   --  NO_DATA    team:t",
        "  Loop B                                 [          ]   --  NO_DATA    team:t",
        "");
    assertEquals(expected, ProgressTree.render(Rollup.of(snapshot, MIDDLE)));
  }

  @Test
  void eachZonedKeyResultShowsItsZoneAfterTheMarks() {
    KeyResult zoned = KeyResult.builder().from(KeyResult.increase("kr-z", "Sign-ups", 0, 20, "k"))
        .commit(10).stretch(50).addCheckIn(CheckIn.of(START, 15)).build();
    KeyResult ordinal = KeyResult.ordinal("kr-o", "Launch", "Beta", "GA", "GA in two regions")
        .withCheckIn(CheckIn.of(START, 2));
    OrganizationSnapshot snapshot = OrganizationSnapshot.builder()
        .addCycle(Cycle.of("q3", "2026-Q3", START, LocalDate.of(2026, 9, 30)))
        .addObjective(Objective.builder().from(objective("o-1", "Grow", Owner.organization(), null, at("kr-p", 60)))
            .addKeyResults(zoned, ordinal).build())
        .build();

    String line = ProgressTree.render(Rollup.of(snapshot, MIDDLE));

    assertTrue(line.startsWith("Grow                                     [######....]  60%  "), line);
    assertTrue(line.endsWith("organization  zones kr-z=COMMIT kr-o=TARGET\n"), line);
  }

  @Test
  void deepTreesStopIndentingAndShowTheDepth() {
    OrganizationSnapshot.Builder builder = OrganizationSnapshot.builder()
        .addCycle(Cycle.of("q3", "2026-Q3", START, LocalDate.of(2026, 9, 30)))
        .addObjective(objective("o-0", "Level 0", Owner.organization(), null, at("k0", 50)));
    for (int i = 1; i <= 20; i++) {
      builder.addObjective(objective("o-" + i, "Level " + i, Owner.team("t"),
          Alignment.contributes("o-" + (i - 1), 1), at("k" + i, 50)));
    }
    String[] lines = ProgressTree.render(Rollup.of(builder.build(), MIDDLE)).split("\n");
    assertEquals(21, lines.length);
    assertTrue(lines[20].startsWith(" ".repeat(2 * ProgressTree.MAX_INDENT) + "[20] Level 20 "), lines[20]);
    assertTrue(lines[12].startsWith(" ".repeat(2 * ProgressTree.MAX_INDENT) + "Level 12 "), lines[12]);
    assertTrue(lines[13].startsWith(" ".repeat(2 * ProgressTree.MAX_INDENT) + "[13] Level 13 "), lines[13]);
  }

  @Test
  void titlesLongerThanTheirColumnAreCutWithAnEllipsis() {
    String fits = "Answer every customer within one workday";
    String tooLong = "Answer every customer within one workday!";
    OrganizationSnapshot snapshot = OrganizationSnapshot.builder()
        .addCycle(Cycle.of("q3", "2026-Q3", START, LocalDate.of(2026, 9, 30)))
        .addObjective(objective("o-1", fits, Owner.organization(), null, at("k1", 50)))
        .addObjective(objective("o-2", tooLong, Owner.organization(), null, at("k2", 50)))
        .build();
    String expected = String.join("\n",
        "Answer every customer within one workday [#####.....]  50%  ON_TRACK   organization",
        "Answer every customer within one work... [#####.....]  50%  ON_TRACK   organization",
        "");
    assertEquals(40, fits.length());
    assertEquals(expected, ProgressTree.render(Rollup.of(snapshot, MIDDLE)));
  }

  @Test
  void marksShowDraftsPartialResultsAndWhereTheRiskComesFrom() {
    KeyResult onPace = KeyResult.increase("k-pace", "On pace", 0, 10, "x").withCheckIn(CheckIn.of(MIDDLE, 5, 0.9));
    KeyResult launch = KeyResult.achieve("k-launch", "Launch").withCheckIn(CheckIn.of(MIDDLE, 0, 0.2));
    KeyResult silent = KeyResult.increase("k-silent", "No check-in", 0, 10, "x");
    Objective draft = Objective.builder().from(objective("o-2", "Later", Owner.team("t"), null, at("k2", 50)))
        .status(OkrStatus.DRAFT).build();
    OrganizationSnapshot snapshot = OrganizationSnapshot.builder()
        .addCycle(Cycle.of("q3", "2026-Q3", START, LocalDate.of(2026, 9, 30)))
        .addObjective(Objective.builder().from(objective("o-1", "Ship the portal", Owner.organization(), null, onPace))
            .addKeyResults(launch, silent).build())
        .addObjective(draft)
        .build();
    String expected = String.join("\n",
        "Ship the portal                          [###.......]  25%  AT_RISK    organization"
            + "  (partial)  ! low confidence at k-launch",
        "Later                                    [#####.....]  50%  ON_TRACK   team:t  (draft)",
        "");
    assertEquals(expected, ProgressTree.render(Rollup.of(snapshot, MIDDLE)));
  }
}
