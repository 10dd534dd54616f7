package dev.alignkit.rules;

import static dev.alignkit.rules.RuleFixtures.AS_OF;
import static dev.alignkit.rules.RuleFixtures.args;
import static dev.alignkit.rules.RuleFixtures.only;
import static dev.alignkit.rules.RuleFixtures.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.AlignmentKind;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.KeyResultKind;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.OkrStatus;
import dev.alignkit.okr.Owner;
import dev.alignkit.okr.ParentKind;
import dev.alignkit.org.OrganizationSnapshot;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The link rules on objectives with several parents, links to key results and ROLLUP key results:
 * exact paths, arguments and the findings that must not come.
 */
class SeveralParentsRulesTest {
  private static final List<String> LINK_CODES = List.of(RuleCodes.ALIGNMENT_MISSING_PARENT,
      RuleCodes.ALIGNMENT_CYCLE, RuleCodes.ALIGNMENT_UNALIGNED, RuleCodes.ALIGNMENT_TIME_FRAME,
      RuleCodes.ALIGNMENT_DUPLICATE, RuleCodes.ALIGNMENT_CONTRIBUTES_TO_MEASURED, RuleCodes.WEIGHT,
      RuleCodes.OBJECTIVE_NO_KEY_RESULTS);

  /** The clean team objective with these links instead of its own. */
  private static Objective teamWith(Alignment... links) {
    return Objective.builder().from(RuleFixtures.teamObjective()).alignments(List.of(links)).build();
  }

  /** The clean personal objective with these links instead of its own. */
  private static Objective personalWith(Alignment... links) {
    return Objective.builder().from(RuleFixtures.personalObjective()).alignments(List.of(links)).build();
  }

  /** A team objective of support with one fresh ACHIEVE key result and these links. */
  private static Objective teamObjective(String id, Alignment... links) {
    return Objective.builder().id(id).title("Objective " + id).owner(Owner.team("support")).cycleId("2026-Q3")
        .addKeyResult(KeyResult.achieve("kr-" + id, "Milestone of " + id).withCheckIn(CheckIn.of(AS_OF, 0, 0.8)))
        .alignments(List.of(links)).build();
  }

  /** The company objective with a ROLLUP key result {@code kr-contributions} beside its own. */
  private static Objective companyWithRollup() {
    return Objective.builder().from(RuleFixtures.companyObjective())
        .addKeyResult(KeyResult.rollup("kr-contributions", "Contributions of the teams")).build();
  }

  /** The findings of the link rules, as "code at path". */
  private static List<String> linkFindings(Report report) {
    return report.findings().stream().filter(f -> LINK_CODES.contains(f.code()))
        .map(f -> f.code() + " at " + f.path()).toList();
  }

  // --- okr.alignment.duplicate ------------------------------------------------------------------

  @Test
  void secondLinkToTheSameParentIsReportedOnceAtItsPlaceAndNothingElseLooksAtIt() {
    // The later link would be a weight finding of its own if it counted.
    Objective twice = teamWith(Alignment.contributes("o-company", 1), Alignment.of("o-company",
        AlignmentKind.CONTRIBUTES, 0));
    Report report = validate(RuleFixtures.withObjectives(RuleFixtures.companyObjective(), twice,
        RuleFixtures.personalObjective()));
    Finding finding = only(RuleCodes.ALIGNMENT_DUPLICATE, report);
    assertEquals("objectives[o-support].alignments[1]", finding.path().toString());
    assertEquals("o-support", finding.subjectId());
    assertEquals(args("objective", "Answer within a working day", "parent", "o-company", "parentKind", "OBJECTIVE"),
        finding.arguments());
    assertEquals(List.of(RuleCodes.ALIGNMENT_DUPLICATE + " at objectives[o-support].alignments[1]"),
        linkFindings(report));
  }

  @Test
  void everyLaterLinkToOneParentIsADuplicateAndTheSameIdAsAnotherKindOfParentIsNot() {
    Objective links = teamWith(Alignment.supports("o-company"), Alignment.supportsKeyResult("kr-nps"),
        Alignment.contributes("o-company", 2), Alignment.contributesToKeyResult("kr-contributions", 1),
        Alignment.supports("o-company"), Alignment.supportsKeyResult("kr-contributions"));
    Report report = validate(RuleFixtures.withObjectives(companyWithRollup(), links, RuleFixtures.personalObjective()));
    List<Finding> duplicates = report.ofCode(RuleCodes.ALIGNMENT_DUPLICATE);
    assertEquals(List.of("objectives[o-support].alignments[2]", "objectives[o-support].alignments[4]",
        "objectives[o-support].alignments[5]"), duplicates.stream().map(f -> f.path().toString()).toList());
    assertEquals(List.of("o-company OBJECTIVE", "o-company OBJECTIVE", "kr-contributions KEY_RESULT"),
        duplicates.stream().map(f -> f.arguments().get("parent") + " " + f.arguments().get("parentKind")).toList());
  }

  @Test
  void duplicateCountsAsItsFirstLinkSoASupportingFirstLinkLeavesTheParentUnmeasured() {
    Objective bare = Objective.builder().id("o-bare").title("Grow the partner channel").owner(Owner.organization())
        .cycleId("2026-Q3").build();
    Objective child = teamObjective("o-child", Alignment.supports("o-bare"), Alignment.contributes("o-bare", 1));
    Report report = validate(RuleFixtures.withObjectives(RuleFixtures.companyObjective(), bare, child));
    assertEquals(List.of(
            RuleCodes.OBJECTIVE_NO_KEY_RESULTS + " at objectives[o-bare].keyResults",
            RuleCodes.ALIGNMENT_DUPLICATE + " at objectives[o-child].alignments[1]"),
        linkFindings(report));
  }

  // --- okr.alignment.cycle ----------------------------------------------------------------------

  @Test
  void objectiveLinkingToAKeyResultOfItsOwnChildIsOnACycleWithIt() {
    // o-support contributes to o-company, which supports o-support's key result kr-reply.
    Objective company = Objective.builder().from(RuleFixtures.companyObjective())
        .addAlignment(Alignment.supportsKeyResult("kr-reply")).build();
    Report report = validate(RuleFixtures.withObjectives(company, RuleFixtures.teamObjective(),
        RuleFixtures.personalObjective()));
    List<Finding> cycles = report.ofCode(RuleCodes.ALIGNMENT_CYCLE);
    assertEquals(List.of("objectives[o-company].alignments[0].parentId",
            "objectives[o-support].alignments[0].parentId"),
        cycles.stream().map(f -> f.path().toString()).toList());
    assertEquals(args("objective", "Customers recommend us", "chain", "o-company -> o-support -> o-company"),
        cycles.get(0).arguments());
    assertEquals(args("objective", "Answer within a working day", "chain", "o-support -> o-company -> o-support"),
        cycles.get(1).arguments());
    assertEquals(List.of(), report.ofCode(RuleCodes.ALIGNMENT_UNALIGNED), "o-maya runs into the cycle");
  }

  @Test
  void linkToOneOfItsOwnKeyResultsIsACycleOfOne() {
    Objective self = teamWith(Alignment.contributes("o-company", 1), Alignment.supportsKeyResult("kr-reply"));
    Finding finding = only(RuleCodes.ALIGNMENT_CYCLE, validate(RuleFixtures.withObjectives(
        RuleFixtures.companyObjective(), self, RuleFixtures.personalObjective())));
    assertEquals("objectives[o-support].alignments[1].parentId", finding.path().toString());
    assertEquals("o-support -> o-support", finding.arguments().get("chain"));
  }

  @Test
  void cycleThroughASecondParentIsReportedAtTheFirstLinkThatStaysOnIt() {
    Objective team = teamWith(Alignment.contributes("o-company", 1), Alignment.supports("o-maya"));
    Report report = validate(RuleFixtures.withObjectives(RuleFixtures.companyObjective(), team,
        RuleFixtures.personalObjective()));
    List<Finding> cycles = report.ofCode(RuleCodes.ALIGNMENT_CYCLE);
    assertEquals(List.of("objectives[o-maya].alignments[0].parentId", "objectives[o-support].alignments[1].parentId"),
        cycles.stream().map(f -> f.path().toString()).toList());
    assertEquals(List.of("o-maya -> o-support -> o-maya", "o-support -> o-maya -> o-support"),
        cycles.stream().map(f -> f.arguments().get("chain")).toList());
  }

  @Test
  void eachObjectiveOfATangleGetsOneFindingWithACycleThatStartsWithItsFirstLinkOnIt() {
    // a -> b, b -> c, c -> a and c -> b: one component of three.
    Objective a = teamObjective("o-a", Alignment.supports("o-company"), Alignment.supports("o-b"));
    Objective b = teamObjective("o-b", Alignment.supports("o-c"));
    Objective c = teamObjective("o-c", Alignment.supports("o-b"), Alignment.supports("o-a"));
    Report report = validate(RuleFixtures.withObjectives(RuleFixtures.companyObjective(), a, b, c));
    List<Finding> cycles = report.ofCode(RuleCodes.ALIGNMENT_CYCLE);
    assertEquals(List.of(
            "objectives[o-a].alignments[1].parentId o-a -> o-b -> o-c -> o-a",
            "objectives[o-b].alignments[0].parentId o-b -> o-c -> o-b",
            "objectives[o-c].alignments[0].parentId o-c -> o-b -> o-c"),
        cycles.stream().map(f -> f.path() + " " + f.arguments().get("chain")).toList());
  }

  @Test
  void longCycleShowsItsFirstTenObjectivesThenCloses() {
    // o-01 -> o-02 -> ... -> o-12 -> o-01, each through the next one's key result; o-05 also links to o-01.
    // The cycles start at the member with the smallest id, o-01, from whose tree o-05's is cut after ten.
    Objective[] ring = new Objective[12];
    for (int i = 1; i <= 12; i++) {
      String next = String.format("o-%02d", i % 12 + 1);
      ring[i - 1] = i == 5
          ? teamObjective(String.format("o-%02d", i), Alignment.supportsKeyResult("kr-" + next),
              Alignment.supports("o-01"))
          : teamObjective(String.format("o-%02d", i), Alignment.supportsKeyResult("kr-" + next));
    }
    Report report = validate(RuleFixtures.withObjectives(ring));
    List<Finding> cycles = report.ofCode(RuleCodes.ALIGNMENT_CYCLE);
    assertEquals(12, cycles.size());
    // o-05 links back to o-01, which closes o-01's cycle early.
    assertEquals("o-01 -> o-02 -> o-03 -> o-04 -> o-05 -> o-01", cycles.get(0).arguments().get("chain"));
    assertEquals("o-05 -> o-06 -> o-07 -> o-08 -> o-09 -> o-10 -> o-11 -> o-12 -> o-01 -> o-02 -> ... -> o-05",
        cycles.get(4).arguments().get("chain"));
    // o-02's shortest way back is through o-05's second link, which the chain takes.
    assertEquals("o-02 -> o-03 -> o-04 -> o-05 -> o-01 -> o-02", cycles.get(1).arguments().get("chain"));
  }

  @Test
  void personsViewReportsTheCycleOfTheirObjectiveOnly() {
    Objective team = teamWith(Alignment.contributes("o-company", 1), Alignment.supports("o-maya"));
    OrganizationSnapshot snapshot = RuleFixtures.withObjectives(RuleFixtures.companyObjective(), team,
        RuleFixtures.personalObjective());
    Report report = Validator.defaults().validatePerson(snapshot, "maya", AS_OF);
    assertEquals(List.of(RuleCodes.ALIGNMENT_CYCLE + " at objectives[o-maya].alignments[0].parentId"),
        linkFindings(report));
  }

  // --- okr.alignment.unaligned ------------------------------------------------------------------

  @Test
  void objectiveIsAlignedWhenItsSecondParentReachesTheOrganization() {
    Objective loose = teamObjective("o-loose");
    Objective maya = personalWith(Alignment.supports("o-loose"), Alignment.supports("o-support"));
    Report report = validate(RuleFixtures.withObjectives(RuleFixtures.companyObjective(), RuleFixtures.teamObjective(),
        loose, maya));
    Finding finding = only(RuleCodes.ALIGNMENT_UNALIGNED, report);
    assertEquals("objectives[o-loose].alignments", finding.path().toString());
    assertEquals(args("objective", "Objective o-loose", "root", "o-loose"), finding.arguments());
  }

  @Test
  void objectiveWhoseEveryChainEndsShortOfTheOrganizationNamesTheTopOfItsFirstLinks() {
    Objective top = teamObjective("o-top");
    Objective middle = teamObjective("o-middle", Alignment.supports("o-top"));
    Objective other = teamObjective("o-other");
    Objective maya = personalWith(Alignment.supports("o-middle"), Alignment.supports("o-other"));
    Report report = validate(RuleFixtures.withObjectives(RuleFixtures.companyObjective(), top, middle, other, maya));
    assertEquals(List.of("o-maya o-top", "o-middle o-top", "o-other o-other", "o-top o-top"),
        report.ofCode(RuleCodes.ALIGNMENT_UNALIGNED).stream()
            .map(f -> f.subjectId() + " " + f.arguments().get("root")).toList());
  }

  @Test
  void linkToAKeyResultOfAnOrganizationObjectiveAligns() {
    Objective maya = personalWith(Alignment.supportsKeyResult("kr-nps"));
    Report report = validate(RuleFixtures.withObjectives(RuleFixtures.companyObjective(), RuleFixtures.teamObjective(),
        maya));
    assertEquals(List.of(), linkFindings(report));
  }

  @Test
  void chainThatBreaksOnAMissingKeyResultIsLeftToTheMissingParentRuleEvenBesideAnUnalignedOne() {
    Objective loose = teamObjective("o-loose");
    Objective maya = personalWith(Alignment.supports("o-loose"), Alignment.contributesToKeyResult("kr-gone", 1));
    Report report = validate(RuleFixtures.withObjectives(RuleFixtures.companyObjective(), loose, maya));
    assertEquals(List.of(
            RuleCodes.ALIGNMENT_UNALIGNED + " at objectives[o-loose].alignments",
            RuleCodes.ALIGNMENT_MISSING_PARENT + " at objectives[o-maya].alignments[1].parentId"),
        linkFindings(report));
    Finding missing = report.ofCode(RuleCodes.ALIGNMENT_MISSING_PARENT).get(0);
    assertEquals(args("objective", "Make escalations painless", "parent", "kr-gone", "parentKind", "KEY_RESULT"),
        missing.arguments());
    assertEquals(Optional.of(AlignmentMissingParentRule.KEY_RESULT_SUGGESTION), missing.suggestionKey());
    assertEquals("Objective \"Make escalations painless\" aligns to KEY_RESULT kr-gone, which does not exist.",
        FindingFormatter.standard().message(missing, Locale.ENGLISH));
  }

  @Test
  void linkToAKeyResultIdThatNamesAnObjectiveOnlyIsMissing() {
    Objective maya = personalWith(Alignment.of("o-support", ParentKind.KEY_RESULT, AlignmentKind.SUPPORTS, 1));
    Finding finding = only(RuleCodes.ALIGNMENT_MISSING_PARENT, validate(RuleFixtures.withObjectives(
        RuleFixtures.companyObjective(), RuleFixtures.teamObjective(), maya)));
    assertEquals("objectives[o-maya].alignments[0].parentId", finding.path().toString());
  }

  // --- okr.alignment.contributes-to-measured and okr.weight -------------------------------------

  @Test
  void contributingToAMeasuredKeyResultCountsAsSupportingAndIsReportedAtTheLinksKind() {
    Objective team = teamWith(Alignment.contributesToKeyResult("kr-nps", 1));
    Report report = validate(RuleFixtures.withObjectives(RuleFixtures.companyObjective(), team,
        RuleFixtures.personalObjective()));
    Finding finding = only(RuleCodes.ALIGNMENT_CONTRIBUTES_TO_MEASURED, report);
    assertEquals("objectives[o-support].alignments[0].kind", finding.path().toString());
    assertEquals(args("objective", "Answer within a working day", "keyResult", "kr-nps"),
        finding.arguments());
    assertEquals(List.of(RuleCodes.ALIGNMENT_CONTRIBUTES_TO_MEASURED + " at objectives[o-support].alignments[0].kind"),
        linkFindings(report));
  }

  @Test
  void contributingToARollupKeyResultOrSupportingAMeasuredOneIsFine() {
    Objective team = teamWith(Alignment.contributesToKeyResult("kr-contributions", 2),
        Alignment.supportsKeyResult("kr-nps"));
    assertEquals(List.of(), linkFindings(validate(RuleFixtures.withObjectives(companyWithRollup(), team,
        RuleFixtures.personalObjective()))));
  }

  @Test
  void weightOfALinkThatCountsAsSupportingIsNotReportedButOneToARollupIs() {
    Objective toMeasured = teamWith(Alignment.contributesToKeyResult("kr-nps", 0));
    assertEquals(List.of(RuleCodes.ALIGNMENT_CONTRIBUTES_TO_MEASURED + " at objectives[o-support].alignments[0].kind"),
        linkFindings(validate(RuleFixtures.withObjectives(companyWithRollup(), toMeasured))));
    Objective toRollup = teamWith(Alignment.contributesToKeyResult("kr-contributions", -1));
    Finding weight = only(RuleCodes.WEIGHT, validate(RuleFixtures.withObjectives(companyWithRollup(), toRollup)));
    assertEquals("objectives[o-support].alignments[0].weight", weight.path().toString());
    assertEquals(args("item", "Answer within a working day", "weight", "-1"), weight.arguments());
  }

  @Test
  void contributingToAKeyResultWithoutAKindCountsAsSupportingToo() {
    Objective company = Objective.builder().from(RuleFixtures.companyObjective())
        .addKeyResult(KeyResult.builder().id("kr-vague").title("Be loved").build()).build();
    Report report = validate(RuleFixtures.withObjectives(company,
        teamWith(Alignment.contributesToKeyResult("kr-vague", 1))));
    assertEquals(args("objective", "Answer within a working day", "keyResult", "kr-vague"),
        only(RuleCodes.ALIGNMENT_CONTRIBUTES_TO_MEASURED, report).arguments());
  }

  // --- okr.alignment.time-frame -----------------------------------------------------------------

  @Test
  void childOutsideTheCycleOfTwoParentsInOneCycleIsReportedOnceAndAParentCycleAroundItNever() {
    Cycle q4 = Cycle.of("2026-Q4", "2026-Q4", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31));
    Cycle h2 = Cycle.of("2026-H2", "2026-H2", RuleFixtures.JULY_1, LocalDate.of(2026, 12, 31));
    Objective yearEnd = Objective.builder().from(RuleFixtures.companyObjective()).id("o-h2").cycleId("2026-H2")
        .keyResults(List.of(KeyResult.achieve("kr-h2", "Close the year").withCheckIn(CheckIn.of(AS_OF, 0, 0.8))))
        .build();
    Objective later = Objective.builder().from(teamWith(Alignment.contributes("o-company", 1),
        Alignment.supports("o-h2"), Alignment.supportsKeyResult("kr-nps"))).cycleId("2026-Q4").build();
    OrganizationSnapshot snapshot = RuleFixtures.clean().addCycle(q4).addCycle(h2)
        .objectives(List.of(RuleFixtures.companyObjective(), yearEnd, later)).build();
    Finding finding = only(RuleCodes.ALIGNMENT_TIME_FRAME, validate(snapshot));
    assertEquals("objectives[o-support].cycleId", finding.path().toString());
    assertEquals(args("objective", "Answer within a working day", "cycle", "2026-Q4", "parentCycle", "2026-Q3"),
        finding.arguments());
  }

  @Test
  void linkToAKeyResultIsCheckedAgainstTheCycleOfItsObjective() {
    Cycle q4 = Cycle.of("2026-Q4", "2026-Q4", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31));
    Objective later = Objective.builder().from(teamWith(Alignment.supportsKeyResult("kr-nps"))).cycleId("2026-Q4")
        .build();
    OrganizationSnapshot snapshot = RuleFixtures.clean().addCycle(q4)
        .objectives(List.of(RuleFixtures.companyObjective(), later)).build();
    assertEquals("2026-Q3", only(RuleCodes.ALIGNMENT_TIME_FRAME, validate(snapshot)).arguments().get("parentCycle"));
  }

  // --- okr.objective.no-key-results -------------------------------------------------------------

  @Test
  void rollupKeyResultMeasuresItsObjectiveAndADirectContributorCountsOnlyWhenItDoesNotGoThroughOne() {
    Objective bare = Objective.builder().id("o-bare").title("Grow the partner channel").owner(Owner.organization())
        .cycleId("2026-Q3").build();
    Objective direct = teamObjective("o-direct", Alignment.contributes("o-bare", 1));
    assertEquals(List.of(), validate(RuleFixtures.withObjectives(bare, direct))
        .ofCode(RuleCodes.OBJECTIVE_NO_KEY_RESULTS));

    Objective withDraftRollup = Objective.builder().from(bare).addKeyResult(KeyResult.builder()
        .from(KeyResult.rollup("kr-bare", "Contributions")).status(OkrStatus.DRAFT).build()).build();
    Objective both = teamObjective("o-both", Alignment.contributesToKeyResult("kr-bare", 1),
        Alignment.contributes("o-bare", 1));
    assertEquals(List.of("o-bare"), validate(RuleFixtures.withObjectives(withDraftRollup, both))
        .ofCode(RuleCodes.OBJECTIVE_NO_KEY_RESULTS).stream().map(Finding::subjectId).toList(),
        "o-both counts in the draft ROLLUP key result, never directly in o-bare");

    Objective onlyRollup = Objective.builder().from(bare).addKeyResult(KeyResult.rollup("kr-bare", "Contributions"))
        .build();
    assertEquals(List.of(), validate(RuleFixtures.withObjectives(onlyRollup))
        .ofCode(RuleCodes.OBJECTIVE_NO_KEY_RESULTS));
  }

  // --- ROLLUP key results -----------------------------------------------------------------------

  @Test
  void rollupKeyResultIsNeitherUnmeasurableNorMisdirectedNorOutOfRangeNorStale() {
    KeyResult rollup = KeyResult.builder().from(KeyResult.rollup("kr-r", "Contributions of the team"))
        .start(150).target(120).unit("%").build();
    Objective maya = Objective.builder().from(RuleFixtures.personalObjective()).keyResults(List.of(rollup)).build();
    Report report = validate(RuleFixtures.withObjectives(RuleFixtures.companyObjective(), RuleFixtures.teamObjective(),
        maya));
    assertEquals(List.of(), report.findings());

    KeyResult measured = KeyResult.builder().from(rollup).kind(KeyResultKind.INCREASE).build();
    Objective measuredMaya = Objective.builder().from(maya).keyResults(List.of(measured)).build();
    assertEquals(List.of(RuleCodes.CHECK_IN_STALE, RuleCodes.KEY_RESULT_DIRECTION, RuleCodes.KEY_RESULT_UNIT_RANGE,
            RuleCodes.KEY_RESULT_UNIT_RANGE),
        validate(RuleFixtures.withObjectives(RuleFixtures.companyObjective(), RuleFixtures.teamObjective(),
            measuredMaya)).findings().stream().map(Finding::code).sorted().toList(),
        "the same levels on an INCREASE key result are reported");
  }
}
