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
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.policy.Policy;
import dev.alignkit.testing.CareerGenerators;
import dev.alignkit.testing.Coverage;
import dev.alignkit.testing.Gens;
import dev.alignkit.testing.Property;
import dev.alignkit.testing.Theory;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quicktheories.core.Gen;

/**
 * Properties of {@link Readiness} and {@link ExpectationResolution} over every role of generated
 * career snapshots (valid and adversarial), for every profile in them and for no profile: the
 * bounds of readiness, its monotonicity in assessments, when a person can be ready, how
 * requirements carry up a ladder, and the gap report's order and coverage (DOMAIN section 2).
 *
 * <p>The effective assessment is recomputed here from the domain guide rather than taken from
 * the code under test. Each property also counts whether its example held the case it is about
 * (a role that expects something, an essential skill under or missing, a requirement relaxed
 * up the ladder ...), so that it fails if the generators drift away from that case.
 */
class ReadinessProperties {
  private static final int TRIES = 200;
  private static final double TOLERANCE = 1e-9;
  private static final LocalDate AS_OF = CareerGenerators.AS_OF;
  private static final Policy POLICY = Policy.defaults();

  /**
   * The least share of examples that must hold a case nearly every valid career snapshot holds (a
   * role that expects something: about 90 % at 200 examples); the empty snapshot and breakages that
   * remove whole kinds hold none.
   */
  private static final int MOST_PERCENT = 50;
  /** The least share for a case that hangs on some draws (a skill assessed twice, a mixed gap report): 50 to 70 %. */
  private static final int SOME_PERCENT = 20;
  /** The least share holding a requirement that falls up a ladder, relaxed: about 30 %. */
  private static final int RELAXED_PERCENT = 10;
  /** The least share of expected skills in each gap category (MET, the rarest, is about 15 %). */
  private static final int CATEGORY_PERCENT = 5;

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

  private static Gen<OrganizationSnapshot> anyCareerSnapshot() {
    return Gens.oneOf(CareerGenerators.careerSnapshots(), CareerGenerators.adversarialCareerSnapshots());
  }

  /** How much an assessment rises, as a share of the room left above it on the scale; all of it once in five. */
  private static Gen<Double> rise() {
    return Gens.frequency(
        Gens.weighted(1, Gens.constant(1.0)),
        Gens.weighted(4, Gens.decimals(0.001, 1, 3)));
  }

  @Property(examples = TRIES)
  void readinessIsWithinTheUnitIntervalAndAbsentExactlyWithoutExpectations(Theory theory) {
    Coverage expecting = new Coverage("some role expects something");
    Coverage expectingNothing = new Coverage("some role expects nothing");
    theory.forAll(anyCareerSnapshot()).check(snapshot -> {
      boolean anyExpecting = false;
      boolean anyExpectingNothing = false;
      for (RoleCase role : roleCases(snapshot)) {
        Readiness readiness = role.readiness();

        if (role.expectations().isEmpty()) {
          anyExpectingNothing = true;
          assertTrue(readiness.readiness().isEmpty(), role::toString);
          assertTrue(readiness.noReadinessReason().isPresent(), role::toString);
          assertFalse(readiness.ready(), role::toString);
        } else {
          anyExpecting = true;
          assertTrue(readiness.readiness().isPresent(), role::toString);
          double value = readiness.readiness().getAsDouble();
          assertTrue(value >= -TOLERANCE && value <= 1 + TOLERANCE, () -> value + " for " + role);
        }
      }
      expecting.count(anyExpecting);
      expectingNothing.count(anyExpectingNothing);
    });
    expecting.assertPercentAtLeast(true, MOST_PERCENT);
    expectingNothing.assertPercentAtLeast(true, SOME_PERCENT);
  }

  @Property(examples = TRIES)
  void readinessNeverDecreasesWhenOneAssessmentRises(Theory theory) {
    Coverage rose = new Coverage("some assessment rose");
    theory.forAll(anyCareerSnapshot(), rise()).check((snapshot, rise) -> {
      ProficiencyScale scale = snapshot.skillCatalog().scale();
      boolean anyRaised = false;
      for (RoleCase role : roleCases(snapshot)) {
        double before = role.readiness().readiness().orElse(0);
        for (ResolvedExpectation expectation : role.expectations()) {
          anyRaised = true;
          String skill = expectation.skillId();
          Optional<Assessment> current = effective(role.profile(), skill);
          double from = current.map(Assessment::proficiency).orElse((double) scale.min());
          double raised = Math.min(scale.max(), from + rise * (scale.max() - from));
          // Dated on the as-of day, by a MANAGER and last in the list, so it is the effective one.
          Assessment raise = Assessment.of(skill, raised, AS_OF, AssessmentSource.MANAGER);
          List<Assessment> assessments =
              new ArrayList<>(role.profile().map(SkillProfile::assessments).orElse(List.of()));
          assessments.add(raise);
          SkillProfile raisedProfile = SkillProfile.of(role.personId(), assessments);
          assertEquals(Optional.of(raise), effective(Optional.of(raisedProfile), skill), "construction of the raise");

          double after = Readiness.of(role.expectations(), Optional.of(raisedProfile), scale, AS_OF, POLICY)
              .readiness().orElseThrow();

          assertTrue(after >= before - TOLERANCE,
              () -> "readiness fell from " + before + " to " + after + " when " + skill + " rose from " + current
                  + " to " + raised + " for " + role);
        }
      }
      rose.count(anyRaised);
    });
    rose.assertPercentAtLeast(true, MOST_PERCENT);
  }

  @Property(examples = TRIES)
  void neverReadyWhileAnEssentialSkillIsUnderOrMissing(Theory theory) {
    Coverage shortOfEssential = new Coverage("some role is short of an essential skill");
    theory.forAll(anyCareerSnapshot()).check(snapshot -> {
      boolean anyShort = false;
      for (RoleCase role : roleCases(snapshot)) {
        Readiness readiness = role.readiness();
        for (ResolvedExpectation expectation : role.expectations()) {
          if (expectation.importance() != Importance.ESSENTIAL) {
            continue;
          }
          Optional<Assessment> used = effective(role.profile(), expectation.skillId());
          if (used.isEmpty() || used.get().proficiency() < expectation.required() - TOLERANCE) {
            anyShort = true;
            assertFalse(readiness.ready(), () -> expectation.skillId() + " is " + used + " against "
                + expectation.required() + " for " + role);
          }
        }
      }
      shortOfEssential.count(anyShort);
    });
    shortOfEssential.assertPercentAtLeast(true, MOST_PERCENT);
  }

  @Property(examples = TRIES)
  void theLibrarysEffectiveAssessmentFollowsTheDomainOrder(Theory theory) {
    Coverage choice = new Coverage("some skill is assessed more than once in a profile");
    theory.forAll(anyCareerSnapshot()).check(snapshot -> {
      boolean anyChoice = false;
      for (SkillProfile profile : snapshot.profiles()) {
        for (Assessment assessment : profile.assessments()) {
          String skill = assessment.skillId();
          anyChoice |= profile.assessments().stream().filter(a -> a.skillId().equals(skill)).count() > 1;
          assertEquals(effective(Optional.of(profile), skill),
              Readiness.effectiveAssessment(profile, skill, AS_OF, POLICY), () -> skill + " in " + profile);
        }
      }
      choice.count(anyChoice);
    });
    choice.assertPercentAtLeast(true, SOME_PERCENT);
  }

  @Property(examples = TRIES)
  void theEffectiveAssessmentsOfAProfileAreEachSkillsEffectiveAssessmentInFirstAppearanceOrder(Theory theory) {
    Coverage profiles = new Coverage("some profile has several skills");
    theory.forAll(anyCareerSnapshot()).check(snapshot -> {
      boolean anySeveral = false;
      for (SkillProfile profile : snapshot.profiles()) {
        Map<String, Assessment> all = Readiness.effectiveAssessments(profile, AS_OF, POLICY);
        List<String> order = new ArrayList<>();
        for (Assessment assessment : profile.assessments()) {
          if (!assessment.date().isAfter(AS_OF) && !order.contains(assessment.skillId())) {
            order.add(assessment.skillId());
          }
          assertEquals(Readiness.effectiveAssessment(profile, assessment.skillId(), AS_OF, POLICY),
              Optional.ofNullable(all.get(assessment.skillId())), () -> assessment.skillId() + " in " + profile);
        }
        anySeveral |= order.size() > 1;
        assertEquals(order, List.copyOf(all.keySet()));
      }
      profiles.count(anySeveral);
    });
    profiles.assertPercentAtLeast(true, SOME_PERCENT);
  }

  @Property(examples = TRIES)
  void requirementsNeverDecreaseUpTheLadderUnlessRelaxed(Theory theory) {
    Coverage carried = new Coverage("some requirement carries up a ladder");
    Coverage relaxed = new Coverage("some requirement falls up a ladder, relaxed");
    theory.forAll(anyCareerSnapshot()).check(snapshot -> {
      boolean anyCarried = false;
      boolean anyRelaxed = false;
      for (CareerLadder ladder : snapshot.ladders()) {
        List<Level> levels = ladder.levelsByRank();
        for (int i = 0; i + 1 < levels.size(); i++) {
          Level lower = levels.get(i);
          Level higher = levels.get(i + 1);
          ExpectationResolution atLower = ExpectationResolution.of(ladder, lower.id()).orElseThrow();
          ExpectationResolution atHigher = ExpectationResolution.of(ladder, higher.id()).orElseThrow();
          for (ResolvedExpectation below : atLower.expectations()) {
            anyCarried = true;
            Optional<ResolvedExpectation> above = atHigher.expectation(below.skillId());
            String where = below.skillId() + " from " + lower.id() + " to " + higher.id() + " in " + ladder;

            assertTrue(above.isPresent(), () -> where + " is no longer expected");
            if (above.get().required() < below.required() - TOLERANCE) {
              anyRelaxed = true;
              assertTrue(relaxedBelow(higher, below.skillId(), below.required()),
                  () -> where + " fell from " + below.required() + " to " + above.get().required() + " without relax");
            }
          }
        }
      }
      carried.count(anyCarried);
      relaxed.count(anyRelaxed);
    });
    carried.assertPercentAtLeast(true, MOST_PERCENT);
    relaxed.assertPercentAtLeast(true, RELAXED_PERCENT);
  }

  @Property(examples = TRIES)
  void theGapReportIsInReportOrder(Theory theory) {
    Coverage categories = new Coverage("a gap report mixes categories");
    theory.forAll(anyCareerSnapshot()).check(snapshot -> {
      boolean anyMixed = false;
      for (RoleCase role : roleCases(snapshot)) {
        List<GapEntry> gaps = role.readiness().gaps();
        for (int i = 0; i + 1 < gaps.size(); i++) {
          int first = i;
          anyMixed |= gaps.get(i).category() != gaps.get(i + 1).category();
          assertTrue(REPORT_ORDER.compare(gaps.get(i), gaps.get(i + 1)) <= 0,
              () -> "entries " + first + " and " + (first + 1) + " out of order: " + gaps + " for " + role);
        }
      }
      categories.count(anyMixed);
    });
    categories.assertPercentAtLeast(true, SOME_PERCENT);
  }

  @Property(examples = TRIES)
  void everyExpectedSkillAppearsExactlyOnceInTheGapReport(Theory theory) {
    Coverage expecting = new Coverage("some role expects something");
    theory.forAll(anyCareerSnapshot()).check(snapshot -> {
      boolean anyExpecting = false;
      for (RoleCase role : roleCases(snapshot)) {
        List<GapEntry> gaps = role.readiness().gaps();
        for (ResolvedExpectation expectation : role.expectations()) {
          anyExpecting = true;
          long count = gaps.stream().filter(e -> e.skillId().equals(expectation.skillId())).count();
          assertEquals(1, count, () -> expectation.skillId() + " in " + gaps + " for " + role);
        }
      }
      expecting.count(anyExpecting);
    });
    expecting.assertPercentAtLeast(true, MOST_PERCENT);
  }

  @Property(examples = TRIES)
  void eachExpectedSkillsGapCategoryFollowsItsEffectiveAssessment(Theory theory) {
    Coverage categories = new Coverage("gap category of an expected skill");
    theory.forAll(anyCareerSnapshot()).check(snapshot -> {
      for (RoleCase role : roleCases(snapshot)) {
        Readiness readiness = role.readiness();
        for (ResolvedExpectation expectation : role.expectations()) {
          Optional<Assessment> used = effective(role.profile(), expectation.skillId());
          GapCategory expected = used.isEmpty() ? GapCategory.MISSING
              : used.get().proficiency() < expectation.required() - TOLERANCE ? GapCategory.UNDER : GapCategory.MET;
          GapCategory actual = readiness.gaps().stream().filter(e -> e.skillId().equals(expectation.skillId()))
              .findFirst().orElseThrow().category();

          categories.count(expected);
          assertEquals(expected, actual, () -> expectation.skillId() + " assessed " + used + " for " + role);
        }
      }
    });
    for (GapCategory category : List.of(GapCategory.MISSING, GapCategory.UNDER, GapCategory.MET)) {
      categories.assertPercentAtLeast(category, CATEGORY_PERCENT);
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
