package dev.alignkit.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.ObjectiveType;
import dev.alignkit.policy.Policy;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The pace, confidence and grade bands of DOMAIN section 2 at their edges. Bands are compared
 * with {@link Policy#EPSILON}, so a value short of an edge by no more than the epsilon still
 * counts as reaching it.
 */
class PaceTest {
  private static final LocalDate START = LocalDate.of(2026, 7, 1);
  private static final LocalDate END = LocalDate.of(2026, 9, 30);
  /** Day 46 of the 92-day cycle: elapsed exactly 0.5. */
  private static final LocalDate MIDDLE = LocalDate.of(2026, 8, 15);
  private static final Cycle Q3 = Cycle.of("q3", "2026-Q3", START, END);
  private static final Policy POLICY = Policy.defaults();
  private static final double EPSILON = Policy.EPSILON;

  private static PaceStatus status(double progress, double expected) {
    return Pace.status(progress, expected, Q3, MIDDLE, POLICY);
  }

  @Test
  void eachObjectiveTypeExpectsWhatThePolicySays() {
    assertEquals(1.0, Pace.expectation(ObjectiveType.COMMITTED, POLICY));
    assertEquals(0.7, Pace.expectation(ObjectiveType.ASPIRATIONAL, POLICY));
    Policy custom = Policy.builder().committedExpectation(0.9).aspirationalExpectation(0.6).build();
    assertEquals(0.9, Pace.expectation(ObjectiveType.COMMITTED, custom));
    assertEquals(0.6, Pace.expectation(ObjectiveType.ASPIRATIONAL, custom));
  }

  @Test
  void aZonedKeyResultExpectsItsTargetScoreWhateverItsObjectivesType() {
    KeyResult plain = KeyResult.increase("kr", "Grow", 0, 20, "k");
    KeyResult zoned = KeyResult.builder().from(plain).stretch(50).build();
    KeyResult nps = KeyResult.ordinal("kr", "Onboarding NPS", "Above 20", "Above 40", "Above 60");
    Policy custom = Policy.builder().targetScore(0.8).build();
    assertEquals(1.0, Pace.expectation(plain, ObjectiveType.COMMITTED, POLICY));
    assertEquals(0.7, Pace.expectation(plain, ObjectiveType.ASPIRATIONAL, POLICY));
    assertEquals(0.7, Pace.expectation(zoned, ObjectiveType.COMMITTED, POLICY));
    assertEquals(0.7, Pace.expectation(nps, ObjectiveType.COMMITTED, POLICY));
    assertEquals(0.8, Pace.expectation(zoned, ObjectiveType.ASPIRATIONAL, custom));
    assertEquals(0.8, Pace.expectation(nps, ObjectiveType.COMMITTED, custom));
  }

  @Test
  void aGapOfExactlyPointThreeIsStillBehind() {
    // Half way through a committed cycle at 0.2: gap 0.5 - 0.2 = 0.3, the edge of BEHIND.
    assertEquals(PaceStatus.BEHIND, status(0.2, 0.5));
    assertEquals(PaceStatus.AT_RISK, status(0.19, 0.5));
  }

  @Test
  void eachPaceBandIncludesItsEdgeWidenedByTheEpsilon() {
    assertEquals(PaceStatus.DONE, status(1.0 - EPSILON, 1.0));
    assertEquals(PaceStatus.ON_TRACK, status(0.0, 0.15 + EPSILON));
    assertEquals(PaceStatus.BEHIND, status(0.0, 0.30 + EPSILON));
  }

  @Test
  void confidenceOfExactlyPointThreeIsBehindAndOfExactlyPointFiveOnTrack() {
    assertEquals(PaceStatus.AT_RISK, Pace.statusOfConfidence(0.29, POLICY));
    assertEquals(PaceStatus.BEHIND, Pace.statusOfConfidence(0.3, POLICY));
    assertEquals(PaceStatus.BEHIND, Pace.statusOfConfidence(0.49, POLICY));
    assertEquals(PaceStatus.ON_TRACK, Pace.statusOfConfidence(0.5, POLICY));
  }

  @Test
  void confidenceShortOfABandByNoMoreThanTheEpsilonCountsInIt() {
    assertEquals(PaceStatus.BEHIND, Pace.statusOfConfidence(0.3 - EPSILON, POLICY));
    assertEquals(PaceStatus.ON_TRACK, Pace.statusOfConfidence(0.5 - EPSILON, POLICY));
  }

  @Test
  void thereIsNoGradeWhileTheCycleRuns() {
    assertEquals(Optional.empty(), Pace.grade(0.9, Q3, START, POLICY));
    assertEquals(Optional.empty(), Pace.grade(0.9, Q3, END, POLICY));
    assertEquals(Optional.of(Grade.GREEN), Pace.grade(0.9, Q3, END.plusDays(1), POLICY));
  }

  @Test
  void progressShortOfAGradeByNoMoreThanTheEpsilonEarnsIt() {
    LocalDate after = END.plusDays(1);
    assertEquals(Optional.of(Grade.GREEN), Pace.grade(0.7 - EPSILON, Q3, after, POLICY));
    assertEquals(Optional.of(Grade.YELLOW), Pace.grade(0.4 - EPSILON, Q3, after, POLICY));
  }
}
