package dev.alignkit.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
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
      builder.alignment(alignment);
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
  }
}
