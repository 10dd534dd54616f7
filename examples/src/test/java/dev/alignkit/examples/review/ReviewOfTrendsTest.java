package dev.alignkit.examples.review;

import static dev.alignkit.examples.review.InMemoryReview.between;
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
import dev.alignkit.okr.Owner;
import dev.alignkit.org.OrganizationSnapshot;
import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * What the review flags as "trend" ({@code docs/concepts.md}, "Forecast"): only a line through
 * check-ins at least seven days apart, as of a day of the running cycle.
 */
class ReviewOfTrendsTest {
  private static final LocalDate AUG_15 = LocalDate.of(2026, 8, 15);

  /** An INCREASE key result from 0 to 10 checked in at 4.0, then at 4.1 on 2026-08-15. */
  private static Objective checkedIn(String id, String title, LocalDate first) {
    KeyResult keyResult = KeyResult.increase("kr-" + id, "Sign 10 partners", 0, 10, "partners")
        .withCheckIn(CheckIn.of(first, 4.0, 0.8)).withCheckIn(CheckIn.of(AUG_15, 4.1, 0.8));
    return Objective.builder().id("o-" + id).title(title).owner(Owner.organization()).cycleId("2026-Q3")
        .addKeyResult(keyResult).build();
  }

  /**
   * Both key results stand at 41 % against 50 % expected (ON_TRACK) and have gained 0.1 since
   * their first check-in: {@code kr-jumpy} in a day, which a line would carry to 8.7 by
   * 2026-09-30, {@code kr-slow} in ten days, carried to 4.56.
   */
  private static OrganizationSnapshot organization() {
    return OrganizationSnapshot.builder()
        .addCycle(Cycle.of("2026-Q3", "2026-Q3", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)))
        .addObjective(checkedIn("jumpy", "Partners after one day", AUG_15.minusDays(1)))
        .addObjective(checkedIn("slow", "Partners over ten days", AUG_15.minusDays(10)))
        .build();
  }

  @Test
  void textFlagsTheTrendOverTenDaysAndNotTheLineThroughCheckInsADayApart() {
    String out = review(organization());

    assertTrue(out.contains("Partners after one day                   [####......]  41%  ON_TRACK   Organization\n"), out);
    assertTrue(out.contains("Partners over ten days                   [####......]  41%  ON_TRACK   Organization"
        + "  ! trend at kr-slow\n"), out);
    assertEquals("Needs attention (1)\n  Partners over ten days (Organization): trend at kr-slow\n\n",
        between(out, "Needs attention", "Readiness"));
    assertFalse(out.contains("trend at kr-jumpy"), out);
  }

  @Test
  void jsonGivesTheTrendReasonOnlyToTheKeyResultWithATrend() throws IOException {
    JsonNode json = new ObjectMapper().readTree(review(organization(), "--format", "json"));

    JsonNode jumpy = null;
    JsonNode slow = null;
    for (JsonNode objective : json.get("objectives")) {
      if (objective.get("objectiveId").asText().equals("o-jumpy")) {
        jumpy = objective;
      } else if (objective.get("objectiveId").asText().equals("o-slow")) {
        slow = objective;
      }
    }
    assertEquals("TREND", slow.get("riskReason").asText(), slow.toString());
    assertFalse(jumpy.has("riskReason"), jumpy.toString());
    assertEquals("ON_TRACK", jumpy.get("status").asText());
  }
}
