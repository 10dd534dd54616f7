package dev.alignkit.privacy;

import static dev.alignkit.privacy.PrivacyFixtures.AS_OF;
import static dev.alignkit.privacy.PrivacyFixtures.POLICY;
import static dev.alignkit.privacy.PrivacyFixtures.objective;
import static dev.alignkit.privacy.PrivacyFixtures.organization;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.common.Visibility;
import dev.alignkit.development.CareerVision;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.GrowSession;
import dev.alignkit.development.Horizon;
import dev.alignkit.development.WayForwardStep;
import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.AlignmentKind;
import dev.alignkit.okr.Initiative;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.KeyResultKind;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.ObjectiveOutcome;
import dev.alignkit.okr.ObjectiveType;
import dev.alignkit.okr.OkrStatus;
import dev.alignkit.okr.Owner;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Waiver;
import dev.alignkit.progress.ObjectiveRollup;
import dev.alignkit.progress.Rollup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What a viewer's snapshot keeps, removes, clears and puts in place of hidden objectives. */
class RedactionTest {
  private static OrganizationSnapshot redact(OrganizationSnapshot snapshot, String viewer) {
    return Privacy.redact(snapshot, Viewer.of(viewer), AS_OF, POLICY);
  }

  private static ObjectiveRollup rolled(OrganizationSnapshot snapshot, String objectiveId) {
    return Rollup.of(snapshot, AS_OF, POLICY).objective(objectiveId).orElseThrow();
  }

  @Test
  void anAggregateOfAspirationalChildrenKeepsTheParentsExpectationPaceAndMet() {
    OrganizationSnapshot.Builder builder = organization();
    List<Objective> objectives = new ArrayList<>();
    for (Objective objective : builder.build().objectives()) {
      objectives.add(objective.id().equals("o-company") ? objective
          : Objective.builder().from(objective).type(ObjectiveType.ASPIRATIONAL).build());
    }
    OrganizationSnapshot snapshot = builder.objectives(objectives).build();
    OrganizationSnapshot ivans = redact(snapshot, "ivan");
    ObjectiveRollup whole = rolled(snapshot, "o-company");
    ObjectiveRollup redacted = rolled(ivans, "o-company");

    assertEquals(ObjectiveType.ASPIRATIONAL, ivans.objective("hidden-1").orElseThrow().type());
    assertEquals((1.0 + 6 * 0.7) / 7, whole.expectation(), 1e-12);
    assertEquals(whole.expectation(), redacted.expectation(), 1e-12);
    assertEquals(whole.expected().getAsDouble(), redacted.expected().getAsDouble(), 1e-12);
    assertEquals(whole.status(), redacted.status());
    LocalDate lastDay = LocalDate.of(2026, 9, 30);
    assertEquals(Rollup.of(snapshot, lastDay, POLICY).objective("o-company").orElseThrow().met(),
        Rollup.of(Privacy.redact(snapshot, Viewer.of("ivan"), lastDay, POLICY), lastDay, POLICY)
            .objective("o-company").orElseThrow().met());
  }

  @Test
  void threeOrMoreHiddenContributingChildrenBecomeOneAggregateThatKeepsTheParentsProgress() {
    OrganizationSnapshot snapshot = organization().build();
    OrganizationSnapshot ivans = redact(snapshot, "ivan");

    assertEquals(List.of("o-company", "hidden-1"), ivans.objectives().stream().map(Objective::id).toList());
    Objective aggregate = ivans.objective("hidden-1").orElseThrow();
    assertEquals("3 hidden objectives", aggregate.title());
    assertEquals(Owner.organization(), aggregate.owner());
    assertEquals(Optional.of("2026-Q3"), aggregate.cycleId());
    assertEquals(Optional.of(Alignment.contributes("o-company", 6)), aggregate.alignments().stream().findFirst());
    assertEquals("\"aggregate\"", aggregate.attributes().get("alignkit.placeholder"));
    KeyResult keyResult = aggregate.keyResults().get(0);
    assertEquals(Optional.of(KeyResultKind.INCREASE), keyResult.kind());
    // (0.8 * 1 + 0.2 * 2 + 0.5 * 3) / 6
    assertEquals(0.45, keyResult.current().getAsDouble(), 1e-12);
    assertEquals(rolled(snapshot, "o-company").progress().getAsDouble(),
        rolled(ivans, "o-company").progress().getAsDouble(), 1e-12);
    String shown = ivans.toString();
    for (String hidden : List.of("o-support", "o-sales", "o-people", "Answer within a day", "Win the north region",
        "Hire ten engineers", "plan-maya", "Run the support guild")) {
      assertFalse(shown.contains(hidden), hidden);
    }
  }

  @Test
  void theAggregateLeavesOutHiddenChildrenWeightedZeroOrLessAsTheParentsProgressDoes() {
    OrganizationSnapshot base = organization().build();
    OrganizationSnapshot snapshot = organization().objectives(List.of(base.objective("o-company").orElseThrow(),
            base.objective("o-support").orElseThrow(), base.objective("o-sales").orElseThrow(),
            Objective.builder().from(base.objective("o-people").orElseThrow())
                .alignments(java.util.List.of(Alignment.contributes("o-company", -3))).build()))
        .build();
    OrganizationSnapshot ivans = redact(snapshot, "ivan");

    Objective aggregate = ivans.objective("hidden-1").orElseThrow();
    assertEquals("3 hidden objectives", aggregate.title());
    assertEquals(Optional.of(Alignment.contributes("o-company", 3)), aggregate.alignments().stream().findFirst());
    // (0.8 * 1 + 0.2 * 2) / 3: o-people, weighted -3, is left out.
    assertEquals(0.4, aggregate.keyResults().get(0).current().getAsDouble(), 1e-12);
    assertEquals(rolled(snapshot, "o-company").progress().getAsDouble(),
        rolled(ivans, "o-company").progress().getAsDouble(), 1e-12);
  }

  @Test
  void anAggregateOfChildrenWithoutProgressWeighsTheirPositiveWeightsAndHasNoCurrent() {
    List<Objective> children = new ArrayList<>();
    double[] weights = {1, 2, 3, -4};
    for (int i = 0; i < weights.length; i++) {
      children.add(Objective.builder().id("o-" + i).title("Team objective " + i).owner(Owner.team("sales"))
          .visibility(Visibility.TEAM).cycleId("2026-Q3")
          .addKeyResult(KeyResult.increase("kr-" + i, "Deals " + i, 0, 10, "deals"))
          .addAlignment(Alignment.contributes("o-company", weights[i])).build());
    }
    OrganizationSnapshot snapshot = organization().objectives(List.of(
            objective("o-company", "Customers recommend us", Owner.organization(), 5).build()))
        .addAllObjectives(children).build();

    Objective aggregate = redact(snapshot, "ivan").objective("hidden-1").orElseThrow();
    assertEquals("4 hidden objectives", aggregate.title());
    assertEquals(Optional.of(Alignment.contributes("o-company", 6)), aggregate.alignments().stream().findFirst());
    assertEquals(OptionalDouble.empty(), aggregate.keyResults().get(0).current());
  }

  @Test
  void oneOrTwoHiddenChildrenLeaveOnlyAMarkThatMakesTheParentPartial() {
    OrganizationSnapshot snapshot = organization().build();
    OrganizationSnapshot omars = redact(snapshot, "omar");

    assertEquals(List.of("o-company", "hidden-1", "o-support"),
        omars.objectives().stream().map(Objective::id).toList());
    Objective mark = omars.objective("hidden-1").orElseThrow();
    assertEquals("Hidden objectives", mark.title());
    assertEquals(Optional.of(Alignment.contributes("o-company", 1)), mark.alignments().stream().findFirst());
    assertEquals("\"partial\"", mark.attributes().get("alignkit.placeholder"));
    assertEquals(OptionalDouble.empty(), mark.keyResults().get(0).current());
    ObjectiveRollup company = rolled(omars, "o-company");
    assertTrue(company.partial());
    // Only what Omar sees: the company's key result (0.5) and support (0.8), weight 1 each.
    assertEquals(0.65, company.progress().getAsDouble(), 1e-12);
  }

  @Test
  void aRetrospectiveIsShownWithItsObjectiveAndNeverWithoutIt() {
    String retrospective = "Weekend rota came too late; Lena's escalations doubled";
    OrganizationSnapshot.Builder builder = organization();
    List<Objective> objectives = new ArrayList<>();
    for (Objective objective : builder.build().objectives()) {
      objectives.add(objective.id().equals("o-support") ? Objective.builder().from(objective)
          .status(OkrStatus.CLOSED).outcome(ObjectiveOutcome.MISSED).retrospective(retrospective).build() : objective);
    }
    OrganizationSnapshot snapshot = builder.objectives(objectives).build();

    Objective mayas = redact(snapshot, "maya").objective("o-support").orElseThrow();
    assertEquals(Optional.of(ObjectiveOutcome.MISSED), mayas.outcome());
    assertEquals(Optional.of(retrospective), mayas.retrospective());
    OrganizationSnapshot ivans = redact(snapshot, "ivan");
    assertEquals(List.of("o-company", "hidden-1"), ivans.objectives().stream().map(Objective::id).toList());
    Objective aggregate = ivans.objective("hidden-1").orElseThrow();
    assertEquals(Optional.empty(), aggregate.outcome());
    assertEquals(Optional.empty(), aggregate.retrospective());
    assertFalse(ivans.toString().contains("Weekend rota"), "no part of a hidden objective's retrospective");
  }

  @Test
  void hiddenChildrenThatDoNotCountOrOnlySupportLeaveNoTrace() {
    OrganizationSnapshot snapshot = organization().objectives(List.of(
            objective("o-company", "Customers recommend us", Owner.organization(), 5).build(),
            objective("o-draft", "Draft", Owner.team("sales"), 1).visibility(Visibility.TEAM)
                .status(OkrStatus.DRAFT).addAlignment(Alignment.contributes("o-company", 1)).build(),
            objective("o-link", "Linked", Owner.team("sales"), 1).visibility(Visibility.TEAM)
                .addAlignment(Alignment.supports("o-company")).build()))
        .build();
    assertEquals(List.of("o-company"), redact(snapshot, "ivan").objectives().stream().map(Objective::id).toList());
  }

  @Test
  void placeholderIdsAvoidEveryIdInUse() {
    OrganizationSnapshot snapshot = organization()
        .addObjective(objective("hidden-1", "A real objective", Owner.organization(), 1).build())
        .addObjective(objective("hidden-2", "Another", Owner.organization(), 1).build())
        .build();
    OrganizationSnapshot ivans = redact(snapshot, "ivan");
    Objective aggregate = ivans.objectives().get(1);
    assertEquals("hidden-3", aggregate.id());
    assertEquals("hidden-4", aggregate.keyResults().get(0).id());
  }

  @Test
  void placeholderIdsDoNotSkipIdsThatOnlyHiddenItemsUseSinceThatWouldBetrayThem() {
    OrganizationSnapshot snapshot = organization()
        .addObjective(objective("hidden-2", "Secret", Owner.team("sales"), 1).visibility(Visibility.TEAM).build())
        .build();
    Objective aggregate = redact(snapshot, "ivan").objectives().get(1);
    assertEquals("hidden-1", aggregate.id());
    assertEquals("hidden-2", aggregate.keyResults().get(0).id());
  }

  /** The ids of Ivan's aggregate (he sees o-company, not its three children) and of its key result. */
  private static List<String> placeholderIdsShownToIvan(UnaryOperator<OrganizationSnapshot.Builder> change) {
    Objective aggregate = redact(change.apply(organization()).build(), "ivan").objectives().get(1);
    return List.of(aggregate.id(), aggregate.keyResults().get(0).id());
  }

  /** A case of the placeholder-id tests: what {@code change} adds to the organization. */
  private static Arguments adding(String what, UnaryOperator<OrganizationSnapshot.Builder> change) {
    return Arguments.of(what, change);
  }

  static Stream<Arguments> idsThatVisibleItemsName() {
    return Stream.of(
        adding("an objective's owner", org -> org
            .addObjective(objective("o-ivan", "Patch on time", Owner.person("hidden-1"), 1).build())),
        adding("an objective's parent", org -> org
            .addObjective(objective("o-ivan", "Patch on time", Owner.person("ivan"), 1)
                .addAlignment(Alignment.supports("hidden-1")).build())),
        adding("an initiative's goal", org -> org
            .addObjective(objective("o-ivan", "Patch on time", Owner.person("ivan"), 1)
                .addInitiative(Initiative.builder().id("i-ivan").title("Patch day").wovenGoalId("hidden-1").build())
                .build())),
        adding("a goal's work", org -> org
            .addPlan(DevelopmentPlan.builder().id("plan-ivan").personId("ivan").cycleId("2026-Q3")
                .addGoal(PrivacyFixtures.goal("g-ivan", "Automate patching", "s-tech").wovenInto("hidden-1").build())
                .build())),
        adding("a GROW step's goal", org -> org
            .addGrowSession(GrowSession.builder().id("s-ivan").personId("ivan")
                .addStep(WayForwardStep.builder().description("Script it").horizon(Horizon.LATER)
                    .trackedBy("hidden-1").build())
                .build())),
        adding("a waiver's subject", org -> org
            .addWaiver(Waiver.of("okr.objective.count", "hidden-1", "Migration", "carla", AS_OF.plusDays(30)))),
        adding("a waiver's grantor", org -> org
            .addWaiver(Waiver.of("okr.objective.count", "it", "Migration", "hidden-1", AS_OF.plusDays(30)))),
        adding("a vision the viewer sees", org -> org
            .addVision(CareerVision.builder().id("hidden-1").personId("ivan").longTermVision("Run IT").build())),
        adding("a GROW session the viewer sees", org -> org
            .addGrowSession(GrowSession.builder().id("hidden-1").personId("ivan").goal("Automate").build())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("idsThatVisibleItemsName")
  void placeholderIdsAvoidIdsThatVisibleItemsUseOrNameThoughNoItemHasThem(String where,
      UnaryOperator<OrganizationSnapshot.Builder> naming) {
    // Else an objective aligned to "hidden-1", which names nothing, would seem aligned to the placeholder.
    assertEquals(List.of("hidden-2", "hidden-3"), placeholderIdsShownToIvan(naming));
  }

  static Stream<Arguments> idsThatOnlyHiddenItemsUse() {
    OrganizationSnapshot base = organization().build();
    DevelopmentPlan mayasPlan = base.plan("plan-maya").orElseThrow();
    return Stream.of(
        adding("a hidden plan", org -> org
            .plans(List.of(DevelopmentPlan.builder().from(mayasPlan).id("hidden-1").build()))),
        adding("a hidden goal of a visible plan", org -> org
            .plans(List.of(DevelopmentPlan.builder().from(mayasPlan).visibility(Visibility.PUBLIC)
                .goals(List.of(PrivacyFixtures.goal("hidden-1", "Run the support guild", "s-influence").build()))
                .build()))),
        adding("a goal of a hidden plan that its work names", org -> org
            .plans(List.of(DevelopmentPlan.builder().from(mayasPlan)
                .goals(List.of(PrivacyFixtures.goal("g-maya", "Run the support guild", "s-influence")
                    .wovenInto("hidden-1").build()))
                .build()))),
        adding("a hidden vision", org -> org
            .addVision(CareerVision.builder().id("hidden-1").personId("maya").longTermVision("Lead").build())),
        adding("a hidden GROW session's step", org -> org
            .addGrowSession(GrowSession.builder().id("s-maya").personId("maya")
                .addStep(WayForwardStep.builder().description("Lead a retro").horizon(Horizon.LATER)
                    .trackedBy("hidden-1").build())
                .build())),
        adding("a hidden GROW session", org -> org
            .addGrowSession(GrowSession.builder().id("hidden-1").personId("maya").goal("Lead").build())),
        adding("a hidden objective that a visible objective links to", org -> org
            .addObjective(objective("hidden-1", "Secret", Owner.team("sales"), 1).visibility(Visibility.TEAM).build())
            .addObjective(objective("o-ivan", "Patch on time", Owner.person("ivan"), 1)
                .addAlignment(Alignment.supports("hidden-1")).build())),
        adding("the grantor of a waiver on a hidden plan", org -> org
            .addWaiver(Waiver.of("dev.goal.none", "plan-maya", "On leave", "hidden-1", AS_OF.plusDays(30)))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("idsThatOnlyHiddenItemsUse")
  void placeholderIdsDoNotSkipAnIdThatOnlyHiddenItemsUseOrName(String where,
      UnaryOperator<OrganizationSnapshot.Builder> hiding) {
    assertEquals(List.of("hidden-1", "hidden-2"), placeholderIdsShownToIvan(hiding));
  }

  @Test
  void aVisibleChildOfAHiddenParentKeepsItsAlignmentButNotTheParentsId() {
    OrganizationSnapshot snapshot = organization()
        .addObjective(objective("o-maya", "Make escalations painless", Owner.person("maya"), 3)
            .addAlignment(Alignment.contributes("o-support", 2)).build())
        .build();
    Objective shown = redact(snapshot, "sam").objective("o-maya").orElseThrow();
    Alignment alignment = shown.alignments().get(0);
    assertTrue(alignment.parentId().startsWith("hidden-"));
    assertEquals(AlignmentKind.CONTRIBUTES, alignment.kind());
    assertEquals(2, alignment.weight());
    assertFalse(redact(snapshot, "sam").objective(alignment.parentId()).isPresent(), "it names no objective");
    assertEquals(snapshot.objective("o-maya"), redact(snapshot, "omar").objective("o-maya"));
  }

  @Test
  void hiddenGoalReferencesAreClearedAndVisibleOnesKept() {
    OrganizationSnapshot base = organization().build();
    OrganizationSnapshot snapshot = organization()
        .objectives(List.of(objective("o-company", "Customers recommend us", Owner.organization(), 5)
            .addInitiative(Initiative.builder().id("i-guild").title("Support guild").wovenGoalId("g-maya").build())
            .build(), base.objective("o-support").orElseThrow()))
        .addGrowSession(GrowSession.builder().id("s-omar").personId("omar").visibility(Visibility.PUBLIC)
            .addStep(WayForwardStep.builder().description("Join the guild").horizon(Horizon.LATER)
                .trackedBy("g-maya").build())
            .build())
        .build();

    OrganizationSnapshot sams = redact(snapshot, "sam");
    assertEquals(Optional.empty(), sams.initiative("i-guild").orElseThrow().wovenGoalId());
    assertEquals(Optional.empty(), sams.growSession("s-omar").orElseThrow().steps().get(0).trackedBy());
    OrganizationSnapshot lenas = redact(snapshot, "lena");
    assertEquals(Optional.of("g-maya"), lenas.initiative("i-guild").orElseThrow().wovenGoalId());
    assertEquals(Optional.of("g-maya"), lenas.growSession("s-omar").orElseThrow().steps().get(0).trackedBy());
  }

  @Test
  void aVisibleGoalWovenIntoHiddenWorkLosesTheReference() {
    OrganizationSnapshot base = organization().build();
    OrganizationSnapshot snapshot = organization()
        .plans(List.of(DevelopmentPlan.builder().from(base.plan("plan-maya").orElseThrow())
            .visibility(Visibility.PUBLIC)
            .goals(List.of(PrivacyFixtures.goal("g-maya", "Run the support guild", "s-influence")
                .visibility(Visibility.PUBLIC).wovenInto("o-support").build()))
            .build()))
        .build();
    DevelopmentPlan sams = redact(snapshot, "sam").plan("plan-maya").orElseThrow();
    assertEquals(Optional.empty(), sams.goal("g-maya").orElseThrow().wovenInto());
    assertEquals(Optional.empty(), sams.standing(), "the standing stays PRIVATE on a PUBLIC plan");
    DevelopmentPlan omars = redact(snapshot, "omar").plan("plan-maya").orElseThrow();
    assertEquals(Optional.of("o-support"), omars.goal("g-maya").orElseThrow().wovenInto());
  }

  @Test
  void personalDataTheViewerMayNotSeeIsRemoved() {
    OrganizationSnapshot snapshot = organization()
        .addWaiver(Waiver.of("dev.goal.none", "plan-maya", "On leave this quarter", "lena", AS_OF.plusDays(30)))
        .addWaiver(Waiver.of("okr.objective.count", "support", "Migration quarter", "carla", AS_OF.plusDays(30)))
        .build();
    OrganizationSnapshot omars = redact(snapshot, "omar");
    assertEquals(List.of(), omars.plans());
    assertEquals(List.of(), omars.profiles());
    assertEquals(List.of("support"), omars.waivers().stream().map(Waiver::subjectId).toList());
    assertEquals(snapshot.people(), omars.people(), "people are organization data");
    assertEquals(snapshot.teams(), omars.teams());
  }

  @Test
  void aVisionIsKeptForThoseWhoSeeItAndRemovedForOthers() {
    CareerVision vision = CareerVision.builder().id("v-maya").personId("maya").longTermVision("Lead support").build();
    OrganizationSnapshot snapshot = organization().addVision(vision).build();
    assertEquals(List.of(vision), redact(snapshot, "lena").visions(), "Maya's manager");
    assertEquals(List.of(), redact(snapshot, "omar").visions(), "a vision is PRIVATE by default");
  }

  @Test
  void waiversOfFindingsAboutPrivateDataFollowThatData() {
    OrganizationSnapshot base = organization().build();
    OrganizationSnapshot snapshot = organization()
        .plans(List.of(DevelopmentPlan.builder().from(base.plan("plan-maya").orElseThrow())
            .visibility(Visibility.TEAM).build()))
        .addWaiver(Waiver.of("dev.plan.underperformer", "plan-maya", "Agreed plan", "lena", AS_OF.plusDays(30)))
        .addWaiver(Waiver.of("career.assessment.stale", "maya", "Reassessed next month", "lena", AS_OF.plusDays(30)))
        .build();
    assertEquals(List.of(), redact(snapshot, "omar").waivers(), "Omar sees the plan, not its standing or assessments");
    assertEquals(snapshot.waivers(), redact(snapshot, "lena").waivers());
  }
}
