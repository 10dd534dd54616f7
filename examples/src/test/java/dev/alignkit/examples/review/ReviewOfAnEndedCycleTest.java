package dev.alignkit.examples.review;

import static dev.alignkit.examples.review.InMemoryReview.review;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.ObjectiveOutcome;
import dev.alignkit.okr.OkrStatus;
import dev.alignkit.okr.Owner;
import dev.alignkit.org.OrganizationSnapshot;
import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The review of a quarter that ended before the as-of date (2026-08-15): its objective is ENDED
 * with its grade, whether it met its expectation and the outcome recorded, and needs no attention
 * ({@code docs/concepts.md}, "Closing a cycle").
 */
class ReviewOfAnEndedCycleTest {
  /** Closed as MISSED at 22 % (0 -> 100 at 22), far behind any pace. */
  private static OrganizationSnapshot lastQuarter() {
    return OrganizationSnapshot.builder()
        .addCycle(Cycle.of("2026-Q2", "2026-Q2", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)))
        .addObjective(Objective.builder().id("o-q2").title("Answer within a working day").owner(Owner.organization())
            .cycleId("2026-Q2").status(OkrStatus.CLOSED).outcome(ObjectiveOutcome.MISSED)
            .retrospective("Hiring came late; the queue never shrank.")
            .addKeyResult(KeyResult.increase("kr-q2", "Tickets answered within a day", 0, 100, "%")
                .withCheckIn(CheckIn.of(LocalDate.of(2026, 6, 20), 22, 0.2)))
            .build())
        .build();
  }

  @Test
  void textShowsTheVerdictAndNothingNeedsAttention() {
    String out = review(lastQuarter());
    assertTrue(out.contains("\nAnswer within a working day              [##........]  22%  ENDED      organization"
        + "  RED  not met  outcome MISSED\n"), out);
    assertTrue(out.contains("\nNeeds attention (0)\n"), out);
    assertFalse(out.contains("behind pace"), out);
  }

  @Test
  void jsonCarriesGradeMetOutcomeAndRetrospective() throws IOException {
    JsonNode objective = new ObjectMapper().readTree(review(lastQuarter(), "--format", "json"))
        .get("objectives").get(0);
    assertEquals("ENDED", objective.get("status").asText());
    assertEquals("RED", objective.get("grade").asText());
    assertFalse(objective.get("met").asBoolean());
    assertEquals("MISSED", objective.get("outcome").asText());
    assertEquals("Hiring came late; the queue never shrank.", objective.get("retrospective").asText());
    assertFalse(objective.has("riskReason"));
    JsonNode keyResult = objective.get("keyResults").get(0);
    assertEquals("ENDED", keyResult.get("status").asText());
    assertEquals("RED", keyResult.get("grade").asText());
  }
}
