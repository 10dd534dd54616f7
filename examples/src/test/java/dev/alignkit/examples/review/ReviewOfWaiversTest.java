package dev.alignkit.examples.review;

import static dev.alignkit.examples.review.InMemoryReview.reviewAsOf;
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
import dev.alignkit.org.Waiver;
import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * {@code --as-of} replays waivers as they were known ({@code docs/concepts.md}, "Closing a
 * cycle"): a waiver granted on 2026-09-01 leaves a finding open as of 2026-08-15 and waives it as
 * of 2026-09-02.
 */
class ReviewOfWaiversTest {
  private static final LocalDate AUGUST_15 = LocalDate.of(2026, 8, 15);
  private static final LocalDate SEPTEMBER_2 = LocalDate.of(2026, 9, 2);
  private static final String STALE = "Key result \"Raise CSAT to 95\" has had no check-in for ";

  /** One organization objective whose key result was last checked in on 2026-07-10, and a waiver granted on 2026-09-01. */
  private static OrganizationSnapshot organization() {
    KeyResult csat = KeyResult.increase("kr-csat", "Raise CSAT to 95", 90, 95, "%")
        .withCheckIn(CheckIn.of(LocalDate.of(2026, 7, 10), 91, 0.7));
    return OrganizationSnapshot.builder()
        .addCycle(Cycle.of("2026-Q3", "2026-Q3", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)))
        .addObjective(Objective.builder().id("o-csat").title("Customers are happy").owner(Owner.organization())
            .cycleId("2026-Q3").addKeyResult(csat).build())
        .addWaiver(Waiver.builder().code("okr.check-in.stale").subjectId("kr-csat").reason("Survey paused")
            .grantedBy("lena").grantedOn(LocalDate.of(2026, 9, 1)).untilInclusive(LocalDate.of(2026, 9, 30)).build())
        .build();
  }

  @Test
  void textShowsTheFindingBeforeTheGrantAndNotAfterIt() {
    String august = reviewAsOf(AUGUST_15, organization());
    String september = reviewAsOf(SEPTEMBER_2, organization());

    assertTrue(august.contains("Findings: 0 errors, 1 warnings, 0 infos"), august);
    assertTrue(august.contains(STALE + "36 days; check in at least every 28 days.\n"), august);
    assertFalse(august.contains("Waived"), august);
    assertTrue(september.contains("Findings: 0 errors, 0 warnings, 0 infos; 1 waived\n  Waived\n    WARNING "
        + STALE + "54 days; check in at least every 28 days.\n"
        + "            waived by lena on 2026-09-01 until 2026-09-30: Survey paused\n"), september);
  }

  @Test
  void markdownListsTheWaivedFindingWithItsWaiver() {
    String september = reviewAsOf(SEPTEMBER_2, organization(), "--format", "markdown");
    assertTrue(september.contains("## Findings\n\n0 open; 1 waived.\n\n### Waived\n\n- **WARNING** "
        + "`okr.check-in.stale` " + STALE + "54 days; check in at least every 28 days. "
        + "_waived by lena on 2026-09-01 until 2026-09-30: Survey paused_\n"), september);
  }

  @Test
  void jsonListsTheFindingBeforeTheGrantAndAsWaivedAfterIt() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode august = mapper.readTree(reviewAsOf(AUGUST_15, organization(), "--format", "json"));
    JsonNode september = mapper.readTree(reviewAsOf(SEPTEMBER_2, organization(), "--format", "json"));

    JsonNode augustReport = august.get("report");
    assertEquals(1, augustReport.get("findings").size(), august.toString());
    assertEquals("okr.check-in.stale", augustReport.get("findings").get(0).get("code").asText());
    assertEquals("kr-csat", augustReport.get("findings").get(0).get("subjectId").asText());
    assertFalse(augustReport.has("waived"), august.toString());

    JsonNode septemberReport = september.get("report");
    assertFalse(septemberReport.has("findings"), september.toString());
    assertEquals(1, septemberReport.get("waived").size(), september.toString());
    JsonNode waived = septemberReport.get("waived").get(0);
    assertEquals("okr.check-in.stale", waived.get("finding").get("code").asText());
    assertEquals("kr-csat", waived.get("finding").get("subjectId").asText());
    assertEquals(STALE + "54 days; check in at least every 28 days.", waived.get("finding").get("message").asText());
    assertEquals("{\"code\":\"okr.check-in.stale\",\"subjectId\":\"kr-csat\",\"reason\":\"Survey paused\","
        + "\"grantedBy\":\"lena\",\"grantedOn\":\"2026-09-01\",\"untilInclusive\":\"2026-09-30\"}",
        waived.get("waiver").toString());
  }
}
