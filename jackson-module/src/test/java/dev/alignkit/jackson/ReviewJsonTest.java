package dev.alignkit.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.career.RoleRef;
import dev.alignkit.json.AlignkitJsonException;
import dev.alignkit.okr.ObjectiveOutcome;
import dev.alignkit.okr.Owner;
import dev.alignkit.progress.AtRisk;
import dev.alignkit.progress.Grade;
import dev.alignkit.progress.PaceStatus;
import dev.alignkit.progress.RiskReason;
import dev.alignkit.progress.RoleOption;
import dev.alignkit.progress.RoleOptionKind;
import dev.alignkit.progress.Scorecard;
import dev.alignkit.review.ReadinessLine;
import dev.alignkit.review.ReviewDocument;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A review document as a result document: its parts in order, and what reading checks of a scorecard. */
class ReviewJsonTest {
  private static final Binding BINDING = Binding.current();

  static final Scorecard Q2 = Scorecard.builder().cycleId("2026-Q2").addObjectiveIds("o-q2-nps", "o-q2", "o-q2-sam")
      .met(1).putGrade(Grade.GREEN, 1).putGrade(Grade.YELLOW, 1).putGrade(Grade.RED, 1)
      .putOutcome(ObjectiveOutcome.ACHIEVED, 1).putOutcome(ObjectiveOutcome.PARTIAL, 0)
      .putOutcome(ObjectiveOutcome.MISSED, 1).build();

  static final ReviewDocument REVIEW = ReviewDocument.builder().asOf(LocalDate.of(2026, 8, 15)).personId("maya")
      .objectives(java.util.List.of(RollupJsonTest.ENDED)).statusCounts(Map.of(PaceStatus.ENDED, 1))
      .addAtRisk(AtRisk.builder().objectiveId("o-support").owner(Owner.team("support"))
          .reason(RiskReason.BEHIND_PACE).source("kr-first-reply").build())
      .addScorecard(Q2)
      .addReadiness(ReadinessLine.of("maya", RoleRef.of("eng", "E3"), RoleOption.builder()
          .role(RoleRef.of("eng", "E4")).addKind(RoleOptionKind.NEXT_LEVEL)
          .readiness(ReadinessAndAdviceJsonTest.maya()).build()))
      .report(ReportJsonTest.REPORT).build();

  @Test
  void aReviewHoldsItsPartsInOrderAndTheReportWithoutItsOwnVersion() {
    String json = BINDING.resultToJson(REVIEW);
    assertEquals(REVIEW, BINDING.resultFromJson(json, ReviewDocument.class));
    assertEquals(1, json.split("resultFormatVersion", -1).length - 1);
    String[] fields = {"\"resultFormatVersion\"", "\"asOf\"", "\"personId\"", "\"objectives\"", "\"statusCounts\"",
        "\"atRisk\"", "\"scorecards\"", "\"readiness\"", "\"report\""};
    int last = -1;
    for (String field : fields) {
      int at = json.indexOf("\n  " + field + ":");
      assertTrue(at > last, field + " comes after the field before it in " + json);
      last = at;
    }
  }

  @Test
  void aScorecardIsWrittenWithItsCountsAndTheirTotals() {
    assertEquals("""
        {
          "resultFormatVersion": 1,
          "cycleId": "2026-Q2",
          "objectiveIds": [
            "o-q2-nps",
            "o-q2",
            "o-q2-sam"
          ],
          "total": 3,
          "met": 1,
          "grades": {
            "GREEN": 1,
            "YELLOW": 1,
            "RED": 1
          },
          "ungraded": 0,
          "outcomes": {
            "ACHIEVED": 1,
            "PARTIAL": 0,
            "MISSED": 1
          },
          "withoutOutcome": 1
        }
        """, BINDING.resultToJson(Q2));
  }

  @Test
  void aTotalThatIsNotTheNumberOfObjectivesIsRefusedAtIt() {
    String json = BINDING.resultToJson(Q2).replace("\"total\": 3", "\"total\": 4");
    AlignkitJsonException e = assertThrows(AlignkitJsonException.class, () -> BINDING.resultFromJson(json, Scorecard.class));
    assertEquals("/total", e.pointer());
    assertEquals("total is 4 but the scorecard read gives 3", e.problem());
  }

  @Test
  void moreObjectivesMetThanScoredAreRefused() {
    String json = BINDING.resultToJson(Q2).replace("\"met\": 1", "\"met\": 4");
    AlignkitJsonException e = assertThrows(AlignkitJsonException.class, () -> BINDING.resultFromJson(json, Scorecard.class));
    assertEquals("not a valid scorecard: scorecard met must be within [0, 3]: 4", e.problem());
  }
}
