package dev.alignkit.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.OkrStatus;
import dev.alignkit.okr.Owner;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.policy.Policy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * The roll-up over several parents ({@code docs/concepts.md}, "Several parents"): a contributing
 * child counts in each parent, a duplicate link once, links to key results close cycles, and
 * at-risk counts are of distinct objectives; the incremental index follows.
 */
class SeveralParentsRollupTest {
  private static final LocalDate START = LocalDate.of(2026, 7, 1);
  private static final LocalDate END = LocalDate.of(2026, 9, 30);
  /** Day 46 of the 92-day cycle: elapsed exactly 0.5, so a committed objective expects 0.5. */
  private static final LocalDate MIDDLE = LocalDate.of(2026, 8, 15);
  private static final Cycle Q3 = Cycle.of("q3", "2026-Q3", START, END);
  private static final double EPSILON = 1e-9;

  /** An INCREASE key result from 0 to 100 checked in at {@code value} on the cycle's first day. */
  private static KeyResult at(String id, double value) {
    return KeyResult.increase(id, "KR " + id, 0, 100, "points").withCheckIn(CheckIn.of(START, value));
  }

  private static Objective objective(String id, List<Alignment> links, KeyResult... keyResults) {
    return Objective.builder().id(id).title("Objective " + id).owner(Owner.team("t")).cycleId("q3")
        .alignments(links).addKeyResults(keyResults).build();
  }

  private static OrganizationSnapshot snapshot(Objective... objectives) {
    return OrganizationSnapshot.builder().addCycle(Q3).addObjectives(objectives).build();
  }

  private static ObjectiveRollup result(Rollup rollup, String id) {
    return rollup.objective(id).orElseThrow();
  }

  private static double progress(Rollup rollup, String id) {
    OptionalDouble progress = result(rollup, id).progress();
    assertTrue(progress.isPresent(), () -> "no progress for " + id + ": " + result(rollup, id));
    return progress.getAsDouble();
  }

  // ---------------------------------------------------------------------------------------------
  // A child counted in each parent

  @Test
  void aChildContributingToTwoParentsCountsInEachWithItsLinksWeight() {
    Objective p1 = objective("p1", List.of(), at("kr-p1", 20));
    Objective p2 = objective("p2", List.of(), at("kr-p2", 100));
    Objective c = objective("c", List.of(Alignment.contributes("p1", 1), Alignment.contributes("p2", 3)),
        at("kr-c", 60));

    Rollup rollup = Rollup.of(snapshot(p1, p2, c), MIDDLE);

    assertEquals(0.6, progress(rollup, "c"), EPSILON);
    assertEquals(0.4, progress(rollup, "p1"), EPSILON);
    assertEquals(0.7, progress(rollup, "p2"), EPSILON);
    assertFalse(result(rollup, "p1").partial());
  }

  @Test
  void aSecondLinkToTheSameParentCountsOnceWithTheFirstLinksWeight() {
    Objective p = objective("p", List.of(), at("kr-p", 20));
    Objective c = objective("c", List.of(Alignment.contributes("p", 1), Alignment.contributes("p", 3)),
        at("kr-c", 60));

    Rollup rollup = Rollup.of(snapshot(p, c), MIDDLE);

    // Once with weight 1: (0.2 + 0.6) / 2; twice it would be (0.2 + 0.6 + 1.8) / 5 = 0.52.
    assertEquals(0.4, progress(rollup, "p"), EPSILON);
  }

  @Test
  void aSupportingFirstLinkToAParentIsTheOneThatCountsNotALaterContributingOne() {
    Objective p = objective("p", List.of(), at("kr-p", 20));
    Objective c = objective("c", List.of(Alignment.supports("p"), Alignment.contributes("p", 1)), at("kr-c", 60));

    Rollup rollup = Rollup.of(snapshot(p, c), MIDDLE);

    assertEquals(0.2, progress(rollup, "p"), EPSILON);
    assertFalse(result(rollup, "p").partial());
  }

  @Test
  void anObjectiveWithManyLinksCountsTheFirstToEachParentAndNotDirectlyWhereItFeedsARollupKeyResult() {
    Objective p1 = objective("p1", List.of(), at("kr-p1", 20));
    Objective p2 = objective("p2", List.of(), at("kr-p2", 100), KeyResult.rollup("kr-sum", "Sum"));
    List<Alignment> links = new ArrayList<>(List.of(Alignment.contributes("p1", 1), Alignment.contributes("p1", 3)));
    for (int i = 0; i < 10; i++) {
      links.add(Alignment.supports("p2"));
    }
    links.add(Alignment.contributes("p2", 1));
    links.add(Alignment.contributesToKeyResult("kr-sum", 1));
    links.add(Alignment.contributes("p1", 5));
    Objective c = objective("c", links, at("kr-c", 60));

    Rollup rollup = Rollup.of(snapshot(p1, p2, c), MIDDLE);

    assertEquals(0.4, progress(rollup, "p1"), EPSILON);
    // The first link to p2 supports it; c counts in kr-sum only: (1.0 + 0.6) / 2.
    assertEquals(0.8, progress(rollup, "p2"), EPSILON);
  }

  @Test
  void fiveThousandLinksOfOneObjectiveToTwoThousandFiveHundredParentsCountOncePerParent() {
    int parents = 2_500;
    Objective[] objectives = new Objective[parents + 1];
    List<Alignment> links = new ArrayList<>();
    for (int i = 0; i < parents; i++) {
      objectives[i] = objective("p-" + i, List.of(), at("kr-p-" + i, 20));
      links.add(Alignment.contributes("p-" + i, 1));
    }
    for (int i = 0; i < parents; i++) {
      links.add(Alignment.contributes("p-" + i, 3));
    }
    objectives[parents] = objective("c", links, at("kr-c", 60));

    Rollup rollup = Rollup.of(snapshot(objectives), MIDDLE);

    for (int i = 0; i < parents; i++) {
      assertEquals(0.4, progress(rollup, "p-" + i), EPSILON, "p-" + i);
    }
  }

  @Test
  void aContributingLinkToAKeyResultThatIsNotRollupCountsAsSupporting() {
    Objective p = objective("p", List.of(), at("kr-p", 20));
    Objective c = objective("c", List.of(Alignment.contributesToKeyResult("kr-p", 1)), at("kr-c", 60));

    Rollup rollup = Rollup.of(snapshot(p, c), MIDDLE);

    assertEquals(0.2, progress(rollup, "p"), EPSILON);
    assertEquals(0.2, rollup.keyResult("kr-p").orElseThrow().progress().progress().getAsDouble(), EPSILON);
  }

  @Test
  void linksThatDoNotResolveAreLeftOutAndTheOthersCount() {
    Objective p = objective("p", List.of(), at("kr-p", 20));
    Objective c = objective("c", List.of(Alignment.contributes("o-missing", 5),
        Alignment.contributesToKeyResult("kr-missing", 5), Alignment.contributes("p", 1)), at("kr-c", 60));

    Rollup rollup = Rollup.of(snapshot(p, c), MIDDLE);

    assertEquals(0.4, progress(rollup, "p"), EPSILON);
  }

  // ---------------------------------------------------------------------------------------------
  // Cycles through key results

  @Test
  void aCycleThroughAKeyResultOfTheFirstObjectiveGivesBothNoProgressWithoutAnException() {
    // O contributes to C, and C to a key result of O: O -> C -> (kr-o of O).
    Objective o = objective("o", List.of(Alignment.contributes("c", 1)), at("kr-o", 50));
    Objective c = objective("c", List.of(Alignment.contributesToKeyResult("kr-o", 1)), at("kr-c", 50));

    Rollup rollup = Rollup.of(snapshot(o, c), MIDDLE);

    assertEquals(Optional.of(ObjectiveRollup.NoProgress.ALIGNMENT_CYCLE), result(rollup, "o").noProgress());
    assertEquals(Optional.of(ObjectiveRollup.NoProgress.ALIGNMENT_CYCLE), result(rollup, "c").noProgress());
    assertEquals(OptionalDouble.empty(), result(rollup, "o").progress());
    assertEquals(0.5, rollup.keyResult("kr-o").orElseThrow().progress().progress().getAsDouble(), EPSILON);
  }

  @Test
  void aLinkToOneOfItsOwnKeyResultsPutsAnObjectiveOnACycle() {
    Objective o = objective("o", List.of(Alignment.supportsKeyResult("kr-o")), at("kr-o", 50));

    Rollup rollup = Rollup.of(snapshot(o), MIDDLE);

    assertEquals(Optional.of(ObjectiveRollup.NoProgress.ALIGNMENT_CYCLE), result(rollup, "o").noProgress());
  }

  @Test
  void anObjectiveAboveACycleRollsUpWithTheMembersAsChildrenWithoutProgress() {
    Objective top = objective("top", List.of(), at("kr-top", 40));
    Objective o = objective("o", List.of(Alignment.contributes("c", 1), Alignment.contributes("top", 1)),
        at("kr-o", 50));
    Objective c = objective("c", List.of(Alignment.contributesToKeyResult("kr-o", 1)), at("kr-c", 50));
    Objective below = objective("below", List.of(Alignment.contributes("c", 1)), at("kr-below", 80));

    Rollup rollup = Rollup.of(snapshot(top, o, c, below), MIDDLE);

    assertEquals(0.4, progress(rollup, "top"), EPSILON);
    assertTrue(result(rollup, "top").partial(), "o, on the cycle, has no progress");
    assertEquals(0.8, progress(rollup, "below"), EPSILON);
    assertEquals(Optional.of(ObjectiveRollup.NoProgress.ALIGNMENT_CYCLE), result(rollup, "c").noProgress());
  }

  @Test
  void theIndexTakesCheckInsOnAndAroundACycleThroughAKeyResult() {
    Objective o = objective("o", List.of(Alignment.contributes("c", 1)), at("kr-o", 50));
    Objective c = objective("c", List.of(Alignment.contributesToKeyResult("kr-o", 1)), at("kr-c", 50));
    Objective below = objective("below", List.of(Alignment.contributes("c", 1)),
        KeyResult.increase("kr-below", "Below", 0, 100, "x"));
    OrganizationSnapshot snapshot = snapshot(o, c, below);
    RollupIndex index = RollupIndex.of(snapshot, MIDDLE, Policy.defaults());

    assertEquals(List.of("kr-o"), index.checkIn("kr-o", CheckIn.of(MIDDLE, 70)));
    // "below" becomes AT_RISK: c and o, above it through the cycle, count it.
    List<String> changed = index.checkIn("kr-below", CheckIn.of(MIDDLE, 10));
    assertEquals(List.of("kr-below", "below"), changed.subList(0, 2));
    assertEquals(List.of("c", "o"), changed.subList(2, changed.size()).stream().sorted().toList());
    assertEquals(1, index.objective("o").orElseThrow().atRiskBelow());
    assertEquals(1, index.objective("c").orElseThrow().atRiskBelow());
    assertEquals(Rollup.of(snapshot(
        objective("o", List.of(Alignment.contributes("c", 1)), at("kr-o", 50).withCheckIn(CheckIn.of(MIDDLE, 70))), c,
        objective("below", List.of(Alignment.contributes("c", 1)),
            KeyResult.increase("kr-below", "Below", 0, 100, "x").withCheckIn(CheckIn.of(MIDDLE, 10)))), MIDDLE),
        index.toRollup());
  }

  // ---------------------------------------------------------------------------------------------
  // Distinct at-risk counts

  /**
   * G with P1 and P2 below it, and X below both: X is far behind (AT_RISK), P1 and P2 on track
   * by their own key results (X only supports them).
   */
  private static OrganizationSnapshot diamond(double progressOfX, double progressOfP1) {
    return diamond(at("kr-x", progressOfX), progressOfP1);
  }

  private static OrganizationSnapshot diamond(KeyResult keyResultOfX, double progressOfP1) {
    Objective g = objective("g", List.of(), at("kr-g", 50));
    Objective p1 = objective("p1", List.of(Alignment.supports("g")), at("kr-p1", progressOfP1));
    Objective p2 = objective("p2", List.of(Alignment.supports("g")), at("kr-p2", 50));
    Objective x = objective("x", List.of(Alignment.supports("p1"), Alignment.supportsKeyResult("kr-p2")),
        keyResultOfX);
    return snapshot(g, p1, p2, x);
  }

  @Test
  void anAtRiskObjectiveUnderTwoParentsUnderOneGrandparentCountsOnceThere() {
    Rollup rollup = Rollup.of(diamond(10, 50), MIDDLE);

    assertEquals(PaceStatus.AT_RISK, result(rollup, "x").status());
    assertEquals(PaceStatus.ON_TRACK, result(rollup, "p1").status());
    assertEquals(1, result(rollup, "p1").atRiskBelow());
    assertEquals(1, result(rollup, "p2").atRiskBelow());
    assertEquals(1, result(rollup, "g").atRiskBelow());
    assertEquals(0, result(rollup, "x").atRiskBelow());
  }

  @Test
  void aParentAtRiskAboveAnAtRiskChildCountsAsItsOwnObjectiveAtTheGrandparent() {
    Rollup rollup = Rollup.of(diamond(10, 10), MIDDLE);

    assertEquals(PaceStatus.AT_RISK, result(rollup, "p1").status());
    assertEquals(2, result(rollup, "g").atRiskBelow());
    assertEquals(1, result(rollup, "p1").atRiskBelow());
  }

  @Test
  void marksDoNotPassThroughAnObjectiveThatDoesNotCount() {
    Objective g = objective("g", List.of(), at("kr-g", 50));
    Objective draft = Objective.builder().from(objective("d", List.of(Alignment.supports("g")), at("kr-d", 50)))
        .status(OkrStatus.DRAFT).build();
    Objective x = objective("x", List.of(Alignment.supports("d"), Alignment.supports("g")), at("kr-x", 10));
    Objective y = objective("y", List.of(Alignment.supports("d")), at("kr-y", 10));

    Rollup rollup = Rollup.of(snapshot(g, draft, x, y), MIDDLE);

    assertEquals(2, result(rollup, "d").atRiskBelow(), "x and y, directly below it");
    assertEquals(1, result(rollup, "g").atRiskBelow(), "x directly; y only through the draft");
  }

  @Test
  void theIndexRedoesTheMarksOfTheAncestorsWhenAnObjectiveStopsBeingAtRisk() {
    OrganizationSnapshot snapshot = diamond(10, 50);
    RollupIndex index = RollupIndex.of(snapshot, MIDDLE, Policy.defaults());

    List<String> changed = index.checkIn("kr-x", CheckIn.of(MIDDLE, 60));

    assertEquals("kr-x", changed.get(0));
    assertEquals("x", changed.get(1));
    assertEquals(List.of("g"), changed.subList(4, 5));
    assertEquals(List.of("p1", "p2"), changed.subList(2, 4).stream().sorted().toList());
    assertEquals(0, index.objective("g").orElseThrow().atRiskBelow());
    assertEquals(0, index.objective("p2").orElseThrow().atRiskBelow());
    assertEquals(Rollup.of(diamond(at("kr-x", 10).withCheckIn(CheckIn.of(MIDDLE, 60)), 50), MIDDLE), index.toRollup());
  }

  @Test
  void aChainOfOneHundredThousandUnderTwoParentsCountsEveryAtRiskObjectiveOnceAtTheTop() {
    int depth = 100_000;
    Objective[] objectives = new Objective[depth + 3];
    objectives[0] = objective("g", List.of(), at("kr-g", 50));
    objectives[1] = objective("p1", List.of(Alignment.supports("g")), at("kr-p1", 50));
    objectives[2] = objective("p2", List.of(Alignment.supports("g")), at("kr-p2", 50));
    // o-0 aligns to both parents; each o-i supports o-(i-1) and is AT_RISK when i is even.
    objectives[3] = objective("o-0", List.of(Alignment.supports("p1"), Alignment.supports("p2")), at("kr-0", 10));
    for (int i = 1; i < depth; i++) {
      objectives[i + 3] = objective("o-" + i, List.of(Alignment.supports("o-" + (i - 1))),
          at("kr-" + i, i % 2 == 0 ? 10 : 50));
    }

    Rollup rollup = Rollup.of(snapshot(objectives), MIDDLE);

    assertEquals(depth / 2, result(rollup, "g").atRiskBelow());
    assertEquals(depth / 2, result(rollup, "p1").atRiskBelow());
    assertEquals(depth / 2 - 1, result(rollup, "o-0").atRiskBelow());
  }
}
