package dev.alignkit.privacy;

import static dev.alignkit.privacy.PrivacyFixtures.AS_OF;
import static dev.alignkit.privacy.PrivacyFixtures.POLICY;
import static dev.alignkit.privacy.PrivacyFixtures.access;
import static dev.alignkit.privacy.PrivacyFixtures.objective;
import static dev.alignkit.privacy.PrivacyFixtures.organization;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.common.Visibility;
import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.okr.Initiative;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.Owner;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.rules.Finding;
import dev.alignkit.rules.RuleCodes;
import dev.alignkit.rules.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The key-result owner's right: the person a key result names as its owner sees the key result's
 * objective whatever its visibility, and no one sees anything through them. In the fixtures Maya
 * (support) reports to Lena, who reports to Carla; Sam (sales) reports to Carla.
 */
class KeyResultOwnerTest {
  /** Sam's PRIVATE objective, whose second key result (weight 0, an {@code okr.weight} finding) Maya owns. */
  private static final Objective SAMS_PRIVATE = objective("o-sam", "Close the Nordic deal", Owner.person("sam"), 4)
      .visibility(Visibility.PRIVATE)
      .addKeyResult(KeyResult.builder().from(KeyResult.increase("kr-maya", "Support tickets answered in a day", 60,
          90, "%")).ownerId("maya").weight(0).build())
      .addInitiative(Initiative.builder().id("i-sam").title("Visit the customer in Oslo").build())
      .build();
  private static final OrganizationSnapshot SNAPSHOT = organization().addObjective(SAMS_PRIVATE).build();

  private static List<String> objectiveIds(OrganizationSnapshot snapshot) {
    return snapshot.objectives().stream().map(Objective::id).toList();
  }

  private static List<Finding> weightFindings(String viewer) {
    return Privacy.report(Validator.defaults(), SNAPSHOT, Viewer.of(viewer), AS_OF).ofCode(RuleCodes.WEIGHT);
  }

  @Test
  void theOwnerOfAKeyResultSeesItsObjectiveWhateverItsVisibility() {
    Access maya = access(SNAPSHOT, "maya");
    assertTrue(maya.sees(SAMS_PRIVATE));
    assertTrue(maya.seesAsKeyResultOwner(SAMS_PRIVATE));
    for (String id : List.of("o-sam", "kr-o-sam", "kr-maya", "i-sam")) {
      assertFalse(maya.isHidden(id), id);
    }
    assertFalse(maya.seesAsKeyResultOwner(SNAPSHOT.objective("o-company").orElseThrow()));
  }

  @Test
  void theOwnerIsShownTheObjectiveAsStoredWithEveryKeyResultAndInitiative() {
    OrganizationSnapshot mayas = Privacy.redact(SNAPSHOT, Viewer.of("maya"), AS_OF, POLICY);
    assertEquals(SAMS_PRIVATE, mayas.objective("o-sam").orElseThrow());
    // Her own team's objective and the company's, and a mark for the hidden sales and people children.
    assertEquals(List.of("o-company", "hidden-1", "o-support", "o-sam"), objectiveIds(mayas));
  }

  @Test
  void theRightDoesNotPassToTheOwnersManagersTeammatesGranteesOrTeam() {
    assertFalse(access(SNAPSHOT, "lena").sees(SAMS_PRIVATE), "Lena, Maya's manager");
    assertTrue(access(SNAPSHOT, "lena").isHidden("kr-maya"));
    assertFalse(access(SNAPSHOT, "omar").sees(SAMS_PRIVATE), "Omar, Maya's teammate");
    Viewer deputy = Viewer.builder().personId("ivan").addGrant(Grant.person("maya", AS_OF))
        .addGrant(Grant.team("support", AS_OF)).build();
    assertFalse(Access.of(SNAPSHOT, deputy, AS_OF, POLICY).sees(SAMS_PRIVATE), "grants for Maya and her team");
    assertFalse(Privacy.redact(SNAPSHOT, Viewer.of("lena"), AS_OF, POLICY).toString().contains("Nordic"));
    assertTrue(access(SNAPSHOT, "carla").sees(SAMS_PRIVATE), "Carla, Sam's manager, sees it as before");
  }

  @Test
  void aTeamsPrivateObjectiveIsSeenByTheOwnerOfOneOfItsKeyResultsButNotByTheirTeam() {
    Objective sales = objective("o-sales-private", "Price list for 2027", Owner.team("sales"), 2)
        .visibility(Visibility.PRIVATE)
        .addKeyResult(KeyResult.builder().from(KeyResult.increase("kr-omar", "Support cases priced", 0, 40, "cases"))
            .ownerId("omar").build())
        .build();
    OrganizationSnapshot snapshot = organization().addObjective(sales).build();
    assertTrue(access(snapshot, "omar").sees(sales));
    assertFalse(access(snapshot, "maya").sees(sales), "Omar's teammate");
    assertFalse(access(snapshot, "lena").sees(sales), "Omar's manager");
  }

  @Test
  void theOwnerOfAMeasureOfSomeoneElsesGoalGainsNothing() {
    OrganizationSnapshot snapshot = organization().addPlan(DevelopmentPlan.builder().id("plan-sam").personId("sam")
        .cycleId("2026-Q3")
        .addGoal(DevelopmentGoal.builder().id("g-sam").statement("Negotiate better")
            .addMeasure(KeyResult.builder().from(KeyResult.increase("m-sam", "Deals closed", 0, 3, "deals"))
                .ownerId("maya").build())
            .build())
        .build()).build();
    DevelopmentPlan plan = snapshot.plan("plan-sam").orElseThrow();
    Access maya = access(snapshot, "maya");
    assertFalse(maya.sees(plan));
    assertTrue(maya.isHidden("g-sam"));
    assertTrue(maya.isHidden("m-sam"));
  }

  @Test
  void aFindingAboutTheKeyResultIsShownToItsOwnerAndTheObjectivesOwnerButNotToTheOwnersManager() {
    assertEquals(List.of("kr-maya"), weightFindings("maya").stream().map(Finding::subjectId).toList());
    assertEquals(List.of("maya"), weightFindings("maya").stream().map(f -> f.personId().orElseThrow()).toList(),
        "listed under its owner");
    assertEquals(1, weightFindings("sam").size(), "Sam owns the objective it lies in");
    assertEquals(1, weightFindings("carla").size(), "Sam's manager");
    assertEquals(List.of(), weightFindings("lena"), "Maya's manager");
    assertEquals(List.of(), weightFindings("omar"));
  }

  @Test
  void findingsAboutTheObjectiveAreShownToTheOwnerOfOneOfItsKeyResultsAsTheObjectiveIs() {
    // o-sam reaches no organization objective; the finding belongs to Sam and is PRIVATE, like o-sam.
    for (String viewer : List.of("sam", "carla", "maya")) {
      assertEquals(List.of("o-sam"), Privacy.report(Validator.defaults(), SNAPSHOT, Viewer.of(viewer), AS_OF)
          .ofCode(RuleCodes.ALIGNMENT_UNALIGNED).stream().map(Finding::subjectId).toList(), viewer);
    }
    assertEquals(List.of(), Privacy.report(Validator.defaults(), SNAPSHOT, Viewer.of("lena"), AS_OF)
        .ofCode(RuleCodes.ALIGNMENT_UNALIGNED));
  }

  @Test
  void aFindingAboutAKeyResultOfATeamObjectiveIsShownToTheTeamWhoeverOwnsTheKeyResult() {
    Objective support = objective("o-support-team", "Calmer on-call", Owner.team("support"), 5)
        .visibility(Visibility.TEAM)
        .addKeyResult(KeyResult.builder().from(KeyResult.decrease("kr-sam", "Escalations from sales", 10, 2, "cases"))
            .ownerId("sam").weight(0).build())
        .build();
    OrganizationSnapshot snapshot = organization().addObjective(support).build();
    for (String viewer : List.of("omar", "maya", "lena", "sam")) {
      assertEquals(1, Privacy.report(Validator.defaults(), snapshot, Viewer.of(viewer), AS_OF)
          .ofCode(RuleCodes.WEIGHT).size(), viewer);
    }
    assertEquals(0, Privacy.report(Validator.defaults(), snapshot, Viewer.of("ivan"), AS_OF)
        .ofCode(RuleCodes.WEIGHT).size());
  }
}
