package dev.alignkit.privacy;

import static dev.alignkit.privacy.PrivacyFixtures.AS_OF;
import static dev.alignkit.privacy.PrivacyFixtures.objective;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.career.Assessment;
import dev.alignkit.career.AssessmentSource;
import dev.alignkit.career.SkillProfile;
import dev.alignkit.development.CareerVision;
import dev.alignkit.development.CoachingCheckIn;
import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.GrowSession;
import dev.alignkit.development.Horizon;
import dev.alignkit.development.SupportActivity;
import dev.alignkit.development.SupportKind;
import dev.alignkit.development.WayForwardStep;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Initiative;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.ObjectiveOutcome;
import dev.alignkit.okr.OkrStatus;
import dev.alignkit.okr.Owner;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.org.Waiver;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Erasure leaves none of a person's personal data and keeps the organization's business data consistent. */
class ErasureTest {
  private final List<String> tokens = new ArrayList<>();

  /** A fresh random token, remembered as Maya's personal data. */
  private String hers() {
    String token = "tok-" + UUID.randomUUID();
    tokens.add(token);
    return token;
  }

  @Test
  void nothingOfThePersonRemainsAndOthersReferToThePseudonym() {
    String maya = hers();
    String goalId = hers();
    OrganizationSnapshot snapshot = OrganizationSnapshot.builder()
        .addPerson(Person.builder().id("lena").name("Lena Ortiz").build())
        .addPerson(Person.builder().id(maya).name(hers()).managerId("lena").teamId("support")
            .putAttribute("badge", "\"" + hers() + "\"").hrAdministrator(true).build())
        .addPerson(Person.builder().id("nina").name("Nina Kay").managerId(maya).build())
        .addObjective(objective("o-maya", "Make escalations painless", Owner.person(maya), 3)
            .status(OkrStatus.CLOSED).outcome(ObjectiveOutcome.PARTIAL).retrospective("Playbook done, tooling not")
            .addInitiative(Initiative.builder().id("i-1").title("Guild").wovenGoalId(goalId).build()).build())
        .addObjective(Objective.builder().id("o-nina").title("Onboard faster").owner(Owner.person("nina"))
            .cycleId("2026-Q3")
            .addKeyResult(KeyResult.increase("kr-nina", "Days to first commit", 0, 10, "days")
                .withCheckIn(CheckIn.builder().date(AS_OF).value(4).authorId(maya).note(hers())
                    .putAttribute("mood", "\"" + hers() + "\"").build())
                .withCheckIn(CheckIn.builder().date(AS_OF).value(5).authorId("nina").note("by Nina").build()))
            .build())
        .addPlan(DevelopmentPlan.builder().id(hers()).personId(maya).cycleId("2026-Q3")
            .putAttribute("salaryBand", "\"" + hers() + "\"")
            .addGoal(DevelopmentGoal.builder().id(goalId).statement(hers())
                .addMeasure(KeyResult.increase(hers(), hers(), 0, 3, "talks")).build())
            .addCoachingCheckIn(CoachingCheckIn.builder().date(AS_OF).coachId("lena").note(hers()).build())
            .build())
        .addPlan(DevelopmentPlan.builder().id("plan-nina").personId("nina").cycleId("2026-Q3")
            .addGoal(DevelopmentGoal.builder().id("g-nina").statement("Own the build").proposedBy(maya)
                .agreedBy(maya).addSupportActivity(SupportActivity.builder().kind(SupportKind.MENTORING)
                    .description("Pairing").provider(maya).build()).build())
            .addCoachingCheckIn(CoachingCheckIn.builder().date(AS_OF).coachId(maya).note(hers()).build())
            .build())
        .addVision(CareerVision.builder().id(hers()).personId(maya).addStrength(hers()).addWeakness(hers())
            .longTermVision(hers()).build())
        .addGrowSession(GrowSession.builder().id(hers()).personId(maya).goal(hers()).whereNow(hers()).build())
        .addGrowSession(GrowSession.builder().id("s-nina").personId("nina").coachId(maya)
            .addStep(WayForwardStep.builder().description("Give a talk").horizon(Horizon.LATER).trackedBy(goalId)
                .build())
            .build())
        .addProfile(SkillProfile.builder().personId(maya).putAttribute("review", "\"" + hers() + "\"")
            .addAssessment(Assessment.builder().skillId("s-tech").proficiency(3).date(AS_OF)
                .source(AssessmentSource.MANAGER).putAttribute("comment", "\"" + hers() + "\"").build())
            .build())
        .addWaiver(Waiver.of("okr.objective.count", maya, "Two roles this quarter", maya, AS_OF.plusDays(10)))
        .addWaiver(Waiver.of("dev.goal.none", goalId, hers(), "lena", AS_OF.plusDays(10)))
        .build();

    OrganizationSnapshot erased = Privacy.erase(snapshot, maya);

    String text = erased.toString();
    for (String token : tokens) {
      assertFalse(text.contains(token), token);
    }
    Person pseudonym = erased.person("erased-1").orElseThrow();
    assertEquals("erased-1", pseudonym.name());
    assertEquals(Optional.of("lena"), pseudonym.managerId(), "the structure stays");
    assertEquals(Optional.of("support"), pseudonym.teamId());
    assertFalse(pseudonym.hrAdministrator());
    assertEquals(Optional.of("erased-1"), erased.person("nina").orElseThrow().managerId());
    Objective kept = erased.objective("o-maya").orElseThrow();
    assertEquals(Owner.person("erased-1"), kept.owner());
    assertEquals("Make escalations painless", kept.title(), "objective texts are business data");
    assertEquals(Optional.of("Playbook done, tooling not"), kept.retrospective(),
        "kept word for word, as a description is");
    assertEquals(Optional.of(ObjectiveOutcome.PARTIAL), kept.outcome());
    assertEquals(Optional.empty(), kept.initiatives().get(0).wovenGoalId());
    List<CheckIn> checkIns = erased.keyResult("kr-nina").orElseThrow().checkIns();
    assertEquals(4, checkIns.get(0).value(), "the value is the key result's data");
    assertEquals(Optional.empty(), checkIns.get(0).authorId());
    assertEquals(Optional.of("by Nina"), checkIns.get(1).note());
    DevelopmentGoal ninasGoal = erased.developmentGoal("g-nina").orElseThrow();
    assertEquals(Optional.of("erased-1"), ninasGoal.proposedBy());
    assertEquals(Optional.of("erased-1"), ninasGoal.agreedBy());
    assertEquals(Optional.of("erased-1"), ninasGoal.supportActivities().get(0).provider());
    assertEquals(Optional.of("erased-1"), erased.plan("plan-nina").orElseThrow().coachingCheckIns().get(0).coachId());
    GrowSession ninasSession = erased.growSession("s-nina").orElseThrow();
    assertEquals(Optional.of("erased-1"), ninasSession.coachId());
    assertEquals(Optional.empty(), ninasSession.steps().get(0).trackedBy());
    assertEquals(List.of("plan-nina"), erased.plans().stream().map(DevelopmentPlan::id).toList());
    assertEquals(List.of(), erased.visions());
    assertEquals(List.of("s-nina"), erased.growSessions().stream().map(GrowSession::id).toList());
    assertEquals(List.of(), erased.profiles());
    assertEquals(List.of(Waiver.of("okr.objective.count", "erased-1", "Two roles this quarter", "erased-1",
        AS_OF.plusDays(10))), erased.waivers());
  }

  @Test
  void keyResultsThePersonOwnsAreOwnedByThePseudonymAsTheirObjectivesAreAndTheirTeamsStay() {
    OrganizationSnapshot snapshot = OrganizationSnapshot.builder()
        .addPerson(Person.builder().id("maya").name("Maya Chen").teamId("support").addOtherTeamId("guild").build())
        .addPerson(Person.of("nina", "Nina Kay"))
        .addObjective(Objective.builder().id("o-nina").title("Onboard faster").owner(Owner.person("nina"))
            .cycleId("2026-Q3")
            .addKeyResult(KeyResult.builder().from(KeyResult.increase("kr-guides", "Guides written", 0, 4, "guides"))
                .ownerId("maya").build())
            .addKeyResult(KeyResult.increase("kr-nina", "Days to first commit", 0, 10, "days"))
            .build())
        .addPlan(DevelopmentPlan.builder().id("plan-nina").personId("nina").cycleId("2026-Q3")
            .addGoal(DevelopmentGoal.builder().id("g-nina").statement("Own the build")
                .addMeasure(KeyResult.builder().from(KeyResult.increase("m-nina", "Builds fixed", 0, 5, "builds"))
                    .ownerId("maya").build())
                .build())
            .build())
        .build();

    OrganizationSnapshot erased = Privacy.erase(snapshot, "maya");

    assertEquals(Optional.of("erased-1"), erased.keyResult("kr-guides").orElseThrow().ownerId());
    assertEquals("Guides written", erased.keyResult("kr-guides").orElseThrow().title(), "business data");
    assertEquals(snapshot.keyResult("kr-nina"), erased.keyResult("kr-nina"));
    assertEquals(Optional.of("erased-1"), erased.measure("m-nina").orElseThrow().ownerId());
    Person pseudonym = erased.person("erased-1").orElseThrow();
    assertEquals(Optional.of("support"), pseudonym.teamId());
    assertEquals(Set.of("guild"), pseudonym.otherTeamIds());
    assertFalse(erased.toString().contains("maya"));
  }

  @Test
  void aSecondErasureGetsItsOwnPseudonym() {
    OrganizationSnapshot snapshot = OrganizationSnapshot.builder()
        .addPerson(Person.of("a", "A")).addPerson(Person.of("b", "B")).addPerson(Person.of("erased-1", "Taken"))
        .build();
    OrganizationSnapshot once = Privacy.erase(snapshot, "a");
    assertTrue(once.person("erased-2").isPresent(), "erased-1 is in use");
    OrganizationSnapshot twice = Privacy.erase(once, "b");
    assertTrue(twice.person("erased-3").isPresent());
    assertEquals(3, twice.people().size());
  }

  @Test
  void erasingSomeoneWhoIsNotThereChangesNothing() {
    OrganizationSnapshot snapshot = PrivacyFixtures.organization().build();
    assertEquals(snapshot, Privacy.erase(snapshot, "nobody"));
  }
}
