package dev.alignkit.privacy;

import static dev.alignkit.privacy.PrivacyFixtures.AS_OF;
import static dev.alignkit.privacy.PrivacyFixtures.POLICY;
import static dev.alignkit.privacy.PrivacyFixtures.access;
import static dev.alignkit.privacy.PrivacyFixtures.objective;
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
import dev.alignkit.org.Team;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scope of a person's other teams: they count for TEAM visibility and for team objectives;
 * manager chains and team grants follow the primary team only. Nina works in sales under Sam and
 * is also a member of support, where Maya, Omar and Lena work; Maya is also in the writing guild.
 */
class OtherTeamsTest {
  private static final OrganizationSnapshot SNAPSHOT = organization()
      .addTeam(Team.of("guild", "Writing guild"))
      .addPerson(Person.builder().from(person("nina", "Nina Kay", "sales", "sam")).addOtherTeamId("support").build())
      .addVision(vision("v-maya", "maya", Visibility.TEAM))
      .addVision(vision("v-nina", "nina", Visibility.TEAM))
      .addObjective(objective("o-support-private", "Fewer reopened tickets", Owner.team("support"), 3)
          .visibility(Visibility.PRIVATE).build())
      .addObjective(objective("o-guild", "A style guide", Owner.team("guild"), 3).visibility(Visibility.TEAM).build())
      .addPlan(DevelopmentPlan.of("plan-nina", "nina", "2026-Q3"))
      .build();

  private static CareerVision vision(String id, String personId, Visibility visibility) {
    return CareerVision.builder().id(id).personId(personId).longTermVision("Lead a team").visibility(visibility)
        .build();
  }

  /** Maya with the writing guild as her other team. */
  private static OrganizationSnapshot withMayaInTheGuild(OrganizationSnapshot snapshot) {
    Person maya = snapshot.person("maya").orElseThrow();
    return OrganizationSnapshot.builder().from(snapshot)
        .people(snapshot.people().stream()
            .map(p -> p == maya ? Person.builder().from(maya).addOtherTeamId("guild").build() : p).toList())
        .build();
  }

  private static boolean sees(OrganizationSnapshot snapshot, String viewer, String objectiveId) {
    return access(snapshot, viewer).sees(snapshot.objective(objectiveId).orElseThrow());
  }

  @Test
  void aMemberThroughAnOtherTeamSeesTheTeamsTeamAndPrivateObjectives() {
    assertTrue(sees(SNAPSHOT, "nina", "o-support"), "TEAM");
    assertTrue(sees(SNAPSHOT, "nina", "o-support-private"), "a team's PRIVATE items are its members'");
    assertTrue(sees(SNAPSHOT, "nina", "o-sales"), "her primary team");
    assertFalse(sees(SNAPSHOT, "nina", "o-people"));
  }

  @Test
  void teamItemsOfAPersonAreSeenByEveryoneWhoSharesOneOfTheirTeams() {
    CareerVision mayas = SNAPSHOT.vision("v-maya").orElseThrow();
    CareerVision ninas = SNAPSHOT.vision("v-nina").orElseThrow();
    assertTrue(access(SNAPSHOT, "nina").sees(mayas), "Nina shares support with Maya");
    assertTrue(access(SNAPSHOT, "omar").sees(ninas), "Omar shares support with Nina");
    assertFalse(access(SNAPSHOT, "ivan").sees(ninas));
    assertFalse(access(SNAPSHOT, "nina").sees(SNAPSHOT.plan("plan-maya").orElseThrow()), "PRIVATE stays private");
  }

  @Test
  void theManagerOfAMemberThroughAnOtherTeamSeesNothingOfThatTeamByIt() {
    assertFalse(sees(SNAPSHOT, "sam", "o-support"), "Sam manages Nina, whose primary team is sales");
    assertFalse(sees(SNAPSHOT, "sam", "o-support-private"));
    assertFalse(access(SNAPSHOT, "sam").sees(SNAPSHOT.vision("v-maya").orElseThrow()));
    assertTrue(access(SNAPSHOT, "sam").sees(SNAPSHOT.vision("v-nina").orElseThrow()), "his report's own item");
    OrganizationSnapshot guild = withMayaInTheGuild(SNAPSHOT);
    assertTrue(sees(guild, "maya", "o-guild"));
    assertFalse(sees(guild, "lena", "o-guild"), "Lena manages Maya, whose primary team is support");
    assertFalse(sees(guild, "carla", "o-guild"), "Carla, Lena's manager");
    assertTrue(sees(guild, "carla", "o-support-private"), "the chain of the primary members");
  }

  @Test
  void aTeamGrantDoesNotExtendToThoseWhoAreMembersOnlyThroughAnOtherTeam() {
    Viewer ivan = Viewer.builder().personId("ivan").addGrant(Grant.team("support", AS_OF)).build();
    Access access = Access.of(SNAPSHOT, ivan, AS_OF, POLICY);
    assertTrue(access.sees(SNAPSHOT.plan("plan-maya").orElseThrow()), "a primary member");
    assertFalse(access.sees(SNAPSHOT.plan("plan-nina").orElseThrow()), "a member through her other team");
    assertFalse(access.sees(SNAPSHOT.vision("v-nina").orElseThrow()), "nor her TEAM items");
    assertTrue(access.sees(SNAPSHOT.objective("o-support-private").orElseThrow()), "the team's own items");
  }

  @Test
  void anOtherTeamIdThatIsThePrimaryTeamChangesNothing() {
    OrganizationSnapshot same = OrganizationSnapshot.builder().from(SNAPSHOT)
        .people(SNAPSHOT.people().stream()
            .map(p -> p.id().equals("omar") ? Person.builder().from(p).addOtherTeamId("support").build() : p).toList())
        .build();
    for (String viewer : List.of("omar", "lena", "sam", "nina")) {
      assertEquals(Privacy.redact(SNAPSHOT, Viewer.of(viewer), AS_OF, POLICY).objectives(),
          Privacy.redact(same, Viewer.of(viewer), AS_OF, POLICY).objectives(), viewer);
    }
    for (Objective objective : same.objectives()) {
      assertEquals(access(SNAPSHOT, "omar").sees(objective), access(same, "omar").sees(objective), objective.id());
    }
  }
}
