package dev.alignkit.benchmarks;

import static dev.alignkit.benchmarks.OrganizationGenerator.AS_OF;

import dev.alignkit.career.Assessment;
import dev.alignkit.career.AssessmentSource;
import dev.alignkit.career.CareerLadder;
import dev.alignkit.career.Expectation;
import dev.alignkit.career.ExpectationResolution;
import dev.alignkit.career.Importance;
import dev.alignkit.career.Level;
import dev.alignkit.career.ResolvedExpectation;
import dev.alignkit.career.RoleRef;
import dev.alignkit.career.Skill;
import dev.alignkit.career.SkillCatalog;
import dev.alignkit.career.SkillProfile;
import dev.alignkit.career.TrackKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Makes the skill catalog of 24 skills, the IC and management ladders with the expectations each
 * of their roles resolves to, and the people's skill profiles.
 *
 * <p>The catalog and the ladders draw nothing at random, so the one-person fixture can use them
 * too; the profiles and {@link #randomSkill()} draw from the organization's one random source.
 */
final class CareerGenerator {
  private static final String[] FAMILIES = {
      "technical-expertise", "influence", "people-management", "visibility", "process", "product-knowledge"};

  private final SplittableRandom random;
  private final List<Skill> skills = new ArrayList<>();
  private final List<CareerLadder> ladders = new ArrayList<>();
  private final Map<RoleRef, List<ResolvedExpectation>> resolved = new HashMap<>();
  private final RoleRef[] icLevels;
  private final RoleRef[] managerLevels;

  /**
   * Builds the catalog and the ladders.
   *
   * @param random the organization's one random source, shared with the other generators
   */
  CareerGenerator(SplittableRandom random) {
    this.random = random;
    for (int f = 0; f < FAMILIES.length; f++) {
      for (int s = 0; s < 4; s++) {
        skills.add(Skill.of("s-" + FAMILIES[f] + "-" + s, "Skill " + s + " of " + FAMILIES[f], FAMILIES[f]));
      }
    }
    icLevels = ladder("ic", "Engineering (IC)", TrackKind.INDIVIDUAL_CONTRIBUTOR, 5,
        new int[] {0, 1, 4, 5, 8, 9, 20, 21, 12, 13, 16, 17});
    managerLevels = ladder("mgr", "Engineering (management)", TrackKind.MANAGEMENT, 4,
        new int[] {8, 9, 10, 11, 4, 5, 12, 13, 0, 1, 6, 7});
  }

  /**
   * A ladder of {@code levels} levels. The first level declares 8 of the 12 skills in
   * {@code skillIndexes} (essential, 2.0 or 1.5), the second adds 2 more and the third the last
   * 2, so from the third level up a role expects 12 skills; each level also raises 4 inherited
   * requirements by half a point.
   */
  private RoleRef[] ladder(String id, String name, TrackKind track, int levels, int[] skillIndexes) {
    CareerLadder.Builder ladder = CareerLadder.builder().id(id).name(name).track(track);
    RoleRef[] roles = new RoleRef[levels];
    double[] required = new double[skillIndexes.length];
    for (int l = 0; l < levels; l++) {
      String levelId = id + "-" + (l + 1);
      Level.Builder level = Level.builder().id(levelId).name(name + " " + (l + 1)).rank(l + 1);
      int declared = l == 0 ? 8 : l == 1 ? 10 : 12;
      for (int e = 0; e < declared; e++) {
        boolean isNew = required[e] == 0;
        boolean raised = !isNew && (e + l) % 3 == 0 && required[e] <= 4.5;
        if (!isNew && !raised) {
          continue;
        }
        required[e] = isNew ? (e % 4 == 3 ? 1.5 : 2.0) : required[e] + 0.5;
        level.addExpectation(Expectation.builder().skillId(skills.get(skillIndexes[e]).id()).required(required[e])
            .importance(e % 4 == 3 ? Importance.OPTIONAL : Importance.ESSENTIAL)
            .behaviour("Shows " + skills.get(skillIndexes[e]).name() + " at level " + (l + 1)).build());
      }
      ladder.addLevel(level.build());
      roles[l] = RoleRef.of(id, levelId);
    }
    CareerLadder built = ladder.build();
    ladders.add(built);
    for (RoleRef role : roles) {
      resolved.put(role, ExpectationResolution.of(built, role.levelId()).orElseThrow().expectations());
    }
    return roles;
  }

  /** The role at level {@code index + 1} of the IC ladder (5 levels). */
  RoleRef icRole(int index) {
    return icLevels[index];
  }

  /** The role at level {@code index + 1} of the management ladder (4 levels). */
  RoleRef managerRole(int index) {
    return managerLevels[index];
  }

  /** The IC ladder, then the management ladder. */
  List<CareerLadder> ladders() {
    return List.copyOf(ladders);
  }

  SkillCatalog catalog() {
    return SkillCatalog.builder().addAllSkills(skills).build();
  }

  /** What {@code role} expects, as {@link ExpectationResolution} resolves it on its ladder. */
  List<ResolvedExpectation> expectations(RoleRef role) {
    return resolved.get(role);
  }

  /** The id of a skill of the catalog, drawn at random. */
  String randomSkill() {
    return skills.get(random.nextInt(skills.size())).id();
  }

  /**
   * A profile that assesses about 85 % of what the role expects, near the required proficiency,
   * plus one random skill; one assessment in 20 is more than a year old.
   */
  SkillProfile profile(String personId, RoleRef role) {
    SkillProfile.Builder profile = SkillProfile.builder().personId(personId);
    for (ResolvedExpectation expectation : resolved.get(role)) {
      if (random.nextInt(100) < 85) {
        profile.addAssessment(assessment(expectation.skillId(), expectation.required()));
      }
    }
    profile.addAssessment(assessment(randomSkill(), 3.0));
    return profile.build();
  }

  private Assessment assessment(String skillId, double around) {
    double proficiency = Math.max(1, Math.min(5, around - 1 + random.nextInt(5) * 0.5));
    LocalDate date = random.nextInt(20) == 0 ? AS_OF.minusDays(370 + random.nextInt(200))
        : AS_OF.minusDays(5 + random.nextInt(300));
    int source = random.nextInt(100);
    return Assessment.builder().skillId(skillId).proficiency(proficiency).date(date)
        .source(source < 70 ? AssessmentSource.MANAGER : source < 85 ? AssessmentSource.PEER : AssessmentSource.SELF)
        .build();
  }
}
