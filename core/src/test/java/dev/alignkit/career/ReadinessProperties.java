package dev.alignkit.career;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.policy.Policy;
import dev.alignkit.testing.CareerArbitraries;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Properties of {@link Readiness} and {@link ExpectationResolution} over every role of generated
 * career snapshots (valid and adversarial), for every profile in them and for no profile: the
 * bounds of readiness, its monotonicity in assessments, when a person can be ready, how
 * requirements carry up a ladder, and the gap report's order and coverage (DOMAIN section 2).
 *
 * <p>The effective assessment is recomputed here from the domain guide rather than taken from
 * the code under test.
 */
class ReadinessProperties {
  private static final int TRIES = 200;
  private static final double TOLERANCE = 1e-9;
  private static final LocalDate AS_OF = CareerArbitraries.AS_OF;
  private static final Policy POLICY = Policy.defaults();

  /** The gap report's order, written out from DOMAIN section 2. */
  private static final Comparator<GapEntry> REPORT_ORDER = Comparator
      .comparingInt((GapEntry e) -> e.category().ordinal())
      .thenComparingInt(e -> e.importance().map(Importance::ordinal).orElse(Importance.values().length))
      .thenComparing(GapEntry::shortfall, Comparator.reverseOrder())
      .thenComparing(GapEntry::skillId);

  /** Which of two assessments readiness prefers: fresh before stale, then by source, then the later one. */
  private static final Comparator<Assessment> PREFERENCE = Comparator
      .comparing(ReadinessProperties::fresh)
      .thenComparingInt(a -> authority(a.source()))
      .thenComparing(Assessment::date);

  @Provide
  Arbitrary<OrganizationSnapshot> anyCareerSnapshot() {
    return Arbitraries.oneOf(CareerArbitraries.careerSnapshots(), CareerArbitraries.adversarialCareerSnapshots());
  }

  /** How much an assessment rises, as a share of the room left above it on the scale. */
  @Provide
  Arbitrary<Double> rise() {
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(1.0)),
        Tuple.of(4, Arbitraries.doubles().between(0.001, 1).ofScale(3)));
  }

  @Property(tries = TRIES)
  void readinessIsWithinTheUnitIntervalAndAbsentExactlyWithoutExpectations(
      @ForAll("anyCareerSnapshot") OrganizationSnapshot snapshot) {
    for (RoleCase role : roleCases(snapshot)) {
      Readiness readiness = role.readiness();

      if (role.expectations().isEmpty()) {
        assertTrue(readiness.readiness().isEmpty(), role.toString());
        assertTrue(readiness.noReadinessReason().isPresent(), role.toString());
        assertFalse(readiness.ready(), role.toString());
      } else {
        assertTrue(readiness.readiness().isPresent(), role.toString());
        double value = readiness.readiness().getAsDouble();
        assertTrue(value >= -TOLERANCE && value <= 1 + TOLERANCE, value + " for " + role);
      }
    }
  }

  @Property(tries = TRIES)
  void readinessNeverDecreasesWhenOneAssessmentRises(@ForAll("anyCareerSnapshot") OrganizationSnapshot snapshot,
      @ForAll("rise") double rise) {
    ProficiencyScale scale = snapshot.skillCatalog().scale();
    for (RoleCase role : roleCases(snapshot)) {
      double before = role.readiness().readiness().orElse(0);
      for (ResolvedExpectation expectation : role.expectations()) {
        String skill = expectation.skillId();
        Optional<Assessment> current = effective(role.profile(), skill);
        double from = current.map(Assessment::proficiency).orElse((double) scale.min());
        double raised = Math.min(scale.max(), from + rise * (scale.max() - from));
        // Dated on the as-of day, by a MANAGER and last in the list, so it is the effective one.
        Assessment raise = Assessment.of(skill, raised, AS_OF, AssessmentSource.MANAGER);
        List<Assessment> assessments = new ArrayList<>(role.profile().map(SkillProfile::assessments).orElse(List.of()));
        assessments.add(raise);
        SkillProfile raisedProfile = SkillProfile.of(role.personId(), assessments);
        assertEquals(Optional.of(raise), effective(Optional.of(raisedProfile), skill), "construction of the raise");

        double after = Readiness.of(role.expectations(), Optional.of(raisedProfile), scale, AS_OF, POLICY)
            .readiness().orElseThrow();

        assertTrue(after >= before - TOLERANCE,
            "readiness fell from " + before + " to " + after + " when " + skill + " rose from " + current
                + " to " + raised + " for " + role);
      }
    }
  }

  @Property(tries = TRIES)
  void neverReadyWhileAnEssentialSkillIsUnderOrMissing(@ForAll("anyCareerSnapshot") OrganizationSnapshot snapshot) {
    for (RoleCase role : roleCases(snapshot)) {
      Readiness readiness = role.readiness();
      for (ResolvedExpectation expectation : role.expectations()) {
        if (expectation.importance() != Importance.ESSENTIAL) {
          continue;
        }
        Optional<Assessment> used = effective(role.profile(), expectation.skillId());
        if (used.isEmpty() || used.get().proficiency() < expectation.required() - TOLERANCE) {
          assertFalse(readiness.ready(), expectation.skillId() + " is " + used + " against "
              + expectation.required() + " for " + role);
        }
      }
    }
  }

  @Property(tries = TRIES)
  void theLibrarysEffectiveAssessmentFollowsTheDomainOrder(@ForAll("anyCareerSnapshot") OrganizationSnapshot snapshot) {
    for (SkillProfile profile : snapshot.profiles()) {
      for (Assessment assessment : profile.assessments()) {
        String skill = assessment.skillId();
        assertEquals(effective(Optional.of(profile), skill),
            Readiness.effectiveAssessment(profile, skill, AS_OF, POLICY), skill + " in " + profile);
      }
    }
  }

  @Property(tries = TRIES)
  void theEffectiveAssessmentsOfAProfileAreEachSkillsEffectiveAssessmentInFirstAppearanceOrder(
      @ForAll("anyCareerSnapshot") OrganizationSnapshot snapshot) {
    for (SkillProfile profile : snapshot.profiles()) {
      Map<String, Assessment> all = Readiness.effectiveAssessments(profile, AS_OF, POLICY);
      List<String> order = new ArrayList<>();
      for (Assessment assessment : profile.assessments()) {
        if (!assessment.date().isAfter(AS_OF) && !order.contains(assessment.skillId())) {
          order.add(assessment.skillId());
        }
        assertEquals(Readiness.effectiveAssessment(profile, assessment.skillId(), AS_OF, POLICY),
            Optional.ofNullable(all.get(assessment.skillId())), assessment.skillId() + " in " + profile);
      }
      assertEquals(order, List.copyOf(all.keySet()));
    }
  }

  @Property(tries = TRIES)
  void requirementsNeverDecreaseUpTheLadderUnlessRelaxed(@ForAll("anyCareerSnapshot") OrganizationSnapshot snapshot) {
    for (CareerLadder ladder : snapshot.ladders()) {
      List<Level> levels = ladder.levelsByRank();
      for (int i = 0; i + 1 < levels.size(); i++) {
        Level lower = levels.get(i);
        Level higher = levels.get(i + 1);
        ExpectationResolution atLower = ExpectationResolution.of(ladder, lower.id()).orElseThrow();
        ExpectationResolution atHigher = ExpectationResolution.of(ladder, higher.id()).orElseThrow();
        for (ResolvedExpectation below : atLower.expectations()) {
          Optional<ResolvedExpectation> above = atHigher.expectation(below.skillId());
          String where = below.skillId() + " from " + lower.id() + " to " + higher.id() + " in " + ladder;

          assertTrue(above.isPresent(), where + " is no longer expected");
          if (above.get().required() < below.required() - TOLERANCE) {
            assertTrue(relaxedBelow(higher, below.skillId(), below.required()),
                where + " fell from " + below.required() + " to " + above.get().required() + " without relax");
          }
        }
      }
    }
  }

  @Property(tries = TRIES)
  void theGapReportIsInReportOrder(@ForAll("anyCareerSnapshot") OrganizationSnapshot snapshot) {
    for (RoleCase role : roleCases(snapshot)) {
      List<GapEntry> gaps = role.readiness().gaps();
      for (int i = 0; i + 1 < gaps.size(); i++) {
        assertTrue(REPORT_ORDER.compare(gaps.get(i), gaps.get(i + 1)) <= 0,
            "entries " + i + " and " + (i + 1) + " out of order: " + gaps + " for " + role);
      }
    }
  }

  @Property(tries = TRIES)
  void everyExpectedSkillAppearsExactlyOnceInTheGapReport(@ForAll("anyCareerSnapshot") OrganizationSnapshot snapshot) {
    for (RoleCase role : roleCases(snapshot)) {
      List<GapEntry> gaps = role.readiness().gaps();
      for (ResolvedExpectation expectation : role.expectations()) {
        long count = gaps.stream().filter(e -> e.skillId().equals(expectation.skillId())).count();
        assertEquals(1, count, expectation.skillId() + " in " + gaps + " for " + role);
      }
    }
  }

  @Property(tries = TRIES)
  void eachExpectedSkillsGapCategoryFollowsItsEffectiveAssessment(
      @ForAll("anyCareerSnapshot") OrganizationSnapshot snapshot) {
    for (RoleCase role : roleCases(snapshot)) {
      Readiness readiness = role.readiness();
      for (ResolvedExpectation expectation : role.expectations()) {
        Optional<Assessment> used = effective(role.profile(), expectation.skillId());
        GapCategory expected = used.isEmpty() ? GapCategory.MISSING
            : used.get().proficiency() < expectation.required() - TOLERANCE ? GapCategory.UNDER : GapCategory.MET;
        GapCategory actual = readiness.gaps().stream().filter(e -> e.skillId().equals(expectation.skillId()))
            .findFirst().orElseThrow().category();

        assertEquals(expected, actual, expectation.skillId() + " assessed " + used + " for " + role);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------

  /** One person (or a profile-less stranger) against one level of one ladder. */
  private record RoleCase(CareerLadder ladder, String levelId, List<ResolvedExpectation> expectations,
      String personId, Optional<SkillProfile> profile, ProficiencyScale scale) {

    Readiness readiness() {
      return Readiness.of(expectations, profile, scale, AS_OF, POLICY);
    }

    @Override
    public String toString() {
      return "level " + ladder.id() + "/" + levelId + " expecting " + expectations + " of " + personId
          + " with " + profile.map(SkillProfile::assessments).map(Object::toString).orElse("no profile")
          + " on " + scale;
    }
  }

  /** Every level of every ladder against every profile of the snapshot and against no profile. */
  private static List<RoleCase> roleCases(OrganizationSnapshot snapshot) {
    List<Optional<SkillProfile>> profiles = new ArrayList<>();
    profiles.add(Optional.empty());
    for (SkillProfile profile : snapshot.profiles()) {
      profiles.add(Optional.of(profile));
    }
    List<RoleCase> cases = new ArrayList<>();
    for (CareerLadder ladder : snapshot.ladders()) {
      for (Level level : ladder.levels()) {
        List<ResolvedExpectation> expectations = ExpectationResolution.of(ladder, level.id()).orElseThrow()
            .expectations();
        for (Optional<SkillProfile> profile : profiles) {
          cases.add(new RoleCase(ladder, level.id(), expectations, profile.map(SkillProfile::personId).orElse("p-0"),
              profile, snapshot.skillCatalog().scale()));
        }
      }
    }
    return cases;
  }

  /**
   * The effective assessment as DOMAIN section 2 defines it: among those dated on or before the
   * as-of day, non-stale before stale, then MANAGER over PEER over SELF, then the most recent; on
   * a shared date the later one in the list.
   */
  private static Optional<Assessment> effective(Optional<SkillProfile> profile, String skillId) {
    Assessment best = null;
    for (Assessment candidate : profile.map(SkillProfile::assessments).orElse(List.of())) {
      if (!candidate.skillId().equals(skillId) || candidate.date().isAfter(AS_OF)) {
        continue;
      }
      if (best == null || PREFERENCE.compare(candidate, best) >= 0) {
        best = candidate;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Whether an assessment is at most the policy's staleness limit old on the as-of day. */
  private static boolean fresh(Assessment assessment) {
    return ChronoUnit.DAYS.between(assessment.date(), AS_OF) <= POLICY.assessmentStaleDays();
  }

  /** MANAGER over PEER over SELF. */
  private static int authority(AssessmentSource source) {
    return switch (source) {
      case MANAGER -> 2;
      case PEER -> 1;
      case SELF -> 0;
    };
  }

  /**
   * Whether {@code level} declares {@code skillId} with {@code relax} below {@code inherited}; for
   * consecutive levels by rank, the higher one is the only level "between them, inclusive of the
   * higher".
   */
  private static boolean relaxedBelow(Level level, String skillId, double inherited) {
    for (Expectation declared : level.expectations()) {
      if (declared.skillId().equals(skillId) && declared.relax() && declared.required() < inherited) {
        return true;
      }
    }
    return false;
  }
}
