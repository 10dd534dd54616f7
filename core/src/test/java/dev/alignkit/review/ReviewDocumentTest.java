package dev.alignkit.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.alignkit.okr.ObjectiveOutcome;
import dev.alignkit.progress.Grade;
import dev.alignkit.progress.PaceStatus;
import dev.alignkit.progress.ProgressSummary;
import dev.alignkit.progress.Rollup;
import dev.alignkit.progress.Scorecard;
import dev.alignkit.rules.Validator;
import dev.alignkit.testing.OrgGenerators;
import dev.alignkit.testing.OkrGenerators;
import dev.alignkit.testing.Property;
import dev.alignkit.testing.Theory;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The review document and the parts only it holds, built as a client that reads them back builds them. */
class ReviewDocumentTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 8, 15);

  @Property(examples = 100)
  void aReviewHoldsTheRollupsSummaryAndReportItWasGiven(Theory theory) {
    theory.forAll(OrgGenerators.anySnapshot(), OkrGenerators.dates()).check((snapshot, asOf) -> {
      Rollup rollup = Rollup.of(snapshot, asOf);
      ProgressSummary summary = rollup.summaryOfOrganization();
      ReviewDocument review = ReviewDocument.builder().asOf(asOf).objectives(rollup.objectives().values())
          .statusCounts(summary.counts()).atRisk(summary.atRisk())
          .report(Validator.defaults().validate(snapshot, asOf)).build();
      assertEquals(List.copyOf(rollup.objectives().values()), review.objectives());
      assertEquals(summary.counts(), review.statusCounts());
      assertEquals(summary.atRisk(), review.atRisk());
      assertEquals(review, ReviewDocument.builder().from(review).build());
    });
  }

  @Test
  void aNegativeStatusCountIsRefused() {
    ReviewDocument.Builder review = ReviewDocument.builder().asOf(AS_OF)
        .report(Validator.defaults().validate(dev.alignkit.org.OrganizationSnapshot.builder().build(), AS_OF));
    assertEquals(Map.of(PaceStatus.DONE, 2), review.statusCounts(Map.of(PaceStatus.DONE, 2)).build().statusCounts());
    assertEquals("review status count of AT_RISK must not be negative: -1", assertThrows(IllegalArgumentException.class,
        () -> review.statusCounts(Map.of(PaceStatus.AT_RISK, -1)).build()).getMessage());
    assertThrows(IllegalStateException.class, () -> ReviewDocument.builder().asOf(AS_OF).build());
  }

  private static Scorecard.Builder threeObjectives() {
    return Scorecard.builder().cycleId("2026-Q2").addObjectiveIds("o-1", "o-2", "o-3").met(1);
  }

  @Test
  void aScorecardsCountsStayWithinTheNumberOfObjectives() {
    Scorecard scorecard = threeObjectives().putGrade(Grade.GREEN, 2).putGrade(Grade.RED, 1)
        .putOutcome(ObjectiveOutcome.MISSED, 1).build();
    assertEquals(0, scorecard.ungraded());
    assertEquals(2, scorecard.withoutOutcome());
    assertEquals("scorecard met must be within [0, 3]: 4", assertThrows(IllegalArgumentException.class,
        () -> threeObjectives().met(4).build()).getMessage());
    assertEquals("scorecard grades must be within [0, 3]: -1", assertThrows(IllegalArgumentException.class,
        () -> threeObjectives().putGrade(Grade.RED, -1).build()).getMessage());
    assertEquals("scorecard outcomes must add up to at most 3: 4", assertThrows(IllegalArgumentException.class,
        () -> threeObjectives().putOutcome(ObjectiveOutcome.ACHIEVED, 2).putOutcome(ObjectiveOutcome.MISSED, 2)
            .build()).getMessage());
  }

  @Test
  void aReadinessLineNeedsEveryPart() {
    assertThrows(NullPointerException.class, () -> ReadinessLine.of("maya", null, null));
  }
}
