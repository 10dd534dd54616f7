package dev.alignkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.Owner;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Team;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The link rules on 100,000 objectives with two links each: no stack overflow, and the findings
 * every objective should get, each once.
 */
class DeepLinksTest {
  private static final int DEPTH = 100_000;
  private static final LocalDate AS_OF = LocalDate.of(2026, 8, 15);
  private static final Cycle CYCLE = Cycle.of("c-1", "2026-Q3", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30));

  /** Objective {@code o-i} of team t-1 with one fresh key result {@code kr-i} and these links. */
  private static Objective objective(int i, Owner owner, List<Alignment> links) {
    return Objective.builder().id("o-" + i).title("Step " + i).owner(owner).cycleId(CYCLE.id())
        .addKeyResult(KeyResult.increase("kr-" + i, "Raise step " + i, 0, 10, "points")
            .withCheckIn(CheckIn.of(AS_OF.minusDays(1), 5, 0.8)))
        .alignments(links).build();
  }

  private static OrganizationSnapshot snapshot(List<Objective> objectives) {
    return OrganizationSnapshot.builder().addTeam(Team.of("t-1", "Platform")).addCycle(CYCLE).objectives(objectives)
        .build();
  }

  /** The findings by code, counted. */
  private static Map<String, Integer> counts(Report report) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Finding finding : report.findings()) {
      counts.merge(finding.code(), 1, Integer::sum);
    }
    return counts;
  }

  @Test
  void ringThroughKeyResultsWithChordsGivesEveryObjectiveOneCycleFindingStartingWithItsFirstLink() {
    // o-i links to the key result of o-(i+1), then to o-(i+2), round the ring.
    List<Objective> objectives = new ArrayList<>(DEPTH);
    for (int i = 1; i <= DEPTH; i++) {
      objectives.add(objective(i, Owner.team("t-1"), List.of(
          Alignment.supportsKeyResult("kr-" + (i % DEPTH + 1)), Alignment.supports("o-" + ((i + 1) % DEPTH + 1)))));
    }

    Report report = Validator.defaults().validate(snapshot(objectives), AS_OF);

    assertEquals(Map.of(RuleCodes.ALIGNMENT_CYCLE, DEPTH, RuleCodes.OBJECTIVE_COUNT, 1), counts(report));
    for (Finding finding : report.ofCode(RuleCodes.ALIGNMENT_CYCLE)) {
      int i = Integer.parseInt(finding.subjectId().substring(2));
      assertEquals("objectives[o-" + i + "].alignments[0].parentId", finding.path().toString());
      String chain = finding.arguments().get("chain");
      assertTrue(chain.startsWith("o-" + i + " -> o-" + (i % DEPTH + 1) + " -> ") && chain.endsWith(" -> o-" + i),
          chain);
    }
  }

  @Test
  void chainWithASecondParentEachUnderATeamTopMakesEveryObjectiveUnalignedAtThatTop() {
    // o-1 is a team objective without links; o-i links to o-(i-1) and to o-(i-2).
    List<Objective> objectives = new ArrayList<>(DEPTH);
    for (int i = 1; i <= DEPTH; i++) {
      List<Alignment> links = i == 1 ? List.of() : i == 2 ? List.of(Alignment.contributes("o-1", 1))
          : List.of(Alignment.contributes("o-" + (i - 1), 1), Alignment.supports("o-" + (i - 2)));
      objectives.add(objective(i, Owner.team("t-1"), links));
    }
    OrganizationSnapshot snapshot = snapshot(objectives);

    Report report = Validator.defaults().validate(snapshot, AS_OF);

    assertEquals(Map.of(RuleCodes.ALIGNMENT_UNALIGNED, DEPTH, RuleCodes.OBJECTIVE_COUNT, 1), counts(report));
    assertTrue(report.ofCode(RuleCodes.ALIGNMENT_UNALIGNED).stream()
        .allMatch(f -> f.arguments().get("root").equals("o-1")));

    // With an organization objective as the top, each of the 100,000 chains arrives.
    objectives.set(0, objective(1, Owner.organization(), List.of()));
    assertEquals(Map.of(RuleCodes.OBJECTIVE_COUNT, 1),
        counts(Validator.defaults().validate(snapshot(objectives), AS_OF)));
  }
}
