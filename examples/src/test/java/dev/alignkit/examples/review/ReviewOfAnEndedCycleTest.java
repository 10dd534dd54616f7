package dev.alignkit.examples.review;

import static dev.alignkit.examples.review.InMemoryReview.between;
import static dev.alignkit.examples.review.InMemoryReview.review;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.ObjectiveOutcome;
import dev.alignkit.okr.ObjectiveType;
import dev.alignkit.okr.OkrStatus;
import dev.alignkit.okr.Owner;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.org.Team;
import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The review of an organization with a quarter that ended before the as-of date (2026-08-15) and
 * one that runs: the running quarter's progress, and the ended quarter as a scorecard with each
 * objective's grade, whether it met its expectation, the outcome and retrospective recorded, and
 * nothing of it needing attention ({@code docs/concepts.md}, "Closing a cycle"). Two people share
 * a name, so the review tells them apart by their ids.
 */
class ReviewOfAnEndedCycleTest {
  private static final LocalDate END_OF_JUNE = LocalDate.of(2026, 6, 20);

  /** A key result from 0 to 100 % with one check-in of {@code value} on {@code on}. */
  static KeyResult percent(String id, String title, double value, LocalDate on) {
    return KeyResult.increase(id, title, 0, 100, "%").withCheckIn(CheckIn.of(on, value, 0.6));
  }

  /**
   * 2026-Q2: an aspirational company objective at 75 % (GREEN, met at 0.7, ACHIEVED), the support
   * team's objective closed as MISSED at 22 % (RED) and Sam Lee's at 50 % (YELLOW), still ACTIVE
   * with no outcome; both support the company objective, so its progress is its own key result's.
   * 2026-Q3, half over: the support team's objective, 45 % from its own key result at 30 % and the
   * other Sam Lee's contributing objective at 60 %.
   */
  static OrganizationSnapshot twoQuarters() {
    return OrganizationSnapshot.builder()
        .addCycle(Cycle.of("2026-Q2", "2026-Q2", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)))
        .addCycle(Cycle.of("2026-Q3", "2026-Q3", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)))
        .addTeam(Team.of("support", "Customer support"))
        .addPerson(Person.builder().id("sam-1").name("Sam Lee").teamId("support").build())
        .addPerson(Person.builder().id("sam-2").name("Sam Lee").teamId("support").build())
        .addObjective(Objective.builder().id("o-q2-nps").title("Customers recommend us").owner(Owner.organization())
            .cycleId("2026-Q2").type(ObjectiveType.ASPIRATIONAL).status(OkrStatus.CLOSED)
            .outcome(ObjectiveOutcome.ACHIEVED).retrospective("The new onboarding\n\nlifted NPS.")
            .addKeyResult(percent("kr-q2-nps", "Promoters", 75, END_OF_JUNE))
            .build())
        .addObjective(Objective.builder().id("o-q2").title("Answer within a working day").owner(Owner.team("support"))
            .cycleId("2026-Q2").status(OkrStatus.CLOSED).outcome(ObjectiveOutcome.MISSED)
            .retrospective("Hiring came late; the queue never shrank.")
            .addAlignment(Alignment.supports("o-q2-nps"))
            .addKeyResult(percent("kr-q2", "Tickets answered within a day", 22, END_OF_JUNE))
            .build())
        .addObjective(Objective.builder().id("o-q2-sam").title("Write the escalation playbook")
            .owner(Owner.person("sam-1")).cycleId("2026-Q2").addAlignment(Alignment.supports("o-q2-nps"))
            .addKeyResult(percent("kr-q2-sam", "Playbook chapters written", 50, END_OF_JUNE))
            .build())
        .addObjective(Objective.builder().id("o-q3").title("Answer within four hours").owner(Owner.team("support"))
            .cycleId("2026-Q3")
            .addKeyResult(percent("kr-q3", "Tickets answered within four hours", 30, LocalDate.of(2026, 8, 10)))
            .build())
        .addObjective(Objective.builder().id("o-q3-sam").title("Triage every ticket within an hour")
            .owner(Owner.person("sam-2")).cycleId("2026-Q3").addAlignment(Alignment.contributes("o-q3", 1))
            .addKeyResult(percent("kr-q3-sam", "Tickets triaged within an hour", 60, LocalDate.of(2026, 8, 10)))
            .build())
        .build();
  }

  @Test
  void textShowsTheRunningQuarterAndTheScorecardOfTheEndedOne() {
    String out = review(twoQuarters());
    assertEquals("""
        Progress of 2026-Q3
        Answer within four hours                 [#####.....]  45%  ON_TRACK   Customer support
          Triage every ticket within an hour     [######....]  60%  ON_TRACK   Sam Lee (sam-2)
        Objectives: 2 ON_TRACK

        Scorecard of 2026-Q2 (2026-04-01 to 2026-06-30)
                                                 Done  Grade   Met      Outcome   Owner
        Customers recommend us                    75%  GREEN   met      ACHIEVED  Organization
          > The new onboarding lifted NPS.
          Answer within a working day             22%  RED     not met  MISSED    Customer support
            > Hiring came late; the queue never shrank.
          Write the escalation playbook           50%  YELLOW  not met  --        Sam Lee (sam-1)
        2026-Q2: 1 of 3 met; 1 GREEN, 1 YELLOW, 1 RED; outcomes 1 ACHIEVED, 1 MISSED, 1 not recorded

        """, between(out, "Progress", "Needs attention"));
    assertTrue(out.contains("\nNeeds attention (0)\n"), out);
    assertTrue(out.contains("Objective \"Write the escalation playbook\""), out);
  }

  @Test
  void markdownShowsTheProgressTableAndTheScorecardTable() {
    String out = review(twoQuarters(), "--format", "markdown");
    assertEquals("""
        ## Progress of 2026-Q3

        | Objective | Owner | Progress | Status | At risk below |
        |---|---|---:|---|---:|
        | Answer within four hours | Customer support | 45% | ON_TRACK | 0 |
        | ↳ Triage every ticket within an hour | Sam Lee (sam-2) | 60% | ON_TRACK | 0 |

        Objectives: 2 ON_TRACK.

        ## Scorecard of 2026-Q2 (2026-04-01 to 2026-06-30)

        | Objective | Owner | Progress | Grade | Met | Outcome | Retrospective |
        |---|---|---:|---|---|---|---|
        | Customers recommend us | Organization | 75% | GREEN | met | ACHIEVED | The new onboarding … |
        | ↳ Answer within a working day | Customer support | 22% | RED | not met | MISSED | Hiring came late; the queue never shrank. |
        | ↳ Write the escalation playbook | Sam Lee (sam-1) | 50% | YELLOW | not met | — | — |

        2026-Q2: 1 of 3 met; 1 GREEN, 1 YELLOW, 1 RED; outcomes 1 ACHIEVED, 1 MISSED, 1 not recorded.

        """, between(out, "## Progress", "## Objectives"));
    assertTrue(out.contains("""
        ### Answer within a working day

        Customer support · 2026-Q2 · 22% · ENDED · grade RED · not met · outcome MISSED

        Aligned to Customers recommend us (supports).

        > **Retrospective:** Hiring came late; the queue never shrank.
        """), out);
  }

  @Test
  void jsonCarriesTheScorecardAndEachObjectivesVerdict() throws IOException {
    JsonNode json = new ObjectMapper().readTree(review(twoQuarters(), "--format", "json"));
    JsonNode scorecard = json.get("scorecards").get(0);
    assertEquals(1, json.get("scorecards").size());
    assertEquals("2026-Q2", scorecard.get("cycleId").asText());
    assertEquals("[\"o-q2-nps\",\"o-q2\",\"o-q2-sam\"]", scorecard.get("objectiveIds").toString());
    assertEquals(3, scorecard.get("total").asInt());
    assertEquals(1, scorecard.get("met").asInt());
    assertEquals("{\"GREEN\":1,\"YELLOW\":1,\"RED\":1}", scorecard.get("grades").toString());
    assertEquals(0, scorecard.get("ungraded").asInt());
    assertEquals("{\"ACHIEVED\":1,\"PARTIAL\":0,\"MISSED\":1}", scorecard.get("outcomes").toString());
    assertEquals(1, scorecard.get("withoutOutcome").asInt());
    JsonNode missed = json.get("objectives").get(1);
    assertEquals("o-q2", missed.get("objectiveId").asText());
    assertEquals("ENDED", missed.get("status").asText());
    assertEquals("RED", missed.get("grade").asText());
    assertFalse(missed.get("met").asBoolean());
    assertFalse(missed.has("outcome"), "what a person recorded is the organization document's");
    assertFalse(missed.has("riskReason"));
    JsonNode keyResult = json.get("keyResults").get(1);
    assertEquals("kr-q2", keyResult.get("keyResultId").asText());
    assertEquals("ENDED", keyResult.get("status").asText());
    assertEquals("RED", keyResult.get("grade").asText());
    assertEquals(3, json.get("statusCounts").get("ENDED").asInt());
    assertFalse(json.has("atRisk"), "no objective is at risk, and an empty list is not written");
  }

  @Test
  void anEndedCycleWhoseOnlyObjectiveWasCancelledScoresNothing() {
    OrganizationSnapshot snapshot = OrganizationSnapshot.builder()
        .addCycle(Cycle.of("2026-Q1", "2026-Q1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)))
        .addObjective(Objective.builder().id("o-q1").title("Open an office in Lyon").owner(Owner.organization())
            .cycleId("2026-Q1").status(OkrStatus.CANCELLED)
            .addKeyResult(percent("kr-q1", "Desks taken", 10, LocalDate.of(2026, 2, 1)))
            .build())
        .build();
    String out = review(snapshot, "--as-of", "2026-08-15");
    assertTrue(out.contains("\n2026-Q1: 0 of 0 met; none; outcomes none\n"), out);
    assertTrue(out.contains("\nOpen an office in Lyon                    10%  --      --       (cancelled)  Organization\n"), out);
  }

  @Test
  void mermaidStylesTheEndedQuartersObjectivesWithAClassItDefines() {
    String out = review(twoQuarters(), "--format", "mermaid");
    assertEquals(3, out.split(":::ended", -1).length - 1, out);
    assertTrue(out.contains("\n  classDef ended "), out);
  }

  @Test
  void aReviewForOnePersonScoresTheirOwnObjectives() {
    String out = review(twoQuarters(), "--person", "sam-1");
    assertTrue(out.contains("""
        Scorecard of 2026-Q2 (2026-04-01 to 2026-06-30)
                                                 Done  Grade   Met      Outcome   Owner
        Write the escalation playbook             50%  YELLOW  not met  --        Sam Lee (sam-1)
        2026-Q2: 0 of 1 met; 1 YELLOW; outcomes 1 not recorded
        """), out);
    assertTrue(out.contains("Progress\n(no objectives in a running cycle)\n"), out);
  }
}
