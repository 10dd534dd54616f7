package dev.alignkit.benchmarks;

import dev.alignkit.career.LateralMove;
import dev.alignkit.career.Opening;
import dev.alignkit.career.RoleRef;
import dev.alignkit.career.SkillProfile;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.okr.Objective;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.org.Team;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Lays out teams of 8 in a tree of four levels, staffs them, and assembles the snapshot from what
 * the OKR, plan and career generators make for each team and person.
 *
 * <p>The generators share one random source, and this class decides the order in which they draw
 * from it: the organization's objectives, then team by team, then person by person (role,
 * objectives, plan, profile). That order is what makes a seed give the organizations
 * docs/concepts.md, "Performance", measured; keep it.
 */
final class TeamTree {
  static final int TEAM_SIZE = 8;
  private static final int TEAM_LEVELS = 4;

  private final SplittableRandom random;
  private final CareerGenerator careers;
  private final OkrGenerator okrs;
  private final PlanGenerator development;

  /**
   * A tree whose generators all draw from {@code random}.
   *
   * @param random a new source, from the organization's seed
   */
  TeamTree(SplittableRandom random) {
    this.random = random;
    this.careers = new CareerGenerator(random);
    this.okrs = new OkrGenerator(random, careers);
    this.development = new PlanGenerator(random, careers);
  }

  /**
   * The whole organization.
   *
   * @param peopleCount at least 1
   */
  OrganizationSnapshot build(int peopleCount) {
    if (peopleCount < 1) {
      throw new IllegalArgumentException("people must be at least 1: " + peopleCount);
    }
    int teamCount = (peopleCount + TEAM_SIZE - 1) / TEAM_SIZE;
    int branching = branching(teamCount);
    OrganizationSnapshot.Builder snapshot = OrganizationSnapshot.builder()
        .skillCatalog(careers.catalog())
        .addCycle(OrganizationGenerator.cycle())
        .addAllLadders(careers.ladders())
        .addLateralMove(LateralMove.of("move-ic-mgr", careers.icRole(3), careers.managerRole(0)))
        .addLateralMove(LateralMove.of("move-mgr-ic", careers.managerRole(1), careers.icRole(4)));
    for (int o = 0; o < 4; o++) {
      RoleRef role = o % 2 == 0 ? careers.icRole(2 + o / 2) : careers.managerRole(o / 2);
      snapshot.addOpening(Opening.of("opening-" + o, role, "t" + Math.min(teamCount - 1, o)));
    }

    List<Objective> objectives = new ArrayList<>(4 * peopleCount + 2 * teamCount + 3);
    for (int o = 1; o <= 3; o++) {
      objectives.add(okrs.organizationObjective(o));
    }
    int[] depth = new int[teamCount];
    for (int t = 0; t < teamCount; t++) {
      int parent = t == 0 ? -1 : (t - 1) / branching;
      depth[t] = t == 0 ? 0 : depth[parent] + 1;
      snapshot.addTeam(Team.of("t" + t, "Team " + t));
      okrs.teamObjectives(objectives, t, parent);
    }

    List<Person> people = new ArrayList<>(peopleCount);
    List<DevelopmentPlan> plans = new ArrayList<>(peopleCount);
    List<SkillProfile> profiles = new ArrayList<>(peopleCount);
    for (int p = 0; p < peopleCount; p++) {
      int team = p / TEAM_SIZE;
      boolean lead = p % TEAM_SIZE == 0;
      String id = "p" + p;
      String managerId = lead ? (team == 0 ? null : "p" + ((team - 1) / branching) * TEAM_SIZE) : "p" + team * TEAM_SIZE;
      RoleRef role = lead ? careers.managerRole(Math.max(0, 2 - Math.max(0, depth[team] - 1)))
          : careers.icRole(Math.min(3, random.nextInt(5)));
      Person.Builder person = Person.builder().id(id).name("Person " + p).teamId("t" + team).role(role)
          .hrAdministrator(p == 1);
      if (managerId != null) {
        person.managerId(managerId);
      }
      people.add(person.build());
      okrs.personalObjectives(objectives, id, team, lead ? null : "p" + team * TEAM_SIZE);
      plans.add(development.plan(id, managerId, role, team));
      profiles.add(careers.profile(id, role));
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
}
