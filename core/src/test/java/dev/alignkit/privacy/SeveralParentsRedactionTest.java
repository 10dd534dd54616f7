package dev.alignkit.privacy;

import static dev.alignkit.privacy.PrivacyFixtures.AS_OF;
import static dev.alignkit.privacy.PrivacyFixtures.POLICY;
import static dev.alignkit.privacy.PrivacyFixtures.objective;
import static dev.alignkit.privacy.PrivacyFixtures.organization;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.common.Visibility;
import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.AlignmentKind;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.Owner;
import dev.alignkit.okr.ParentKind;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.progress.Rollup;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * Redaction where objectives have several parents or link to key results (docs/concepts.md,
 * "Several parents"). In the fixtures, o-company (PUBLIC, key result at 0.5) has three TEAM
 * children that Ivan (IT) does not see: support at 0.8, sales at 0.2, people at 0.5; Sam (sales)
 * sees sales' objective but not support's or people's.
 */
class SeveralParentsRedactionTest {
  private static OrganizationSnapshot redact(OrganizationSnapshot snapshot, String viewer) {
    return Privacy.redact(snapshot, Viewer.of(viewer), AS_OF, POLICY);
  }

  private static List<String> ids(OrganizationSnapshot snapshot) {
    return snapshot.objectives().stream().map(Objective::id).toList();
  }

  /** The fixtures' three team objectives, each with {@code links} in place of its one link to o-company. */
  private static OrganizationSnapshot.Builder teamsLinkedTo(List<Alignment> support, List<Alignment> sales,
      List<Alignment> people) {
    OrganizationSnapshot base = organization().build();
    return organization().objectives(List.of(
        base.objective("o-company").orElseThrow(),
        Objective.builder().from(base.objective("o-support").orElseThrow()).alignments(support).build(),
        Objective.builder().from(base.objective("o-sales").orElseThrow()).alignments(sales).build(),
        Objective.builder().from(base.objective("o-people").orElseThrow()).alignments(people).build()));
  }

  /** The fixtures with a ROLLUP key result kr-referrals on o-company, which the teams link to as given. */
  private static OrganizationSnapshot withReferrals(List<Alignment> support, List<Alignment> sales,
      List<Alignment> people) {
    OrganizationSnapshot.Builder builder = teamsLinkedTo(support, sales, people);
    OrganizationSnapshot snapshot = builder.build();
    Objective company = Objective.builder().from(snapshot.objective("o-company").orElseThrow())
        .addKeyResult(KeyResult.rollup("kr-referrals", "Customers referred by customers")).build();
    List<Objective> objectives = new ArrayList<>(snapshot.objectives());
    objectives.set(0, company);
    return builder.objectives(objectives).build();
  }

  // --- links of a visible objective -------------------------------------------------------------

  @Test
  void eachLinkToAHiddenParentGetsAFreshIdOfItsOwnAndLinksToVisibleParentsStay() {
    OrganizationSnapshot snapshot = organization()
        .addObjective(objective("o-maya", "Make escalations painless", Owner.person("maya"), 3)
            .addAlignment(Alignment.contributes("o-company", 1))
            .addAlignment(Alignment.contributes("o-support", 2))
            .addAlignment(Alignment.supportsKeyResult("kr-o-people"))
            .addAlignment(Alignment.contributes("o-support", 5))
            .build())
        .build();
    OrganizationSnapshot sams = redact(snapshot, "sam");

    // Sam's view: o-company and the mark of its 2 hidden children (hidden-1, its key result hidden-2),
    // o-sales, then Maya's objective, whose three hidden links get hidden-3 to hidden-5.
    assertEquals(List.of("o-company", "hidden-1", "o-sales", "o-maya"), ids(sams));
    assertEquals(List.of(Alignment.contributes("o-company", 1), Alignment.contributes("hidden-3", 2),
            Alignment.supportsKeyResult("hidden-4"), Alignment.contributes("hidden-5", 5)),
        sams.objective("o-maya").orElseThrow().alignments());
  }

  @Test
  void aLinkThatNamesAHiddenItemGetsAFreshIdEvenWhenItsParentKindDoesNotResolve() {
    OrganizationSnapshot snapshot = organization()
        .addObjective(objective("o-maya", "Make escalations painless", Owner.person("maya"), 3)
            .addAlignment(Alignment.of("o-support", ParentKind.KEY_RESULT, AlignmentKind.SUPPORTS, 1))
            .addAlignment(Alignment.supports("kr-o-people"))
            .addAlignment(Alignment.supports("o-gone"))
            .build())
        .build();
    Objective shown = redact(snapshot, "sam").objective("o-maya").orElseThrow();

    assertEquals(List.of(Alignment.supportsKeyResult("hidden-3"), Alignment.supports("hidden-4"),
        Alignment.supports("o-gone")), shown.alignments(), "o-gone names no item, hidden or not");
    assertFalse(shown.toString().contains("o-support"));
    assertFalse(shown.toString().contains("kr-o-people"));
  }

  @Test
  void aLinkToAKeyResultOfAVisibleObjectiveStays() {
    OrganizationSnapshot snapshot = organization()
        .addObjective(objective("o-maya", "Make escalations painless", Owner.person("maya"), 3)
            .addAlignment(Alignment.contributesToKeyResult("kr-o-company", 2)).build())
        .build();
    assertEquals(List.of(Alignment.contributesToKeyResult("kr-o-company", 2)),
        redact(snapshot, "sam").objective("o-maya").orElseThrow().alignments());
  }

  // --- a hidden child under several visible parents ---------------------------------------------

  /**
   * Each team objective contributes to o-company as in the fixtures and to IT's o-it (TEAM, which
   * Ivan sees as a member of IT; its key result stands at 0.4), sales twice.
   */
  private static OrganizationSnapshot sharedByCompanyAndIt() {
    return teamsLinkedTo(
            List.of(Alignment.contributes("o-company", 1), Alignment.contributes("o-it", 2)),
            List.of(Alignment.contributes("o-company", 2), Alignment.contributes("o-it", 1),
                Alignment.contributes("o-it", 10)),
            List.of(Alignment.contributes("o-it", 1), Alignment.contributes("o-company", 3)))
        .addObjective(objective("o-it", "Patch every laptop", Owner.team("it"), 4).visibility(Visibility.TEAM)
            .build())
        .build();
  }

  @Test
  void aHiddenChildCountsInThePlaceholderOfEachVisibleParentWithItsFirstLinksWeightThere() {
    OrganizationSnapshot ivans = redact(sharedByCompanyAndIt(), "ivan");

    assertEquals(List.of("o-company", "hidden-1", "o-it", "hidden-3"), ids(ivans));
    Objective company = ivans.objective("hidden-1").orElseThrow();
    assertEquals("3 hidden objectives", company.title());
    assertEquals(List.of(Alignment.contributes("o-company", 6)), company.alignments());
    // (0.8 * 1 + 0.2 * 2 + 0.5 * 3) / 6
    assertEquals(0.45, company.keyResults().get(0).current().getAsDouble(), 1e-12);
    Objective it = ivans.objective("hidden-3").orElseThrow();
    assertEquals("3 hidden objectives", it.title());
    // Sales' second link to o-it, weighted 10, is a duplicate: its first one counts.
    assertEquals(List.of(Alignment.contributes("o-it", 4)), it.alignments());
    // (0.8 * 2 + 0.2 * 1 + 0.5 * 1) / 4
    assertEquals(0.575, it.keyResults().get(0).current().getAsDouble(), 1e-12);
    // o-it's own key result (0.4, weight 1) and the placeholder: (0.4 + 0.575 * 4) / 5
    assertEquals(0.54, Rollup.of(ivans, AS_OF, POLICY).objective("o-it").orElseThrow().progress().getAsDouble(),
        1e-12);
  }

  /** Needs the roll-up over several parents: the whole snapshot counts each child in both parents. */
  @Test
  void bothParentsOfTheSharedHiddenChildrenKeepTheirProgress() {
    OrganizationSnapshot snapshot = sharedByCompanyAndIt();
    Rollup whole = Rollup.of(snapshot, AS_OF, POLICY);
    Rollup shown = Rollup.of(redact(snapshot, "ivan"), AS_OF, POLICY);

    // (0.5 + 0.8 * 1 + 0.2 * 2 + 0.5 * 3) / 7 and (0.4 + 0.8 * 2 + 0.2 * 1 + 0.5 * 1) / 5
    assertEquals(3.2 / 7, whole.objective("o-company").orElseThrow().progress().getAsDouble(), 1e-12);
    assertEquals(0.54, whole.objective("o-it").orElseThrow().progress().getAsDouble(), 1e-12);
    for (String id : List.of("o-company", "o-it")) {
      assertEquals(whole.objective(id).orElseThrow().progress().getAsDouble(),
          shown.objective(id).orElseThrow().progress().getAsDouble(), 1e-12, id);
    }
  }

  @Test
  void aChildWhoseFirstLinkToAParentSupportsLeavesNoTraceThereThoughALaterDuplicateContributes() {
    OrganizationSnapshot snapshot = teamsLinkedTo(
            List.of(Alignment.supports("o-company"), Alignment.contributes("o-company", 4)),
            List.of(Alignment.contributes("o-company", 2)),
            List.of())
        .build();
    OrganizationSnapshot ivans = redact(snapshot, "ivan");

    assertEquals(List.of("o-company", "hidden-1"), ids(ivans));
    assertEquals(List.of(Alignment.contributes("o-company", 1)), ivans.objective("hidden-1").orElseThrow()
        .alignments(), "a mark: sales alone counts");
  }

  // --- hidden contributors to a visible ROLLUP key result ---------------------------------------

  @Test
  void threeHiddenContributorsToAVisibleRollupKeyResultBecomeAnAggregateThatContributesToIt() {
    OrganizationSnapshot snapshot = withReferrals(
        List.of(Alignment.contributesToKeyResult("kr-referrals", 1)),
        List.of(Alignment.contributesToKeyResult("kr-referrals", 2)),
        List.of(Alignment.contributesToKeyResult("kr-referrals", 3)));
    OrganizationSnapshot ivans = redact(snapshot, "ivan");

    assertEquals(List.of("o-company", "hidden-1"), ids(ivans));
    Objective aggregate = ivans.objective("hidden-1").orElseThrow();
    assertEquals("3 hidden objectives", aggregate.title());
    assertEquals("\"aggregate\"", aggregate.attributes().get(Redaction.PLACEHOLDER_ATTRIBUTE));
    assertEquals(List.of(Alignment.contributesToKeyResult("kr-referrals", 6)), aggregate.alignments());
    assertEquals(0.45, aggregate.keyResults().get(0).current().getAsDouble(), 1e-12);
  }

  /** Needs the roll-up of ROLLUP key results: the key result is measured by its contributors. */
  @Test
  void aVisibleRollupKeyResultAndItsObjectiveKeepTheirProgressWithThreeHiddenContributors() {
    OrganizationSnapshot snapshot = withReferrals(
        List.of(Alignment.contributesToKeyResult("kr-referrals", 1)),
        List.of(Alignment.contributesToKeyResult("kr-referrals", 2)),
        List.of(Alignment.contributesToKeyResult("kr-referrals", 3)));
    Rollup whole = Rollup.of(snapshot, AS_OF, POLICY);
    Rollup shown = Rollup.of(redact(snapshot, "ivan"), AS_OF, POLICY);

    assertEquals(0.45, whole.keyResult("kr-referrals").orElseThrow().progress().progress().getAsDouble(), 1e-12);
    assertEquals(0.45, shown.keyResult("kr-referrals").orElseThrow().progress().progress().getAsDouble(), 1e-12);
    // o-company: its own key result (0.5) and kr-referrals (0.45), weight 1 each.
    assertEquals(0.475, whole.objective("o-company").orElseThrow().progress().getAsDouble(), 1e-12);
    assertEquals(0.475, shown.objective("o-company").orElseThrow().progress().getAsDouble(), 1e-12);
  }

  @Test
  void aHiddenChildCountedInARollupKeyResultIsNotAlsoInItsObjectivesPlaceholder() {
    OrganizationSnapshot snapshot = withReferrals(
        List.of(Alignment.contributes("o-company", 1), Alignment.contributesToKeyResult("kr-referrals", 1)),
        List.of(Alignment.contributes("o-company", 2), Alignment.supportsKeyResult("kr-referrals")),
        List.of(Alignment.contributesToKeyResult("kr-referrals", 3), Alignment.contributesToKeyResult("kr-o-company",
            5)));
    OrganizationSnapshot ivans = redact(snapshot, "ivan");

    // Direct: sales alone (support counts in kr-referrals; people's link to the measured
    // kr-o-company only supports). In kr-referrals: support and people. Two marks.
    assertEquals(List.of("o-company", "hidden-1", "hidden-3"), ids(ivans));
    Objective direct = ivans.objective("hidden-1").orElseThrow();
    assertEquals(List.of(Alignment.contributes("o-company", 1)), direct.alignments());
    assertEquals("\"partial\"", direct.attributes().get(Redaction.PLACEHOLDER_ATTRIBUTE));
    Objective inKeyResult = ivans.objective("hidden-3").orElseThrow();
    assertEquals(List.of(Alignment.contributesToKeyResult("kr-referrals", 1)), inKeyResult.alignments());
    assertEquals("Hidden objectives", inKeyResult.title());
    assertEquals(OptionalDouble.empty(), inKeyResult.keyResults().get(0).current());
  }

  @Test
  void oneOrTwoHiddenContributorsToARollupKeyResultLeaveAMarkAndTheVisibleOnesCount() {
    OrganizationSnapshot snapshot = withReferrals(
        List.of(Alignment.contributesToKeyResult("kr-referrals", 1)),
        List.of(Alignment.contributesToKeyResult("kr-referrals", 2)),
        List.of(Alignment.supports("o-company")));
    OrganizationSnapshot sams = redact(snapshot, "sam");

    assertEquals(List.of("o-company", "hidden-1", "o-sales"), ids(sams));
    assertEquals(List.of(Alignment.contributesToKeyResult("kr-referrals", 1)),
        sams.objective("hidden-1").orElseThrow().alignments());
    assertEquals(List.of(Alignment.contributesToKeyResult("kr-referrals", 2)),
        sams.objective("o-sales").orElseThrow().alignments(), "Sam sees sales' link as it is");
  }

  @Test
  void theOwnerOfARollupKeyResultWhoSeesItsObjectiveByThatRightAloneSeesItsHiddenContributorsAsAnAggregate() {
    OrganizationSnapshot base = organization().build();
    Objective people = Objective.builder().from(base.objective("o-people").orElseThrow())
        .addKeyResult(KeyResult.builder().from(KeyResult.rollup("kr-hires", "Engineers hired by the teams"))
            .ownerId("ivan").build())
        .alignments(List.of())
        .build();
    List<Objective> contributors = List.of(
        objective("o-lena", "Hire two agents", Owner.person("lena"), 6).visibility(Visibility.PRIVATE)
            .addAlignment(Alignment.contributesToKeyResult("kr-hires", 1)).build(),
        objective("o-sam", "Hire a closer", Owner.person("sam"), 2).visibility(Visibility.PRIVATE)
            .addAlignment(Alignment.contributesToKeyResult("kr-hires", 1)).build(),
        objective("o-maya", "Refer a friend", Owner.person("maya"), 4).visibility(Visibility.PRIVATE)
            .addAlignment(Alignment.contributesToKeyResult("kr-hires", 2)).build());
    OrganizationSnapshot snapshot = organization().objectives(List.of(people)).addAllObjectives(contributors)
        .build();
    Access ivan = Access.of(snapshot, Viewer.of("ivan"), AS_OF, POLICY);
    OrganizationSnapshot ivans = redact(snapshot, "ivan");

    assertTrue(ivan.seesAsKeyResultOwner(people));
    assertEquals(List.of("o-people", "hidden-1"), ids(ivans));
    Objective aggregate = ivans.objective("hidden-1").orElseThrow();
    assertEquals(List.of(Alignment.contributesToKeyResult("kr-hires", 4)), aggregate.alignments());
    // (0.6 * 1 + 0.2 * 1 + 0.4 * 2) / 4
    assertEquals(0.4, aggregate.keyResults().get(0).current().getAsDouble(), 1e-12);
    for (String hidden : List.of("o-lena", "o-sam", "o-maya", "Hire two agents", "Hire a closer", "Refer a friend")) {
      assertFalse(ivans.toString().contains(hidden), hidden);
    }
  }
}
