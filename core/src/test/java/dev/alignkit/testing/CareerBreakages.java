package dev.alignkit.testing;

import static dev.alignkit.testing.Gens.combine;
import static dev.alignkit.testing.Gens.constant;
import static dev.alignkit.testing.Gens.weighted;
import static dev.alignkit.testing.SnapshotParts.AS_OF;
import static dev.alignkit.testing.SnapshotParts.MISSING_SKILL;
import static dev.alignkit.testing.SnapshotParts.picks;
import static dev.alignkit.testing.SnapshotParts.skillId;

import dev.alignkit.career.Assessment;
import dev.alignkit.career.AssessmentSource;
import dev.alignkit.career.CareerLadder;
import dev.alignkit.career.Expectation;
import dev.alignkit.career.LateralMove;
import dev.alignkit.career.Level;
import dev.alignkit.career.Opening;
import dev.alignkit.career.SkillCatalog;
import dev.alignkit.career.SkillProfile;
import dev.alignkit.career.TrackKind;
import dev.alignkit.org.Person;
import dev.alignkit.testing.SnapshotEdit.Breakage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;

/** The ways {@link CareerGenerators#adversarialCareerSnapshots()} breaks a career snapshot in career terms. */
final class CareerBreakages {
  private CareerBreakages() {}

  static Gen<Breakage> breakages() {
    Gen<Integer> pick = picks();
    Gen<Integer> percent = Gens.ints(0, 100);
    // Removing whole kinds erases what the other breakages break, so it comes less often.
    return Gens.frequency(
        weighted(2, combine(pick, pick, percent, CareerBreakages::unknownSkill)),
        weighted(2, combine(pick, pick, pick, CareerBreakages::duplicateRank)),
        weighted(2, combine(Gens.booleans(), pick, CareerBreakages::emptyLadder)),
        weighted(2, combine(pick, pick, CareerBreakages::levelWithoutExpectations)),
        weighted(2, combine(pick, percent, CareerBreakages::profileOfUnknownPerson)),
        weighted(2, combine(pick, percent, CareerBreakages::assessmentOfUnknownSkill)),
        weighted(2, combine(pick, pick, Gens.ints(1, 400), CareerBreakages::futureAssessment)),
        weighted(2, constant(CareerBreakages.emptyCatalog())),
        weighted(2, combine(pick, pick, pick, CareerBreakages::relaxedToScaleMin)),
        weighted(2, pick.map(CareerBreakages::moveToOwnRole)),
        weighted(2, pick.map(CareerBreakages::openingForOwnRole)),
        weighted(1, Gens.ints(1, 31).map(CareerBreakages::removeKinds)));
  }

  private static Breakage unknownSkill(int ladderPick, int levelPick, int percent) {
    return parts -> parts.updateLevel(ladderPick, levelPick, level -> Level.builder().from(level)
        .addExpectation(Expectation.essential(MISSING_SKILL, parts.onScale(percent))).build());
  }

  private static Breakage duplicateRank(int ladderPick, int levelPick, int otherPick) {
    return parts -> {
      Optional<CareerLadder> ladder = parts.ladder(ladderPick);
      if (ladder.isEmpty() || ladder.get().levels().isEmpty()) {
        return;
      }
      int rank = SnapshotParts.pick(ladder.get().levels(), otherPick).rank();
      parts.updateLevel(ladderPick, levelPick, level -> Level.builder().from(level).rank(rank).build());
    };
  }

  private static Breakage emptyLadder(boolean addNew, int ladderPick) {
    return parts -> {
      if (addNew || parts.ladders.isEmpty()) {
        parts.ladders.add(CareerLadder.builder().id("ld-" + parts.nextAddedId()).name("Empty track")
            .track(TrackKind.OTHER).trackName("Unstaffed").build());
      } else {
        int index = ladderPick % parts.ladders.size();
        parts.ladders.set(index, CareerLadder.builder().from(parts.ladders.get(index)).levels(List.of()).build());
      }
    };
  }

  private static Breakage levelWithoutExpectations(int ladderPick, int levelPick) {
    return parts -> parts.updateLevel(ladderPick, levelPick,
        level -> Level.builder().from(level).expectations(List.of()).build());
  }

  /** A profile of {@code p-100} or above: a copy of a picked profile's assessments, and one more. */
  private static Breakage profileOfUnknownPerson(int profilePick, int percent) {
    return parts -> {
      List<Assessment> assessments = new ArrayList<>();
      if (!parts.profiles.isEmpty()) {
        assessments.addAll(SnapshotParts.pick(parts.profiles, profilePick).assessments());
      }
      assessments.add(Assessment.of("s-1", parts.onScale(percent), AS_OF.minusDays(30), AssessmentSource.PEER));
      parts.profiles.add(SkillProfile.of("p-" + parts.nextAddedId(), assessments));
    };
  }

  private static Breakage assessmentOfUnknownSkill(int personPick, int percent) {
    return parts -> parts.updateProfile(personPick, profile -> SkillProfile.builder().from(profile)
        .addAssessment(Assessment.of(MISSING_SKILL, parts.onScale(percent), AS_OF, AssessmentSource.MANAGER))
        .build());
  }

  private static Breakage futureAssessment(int personPick, int skillPick, int daysAfter) {
    return parts -> parts.updateProfile(personPick, profile -> SkillProfile.builder().from(profile)
        .addAssessment(Assessment.of(skillId(parts.catalog, skillPick), parts.catalog.scale().max(),
            AS_OF.plusDays(daysAfter), AssessmentSource.MANAGER))
        .build());
  }

  private static Breakage emptyCatalog() {
    return parts -> parts.catalog = SkillCatalog.builder().scale(parts.catalog.scale()).build();
  }

  private static Breakage relaxedToScaleMin(int ladderPick, int levelPick, int skillPick) {
    return parts -> parts.updateLevel(ladderPick, levelPick, level -> Level.builder().from(level)
        .addExpectation(Expectation.builder().skillId(skillId(parts.catalog, skillPick))
            .required(parts.catalog.scale().min()).relax(true).build())
        .build());
  }

  private static Breakage moveToOwnRole(int personPick) {
    return parts -> parts.person(personPick).flatMap(Person::role).ifPresent(role ->
        parts.moves.add(LateralMove.of("lm-" + parts.nextAddedId(), role, role)));
  }

  private static Breakage openingForOwnRole(int personPick) {
    return parts -> parts.person(personPick).flatMap(Person::role).ifPresent(role ->
        parts.openings.add(Opening.builder().id("op-" + parts.nextAddedId()).role(role).build()));
  }

  /** Removes whole kinds, one bit each: ladders, lateral moves, openings, profiles, people. */
  private static Breakage removeKinds(int mask) {
    return parts -> {
      if ((mask & 1) != 0) {
        parts.ladders.clear();
      }
      if ((mask & 2) != 0) {
        parts.moves.clear();
      }
      if ((mask & 4) != 0) {
        parts.openings.clear();
      }
      if ((mask & 8) != 0) {
        parts.profiles.clear();
      }
      if ((mask & 16) != 0) {
        parts.people.clear();
      }
    };
  }
}
