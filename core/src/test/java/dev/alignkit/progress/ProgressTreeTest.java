package dev.alignkit.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.AlignmentKind;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.OkrStatus;
import dev.alignkit.okr.ParentKind;
import dev.alignkit.okr.Owner;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.org.Team;
import java.time.LocalDate;
import java.util.List;
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

  /** {@code company} (o-1) with a team and a personal objective below it, and two objectives on a loop. */
  private static OrganizationSnapshot threeLevelsAndALoop(Objective company) {
    return OrganizationSnapshot.builder()
        .addCycle(Cycle.of("q3", "2026-Q3", START, LocalDate.of(2026, 9, 30)))
        .addObjective(company)
        .addObjective(objective("o-2", "Answer within a working day", Owner.team("support"),
            Alignment.contributes("o-1", 1), at("k2", 40)))
        .addObjective(objective("o-3", "Make escalations painless", Owner.person("maya"),
            Alignment.contributes("o-2", 1), at("k3", 10)))
        .addObjective(objective("o-4", "Loop A", Owner.team("t"), Alignment.supports("o-5"), at("k4", 0)))
        .addObjective(objective("o-5", "Loop B", Owner.team("t"), Alignment.supports("o-4"), at("k5", 0)))
        .build();
  }

  @Test
  void ownersShowByNameWithTheIdOnlyWhereTwoNamesAreTheSame() {
    OrganizationSnapshot snapshot = OrganizationSnapshot.builder()
        .from(threeLevelsAndALoop(objective("o-1", "Customers recommend us", Owner.organization(), null, at("k1", 60))))
        .addTeam(Team.of("support", "Customer support"))
        .addTeam(Team.of("t", "Maya Levi"))
        .addPerson(Person.of("maya", "Maya Levi"))
        .build();
    String expected = String.join("\n",
        "Customers recommend us                   [####......]  43%  ON_TRACK   Organization  1 at risk below",
        "  Answer within a working day            [###.......]  25%  BEHIND     Customer support  1 at risk below",
        "    Make escalations painless            [#.........]  10%  AT_RISK    Maya Levi (maya)  ! behind pace",
        "On alignment cycles (no roll-up):",
        "  Loop A                                 [          ]   --  NO_DATA    Maya Levi (t)",
        "  Loop B                                 [          ]   --  NO_DATA    Maya Levi (t)",
        "");
    assertEquals(expected, ProgressTree.render(Rollup.of(snapshot, MIDDLE)));
  }

  @Test
  void controlCharactersOfTitlesAndNamesShowVisiblyAndEachObjectiveKeepsItsOneLine() {
    OrganizationSnapshot snapshot = OrganizationSnapshot.builder()
        .addCycle(Cycle.of("q3", "2026-Q3", START, LocalDate.of(2026, 9, 30)))
        .addTeam(Team.of("ops", "Ops\u0007\u009B31m"))
        .addObjective(objective("o-1", "Ship\u001B[2J it\r\nnow\u202E", Owner.team("ops"), null, at("k1", 60)))
        .addObjective(objective("o-2", "Fix\nCustomers recommend us [##########] 100%", Owner.team("ops"),
            Alignment.of("k1", ParentKind.KEY_RESULT, AlignmentKind.SUPPORTS, 1), at("k2", 60)))
        .build();
    String expected = String.join("\n",
        "Ship\u241B[2J it now\uFFFD                         [######....]  60%  ON_TRACK   Ops\u2407\uFFFD31m",
        "  Fix Customers recommend us [#######... [######....]  60%  ON_TRACK   Ops\u2407\uFFFD31m  via k1",
        "");
    assertEquals(expected, ProgressTree.render(Rollup.of(snapshot, MIDDLE)));
  }

  @Test
  void aFilterShowsItsObjectivesWithTheRollupsNumbersAndAChildOfAnObjectiveLeftOutAsARoot() {
    OrganizationSnapshot snapshot = threeLevelsAndALoop(
        objective("o-1", "Customers recommend us", Owner.organization(), null, at("k1", 60)));
    String expected = String.join("\n",
        "Answer within a working day              [###.......]  25%  BEHIND     team:support  1 at risk below",
        "  Make escalations painless              [#.........]  10%  AT_RISK    person:maya  ! behind pace",
        "On alignment cycles (no roll-up):",
        "  Loop B                                 [          ]   --  NO_DATA    team:t",
        "");
    assertEquals(expected, ProgressTree.render(Rollup.of(snapshot, MIDDLE),
        o -> !o.id().equals("o-1") && !o.id().equals("o-4")));
  }

  @Test
  void rendersTheTreeWithBarsStatusesAndMarks() {
    OrganizationSnapshot snapshot = threeLevelsAndALoop(
        objective("o-1", "Customers recommend us", Owner.organization(), null, at("k1", 60)));
    String expected = String.join("\n",
        "Customers recommend us                   [####......]  43%  ON_TRACK   Organization  1 at risk below",
        "  Answer within a working day            [###.......]  25%  BEHIND     team:support  1 at risk below",
        "    Make escalations painless            [#.........]  10%  AT_RISK    person:maya  ! behind pace",
        "On alignment cycles (no roll-up):",
        "  Loop A                                 [          ]   --  NO_DATA    team:t",
        "  Loop B                                 [          ]   --  NO_DATA    team:t",
        "");
    assertEquals(expected, ProgressTree.render(Rollup.of(snapshot, MIDDLE)));
  }

  @Test
  void anEndedCycleShowsEachObjectivesGradeWhetherItMetItsExpectationAndItsRecordedOutcome() {
    Objective company = Objective.builder().from(objective("o-1", "Customers recommend us", Owner.organization(),
        null, at("k1", 60))).status(dev.alignkit.okr.OkrStatus.CLOSED)
        .outcome(dev.alignkit.okr.ObjectiveOutcome.PARTIAL).build();
    OrganizationSnapshot snapshot = threeLevelsAndALoop(company);
    // (60 + (40 + 10) / 2) / 2 = 42.5 %: YELLOW, short of the committed 1.0; nothing is at risk any more.
    String expected = String.join("\n",
        "Customers recommend us                   [####......]  43%  ENDED      Organization  YELLOW  not met"
            + "  outcome PARTIAL",
        "  Answer within a working day            [###.......]  25%  ENDED      team:support  RED  not met",
        "    Make escalations painless            [#.........]  10%  ENDED      person:maya  RED  not met",
        "On alignment cycles (no roll-up):",
        "  Loop A                                 [          ]   --  ENDED      team:t",
        "  Loop B                                 [          ]   --  ENDED      team:t",
        "");
    assertEquals(expected, ProgressTree.render(Rollup.of(snapshot, LocalDate.of(2026, 10, 5))));
  }

  private static Objective linked(String id, String title, Owner owner, KeyResult kr, Alignment... links) {
    return Objective.builder().id(id).title(title).owner(owner).cycleId("q3").addKeyResult(kr)
        .addAlignments(links).build();
  }

  private static OrganizationSnapshot.Builder quarter() {
    return OrganizationSnapshot.builder().addCycle(Cycle.of("q3", "2026-Q3", START, LocalDate.of(2026, 9, 30)));
  }

  @Test
  void aChildWithTwoParentsShowsUnderEachMarkedWithTheOtherAndItsSubtreeOnce() {
    OrganizationSnapshot snapshot = quarter()
        .addObjective(objective("o-p1", "Customers recommend us", Owner.organization(), null, at("k1", 20)))
        .addObjective(objective("o-p2", "Win the mid-market", Owner.organization(), null, at("k2", 100)))
        .addObjective(linked("o-c", "Answer within a day", Owner.team("support"), at("kc", 60),
            Alignment.contributes("o-p1", 1), Alignment.contributes("o-p2", 3)))
        .addObjective(linked("o-d", "Make escalations painless", Owner.person("maya"), at("kd", 50),
            Alignment.supports("o-c")))
        .build();
    // The child counts in each parent: o-p1 (0.2 + 0.6) / 2 = 0.4; o-p2 (1.0 + 3 * 0.6) / 4 = 0.7.
    String expected = String.join("\n",
        "Customers recommend us                   [####......]  40%  ON_TRACK   Organization",
        "  Answer within a day                    [######....]  60%  ON_TRACK   team:support  also under o-p2",
        "    Make escalations painless            [#####.....]  50%  ON_TRACK   person:maya",
        "Win the mid-market                       [#######...]  70%  ON_TRACK   Organization",
        "  Answer within a day                    [######....]  60%  ON_TRACK   team:support  also under o-p1"
            + "  (children above)",
        "");
    assertEquals(expected, ProgressTree.render(Rollup.of(snapshot, MIDDLE)));
  }

  @Test
  void childrenOfARollupKeyResultShowUnderItsObjectiveViaTheKeyResult() {
    OrganizationSnapshot snapshot = quarter()
        .addObjective(Objective.builder().id("o-r").title("Launch the partner program").owner(Owner.organization())
            .cycleId("q3").addKeyResult(KeyResult.rollup("kr-ready", "Partners served by sales and support")).build())
        .addObjective(linked("o-a", "Train support on partner tickets", Owner.team("support"), at("ka", 50),
            Alignment.contributesToKeyResult("kr-ready", 1)))
        .addObjective(linked("o-b", "Sign ten partners", Owner.team("sales"), at("kb", 100),
            Alignment.contributesToKeyResult("kr-ready", 3)))
        .addObjective(linked("o-s", "Write the partner playbook", Owner.team("docs"), at("ks", 10),
            Alignment.supportsKeyResult("kr-ready")))
        .build();
    // kr-ready = (1 * 0.5 + 3 * 1.0) / 4 = 0.875, all o-r holds; o-s only supports it.
    String expected = String.join("\n",
        "Launch the partner program               [#########.]  88%  ON_TRACK   Organization  1 at risk below"
            + "  rollup kr-ready of 2 contributors",
        "  Train support on partner tickets       [#####.....]  50%  ON_TRACK   team:support  via kr-ready",
        "  Sign ten partners                      [##########] 100%  DONE       team:sales  via kr-ready",
        "  Write the partner playbook             [#.........]  10%  AT_RISK    team:docs  ! behind pace"
            + "  via kr-ready",
        "");
    assertEquals(expected, ProgressTree.render(Rollup.of(snapshot, MIDDLE)));
  }

  @Test
  void aRollupKeyResultCountsEachContributorOnceAndNamesOneContributorInTheSingular() {
    OrganizationSnapshot snapshot = quarter()
        .addObjective(Objective.builder().id("o-r").title("Launch").owner(Owner.organization()).cycleId("q3")
            .addKeyResults(KeyResult.rollup("kr-a", "A"), KeyResult.rollup("kr-b", "B"), KeyResult.rollup("kr-c", "C"))
            .build())
        .addObjective(linked("o-1", "One", Owner.team("t"), at("k1", 50), Alignment.contributesToKeyResult("kr-a", 1),
            Alignment.contributesToKeyResult("kr-a", 2), Alignment.contributesToKeyResult("kr-b", 1)))
        .addObjective(linked("o-2", "Two", Owner.team("t"), at("k2", 50), Alignment.contributesToKeyResult("kr-b", 1),
            Alignment.supportsKeyResult("kr-c")))
        .build();

    String root = ProgressTree.render(Rollup.of(snapshot, MIDDLE)).lines().findFirst().orElseThrow();

    assertTrue(root.endsWith("  rollup kr-a of 1 contributor, kr-b of 2 contributors, kr-c of 0 contributors"), root);
  }

  @Test
  void aChainOfDiamondsPrintsEachObjectiveOncePerParent() {
    int levels = 24;
    OrganizationSnapshot.Builder builder = quarter()
        .addObjective(objective("l-0", "Left 0", Owner.organization(), null, at("kl0", 50)))
        .addObjective(objective("r-0", "Right 0", Owner.organization(), null, at("kr0", 50)));
    for (int i = 1; i < levels; i++) {
      for (String side : new String[] {"l", "r"}) {
        builder.addObjective(linked(side + "-" + i, side + " " + i, Owner.team("t"), at("k" + side + i, 50),
            Alignment.supports("l-" + (i - 1)), Alignment.supports("r-" + (i - 1))));
      }
    }
    List<String> lines = ProgressTree.render(Rollup.of(builder.build(), MIDDLE)).lines().toList();

    // 2^24 paths lead to the bottom; the tree has a line per root and one per link.
    assertEquals(2 + 4 * (levels - 1), lines.size());
    assertEquals(1, lines.stream().filter(l -> l.contains("l 23 ") && l.endsWith("also under r-22")).count());
    List<String> left1 = lines.stream().filter(l -> l.contains("l 1 ")).toList();
    assertEquals(2, left1.size(), left1.toString());
    assertTrue(left1.get(0).endsWith("team:t  also under r-0"), left1.get(0));
    assertTrue(left1.get(1).endsWith("team:t  also under l-0  (children above)"), left1.get(1));
  }

  @Test
  void aChildWithManyParentsNamesThreeOthersAndCountsTheRest() {
    OrganizationSnapshot.Builder builder = quarter();
    Objective.Builder child = Objective.builder().id("o-c").title("Child").owner(Owner.team("t")).cycleId("q3")
        .addKeyResult(at("kc", 50));
    for (int i = 1; i <= 6; i++) {
      builder.addObjective(objective("o-" + i, "Parent " + i, Owner.organization(), null, at("k" + i, 50)));
      child.addAlignment(Alignment.supports("o-" + i));
    }
    List<String> lines = ProgressTree.render(Rollup.of(builder.addObjective(child.build()).build(), MIDDLE))
        .lines().toList();

    assertTrue(lines.get(1).endsWith("team:t  also under o-2, o-3, o-4 and 2 more"), lines.get(1));
    assertTrue(lines.get(11).endsWith("team:t  also under o-1, o-2, o-3 and 2 more"), lines.get(11));
  }

  @Test
  void objectivesOnACycleShowTheirOwnSectionWithTheChildrenBelowThemAndAreMarkedUnderOtherParents() {
    OrganizationSnapshot snapshot = quarter()
        .addObjective(objective("o-root", "Customers recommend us", Owner.organization(), null, at("k0", 60)))
        .addObjective(linked("o-x", "Loop X", Owner.team("t"), at("kx", 0), Alignment.supports("o-y"),
            Alignment.supports("o-root")))
        .addObjective(linked("o-y", "Loop Y", Owner.team("t"), at("ky", 0), Alignment.supports("o-x")))
        .addObjective(linked("o-below", "Below the loop", Owner.person("maya"), at("kb", 50),
            Alignment.contributes("o-x", 1)))
        .build();
    String expected = String.join("\n",
        "Customers recommend us                   [######....]  60%  ON_TRACK   Organization",
        "  Loop X                                 [          ]   --  NO_DATA    team:t  also under o-y"
            + "  (on an alignment cycle)",
        "On alignment cycles (no roll-up):",
        "  Loop X                                 [          ]   --  NO_DATA    team:t",
        "    Below the loop                       [#####.....]  50%  ON_TRACK   person:maya",
        "  Loop Y                                 [          ]   --  NO_DATA    team:t",
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
    assertTrue(line.endsWith("Organization  zones kr-z=COMMIT kr-o=TARGET\n"), line);
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
        "Answer every customer within one workday [#####.....]  50%  ON_TRACK   Organization",
        "Answer every customer within one work... [#####.....]  50%  ON_TRACK   Organization",
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
        "Ship the portal                          [###.......]  25%  AT_RISK    Organization"
            + "  (partial)  ! low confidence at k-launch",
        "Later                                    [#####.....]  50%  ON_TRACK   team:t  (draft)",
        "");
    assertEquals(expected, ProgressTree.render(Rollup.of(snapshot, MIDDLE)));
  }
}
