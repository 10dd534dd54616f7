package dev.alignkit.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.career.Assessment;
import dev.alignkit.career.AssessmentSource;
import dev.alignkit.career.CareerLadder;
import dev.alignkit.career.Expectation;
import dev.alignkit.career.ExpectationResolution;
import dev.alignkit.career.Importance;
import dev.alignkit.career.Level;
import dev.alignkit.career.ProficiencyScale;
import dev.alignkit.career.ResolvedExpectation;
import dev.alignkit.career.SkillProfile;
import dev.alignkit.career.TrackKind;
import dev.alignkit.policy.Policy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The readiness cases of DOMAIN section 2 and issue 6, with their exact numbers. */
class ReadinessTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 8, 15);
  private static final LocalDate RECENTLY = AS_OF.minusDays(30);
  private static final ProficiencyScale SCALE = ProficiencyScale.defaultScale();
  private static final double EPSILON = 1e-9;

  private static Assessment assessed(String skill, double proficiency) {
    return Assessment.of(skill, proficiency, RECENTLY, AssessmentSource.MANAGER);
  }

  private static Readiness readiness(List<ResolvedExpectation> expectations, Assessment... assessments) {
    return Readiness.of(expectations, Optional.of(SkillProfile.of("p", List.of(assessments))), SCALE, AS_OF,
        Policy.defaults());
  }

  private static Level level(String id, int rank, Expectation... expectations) {
    return Level.builder().id(id).name(id).rank(rank).addExpectations(expectations).build();
  }

  private static List<ResolvedExpectation> resolve(CareerLadder ladder, String levelId) {
    return ExpectationResolution.of(ladder, levelId).orElseThrow().expectations();
  }

  /** Five axes, all essential: D4 = (3,3,3,3,2), D5 = (4,4,3,4,3); TL4 = (2,3,4,4,1). */
  private static final CareerLadder DEV = CareerLadder.builder().id("dev").name("Developer")
      .addLevel(level("D4", 4, Expectation.essential("technology", 3), Expectation.essential("system", 3),
          Expectation.essential("people", 3), Expectation.essential("process", 3), Expectation.essential("influence", 2)))
      .addLevel(level("D5", 5, Expectation.essential("technology", 4), Expectation.essential("system", 4),
          Expectation.essential("people", 3), Expectation.essential("process", 4), Expectation.essential("influence", 3)))
      .build();
  private static final CareerLadder TECH_LEAD = CareerLadder.builder().id("tl").name("Tech lead")
      .track(TrackKind.MANAGEMENT)
      .addLevel(level("TL4", 4, Expectation.essential("technology", 2), Expectation.essential("system", 3),
          Expectation.essential("people", 4), Expectation.essential("process", 4), Expectation.essential("influence", 1)))
      .build();
  private static final Assessment[] AT_D4 = {assessed("technology", 3), assessed("system", 3), assessed("people", 3),
      assessed("process", 3), assessed("influence", 2)};

  @Test
  void domainWorkedExampleIsPointEightFiveSevenAndNotReady() {
    Readiness r = readiness(resolve(CareerLadder.builder().id("l").name("L")
            .addLevel(level("x", 1, Expectation.essential("a", 3.8), Expectation.essential("b", 3.0))).build(), "x"),
        assessed("a", 3), assessed("b", 4));
    assertEquals((2 / 2.8 * 2 + 1 * 2) / 4, r.readiness().getAsDouble(), EPSILON);
    assertEquals(0.857, r.readiness().getAsDouble(), 0.0005);
    assertFalse(r.ready());
    GapEntry under = r.gaps().get(0);
    assertEquals(GapCategory.UNDER, under.category());
    assertEquals("a", under.skillId());
    assertEquals(0.8, under.shortfall(), EPSILON);
    assertEquals(GapCategory.MET, r.gaps().get(1).category());
  }

  @Test
  void personAtD4IsSeventyPercentReadyForD5() {
    Readiness r = readiness(resolve(DEV, "D5"), AT_D4);
    // technology, system, process: (3 - 1) / (4 - 1) = 2/3; people: met; influence: (2 - 1) / (3 - 1) = 0.5
    assertEquals((2.0 / 3 + 2.0 / 3 + 1 + 2.0 / 3 + 0.5) / 5, r.readiness().getAsDouble(), EPSILON);
    assertEquals(0.7, r.readiness().getAsDouble(), EPSILON);
    assertFalse(r.ready());
  }

  @Test
  void personAtD4IsThirteenFifteenthsReadyForTechLeadButNotReady() {
    Readiness r = readiness(resolve(TECH_LEAD, "TL4"), AT_D4);
    // technology, system, influence met; people and process: (3 - 1) / (4 - 1) = 2/3
    assertEquals((1 + 1 + 2.0 / 3 + 2.0 / 3 + 1) / 5, r.readiness().getAsDouble(), EPSILON);
    assertEquals(13.0 / 15, r.readiness().getAsDouble(), EPSILON);
    assertFalse(r.ready(), "above the 0.8 threshold, but essential skills are under");
  }

  @Test
  void gapReportFromD4ToTechLeadHasPeopleAndProcessUnderByOne() {
    List<GapEntry> gaps = readiness(resolve(TECH_LEAD, "TL4"), AT_D4).gaps();
    assertEquals(List.of("UNDER people 1.0", "UNDER process 1.0", "MET influence 0.0", "MET system 0.0",
            "MET technology 0.0"),
        gaps.stream().map(g -> g.category() + " " + g.skillId() + " " + g.shortfall()).toList());
  }

  @Test
  void readyWhenEverythingEssentialIsMet() {
    Readiness r = readiness(resolve(DEV, "D4"), AT_D4);
    assertEquals(1.0, r.readiness().getAsDouble(), EPSILON);
    assertTrue(r.ready());
  }

  @Test
  void missingAndSurplusSkillsAppearInTheGapReport() {
    Readiness r = readiness(resolve(DEV, "D4"), assessed("technology", 3), assessed("cooking", 5));
    assertEquals(List.of(GapCategory.MISSING, GapCategory.MISSING, GapCategory.MISSING, GapCategory.MISSING,
        GapCategory.MET, GapCategory.SURPLUS), r.gaps().stream().map(GapEntry::category).toList());
    assertEquals(List.of("people", "process", "system", "influence"),
        r.gaps(GapCategory.MISSING).stream().map(GapEntry::skillId).toList(), "shortfall 2, 2, 2, then 1");
    assertEquals(OptionalDouble.empty(), r.gaps(GapCategory.SURPLUS).get(0).required());
  }

  @Test
  void aMissingSkillFallsShortByItsRequirementAboveTheBottomOfTheScale() {
    Readiness r = readiness(resolve(DEV, "D4"), assessed("technology", 3));
    assertEquals(List.of(2.0, 2.0, 2.0, 1.0),
        r.gaps(GapCategory.MISSING).stream().map(GapEntry::shortfall).toList());
  }

  @Test
  void anAssessmentShortOfTheRequirementByNoMoreThanTheEpsilonMeetsIt() {
    CareerLadder ladder = CareerLadder.builder().id("l").name("L")
        .addLevel(level("x", 1, Expectation.essential("a", 3))).build();
    Readiness r = readiness(resolve(ladder, "x"), assessed("a", 3 - Policy.EPSILON));
    assertEquals(GapCategory.MET, r.gaps().get(0).category());
    assertTrue(r.ready());
  }

  @Test
  void readinessExactlyAtTheThresholdIsReadyWhenEveryEssentialSkillIsMet() {
    CareerLadder ladder = CareerLadder.builder().id("l").name("L").addLevel(level("x", 1,
        Expectation.essential("a", 3), Expectation.essential("b", 3), Expectation.optional("c", 5))).build();
    // (2 * 1 + 2 * 1 + 1 * 0) / 5 = 0.8, the policy's threshold
    Readiness r = readiness(resolve(ladder, "x"), assessed("a", 3), assessed("b", 3), assessed("c", 1));
    assertEquals(0.8, r.readiness().getAsDouble(), EPSILON);
    assertTrue(r.ready());
  }

  @Test
  void roleWithoutExpectationsHasNoReadiness() {
    Readiness r = readiness(List.of(), AT_D4);
    assertEquals(OptionalDouble.empty(), r.readiness());
    assertFalse(r.ready());
    assertEquals(Optional.of("the role has no expectations"), r.noReadinessReason());
  }

  @Test
  void optionalSkillsWeighHalfAsMuch() {
    CareerLadder ladder = CareerLadder.builder().id("l").name("L").addLevel(level("x", 1,
        Expectation.essential("a", 3), Expectation.optional("b", 5))).build();
    Readiness r = readiness(resolve(ladder, "x"), assessed("a", 3), assessed("b", 1));
    assertEquals(2.0 / 3, r.readiness().getAsDouble(), EPSILON);
    assertFalse(r.ready(), "0.667 is under the threshold");
  }

  @Test
  void effectiveAssessmentPrefersFreshThenManagerThenRecent() {
    Assessment staleManager = Assessment.of("sql", 5, AS_OF.minusDays(400), AssessmentSource.MANAGER);
    Assessment freshSelf = Assessment.of("sql", 2, AS_OF.minusDays(10), AssessmentSource.SELF);
    Assessment freshPeer = Assessment.of("sql", 3, AS_OF.minusDays(20), AssessmentSource.PEER);
    Assessment future = Assessment.of("sql", 1, AS_OF.plusDays(1), AssessmentSource.MANAGER);
    SkillProfile profile = SkillProfile.of("p", List.of(staleManager, freshSelf, freshPeer, future));
    assertEquals(Optional.of(freshPeer), Readiness.effectiveAssessment(profile, "sql", AS_OF, Policy.defaults()));
    SkillProfile onlyStale = SkillProfile.of("p", List.of(staleManager));
    assertEquals(Optional.of(staleManager), Readiness.effectiveAssessment(onlyStale, "sql", AS_OF, Policy.defaults()));
    Assessment sameDayLater = Assessment.of("sql", 4, AS_OF.minusDays(20), AssessmentSource.PEER);
    assertEquals(Optional.of(sameDayLater), Readiness.effectiveAssessment(
        SkillProfile.of("p", List.of(freshPeer, sameDayLater)), "sql", AS_OF, Policy.defaults()));
  }

  @Test
  void staleAssessmentsAreFlaggedInTheGapReport() {
    Readiness r = readiness(resolve(DEV, "D4"),
        Assessment.of("technology", 3, AS_OF.minusDays(366), AssessmentSource.MANAGER));
    GapEntry technology = r.gaps().stream().filter(g -> g.skillId().equals("technology")).findFirst().orElseThrow();
    assertTrue(technology.stale());
  }

  /**
   * A role that expects more skills than a scan serves (over 32) and a report longer than the
   * short sort takes (over 64 entries): the same categories, surplus and order as a small report.
   */
  @Test
  void aLargeRoleAndProfileGiveEveryEntryOnceInReportOrder() {
    List<Expectation> expected = new ArrayList<>();
    List<Assessment> assessments = new ArrayList<>();
    // 40 expected skills in descending id order, every third optional; the last 10 unassessed
    // (MISSING), the others alternately under and meeting their requirement of 3.
    for (int i = 39; i >= 0; i--) {
      String skill = String.format("e%02d", i);
      expected.add(i % 3 == 0 ? Expectation.optional(skill, 3) : Expectation.essential(skill, 3));
      if (i < 30) {
        assessments.add(assessed(skill, i % 2 == 0 ? 3 : 1 + (i % 4) * 0.5));
      }
    }
    // 40 assessed skills the role does not expect (SURPLUS), also in descending order.
    for (int i = 39; i >= 0; i--) {
      assessments.add(assessed(String.format("s%02d", i), 2));
    }
    Readiness r = readiness(resolve(CareerLadder.builder().id("big").name("Big")
        .addLevel(level("b1", 1, expected.toArray(new Expectation[0]))).build(), "b1"),
        assessments.toArray(new Assessment[0]));

    List<GapEntry> gaps = r.gaps();
    assertEquals(80, gaps.size());
    assertEquals(10, gaps.stream().filter(g -> g.category() == GapCategory.MISSING).count());
    assertEquals(15, gaps.stream().filter(g -> g.category() == GapCategory.UNDER).count());
    assertEquals(15, gaps.stream().filter(g -> g.category() == GapCategory.MET).count());
    assertEquals(40, gaps.stream().filter(g -> g.category() == GapCategory.SURPLUS).count());
    assertTrue(gaps.stream().filter(g -> g.category() == GapCategory.SURPLUS).allMatch(g -> g.skillId().startsWith("s")));
    // The order of DOMAIN section 2, written out: category, essential before optional, larger
    // shortfall first, then skill id.
    Comparator<GapEntry> reportOrder = Comparator.comparingInt((GapEntry e) -> e.category().ordinal())
        .thenComparingInt(e -> e.importance().map(Importance::ordinal).orElse(Importance.values().length))
        .thenComparing(GapEntry::shortfall, Comparator.reverseOrder())
        .thenComparing(GapEntry::skillId);
    List<GapEntry> sorted = new ArrayList<>(gaps);
    sorted.sort(reportOrder);
    assertEquals(sorted, gaps);
    assertEquals("e31", gaps.get(0).skillId()); // the first essential MISSING skill
    assertEquals("s00", gaps.get(40).skillId());
  }
}
