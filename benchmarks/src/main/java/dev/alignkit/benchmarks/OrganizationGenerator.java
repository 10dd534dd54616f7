package dev.alignkit.benchmarks;

import dev.alignkit.career.Assessment;
import dev.alignkit.career.AssessmentSource;
import dev.alignkit.career.CareerLadder;
import dev.alignkit.career.Expectation;
import dev.alignkit.career.ExpectationResolution;
import dev.alignkit.career.Importance;
import dev.alignkit.career.LateralMove;
import dev.alignkit.career.Level;
import dev.alignkit.career.Opening;
import dev.alignkit.career.ResolvedExpectation;
import dev.alignkit.career.RoleRef;
import dev.alignkit.career.Skill;
import dev.alignkit.career.SkillCatalog;
import dev.alignkit.career.SkillProfile;
import dev.alignkit.career.TrackKind;
import dev.alignkit.development.CoachingCheckIn;
import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.GoalStatus;
import dev.alignkit.development.PerformanceStanding;
import dev.alignkit.development.SupportActivity;
import dev.alignkit.development.SupportKind;
import dev.alignkit.development.TargetSkill;
import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.Initiative;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.KeyResultKind;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.ObjectiveType;
import dev.alignkit.okr.OrdinalZone;
import dev.alignkit.okr.Owner;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.org.Team;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Builds deterministic organizations of any size for the benchmarks: the same size and seed give
 * the same snapshot, item for item.
 *
 * <p>Shape, per size: teams of 8 (a lead and seven members) arranged in a tree of four levels
 * whose branching grows with the size, so that the alignment trees are 7 deep at every size:
 * organization objective, four levels of team objectives, personal objectives, and personal
 * objectives aligned to their lead's. Every person has 3 to 5 objectives with 1 to 3 key results
 * (0 to 2 check-ins each), a development plan with 1 to 3 goals (each with a measure and a support
 * activity), a role on one of two ladders and a skill profile. A few percent of the items carry
 * what a real organization carries and the rules report: unaligned objectives, stale check-ins,
 * activity verbs, tangential goals, missing coaching, stale assessments, too many goals.
 *
 * <p>Everything is built with the model's builders, straight into lists, so that a million people
 * take seconds rather than minutes.
 */
public final class OrganizationGenerator {
  /** The date every benchmark validates and rolls up as of. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 8, 15);
  /** The one cycle of the generated organizations. */
  public static final String CYCLE_ID = "2026-Q3";
  /** The seed the benchmarks use. */
  public static final long SEED = 20260815L;

  static final int TEAM_SIZE = 8;
  private static final int TEAM_LEVELS = 4;
  private static final LocalDate CYCLE_START = LocalDate.of(2026, 7, 1);
  private static final LocalDate CYCLE_END = LocalDate.of(2026, 9, 30);

  private static final String[] FAMILIES = {
      "technical-expertise", "influence", "people-management", "visibility", "process", "product-knowledge"};
  private static final String[] TAGS = {
      "cross-functional", "vendors", "interns", "executive-sponsored", "process"};
  private static final String[] METRICS = {
      "weekly active teams", "net promoter score", "median reply time", "deploys per week", "open defects",
      "trial conversions", "onboarding time", "uptime", "churned accounts", "cost per ticket"};
  private static final String[] UNITS = {"teams", "points", "hours", "deploys", "defects", "%", "days"};

  private final SplittableRandom random;
  private final List<Skill> skills = new ArrayList<>();
  private final List<CareerLadder> ladders = new ArrayList<>();
  private final Map<RoleRef, List<ResolvedExpectation>> resolved = new HashMap<>();
  private final RoleRef[] icLevels;
  private final RoleRef[] managerLevels;

  private OrganizationGenerator(long seed) {
    this.random = new SplittableRandom(seed);
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
   * A whole organization.
   *
   * @param people how many people; at least 1
   * @param seed the seed; the same seed gives the same organization
   */
  public static OrganizationSnapshot organization(int people, long seed) {
    return new OrganizationGenerator(seed).build(people);
  }

  /**
   * The one-person fixture of target P1: a person with 5 objectives of 4 key results each, a plan
   * with 3 goals and a role whose level expects 12 skills, with their manager, the cycle, the
   * organization objective they align to, the skill catalog and the ladder.
   */
  public static OrganizationSnapshot onePerson() {
    return new OrganizationGenerator(SEED).buildOnePerson();
  }

  // --- the catalog and the ladders ------------------------------------------------------------

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

  private SkillCatalog catalog() {
    return SkillCatalog.builder().addAllSkills(skills).build();
  }

  private static Cycle cycle() {
    return Cycle.of(CYCLE_ID, CYCLE_ID, CYCLE_START, CYCLE_END);
  }

  // --- a whole organization -------------------------------------------------------------------

  private OrganizationSnapshot build(int peopleCount) {
    if (peopleCount < 1) {
      throw new IllegalArgumentException("people must be at least 1: " + peopleCount);
    }
    int teamCount = (peopleCount + TEAM_SIZE - 1) / TEAM_SIZE;
    int branching = branching(teamCount);
    OrganizationSnapshot.Builder snapshot = OrganizationSnapshot.builder()
        .skillCatalog(catalog())
        .addCycle(cycle())
        .addAllLadders(ladders)
        .addLateralMove(LateralMove.of("move-ic-mgr", icLevels[3], managerLevels[0]))
        .addLateralMove(LateralMove.of("move-mgr-ic", managerLevels[1], icLevels[4]));
    for (int o = 0; o < 4; o++) {
      snapshot.addOpening(Opening.of("opening-" + o, o % 2 == 0 ? icLevels[2 + o / 2] : managerLevels[o / 2],
          "t" + Math.min(teamCount - 1, o)));
    }

    List<Objective> objectives = new ArrayList<>(4 * peopleCount + 2 * teamCount + 3);
    for (int o = 1; o <= 3; o++) {
      objectives.add(objective("org-" + o, Owner.organization(), null, 3, true).build());
    }
    int[] depth = new int[teamCount];
    for (int t = 0; t < teamCount; t++) {
      int parent = t == 0 ? -1 : (t - 1) / branching;
      depth[t] = t == 0 ? 0 : depth[parent] + 1;
      snapshot.addTeam(Team.of("t" + t, "Team " + t));
      Owner owner = Owner.team("t" + t);
      for (int o = 1; o <= 2; o++) {
        String parentId = parent < 0 ? "org-" + (1 + random.nextInt(3)) : "t" + parent + "-o" + (1 + random.nextInt(2));
        Objective.Builder objective = objective("t" + t + "-o" + o, owner, Alignment.contributes(parentId, 1.0), 3, true);
        objective.addInitiative(Initiative.builder().id("t" + t + "-o" + o + "-i1")
            .title("Run the " + METRICS[random.nextInt(METRICS.length)] + " review with team " + t)
            .addTag(TAGS[random.nextInt(TAGS.length)]).addSkill(randomSkill()).build());
        objectives.add(objective.build());
      }
    }

    List<Person> people = new ArrayList<>(peopleCount);
    List<DevelopmentPlan> plans = new ArrayList<>(peopleCount);
    List<SkillProfile> profiles = new ArrayList<>(peopleCount);
    for (int p = 0; p < peopleCount; p++) {
      int team = p / TEAM_SIZE;
      boolean lead = p % TEAM_SIZE == 0;
      String id = "p" + p;
      String managerId = lead ? (team == 0 ? null : "p" + ((team - 1) / branching) * TEAM_SIZE) : "p" + team * TEAM_SIZE;
      RoleRef role = lead ? managerLevels[Math.max(0, 2 - Math.max(0, depth[team] - 1))]
          : icLevels[Math.min(3, random.nextInt(5))];
      Person.Builder person = Person.builder().id(id).name("Person " + p).teamId("t" + team).role(role)
          .hrAdministrator(p == 1);
      if (managerId != null) {
        person.managerId(managerId);
      }
      people.add(person.build());
      personalObjectives(objectives, id, team, lead ? null : "p" + team * TEAM_SIZE);
      plans.add(plan(id, managerId, role, team));
      profiles.add(profile(id, role));
    }
    return snapshot.people(people).objectives(objectives).plans(plans).profiles(profiles).build();
  }

  /** The smallest branching that holds every team in {@value #TEAM_LEVELS} levels. */
  static int branching(int teams) {
    for (int b = 2; ; b++) {
      long capacity = 0;
      long width = 1;
      for (int level = 0; level < TEAM_LEVELS; level++) {
        capacity += width;
        width *= b;
      }
      if (capacity >= teams) {
        return b;
      }
    }
  }

  private void personalObjectives(List<Objective> objectives, String personId, int team, String leadId) {
    int count = 3 + random.nextInt(3);
    Owner owner = Owner.person(personId);
    for (int o = 1; o <= count; o++) {
      int roll = random.nextInt(100);
      Alignment alignment;
      if (roll < 5) {
        alignment = null;
      } else if (roll < 13 && leadId != null) {
        alignment = Alignment.contributes(leadId + "-o" + (1 + random.nextInt(3)), 1.0);
      } else if (roll < 16) {
        alignment = Alignment.supports("t" + team + "-o" + (1 + random.nextInt(2)));
      } else {
        alignment = Alignment.contributes("t" + team + "-o" + (1 + random.nextInt(2)), 1 + random.nextInt(2));
      }
      objectives.add(objective(personId + "-o" + o, owner, alignment, 1 + random.nextInt(3), false).build());
    }
  }

  private Objective.Builder objective(String id, Owner owner, Alignment alignment, int keyResults, boolean shared) {
    Objective.Builder objective = Objective.builder().id(id).owner(owner).cycleId(CYCLE_ID)
        .title((shared ? "Make " : "Improve ") + METRICS[random.nextInt(METRICS.length)] + " for "
            + (shared ? "everyone" : "my customers") + " (" + id + ")")
        .type(random.nextInt(5) == 0 ? ObjectiveType.ASPIRATIONAL : ObjectiveType.COMMITTED);
    if (alignment != null) {
      objective.alignment(alignment);
    }
    if (shared || random.nextInt(3) == 0) {
      objective.addSkill(randomSkill());
      objective.addTag(TAGS[random.nextInt(TAGS.length)]);
    }
    for (int k = 1; k <= keyResults; k++) {
      objective.addKeyResult(keyResult(id + "-kr" + k));
    }
    return objective;
  }

  private KeyResult keyResult(String id) {
    int kind = random.nextInt(100);
    String metric = METRICS[random.nextInt(METRICS.length)];
    String unit = UNITS[random.nextInt(UNITS.length)];
    String verb = kind < 75 && random.nextInt(100) < 4 ? "Attend " : "";
    double start = 10 + random.nextInt(90);
    KeyResult.Builder keyResult;
    double low;
    double high;
    if (kind < 60) {
      double target = start + 10 + random.nextInt(100);
      keyResult = KeyResult.builder().id(id).title(verb + "Raise " + metric + " from " + (int) start + " to "
          + (int) target).kind(KeyResultKind.INCREASE).start(start).target(target).unit(unit);
      low = start;
      high = target;
    } else if (kind < 75) {
      double target = Math.max(0, start - 5 - random.nextInt(40));
      keyResult = KeyResult.builder().id(id).title(verb + "Cut " + metric + " from " + (int) start + " to "
          + (int) target).kind(KeyResultKind.DECREASE).start(start).target(target).unit(unit);
      low = target;
      high = start;
    } else if (kind < 85) {
      keyResult = KeyResult.builder().id(id).title("Ship the new " + metric + " dashboard")
          .kind(KeyResultKind.ACHIEVE).target(1);
      low = 0;
      high = 1;
    } else if (kind < 90) {
      keyResult = KeyResult.builder().id(id).title(verb + "Keep " + metric + " at or above " + (int) start)
          .kind(KeyResultKind.STAY_AT_LEAST).target(start).unit(unit);
      low = start - 10;
      high = start + 10;
    } else if (kind < 95) {
      keyResult = KeyResult.builder().id(id).title(verb + "Keep " + metric + " at or below " + (int) start)
          .kind(KeyResultKind.STAY_AT_MOST).target(start).unit(unit);
      low = start - 10;
      high = start + 10;
    } else {
      keyResult = KeyResult.builder().id(id).title("Customers rate " + metric)
          .kind(KeyResultKind.ORDINAL).target(OrdinalZone.TARGET.index())
          .putZoneText(OrdinalZone.COMMIT, "Rated fair").putZoneText(OrdinalZone.TARGET, "Rated good")
          .putZoneText(OrdinalZone.STRETCH, "Rated excellent");
      low = 0;
      high = 3;
    }
    int checkIns = random.nextInt(20) == 0 ? 0 : random.nextInt(10) < 7 ? 1 : 2;
    boolean stale = random.nextInt(20) == 0;
    for (int c = 0; c < checkIns; c++) {
      LocalDate date = stale ? CYCLE_START.plusDays(1 + random.nextInt(14)) : AS_OF.minusDays(1 + random.nextInt(27));
      double value = kind >= 95 ? random.nextInt(4) : kind >= 75 && kind < 85 ? random.nextInt(2)
          : Math.round(low + random.nextDouble() * (high - low));
      keyResult.addCheckIn(CheckIn.builder().date(date).value(value).confidence((3 + random.nextInt(8)) / 10.0)
          .authorId("p0").build());
    }
    return keyResult.build();
  }

  private DevelopmentPlan plan(String personId, String managerId, RoleRef role, int team) {
    DevelopmentPlan.Builder plan = DevelopmentPlan.builder().id("plan-" + personId).personId(personId).cycleId(CYCLE_ID);
    int roll = random.nextInt(100);
    plan.standing(roll < 5 ? PerformanceStanding.BELOW : roll < 85 ? PerformanceStanding.MEETS
        : PerformanceStanding.EXCEEDS);
    if (random.nextInt(10) != 0) {
      plan.addCoachingCheckIn(CoachingCheckIn.of(AS_OF.minusDays(1 + random.nextInt(28)),
          managerId != null ? managerId : personId));
    }
    int goals = random.nextInt(50) == 0 ? 4 : 1 + random.nextInt(3);
    List<ResolvedExpectation> expected = resolved.get(role);
    for (int g = 1; g <= goals; g++) {
      plan.addGoal(goal(personId + "-g" + g, personId, managerId, expected, team));
    }
    return plan.build();
  }

  private DevelopmentGoal goal(String id, String personId, String managerId, List<ResolvedExpectation> expected,
      int team) {
    DevelopmentGoal.Builder goal = DevelopmentGoal.builder().id(id).proposedBy(personId);
    int kind = random.nextInt(100);
    String skill;
    if (kind < 80) {
      skill = expected.get(random.nextInt(expected.size())).skillId();
    } else {
      skill = randomSkill();
      if (kind < 90) {
        goal.wovenInto("t" + team + "-o" + (1 + random.nextInt(2)));
      }
    }
    goal.statement("Grow " + skill + " by leading real work (" + id + ")")
        .addTargetSkill(TargetSkill.of(skill, 3.0 + random.nextInt(3) * 0.5))
        .addMeasure(KeyResult.increase("m-" + id, "Lead " + skill + " sessions", 0, 2 + random.nextInt(6), "sessions"))
        .addSupportActivity(SupportActivity.builder().kind(SupportKind.values()[random.nextInt(SupportKind.values().length)])
            .description("Support for " + skill).plannedHours(4 + random.nextInt(20)).build())
        .plannedShare(0.05 * (1 + random.nextInt(3)));
    int status = random.nextInt(100);
    if (status < 15 || managerId == null) {
      goal.status(status < 15 ? GoalStatus.PROPOSED : GoalStatus.ACTIVE);
    } else {
      goal.status(status < 30 ? GoalStatus.AGREED : GoalStatus.ACTIVE).agreedBy(managerId)
          .agreedOn(CYCLE_START.plusDays(random.nextInt(10)));
    }
    return goal.build();
  }

  private SkillProfile profile(String personId, RoleRef role) {
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

  private String randomSkill() {
    return skills.get(random.nextInt(skills.size())).id();
  }

  // --- the one-person fixture -----------------------------------------------------------------

  private OrganizationSnapshot buildOnePerson() {
    RoleRef role = icLevels[2];
    String personId = "p-1";
    String managerId = "p-0";
    List<Objective> objectives = new ArrayList<>();
    objectives.add(Objective.builder().id("org-1").title("Customers recommend us").owner(Owner.organization())
        .cycleId(CYCLE_ID).build());
    for (int o = 1; o <= 5; o++) {
      Objective.Builder objective = Objective.builder().id(personId + "-o" + o).owner(Owner.person(personId))
          .cycleId(CYCLE_ID).title("Improve " + METRICS[o] + " for my customers")
          .alignment(Alignment.contributes("org-1", 1.0));
      for (int k = 1; k <= 4; k++) {
        String id = personId + "-o" + o + "-kr" + k;
        double start = 10 * k;
        objective.addKeyResult(KeyResult.builder().id(id).title("Raise " + METRICS[(o + k) % METRICS.length]
                + " from " + (int) start + " to " + (int) (start + 40))
            .kind(KeyResultKind.INCREASE).start(start).target(start + 40).unit(UNITS[k])
            .addCheckIn(CheckIn.builder().date(AS_OF.minusDays(3 + k)).value(start + 10 + o).confidence(0.7)
                .authorId(personId).build())
            .build());
      }
      objectives.add(objective.build());
    }
    List<ResolvedExpectation> expected = resolved.get(role);
    if (expected.size() != 12) {
      throw new IllegalStateException("the fixture's role must expect 12 skills: " + expected.size());
    }
    DevelopmentPlan.Builder plan = DevelopmentPlan.builder().id("plan-" + personId).personId(personId)
        .cycleId(CYCLE_ID).standing(PerformanceStanding.MEETS)
        .addCoachingCheckIn(CoachingCheckIn.of(AS_OF.minusDays(10), managerId));
    SkillProfile.Builder profile = SkillProfile.builder().personId(personId);
    for (ResolvedExpectation expectation : expected) {
      profile.addAssessment(Assessment.of(expectation.skillId(), expectation.required(), AS_OF.minusDays(60),
          AssessmentSource.MANAGER));
    }
    for (int g = 1; g <= 3; g++) {
      String skill = expected.get(g * 3).skillId();
      String id = personId + "-g" + g;
      plan.addGoal(DevelopmentGoal.builder().id(id).statement("Grow " + skill + " by leading real work")
          .proposedBy(personId).addTargetSkill(TargetSkill.of(skill, 4.0))
          .addMeasure(KeyResult.increase("m-" + id, "Lead " + skill + " sessions", 0, 4, "sessions"))
          .addSupportActivity(SupportActivity.builder().kind(SupportKind.COURSE).description("Course on " + skill)
              .plannedHours(12).build())
          .status(GoalStatus.ACTIVE).agreedBy(managerId).agreedOn(CYCLE_START.plusDays(3)).build());
    }
    // The role is one level that declares its 12 expectations, as the bean model's role holds 12.
    Level.Builder level = Level.builder().id(role.levelId()).name("Engineering (IC) 3").rank(3);
    for (ResolvedExpectation expectation : expected) {
      level.addExpectation(Expectation.builder().skillId(expectation.skillId()).required(expectation.required())
          .importance(expectation.importance()).behaviour(expectation.behaviour()).build());
    }
    return OrganizationSnapshot.builder()
        .skillCatalog(catalog())
        .addCycle(cycle())
        .addLadder(CareerLadder.builder().id(role.ladderId()).name("Engineering (IC)").addLevel(level.build()).build())
        .addPerson(Person.builder().id(managerId).name("Maya Chen").build())
        .addPerson(Person.builder().id(personId).name("Ada Lovelace").managerId(managerId).role(role).build())
        .objectives(objectives)
        .addPlan(plan.build())
        .addProfile(profile.build())
        .build();
  }
}
