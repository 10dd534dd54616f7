package dev.alignkit.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.alignkit.career.LateralMove;
import dev.alignkit.career.RoleRef;
import dev.alignkit.common.DuplicateIdException;
import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.GrowSession;
import dev.alignkit.development.TargetSkill;
import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.Initiative;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.Owner;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrganizationSnapshotTest {
  private static Objective objective(String id, KeyResult... keyResults) {
    return Objective.builder().id(id).title("Objective " + id).owner(Owner.organization()).cycleId("c")
        .addKeyResults(keyResults).build();
  }

  @Test
  void duplicatePersonIdNamesBothPlaces() {
    DuplicateIdException e = assertThrows(DuplicateIdException.class, () -> OrganizationSnapshot.builder()
        .addPeople(Person.of("p-1", "Ada"), Person.of("p-2", "Bo"), Person.of("p-1", "Cy")).build());
    assertEquals("duplicate person id 'p-1' at people[0] and people[2]", e.getMessage());
    assertEquals("person", e.kind());
    assertEquals("p-1", e.id());
    assertEquals("people[0]", e.firstPlace());
    assertEquals("people[2]", e.secondPlace());
  }

  @Test
  void keyResultIdsAreUniqueAcrossObjectives() {
    DuplicateIdException e = assertThrows(DuplicateIdException.class, () -> OrganizationSnapshot.builder()
        .addObjective(objective("o-1", KeyResult.achieve("kr-1", "A")))
        .addObjective(objective("o-2", KeyResult.achieve("kr-2", "B"), KeyResult.achieve("kr-1", "C")))
        .build());
    assertEquals("duplicate key result id 'kr-1' at objectives[o-1].keyResults[0] and objectives[o-2].keyResults[1]",
        e.getMessage());
  }

  @Test
  void duplicateObjectiveAndInitiativeIdsAreRejected() {
    assertThrows(DuplicateIdException.class, () -> OrganizationSnapshot.builder()
        .addObjectives(objective("o-1"), objective("o-1")).build());
    Objective withInitiatives = Objective.builder().from(objective("o-1"))
        .addInitiatives(Initiative.of("i-1", "Run a workshop"), Initiative.of("i-1", "Run another")).build();
    DuplicateIdException e = assertThrows(DuplicateIdException.class,
        () -> OrganizationSnapshot.builder().addObjective(withInitiatives).build());
    assertEquals("objectives[o-1].initiatives[1]", e.secondPlace());
  }

  @Test
  void developmentGoalAndMeasureIdsAreUniqueAcrossPlans() {
    DevelopmentGoal goal = DevelopmentGoal.builder().from(DevelopmentGoal.propose("g-1", "Coach two engineers", "p-1"))
        .addMeasure(KeyResult.achieve("m-1", "Two engineers coached")).build();
    DevelopmentPlan first = DevelopmentPlan.builder().from(DevelopmentPlan.of("dp-1", "p-1", "c")).addGoal(goal).build();
    DevelopmentPlan sameGoal = DevelopmentPlan.builder().from(DevelopmentPlan.of("dp-2", "p-2", "c")).addGoal(goal)
        .build();
    DuplicateIdException goals = assertThrows(DuplicateIdException.class,
        () -> OrganizationSnapshot.builder().addPlans(first, sameGoal).build());
    assertEquals("duplicate development goal id 'g-1' at plans[dp-1].goals[0] and plans[dp-2].goals[0]",
        goals.getMessage());

    DevelopmentGoal other = DevelopmentGoal.builder().from(goal).id("g-2").build();
    DevelopmentPlan sameMeasure = DevelopmentPlan.builder().from(DevelopmentPlan.of("dp-2", "p-2", "c")).addGoal(other)
        .build();
    DuplicateIdException measures = assertThrows(DuplicateIdException.class,
        () -> OrganizationSnapshot.builder().addPlans(first, sameMeasure).build());
    assertEquals("duplicate development measure id 'm-1' at plans[dp-1].goals[0].measures[0] and "
        + "plans[dp-2].goals[0].measures[0]", measures.getMessage());
  }

  @Test
  void anObjectivesPositionIsItsIndexInTheSnapshotsObjectives() {
    OrganizationSnapshot snapshot = OrganizationSnapshot.builder()
        .addObjectives(objective("o-1"), objective("o-2"), objective("o-3")).build();
    assertEquals(0, snapshot.indexOfObjective("o-1"));
    assertEquals(2, snapshot.indexOfObjective("o-3"));
    assertEquals(-1, snapshot.indexOfObjective("o-4"));
    assertEquals(snapshot.objectives().get(1), snapshot.objective("o-2").orElseThrow());
    assertEquals(Optional.empty(), snapshot.objective("o-4"));
  }

  @Test
  void itemsOfDifferentKindsMayShareAnId() {
    OrganizationSnapshot snapshot = OrganizationSnapshot.builder()
        .addPerson(Person.of("x", "Ada")).addTeam(Team.of("x", "Support")).addObjective(objective("x")).build();
    assertEquals("Ada", snapshot.person("x").orElseThrow().name());
    assertEquals("Support", snapshot.team("x").orElseThrow().name());
  }

  @Test
  void lookupsFindItemsByIdAndAnswerEmptyForUnknownIds() {
    KeyResult kr = KeyResult.achieve("kr-1", "Launch");
    Objective parent = objective("o-1", kr);
    Objective child = Objective.builder().from(objective("o-2")).alignments(java.util.List.of(Alignment.supports("o-1"))).build();
    Objective orphan = Objective.builder().from(objective("o-3")).alignments(java.util.List.of(Alignment.supports("gone"))).build();
    // Two links that reach o-1, one through its key result, and one that reaches o-2: listed once under each.
    Objective twice = Objective.builder().from(objective("o-4")).addAlignment(Alignment.supportsKeyResult("kr-1"))
        .addAlignment(Alignment.contributes("o-1", 2)).addAlignment(Alignment.supports("o-2"))
        .addAlignment(Alignment.supportsKeyResult("kr-9")).build();
    OrganizationSnapshot snapshot = OrganizationSnapshot.builder().addObjectives(parent, child, orphan, twice).build();

    assertEquals(Optional.of(kr), snapshot.keyResult("kr-1"));
    assertEquals(Optional.of(parent), snapshot.objectiveOfKeyResult("kr-1"));
    assertEquals(List.of(child, twice), snapshot.childrenOf("o-1"));
    assertEquals(List.of(), snapshot.childrenOf("gone"));
    assertEquals(List.of(twice), snapshot.childrenOf("o-2"));
    assertEquals(List.of(parent, child), snapshot.parentsOf(twice));
    assertEquals(List.of(), snapshot.parentsOf(orphan));
    assertEquals(Optional.of(parent), snapshot.parentOf(Alignment.supportsKeyResult("kr-1")));
    assertEquals(Optional.empty(), snapshot.parentOf(Alignment.supportsKeyResult("o-1")));
    assertEquals(Optional.empty(), snapshot.parentOf(Alignment.supports("kr-1")));
    assertEquals(Optional.empty(), snapshot.objective("o-9"));
    assertEquals(Optional.empty(), snapshot.person("o-1"));
  }

  @Test
  void initiativesAndLateralMovesAreFoundById() {
    Initiative workshop = Initiative.of("i-1", "Run a workshop");
    Objective holder = Objective.builder().from(objective("o-1")).addInitiative(workshop).build();
    LateralMove move = LateralMove.of("m-1", RoleRef.of("ic", "L2"), RoleRef.of("mgmt", "M1"));
    OrganizationSnapshot snapshot = OrganizationSnapshot.builder().addObjective(holder).addLateralMove(move).build();

    assertEquals(Optional.of(workshop), snapshot.initiative("i-1"));
    assertEquals(Optional.of(holder), snapshot.objectiveOfInitiative("i-1"));
    assertEquals(Optional.empty(), snapshot.objectiveOfInitiative("i-9"));
    assertEquals(Optional.of(move), snapshot.lateralMove("m-1"));
    assertEquals(Optional.empty(), snapshot.lateralMove("m-9"));
  }

  @Test
  void listsTheSnapshotAnswersCannotChangeIt() {
    Objective parent = objective("o-1");
    Objective child = Objective.builder().from(objective("o-2")).alignments(java.util.List.of(Alignment.supports("o-1"))).build();
    DevelopmentPlan plan = DevelopmentPlan.of("dp-1", "p-1", "c");
    GrowSession session = GrowSession.builder().id("gs-1").personId("p-1").build();
    OrganizationSnapshot snapshot = OrganizationSnapshot.builder().addObjectives(parent, child).addPlan(plan)
        .addGrowSession(session).build();

    assertThrows(UnsupportedOperationException.class, () -> snapshot.childrenOf("o-1").add(parent));
    assertThrows(UnsupportedOperationException.class, () -> snapshot.plansOf("p-1").clear());
    assertThrows(UnsupportedOperationException.class, () -> snapshot.growSessionsOf("p-1").clear());
    assertEquals(List.of(child), snapshot.childrenOf("o-1"));
    assertEquals(List.of(plan), snapshot.plansOf("p-1"));
    assertEquals(List.of(session), snapshot.growSessionsOf("p-1"));
  }

  @Test
  void danglingReferencesAreRepresentable() {
    Person person = Person.builder().id("p-1").name("Ada").managerId("nobody").teamId("no-team").build();
    OrganizationSnapshot snapshot = OrganizationSnapshot.builder().addPerson(person).build();
    assertEquals(Optional.empty(), snapshot.person(person.managerId().orElseThrow()));
  }

  @Test
  void emptySnapshotHasNothing() {
    OrganizationSnapshot empty = OrganizationSnapshot.empty();
    assertEquals(List.of(), empty.people());
    assertEquals(List.of(), empty.objectives());
    assertEquals(Optional.empty(), empty.keyResult("kr-1"));
  }

  @Test
  void attributesKeepTheirOrder() {
    Person person = Person.builder().id("p-1").name("Ada")
        .putAttribute("zeta", "1").putAttribute("alpha", "\"a\"").putAttribute("mid", "null").build();
    assertEquals(List.of("zeta", "alpha", "mid"), List.copyOf(person.attributes().keySet()));
  }

  @Test
  void proficiencyOffTheScaleIsRejectedWhenTheSnapshotIsBuilt() {
    dev.alignkit.career.CareerLadder ladder = dev.alignkit.career.CareerLadder.builder().id("l").name("L")
        .addLevel(dev.alignkit.career.Level.builder().id("L1").name("L1").rank(1)
            .addExpectation(dev.alignkit.career.Expectation.essential("sql", 6)).build())
        .build();
    IllegalArgumentException required = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> OrganizationSnapshot.builder().addLadder(ladder).build());
    assertEquals("ladders[l].levels[L1].expectations[sql].required 6.0 is outside the scale [1, 5]",
        required.getMessage());
    dev.alignkit.career.SkillProfile profile = dev.alignkit.career.SkillProfile.of("p-1", List.of(
        dev.alignkit.career.Assessment.of("sql", 0.5, java.time.LocalDate.of(2026, 1, 2),
            dev.alignkit.career.AssessmentSource.SELF)));
    IllegalArgumentException assessed = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> OrganizationSnapshot.builder().addProfile(profile).build());
    assertEquals("profiles[p-1].assessments[sql].proficiency 0.5 on 2026-01-02 is outside the scale [1, 5]",
        assessed.getMessage());
  }

  @Test
  void desiredProficiencyOffTheScaleIsRejectedWhenTheSnapshotIsBuilt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> OrganizationSnapshot.builder().addPlan(planTargeting(TargetSkill.of("sql", 5.5))).build());
    assertEquals("plans[dp-1].goals[g-1].targetSkills[sql].desired 5.5 is outside the scale [1, 5]", e.getMessage());
  }

  @Test
  void targetSkillWithoutADesiredProficiencyNeedsNoScale() {
    DevelopmentPlan plan = planTargeting(TargetSkill.of("sql"));
    OrganizationSnapshot snapshot = OrganizationSnapshot.builder().addPlan(plan).build();
    assertEquals(Optional.of(plan), snapshot.planOfGoal("g-1"));
  }

  private static DevelopmentPlan planTargeting(TargetSkill target) {
    DevelopmentGoal goal = DevelopmentGoal.builder().from(DevelopmentGoal.propose("g-1", "Tune queries", "p-1"))
        .addTargetSkill(target).build();
    return DevelopmentPlan.builder().from(DevelopmentPlan.of("dp-1", "p-1", "c")).addGoal(goal).build();
  }

  @Test
  void secondProfileForOnePersonIsADuplicate() {
    dev.alignkit.career.SkillProfile profile = dev.alignkit.career.SkillProfile.of("p-1", List.of());
    DuplicateIdException e = assertThrows(DuplicateIdException.class,
        () -> OrganizationSnapshot.builder().addProfiles(profile, profile).build());
    assertEquals("duplicate skill profile id 'p-1' at profiles[0] and profiles[1]", e.getMessage());
  }
}
