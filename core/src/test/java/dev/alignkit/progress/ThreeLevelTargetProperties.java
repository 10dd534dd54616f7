package dev.alignkit.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.KeyResultKind;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.OrdinalZone;
import dev.alignkit.okr.Owner;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.policy.Policy;
import dev.alignkit.rules.Finding;
import dev.alignkit.rules.RuleCodes;
import dev.alignkit.rules.Validator;
import dev.alignkit.testing.Coverage;
import dev.alignkit.testing.Gens;
import dev.alignkit.testing.Property;
import dev.alignkit.testing.Theory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Properties of three-level targets over generated levels ({@link ZonedKeyResults}) and zone
 * scores: progress never falls along the direction, is continuous at each level and equals the
 * level's zone score there; the reported zone is the one of the last level reached and agrees with
 * the progress; levels out of order leave progress undefined and give one
 * {@code okr.key-result.direction} finding, never an exception.
 */
class ThreeLevelTargetProperties {
  private static final LocalDate START = LocalDate.of(2026, 7, 1);
  private static final LocalDate AS_OF = LocalDate.of(2026, 8, 1);
  private static final Cycle Q3 = Cycle.of("q3", "2026-Q3", START, LocalDate.of(2026, 9, 30));

  /** A level of a key result that is set, with the zone it starts and the score it has. */
  private record Level(String name, double value, OrdinalZone zone, double score) {}

  /** The levels set, in order along the direction: start (FAIL, 0), commit, target, stretch. */
  private static List<Level> levels(KeyResult keyResult, Policy policy) {
    List<Level> levels = new ArrayList<>(4);
    levels.add(new Level("start", keyResult.start().getAsDouble(), OrdinalZone.FAIL, 0.0));
    if (keyResult.commit().isPresent()) {
      levels.add(new Level("commit", keyResult.commit().getAsDouble(), OrdinalZone.COMMIT, policy.commitScore()));
    }
    double targetScore = keyResult.stretch().isPresent() ? policy.targetScore() : 1.0;
    levels.add(new Level("target", keyResult.target().getAsDouble(), OrdinalZone.TARGET, targetScore));
    if (keyResult.stretch().isPresent()) {
      levels.add(new Level("stretch", keyResult.stretch().getAsDouble(), OrdinalZone.STRETCH, policy.stretchScore()));
    }
    return levels;
  }

  private static KeyResultProgress at(KeyResult keyResult, double value, Policy policy) {
    KeyResultProgress progress = KeyResultProgress.of(keyResult.withCheckIn(CheckIn.of(AS_OF, value)), AS_OF, policy);
    assertTrue(progress.isDefined(), () -> "no progress for " + keyResult + " at " + value + ": " + progress);
    return progress;
  }

  private static double rawAt(KeyResult keyResult, double value, Policy policy) {
    return at(keyResult, value, policy).raw().getAsDouble();
  }

  /** Whether {@code value} has reached {@code level} along the direction, within the epsilon. */
  private static boolean reached(KeyResult keyResult, double value, double level) {
    return keyResult.kind().orElseThrow() == KeyResultKind.INCREASE
        ? value >= level - Policy.EPSILON : value <= level + Policy.EPSILON;
  }

  @Property
  void progressNeverFallsAlongTheDirection(Theory theory) {
    theory.forAll(ZonedKeyResults.ordered(), ZonedKeyResults.policies(), ZonedKeyResults.fractions(),
        Gens.decimals(0, 2, 4)).check((keyResult, policy, fraction, further) -> {
          // Along the direction: a higher value for INCREASE, a lower one for DECREASE.
          double nearer = ZonedKeyResults.valueAt(keyResult, fraction);
          double farther = ZonedKeyResults.valueAt(keyResult, fraction + further);

          KeyResultProgress atNearer = at(keyResult, nearer, policy);
          KeyResultProgress atFarther = at(keyResult, farther, policy);

          assertTrue(atNearer.raw().getAsDouble() <= atFarther.raw().getAsDouble(),
              () -> "raw " + atNearer + " at " + nearer + " beyond " + atFarther + " at " + farther);
          assertTrue(atNearer.progress().getAsDouble() <= atFarther.progress().getAsDouble());
        });
  }

  @Property
  void progressIsContinuousAtEachLevelAndEqualsItsZoneScoreThere(Theory theory) {
    Coverage shapes = new Coverage("commit and stretch set");
    theory.forAll(ZonedKeyResults.ordered(), ZonedKeyResults.policies()).check((keyResult, policy) -> {
      List<Level> levels = levels(keyResult, policy);
      double smallestGap = Double.MAX_VALUE;
      for (int i = 1; i < levels.size(); i++) {
        smallestGap = Math.min(smallestGap, Math.abs(levels.get(i).value() - levels.get(i - 1).value()));
      }
      // No segment rises by more than 1 over the smallest gap, so a step of 1e-4 of it moves progress by
      // 1e-4 at most (and a rounding error of the step).
      double step = smallestGap * 1e-4;
      shapes.count(keyResult.commit().isPresent() + " " + keyResult.stretch().isPresent());

      for (Level level : levels) {
        double raw = rawAt(keyResult, level.value(), policy);
        double below = rawAt(keyResult, level.value() - step, policy);
        double above = rawAt(keyResult, level.value() + step, policy);

        assertEquals(level.score(), raw, 0.0, () -> level + " of " + keyResult + " under " + policy);
        assertTrue(Math.abs(below - raw) <= 1.000001e-4 && Math.abs(above - raw) <= 1.000001e-4,
            () -> "jump at " + level + ": " + below + ", " + raw + ", " + above + " of " + keyResult);
      }
    });
    for (String shape : List.of("true true", "true false", "false true", "false false")) {
      shapes.assertPercentAtLeast(shape, 10);
    }
  }

  @Property
  void theZoneIsThatOfTheLastLevelReachedAndAgreesWithTheProgress(Theory theory) {
    Coverage zones = new Coverage("zone");
    theory.forAll(ZonedKeyResults.ordered(), ZonedKeyResults.policies(), ZonedKeyResults.fractions())
        .check((keyResult, policy, fraction) -> {
          double value = ZonedKeyResults.valueAt(keyResult, fraction);
          List<Level> levels = levels(keyResult, policy);
          Level last = levels.get(0);
          Level next = null;
          for (Level level : levels.subList(1, levels.size())) {
            if (reached(keyResult, value, level.value())) {
              last = level;
            } else if (next == null) {
              next = level;
            }
          }

          KeyResultProgress progress = at(keyResult, value, policy);

          Optional<OrdinalZone> expected = keyResult.isZoned() ? Optional.of(last.zone()) : Optional.empty();
          assertEquals(expected, progress.zone(), () -> "at " + value + " of " + keyResult);
          zones.count(progress.zone().map(OrdinalZone::name).orElse("none"));
          // Within the epsilon short of a level the progress may lie a hair below its score.
          double raw = progress.raw().getAsDouble();
          Level reachedLevel = last;
          Level nextLevel = next;
          assertTrue(fraction < 0 || raw >= reachedLevel.score() - 1e-5,
              () -> "raw " + raw + " below " + reachedLevel + " at " + value + " of " + keyResult);
          assertTrue(nextLevel == null || raw <= nextLevel.score(),
              () -> "raw " + raw + " above " + nextLevel + " at " + value + " of " + keyResult);
        });
    for (String zone : List.of("FAIL", "COMMIT", "TARGET", "STRETCH", "none")) {
      zones.assertPercentAtLeast(zone, 3);
    }
  }

  @Property
  void eachLevelStartsItsZoneAndTheWayBetweenTwoLevelsBelongsToTheFirst(Theory theory) {
    theory.forAll(ZonedKeyResults.ordered(), ZonedKeyResults.policies()).check((keyResult, policy) -> {
      List<Level> levels = levels(keyResult, policy);
      for (int i = 0; i < levels.size(); i++) {
        Level level = levels.get(i);
        Optional<OrdinalZone> zoneThere = at(keyResult, level.value(), policy).zone();
        assertEquals(keyResult.isZoned() ? Optional.of(level.zone()) : Optional.empty(), zoneThere,
            () -> "at " + level + " of " + keyResult);
        if (i + 1 < levels.size() && keyResult.isZoned()) {
          double halfway = (level.value() + levels.get(i + 1).value()) / 2;
          assertEquals(Optional.of(level.zone()), at(keyResult, halfway, policy).zone(),
              () -> "half way past " + level + " of " + keyResult);
        }
      }
    });
  }

  @Property(examples = 300)
  void levelsOutOfOrderLeaveProgressUndefinedAndGiveOneDirectionFinding(Theory theory) {
    Coverage fields = new Coverage("misplaced level");
    theory.forAll(ZonedKeyResults.misplaced(), ZonedKeyResults.policies(), Gens.decimals(-1000, 1000, 3))
        .check((misplaced, policy, value) -> {
          KeyResult keyResult = misplaced.keyResult().withCheckIn(CheckIn.of(AS_OF, value))
              .withCheckIn(CheckIn.of(AS_OF.minusDays(10), value / 2));
          OrganizationSnapshot snapshot = snapshotOf(keyResult);
          fields.count(misplaced.field());

          KeyResultProgress progress = KeyResultProgress.of(keyResult, AS_OF, policy);
          List<Finding> direction = Validator.defaults().validate(snapshot, AS_OF).ofCode(RuleCodes.KEY_RESULT_DIRECTION);
          KeyResultRollup rolledUp = Rollup.of(snapshot, AS_OF, policy).keyResult(ZonedKeyResults.ID).orElseThrow();

          assertEquals(Optional.of(Undefined.WRONG_DIRECTION), progress.undefined(), () -> keyResult.toString());
          assertEquals(Optional.empty(), progress.zone());
          assertEquals(Optional.of(misplaced.field()), KeyResultProgress.misplacedLevel(keyResult));
          assertEquals(1, direction.size(), () -> "direction findings of " + keyResult + ": " + direction);
          assertEquals("objectives[o-zoned].keyResults[" + ZonedKeyResults.ID + "]." + misplaced.field(),
              direction.get(0).path().toString());
          assertEquals(PaceStatus.NO_DATA, rolledUp.status());
          assertEquals(Optional.empty(), Forecast.of(keyResult, Q3, AS_OF, policy));
        });
    for (String field : List.of("target", "commit", "stretch")) {
      fields.assertPercentAtLeast(field, 10);
    }
  }

  @Property(examples = 300)
  void levelsInOrderGiveNoDirectionFinding(Theory theory) {
    theory.forAll(ZonedKeyResults.ordered()).check(keyResult -> {
      OrganizationSnapshot snapshot = snapshotOf(keyResult);

      List<Finding> direction = Validator.defaults().validate(snapshot, AS_OF).ofCode(RuleCodes.KEY_RESULT_DIRECTION);

      assertEquals(List.of(), direction);
      assertEquals(Optional.empty(), KeyResultProgress.misplacedLevel(keyResult));
    });
  }

  private static OrganizationSnapshot snapshotOf(KeyResult keyResult) {
    return OrganizationSnapshot.builder().addCycle(Q3)
        .addObjective(Objective.builder().id("o-zoned").title("Grow the product").owner(Owner.organization())
            .cycleId("q3").addKeyResults(keyResult).build())
        .build();
  }
}
