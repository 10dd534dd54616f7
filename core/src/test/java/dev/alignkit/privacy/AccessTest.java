package dev.alignkit.privacy;

import static dev.alignkit.privacy.PrivacyFixtures.AS_OF;
import static dev.alignkit.privacy.PrivacyFixtures.POLICY;
import static dev.alignkit.privacy.PrivacyFixtures.access;
import static dev.alignkit.privacy.PrivacyFixtures.organization;
import static dev.alignkit.privacy.PrivacyFixtures.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.common.Visibility;
import dev.alignkit.development.CareerVision;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.Owner;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.rules.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who sees what: the visibility rows of DOMAIN, manager chains, HR administrators and grants. */
class AccessTest {
  private final OrganizationSnapshot snapshot = organization().build();
  private final DevelopmentPlan mayasPlan = snapshot.plan("plan-maya").orElseThrow();

  @Test
  void anEngineerCannotSeeAPeersPlanWhileThePeersSecondLevelManagerCan() {
    assertFalse(access(snapshot, "omar").sees(mayasPlan), "Omar, Maya's peer");
    assertTrue(access(snapshot, "carla").sees(mayasPlan), "Carla, Maya's manager's manager");
    assertTrue(access(snapshot, "lena").sees(mayasPlan), "Lena, Maya's manager");
    assertTrue(access(snapshot, "maya").sees(mayasPlan), "Maya herself");
    assertFalse(access(snapshot, "sam").sees(mayasPlan), "Sam, in another team");
  }

  @Test
  void hrAdministratorsSeeEveryItemAndTheirRedactedSnapshotIsTheWholeOne() {
    Access hanna = access(snapshot, "hanna");
    assertTrue(hanna.isHrAdministrator());
    assertTrue(hanna.sees(mayasPlan));
    assertTrue(hanna.seesStanding(mayasPlan));
    assertTrue(hanna.seesAssessmentsOf("maya"));
    for (Objective objective : snapshot.objectives()) {
      assertTrue(hanna.sees(objective), objective.id());
    }
    assertEquals(snapshot, Privacy.redact(snapshot, Viewer.of("hanna"), AS_OF, POLICY));
  }

  @Test
  void onlyPeopleMarkedSoAreHrAdministratorsNotManagersNorTheTop() {
    assertFalse(access(snapshot, "lena").isHrAdministrator(), "a manager");
    assertFalse(access(snapshot, "carla").isHrAdministrator(), "the top of the organization");
    assertFalse(access(snapshot, "mallory").isHrAdministrator(), "not a person of the snapshot");
  }

  @Test
  void everyAssessmentOfSomeoneWithoutAProfileIsSeenByEveryPersonButNotByAStranger() {
    assertTrue(access(snapshot, "ivan").seesAssessmentsOf("sam"), "Sam has no assessment to hide");
    assertFalse(access(snapshot, "mallory").seesAssessmentsOf("sam"));
    assertFalse(access(snapshot, "mallory").seesAssessmentsOf("maya"));
  }

  @Test
  void aTeamObjectiveIsSeenByATeammateAndTheMembersManagersButNotByAnotherTeam() {
    Objective support = snapshot.objective("o-support").orElseThrow();
    assertTrue(access(snapshot, "omar").sees(support), "a member");
    assertTrue(access(snapshot, "carla").sees(support), "the manager chain of its members");
    assertFalse(access(snapshot, "sam").sees(support), "another team");
    assertFalse(access(snapshot, "omar").sees(snapshot.objective("o-sales").orElseThrow()));
  }

  @Test
  void aPersonsTeamItemIsSeenByTheirTeammatesAndManagersOnly() {
    OrganizationSnapshot withVision = organization().addVision(CareerVision.builder().id("v-maya").personId("maya")
        .longTermVision("Lead a support organization").visibility(Visibility.TEAM).build()).build();
    CareerVision vision = withVision.vision("v-maya").orElseThrow();
    assertTrue(access(withVision, "omar").sees(vision));
    assertTrue(access(withVision, "carla").sees(vision));
    assertFalse(access(withVision, "sam").sees(vision));
    assertFalse(access(withVision, "ivan").sees(vision));
  }

  @Test
  void grantsWorkUpToAndIncludingTheirDate() {
    Viewer sam = Viewer.builder().personId("sam").addGrant(Grant.person("maya", AS_OF)).build();
    assertTrue(Access.of(snapshot, sam, AS_OF, POLICY).sees(mayasPlan), "on the last day");
    assertFalse(Access.of(snapshot, sam, AS_OF.plusDays(1), POLICY).sees(mayasPlan), "the day after");
    assertFalse(Access.of(snapshot, sam, AS_OF, POLICY).sees(snapshot.objective("o-support").orElseThrow()),
        "a person grant does not cover the person's team");
  }

  @Test
  void aTeamGrantCoversTheTeamsItemsAndItsMembersButNotTheirManager() {
    OrganizationSnapshot withPlan = organization()
        .addPlan(DevelopmentPlan.of("plan-lena", "lena", "2026-Q3")).build();
    Viewer ivan = Viewer.builder().personId("ivan").addGrant(Grant.team("support", AS_OF.plusDays(10))).build();
    Access access = Access.of(withPlan, ivan, AS_OF, POLICY);
    assertTrue(access.sees(withPlan.objective("o-support").orElseThrow()));
    assertTrue(access.sees(withPlan.plan("plan-maya").orElseThrow()));
    assertTrue(access.sees(withPlan.plan("plan-lena").orElseThrow()), "Lena is a member of support");
    assertFalse(access.sees(withPlan.objective("o-sales").orElseThrow()));
  }

  @Test
  void aViewerWhoIsNotAPersonOfTheSnapshotSeesNothingNotEvenWithGrants() {
    Viewer stranger = Viewer.builder().personId("mallory").addGrant(Grant.person("maya", AS_OF)).build();
    Access access = Access.of(snapshot, stranger, AS_OF, POLICY);
    assertFalse(access.knowsViewer());
    assertFalse(access.sees(Owner.organization(), Visibility.PUBLIC));
    assertFalse(access.sees(snapshot.objective("o-company").orElseThrow()));
    assertEquals(OrganizationSnapshot.empty(), Privacy.redact(snapshot, stranger, AS_OF, POLICY));
    assertEquals(List.of(), Privacy.report(Validator.defaults(), snapshot, stranger, AS_OF).findings());
  }

  @Test
  void aReportingCycleGrantsNothingToThoseOnIt() {
    OrganizationSnapshot cyclic = OrganizationSnapshot.builder()
        .addPerson(person("a", "A", "t", "b"))
        .addPerson(person("b", "B", "t2", "a"))
        .addPerson(person("x", "X", "t3", "a"))
        .addPlan(DevelopmentPlan.of("plan-x", "x", "2026-Q3"))
        .build();
    DevelopmentPlan plan = cyclic.plan("plan-x").orElseThrow();
    assertFalse(access(cyclic, "a").sees(plan), "x's manager, whose chain runs into a cycle");
    assertFalse(access(cyclic, "b").sees(plan));
    assertTrue(access(cyclic, "x").sees(plan));
  }

  @Test
  void aPrivateOrganizationObjectiveIsForTheTopOfTheOrganizationAndHr() {
    Owner organization = Owner.organization();
    assertTrue(access(snapshot, "carla").sees(organization, Visibility.PRIVATE));
    assertTrue(access(snapshot, "hanna").sees(organization, Visibility.PRIVATE));
    assertFalse(access(snapshot, "lena").sees(organization, Visibility.PRIVATE));
    assertTrue(access(snapshot, "lena").sees(organization, Visibility.TEAM), "the organization is its own team");
  }

  @Test
  void theStandingIsPrivateEvenOnAPlanTheTeamMaySee() {
    OrganizationSnapshot teamPlan = organization().plans(List.of(DevelopmentPlan.builder().from(mayasPlan)
        .visibility(Visibility.TEAM).build())).build();
    DevelopmentPlan plan = teamPlan.plan("plan-maya").orElseThrow();
    Access omar = access(teamPlan, "omar");
    assertTrue(omar.sees(plan));
    assertFalse(omar.seesStanding(plan));
    assertFalse(omar.sees(plan, plan.goal("g-maya").orElseThrow()), "goals are PRIVATE by default");
    assertTrue(access(teamPlan, "lena").seesStanding(plan));
  }

  @Test
  void aGoalIsSeenOnlyInsideAPlanTheViewerSees() {
    OrganizationSnapshot publicGoal = organization().plans(List.of(DevelopmentPlan.builder().from(mayasPlan)
        .goals(List.of(PrivacyFixtures.goal("g-maya", "Run the support guild", "s-influence")
            .visibility(Visibility.PUBLIC).build())).build())).build();
    DevelopmentPlan plan = publicGoal.plan("plan-maya").orElseThrow();
    assertFalse(access(publicGoal, "sam").sees(plan, plan.goal("g-maya").orElseThrow()));
    assertTrue(access(publicGoal, "sam").isHidden("g-maya"));
    assertTrue(access(publicGoal, "sam").isHidden("m-g-maya"), "its measures go with it");
  }

  @Test
  void aHundredThousandDeepReportingLineGrantsTheTopEverythingBelowIt() {
    OrganizationSnapshot.Builder builder = OrganizationSnapshot.builder().addPerson(Person.of("p-0", "Top"));
    for (int i = 1; i < 100_000; i++) {
      builder.addPerson(Person.builder().id("p-" + i).name("P" + i).managerId("p-" + (i - 1)).build());
    }
    OrganizationSnapshot deep = builder.addPlan(DevelopmentPlan.of("plan-last", "p-99999", "2026-Q3"))
        .addPlan(DevelopmentPlan.of("plan-top", "p-0", "2026-Q3")).build();
    DevelopmentPlan plan = deep.plan("plan-last").orElseThrow();
    assertTrue(access(deep, "p-0").sees(plan));
    assertTrue(access(deep, "p-99998").sees(plan));
    assertFalse(access(deep, "p-99999").sees(deep.plan("plan-top").orElseThrow()), "no one sees up the line");
    assertEquals(List.of("plan-last", "plan-top"),
        Privacy.redact(deep, Viewer.of("p-0"), AS_OF, POLICY).plans().stream().map(DevelopmentPlan::id).toList());
  }
}
