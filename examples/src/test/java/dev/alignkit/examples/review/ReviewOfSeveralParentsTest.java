package dev.alignkit.examples.review;

import static dev.alignkit.examples.review.InMemoryReview.between;
import static dev.alignkit.examples.review.InMemoryReview.review;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.alignkit.examples.ReviewSample;
import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.Owner;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.org.Team;
import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The review of objectives with several parents, links to key results and a ROLLUP key result,
 * in every format: the organization of {@link #organization()} and the 40-person sample, both
 * read in memory so that only the review and the roll-up are under test.
 */
class ReviewOfSeveralParentsTest {
  private static final LocalDate AUG_1 = LocalDate.of(2026, 8, 1);

  private static KeyResult at(String id, double value) {
    return KeyResult.increase(id, "Reach 100 from 0 (" + id + ")", 0, 100, "points")
        .withCheckIn(CheckIn.of(AUG_1, value, 0.8));
  }

  private static Objective objective(String id, String title, Owner owner, KeyResult keyResult, Alignment... links) {
    return Objective.builder().id(id).title(title).owner(owner).cycleId("2026-Q3").addKeyResult(keyResult)
        .addAlignments(links).build();
  }

  /**
   * Support's {@code o-c} (0.6) contributes to {@code o-p1} (own key result 0.2, weight 1) and to
   * {@code o-p2} (own key result 1.0, weight 3), and a second time to {@code o-p1}, a duplicate.
   * The partner program's key result {@code kr-ready} is ROLLUP: {@code o-a} (0.5, weight 1) and
   * {@code o-b} (1.0, weight 3) contribute to it. {@code o-a} also contributes to {@code kr-p1},
   * which is measured, so that link counts as supporting; {@code o-b} also supports {@code o-p1}.
   */
  static OrganizationSnapshot organization() {
    return OrganizationSnapshot.builder()
        .addTeams(Team.of("support", "Customer support"), Team.of("sales", "Sales"))
        .addPerson(Person.builder().id("maya").name("Maya Lee").teamId("support").build())
        .addCycle(Cycle.of("2026-Q3", "2026-Q3", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)))
        .addObjective(objective("o-p1", "Customers recommend us", Owner.organization(), at("kr-p1", 20)))
        .addObjective(objective("o-p2", "Win the mid-market", Owner.organization(), at("kr-p2", 100)))
        .addObjective(Objective.builder().id("o-r").title("Launch the partner program").owner(Owner.organization())
            .cycleId("2026-Q3").addKeyResult(KeyResult.rollup("kr-ready", "Partners served by sales and support"))
            .build())
        .addObjective(objective("o-c", "Answer within a day", Owner.team("support"), at("kr-c", 60),
            Alignment.contributes("o-p1", 1), Alignment.contributes("o-p2", 3), Alignment.contributes("o-p1", 5)))
        .addObjective(objective("o-a", "Train support on partner tickets", Owner.team("support"), at("kr-a", 50),
            Alignment.contributesToKeyResult("kr-ready", 1), Alignment.contributesToKeyResult("kr-p1", 1)))
        .addObjective(objective("o-b", "Sign ten partners", Owner.team("sales"), at("kr-b", 100),
            Alignment.contributesToKeyResult("kr-ready", 3), Alignment.supports("o-p1")))
        .build();
  }

  private static JsonNode objectiveIn(JsonNode json, String id) {
    for (JsonNode objective : json.get("objectives")) {
      if (objective.get("objectiveId").asText().equals(id)) {
        return objective;
      }
    }
    throw new AssertionError("no objective " + id + " in " + json);
  }

  private static JsonNode keyResultIn(JsonNode json, String id) {
    for (JsonNode keyResult : json.get("keyResults")) {
      if (keyResult.get("keyResultId").asText().equals(id)) {
        return keyResult;
      }
    }
    throw new AssertionError("no key result " + id + " in " + json);
  }

  @Test
  void textTreeShowsEachChildUnderEachParentWithTheOthersAndTheKeyResultItHangsFrom() {
    // o-p1 = (0.2 + 0.6) / 2 = 0.4 (the duplicate and the links that only support do not count);
    // o-p2 = (1.0 + 3 * 0.6) / 4 = 0.7; kr-ready = (0.5 + 3 * 1.0) / 4 = 0.875, all o-r holds.
    assertEquals("""
        Progress
        Customers recommend us                   [####......]  40%  ON_TRACK   Organization
          Answer within a day                    [######....]  60%  ON_TRACK   Customer support  also under o-p2
          Train support on partner tickets       [#####.....]  50%  ON_TRACK   Customer support  via kr-p1  also under o-r
          Sign ten partners                      [##########] 100%  DONE       Sales  also under o-r
        Win the mid-market                       [#######...]  70%  ON_TRACK   Organization
          Answer within a day                    [######....]  60%  ON_TRACK   Customer support  also under o-p1
        Launch the partner program               [#########.]  88%  ON_TRACK   Organization  rollup kr-ready of 2 contributors
          Train support on partner tickets       [#####.....]  50%  ON_TRACK   Customer support  via kr-ready  also under o-p1
          Sign ten partners                      [##########] 100%  DONE       Sales  via kr-ready  also under o-p1
        Objectives: 1 DONE, 5 ON_TRACK

        """, between(review(organization()), "Progress", "Needs attention"));
  }

  @Test
  void markdownListsEachObjectivesLinksAsWrittenAndTheContributorsOfARollupKeyResult() {
    String out = review(organization(), "--format", "markdown");
    assertEquals("""
        ### Launch the partner program

        Organization · 2026-Q3 · 88% · ON_TRACK

        - Partners served by sales and support: 88% · ON_TRACK · rollup of 2 contributors: `o-a`, `o-b`

        ### Answer within a day

        Customer support · 2026-Q3 · 60% · ON_TRACK

        Aligned to Customers recommend us (contributes, weight 1); Win the mid-market (contributes, weight 3); \
        Customers recommend us (contributes, weight 5).

        - Reach 100 from 0 (kr-c): 60% · ON_TRACK

        ### Train support on partner tickets

        Customer support · 2026-Q3 · 50% · ON_TRACK

        Aligned to Launch the partner program via `kr-ready` (contributes, weight 1); Customers recommend us via \
        `kr-p1` (contributes, weight 1).

        - Reach 100 from 0 (kr-a): 50% · ON_TRACK

        ### Sign ten partners

        Sales · 2026-Q3 · 100% · DONE

        Aligned to Launch the partner program via `kr-ready` (contributes, weight 3); Customers recommend us \
        (supports).

        - Reach 100 from 0 (kr-b): 100% · DONE
        """, between(out, "### Launch the partner program", "\n## Needs attention"));
    assertTrue(out.contains("| Customers recommend us | Organization | 40% | ON_TRACK | 0 |\n"), out);
  }

  @Test
  void markdownNamesAParentThatDoesNotResolveByItsId() {
    OrganizationSnapshot snapshot = OrganizationSnapshot.builder().from(organization())
        .addObjective(objective("o-lost", "Lost", Owner.team("sales"), at("kr-lost", 50),
            Alignment.supports("o-gone"), Alignment.contributesToKeyResult("kr-gone", 2)))
        .build();
    assertTrue(review(snapshot, "--format", "markdown").contains(
        "\nAligned to `o-gone` (not found, supports); `kr-gone` (not found, contributes, weight 2).\n"));
  }

  @Test
  void mermaidDrawsEveryLinkOnceSolidWhenItCountsAndLabelsKeyResultsAndWeights() {
    String out = review(organization(), "--format", "mermaid");
    assertEquals("""
          n3 --> n0
          n3 -->|"weight 3"| n1
          n4 -->|"kr-ready"| n2
          n4 -.->|"kr-p1"| n0
          n5 -->|"kr-ready, weight 3"| n2
          n5 -.-> n0
        """, out.substring(out.indexOf("  n3 -"), out.indexOf("  classDef")));
  }

  @Test
  void mermaidNodesShowTheProgressOfEachParentWithItsChildrenCountedOnce() {
    String out = review(organization(), "--format", "mermaid");
    assertEquals("""
        flowchart BT
          n0["Customers recommend us<br/>40% ON_TRACK"]:::on_track
          n1["Win the mid-market<br/>70% ON_TRACK"]:::on_track
          n2["Launch the partner program<br/>88% ON_TRACK"]:::on_track
          n3["Answer within a day<br/>60% ON_TRACK"]:::on_track
          n4["Train support on partner tickets<br/>50% ON_TRACK"]:::on_track
          n5["Sign ten partners<br/>100% DONE"]:::done
        """, out.substring(0, out.indexOf("  n3 -")));
  }

  @Test
  void jsonMeasuresTheRollupKeyResultByItsContributorsWithoutAValueOfItsOwn() throws IOException {
    JsonNode json = new ObjectMapper().readTree(review(organization(), "--format", "json"));
    JsonNode ready = keyResultIn(json, "kr-ready");
    assertFalse(ready.has("value"), "a ROLLUP key result has no value of its own: " + ready);
    assertEquals(ready.get("progress"), ready.get("rawProgress"));
    assertTrue(keyResultIn(json, "kr-a").has("value"), "a measured key result has");
    assertFalse(objectiveIn(json, "o-c").has("alignments"), "the links are the organization document's");
  }

  @Test
  void jsonCountsTheChildInEachParentAndTheContributorsInTheRollupKeyResult() throws IOException {
    JsonNode json = new ObjectMapper().readTree(review(organization(), "--format", "json"));
    assertEquals(0.4, objectiveIn(json, "o-p1").path("progress").asDouble(-1), 1e-9);
    assertEquals(0.7, objectiveIn(json, "o-p2").path("progress").asDouble(-1), 1e-9);
    assertEquals(0.875, keyResultIn(json, "kr-ready").path("progress").asDouble(-1), 1e-9);
  }

  @Test
  void personReviewNotesTheContributorsOfTheirRollupKeyResult() {
    OrganizationSnapshot snapshot = OrganizationSnapshot.builder().from(organization())
        .addObjective(Objective.builder().id("o-maya").title("Make partners self-sufficient")
            .owner(Owner.person("maya")).cycleId("2026-Q3")
            .addKeyResult(KeyResult.rollup("kr-maya", "Partners answer their own tickets")).build())
        .addObjective(objective("o-x", "Publish the partner FAQ", Owner.team("support"), at("kr-x", 40),
            Alignment.contributesToKeyResult("kr-maya", 1)))
        .build();
    assertEquals("""
        Progress
        Make partners self-sufficient             40%  ON_TRACK
          Partners answer their own tickets       40%  ON_TRACK   rollup of 1 contributor
        """, between(review(snapshot, "--person", "maya"), "Progress", "Objectives:"));
  }

  @Test
  void theSampleShowsItsTwoParentObjectiveUnderBothAndItsRollupKeyResultWithItsContributors() {
    String out = review(ReviewSample.build());
    assertTrue(out.contains("\n  Ship what mid-market customers ask for [#####.....]  48%  ON_TRACK   Product"
        + "  ! trend at kr-interviews  also under o-growth\n"), out);
    assertTrue(out.contains("  zones kr-arr=FAIL  rollup kr-mm-ready of 2 contributors\n"), out);
    assertTrue(out.contains("\n  Build a repeatable mid-market motion   [####......]  39%  ON_TRACK   Sales"
        + "  ! trend at kr-pipeline  via kr-mm-ready\n"), out);
    assertTrue(out.contains("\n  Ship what mid-market customers ask for [#####.....]  48%  ON_TRACK   Product"
        + "  ! trend at kr-interviews  via kr-mm-ready  also under o-retention\n"), out);
  }

  @Test
  void theSamplesTwoParentObjectiveCountsInBothAndItsRollupKeyResultInItsObjective() {
    String out = review(ReviewSample.build());
    // Product's 48% now also counts in retention: (0.5 + 1 + 0.189 + 0.317 + 0.475) / 5 = 50%, and the
    // pace over the pace-able items, (0.5 + 0.189 + 0.317 + 0.475) / 4 = 0.370 against 0.5, is ON_TRACK;
    // product, counted here now, brings its trend along.
    assertTrue(out.contains("\nCustomers stay and grow with us          [#####.....]  50%  ON_TRACK   Organization"
        + "  ! trend at o-product  2 at risk below\n"), out);
    // kr-mm-ready = (0.3875 + 0.475) / 2 = 0.43125; the objective (0.18 + 0.43125) / 2 = 31%.
    assertTrue(out.contains("\nWin the mid-market                       [###.......]  31%  ON_TRACK   Organization"),
        out);
    assertTrue(out.contains("\nObjectives: 6 ON_TRACK, 3 BEHIND, 2 AT_RISK; 2 in the backlog\n"), out);
  }

  @Test
  void theSamplesMermaidAndJsonShowBothLinksOfProductAndTheRollupKeyResult() throws IOException {
    String mermaid = review(ReviewSample.build(), "--format", "mermaid");
    assertTrue(mermaid.contains("\n  n6 -->|\"kr-mm-ready\"| n1\n  n6 --> n0\n"), mermaid);
    assertTrue(mermaid.contains("\n  n4 -->|\"kr-mm-ready\"| n1\n"), mermaid);
    JsonNode json = new ObjectMapper().readTree(review(ReviewSample.build(), "--format", "json"));
    // kr-mm-ready = (0.3875 + 0.475) / 2: the mean of its two contributors, sales and product.
    JsonNode ready = keyResultIn(json, "kr-mm-ready");
    assertEquals(0.43125, ready.get("progress").asDouble(), 1e-9);
    assertFalse(ready.has("value"), ready.toString());
    assertEquals(0.475, objectiveIn(json, "o-product").get("progress").asDouble(), 1e-3);
  }
}
