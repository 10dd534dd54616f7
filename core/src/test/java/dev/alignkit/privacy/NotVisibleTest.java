package dev.alignkit.privacy;

import static dev.alignkit.privacy.PrivacyFixtures.AS_OF;
import static dev.alignkit.privacy.PrivacyFixtures.E2;
import static dev.alignkit.privacy.PrivacyFixtures.POLICY;
import static dev.alignkit.privacy.PrivacyFixtures.organization;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.advice.GoalAdvice;
import dev.alignkit.career.Assessment;
import dev.alignkit.career.SkillProfile;
import dev.alignkit.common.Visibility;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.progress.Readiness;
import dev.alignkit.progress.RoleOption;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A viewer is told "not visible" one way, whatever the reason: a person who does not exist, a
 * person whose plans or readiness the viewer may not see (whether or not there is any), and a
 * hidden plan get the same answer, so that a refusal tells nothing. The person's own view, their
 * manager's and HR's show the data. Omar is Maya's peer; Lena is her manager, Carla Lena's;
 * Ivan has no plan, no profile and no role.
 */
class NotVisibleTest {
  private static final OrganizationSnapshot SNAPSHOT = organization().build();

  /** Everything a view answers about one person, in one value to compare. */
  private record Answers(boolean showsDevelopment, boolean showsReadiness, List<GoalAdvice> advice,
      Optional<RoleOption> currentRole, Optional<RoleOption> nextLevel, List<RoleOption> lateralMoves,
      List<RoleOption> bestNextRoles, Optional<Readiness> readiness) {}

  /** The answers of "not visible": no, no, and nothing. */
  private static final Answers NOT_VISIBLE = new Answers(false, false, List.of(), Optional.empty(),
      Optional.empty(), List.of(), List.of(), Optional.empty());

  private static View view(OrganizationSnapshot snapshot, Viewer viewer) {
    return Privacy.view(snapshot, viewer, AS_OF, POLICY);
  }

  private static View view(String viewer) {
    return view(SNAPSHOT, Viewer.of(viewer));
  }

  private static Answers answers(View view, String personId) {
    return new Answers(view.showsDevelopmentOf(personId), view.showsReadinessOf(personId),
        view.adviceOfPerson(personId), view.currentRole(personId), view.nextLevel(personId),
        view.lateralMoves(personId), view.bestNextRoles(personId), view.readiness(personId, E2));
  }

  @Test
  void aPersonWhoDoesNotExistIsNotVisible() {
    assertEquals(NOT_VISIBLE, answers(view("omar"), "nobody"));
    assertEquals(NOT_VISIBLE, answers(view("hanna"), "nobody"), "not even to HR: there is nothing");
  }

  @Test
  void aPeersHiddenPlanAndAssessmentsAreNotVisibleAsAMissingPersonIsNot() {
    assertEquals(NOT_VISIBLE, answers(view("omar"), "maya"));
    assertEquals(NOT_VISIBLE, answers(view("sam"), "maya"), "another team");
  }

  @Test
  void aPeerWithoutPlanOrProfileIsNotVisibleEither() {
    // Answering "nothing there" for Ivan but "not visible" for Maya would tell Omar that Maya has a plan.
    assertEquals(NOT_VISIBLE, answers(view("omar"), "ivan"));
  }

  @Test
  void aHiddenPlanIsNotVisibleAsAPlanThatDoesNotExist() {
    View omars = view("omar");

    assertFalse(omars.showsPlan("plan-maya"));
    assertFalse(omars.showsPlan("no-such-plan"));
    assertEquals(List.of(), omars.advice("plan-maya"));
    assertEquals(List.of(), omars.advice("no-such-plan"));
  }

  @Test
  void aViewerWhoIsNoPersonOfTheOrganizationIsToldNothing() {
    View stranger = view("mallory");

    assertEquals(NOT_VISIBLE, answers(stranger, "maya"));
    assertEquals(NOT_VISIBLE, answers(stranger, "mallory"));
    assertFalse(stranger.showsPlan("plan-maya"));
  }

  @Test
  void thePersonTheirManagersAndHrAreShownThePlanAndReadiness() {
    for (String viewer : List.of("maya", "lena", "carla", "hanna")) {
      View view = view(viewer);
      Answers answers = answers(view, "maya");

      assertTrue(answers.showsDevelopment(), viewer);
      assertTrue(answers.showsReadiness(), viewer);
      assertTrue(view.showsPlan("plan-maya"), viewer);
      assertEquals(List.of("g-maya"), answers.advice().stream().map(a -> a.alignment().goalId()).toList(), viewer);
      assertEquals(view.advice("plan-maya"), answers.advice(), viewer);
      assertEquals(4.0 / 9, answers.readiness().orElseThrow().readiness().getAsDouble(), 1e-9,
          viewer + ": s-tech (essential) at 3 of 4 on a 1..5 scale, 2/3; mentoring (optional) unassessed");
      assertEquals(E2, answers.nextLevel().orElseThrow().role(), viewer);
    }
  }

  @Test
  void someoneEntitledToAPersonsDataWhoHasNoneIsShownThatThereIsNone() {
    Answers ivans = answers(view("ivan"), "ivan");

    assertTrue(ivans.showsDevelopment());
    assertTrue(ivans.showsReadiness());
    assertEquals(List.of(), ivans.advice());
    assertEquals(Optional.empty(), ivans.currentRole(), "Ivan has no role");
  }

  @Test
  void aGrantForThePersonShowsTheirPlanAndReadiness() {
    Viewer omarWithGrant = Viewer.builder().personId("omar").addGrant(Grant.person("maya", AS_OF)).build();

    Answers answers = answers(view(SNAPSHOT, omarWithGrant), "maya");

    assertTrue(answers.showsDevelopment());
    assertTrue(answers.showsReadiness());
  }

  @Test
  void aPlanWidenedToPublicIsShownToAPeer() {
    DevelopmentPlan plan = SNAPSHOT.plan("plan-maya").orElseThrow();
    OrganizationSnapshot widened = OrganizationSnapshot.builder().from(SNAPSHOT)
        .plans(List.of(DevelopmentPlan.builder().from(plan).visibility(Visibility.PUBLIC)
            .goals(List.of(PrivacyFixtures.goal("g-maya", "Run the support guild", "s-influence")
                .visibility(Visibility.PUBLIC).build()))
            .build()))
        .build();
    View omars = view(widened, Viewer.of("omar"));

    assertTrue(omars.showsDevelopmentOf("maya"));
    assertTrue(omars.showsPlan("plan-maya"));
    assertEquals(List.of("g-maya"), omars.adviceOfPerson("maya").stream().map(a -> a.alignment().goalId()).toList());
  }

  @Test
  void readinessIsNotShownToAPeerWhoSeesEveryAssessmentTheProfileHoldsNow() {
    // Omar sees the TEAM assessment; a PRIVATE one could sit beside it, and refusing only then would
    // tell him so. Readiness needs the sight of every assessment the person could have.
    OrganizationSnapshot shared = OrganizationSnapshot.builder().from(SNAPSHOT)
        .profiles(List.of(SkillProfile.of("maya", List.of(Assessment.builder().skillId("s-tech").proficiency(3)
            .date(AS_OF.minusDays(20)).visibility(Visibility.TEAM).build()))))
        .build();
    View omars = view(shared, Viewer.of("omar"));

    assertTrue(omars.access().seesAssessmentsOf("maya"));
    assertFalse(omars.showsReadinessOf("maya"));
    assertEquals(Optional.empty(), omars.readiness("maya", E2));
  }
}
