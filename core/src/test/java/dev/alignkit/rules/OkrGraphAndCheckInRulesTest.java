package dev.alignkit.rules;

import static dev.alignkit.rules.RuleFixtures.AS_OF;
import static dev.alignkit.rules.RuleFixtures.args;
import static dev.alignkit.rules.RuleFixtures.only;
import static dev.alignkit.rules.RuleFixtures.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.CycleStatus;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.OkrStatus;
import dev.alignkit.okr.Owner;
import dev.alignkit.org.OrganizationSnapshot;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The alignment-graph and check-in rules: exact paths and arguments, and clean cases. */
class OkrGraphAndCheckInRulesTest {
  private static Objective teamAlignedTo(String parentId) {
    return Objective.builder().from(RuleFixtures.teamObjective()).alignments(java.util.List.of(Alignment.contributes(parentId, 1))).build();
  }

  @Test
  void everyObjectiveOnAnAlignmentCycleIsFlaggedWithItsChain() {
    Objective a = Objective.builder().from(RuleFixtures.teamObjective()).id("o-a").title("A")
        .keyResults(List.of(KeyResult.achieve("kr-a", "A").withCheckIn(CheckIn.of(AS_OF, 0))))
        .alignments(java.util.List.of(Alignment.supports("o-b"))).build();
    Objective b = Objective.builder().from(a).id("o-b").title("B")
        .keyResults(List.of(KeyResult.achieve("kr-b", "B").withCheckIn(CheckIn.of(AS_OF, 0))))
        .alignments(java.util.List.of(Alignment.supports("o-a"))).build();
    Report report = validate(RuleFixtures.clean().addObjectives(a, b).build());
    List<Finding> findings = report.ofCode(RuleCodes.ALIGNMENT_CYCLE);
    assertEquals(List.of("objectives[o-a].alignments[0].parentId", "objectives[o-b].alignments[0].parentId"),
        findings.stream().map(f -> f.path().toString()).toList());
    assertEquals(args("objective", "A", "chain", "o-a -> o-b -> o-a"), findings.get(0).arguments());
    assertEquals(args("objective", "B", "chain", "o-b -> o-a -> o-b"), findings.get(1).arguments());
    assertEquals(List.of(), report.ofCode(RuleCodes.ALIGNMENT_UNALIGNED), "a broken chain is the cycle rule's");
  }

  @Test
  void teamObjectiveWithoutParentIsUnaligned() {
    Objective loose = Objective.builder().from(RuleFixtures.teamObjective()).alignments(java.util.List.of()).build();
    Report report = validate(RuleFixtures.withObjectives(RuleFixtures.companyObjective(), loose,
        RuleFixtures.personalObjective()));
    List<Finding> findings = report.ofCode(RuleCodes.ALIGNMENT_UNALIGNED);
    assertEquals(List.of("objectives[o-maya].alignments", "objectives[o-support].alignments"),
        findings.stream().map(f -> f.path().toString()).toList());
    assertEquals(args("objective", "Make escalations painless", "root", "o-support"), findings.get(0).arguments());
    assertEquals(args("objective", "Answer within a working day", "root", "o-support"), findings.get(1).arguments());
    assertEquals(Optional.of("maya"), findings.get(0).personId());
  }

  @Test
  void everyObjectiveBelowAnUnalignedTeamObjectiveNamesItsRoot() {
    Objective loose = Objective.builder().from(RuleFixtures.teamObjective()).alignments(java.util.List.of()).build();
    Objective sibling = Objective.builder().from(RuleFixtures.personalObjective()).id("o-maya-2")
        .title("Share what escalations teach")
        .keyResults(List.of(
            KeyResult.achieve("kr-talk", "Give the escalations talk").withCheckIn(CheckIn.of(AS_OF, 0))))
        .build();
    Report report = validate(RuleFixtures.withObjectives(RuleFixtures.companyObjective(), loose,
        RuleFixtures.personalObjective(), sibling));
    List<Finding> findings = report.ofCode(RuleCodes.ALIGNMENT_UNALIGNED);
    assertEquals(List.of("objectives[o-maya-2].alignments", "objectives[o-maya].alignments",
            "objectives[o-support].alignments"), findings.stream().map(f -> f.path().toString()).toList());
    assertEquals(List.of("o-support", "o-support", "o-support"),
        findings.stream().map(f -> f.arguments().get("root")).toList());
  }

  @Test
  void anObjectiveWhoseCycleIdNamesNoCycleIsSkippedByTheRulesThatNeedTheCycle() {
    // With a cycle, its only check-in would be out of range and stale; skipped, nothing is reported.
    Objective elsewhere = Objective.builder().from(RuleFixtures.personalObjective()).cycleId("2026-Q9")
        .keyResults(List.of(KeyResult.achieve("kr-playbook", "Publish the escalation playbook")
            .withCheckIn(CheckIn.of(LocalDate.of(2020, 1, 6), 0, 0.8))))
        .build();
    Report report = validate(RuleFixtures.withObjectives(RuleFixtures.companyObjective(),
        RuleFixtures.teamObjective(), elsewhere));
    assertEquals(List.of(), report.findings());
  }

  @Test
  void personalObjectiveReachingTheOrganizationThroughItsTeamIsAligned() {
    assertEquals(List.of(), validate(RuleFixtures.clean().build()).ofCode(RuleCodes.ALIGNMENT_UNALIGNED));
  }

  @Test
  void chainEndingAtAMissingParentIsLeftToTheMissingParentRule() {
    Report report = validate(RuleFixtures.withObjectives(RuleFixtures.companyObjective(), teamAlignedTo("o-gone"),
        RuleFixtures.personalObjective()));
    assertEquals(List.of(), report.ofCode(RuleCodes.ALIGNMENT_UNALIGNED));
    assertEquals(1, report.ofCode(RuleCodes.ALIGNMENT_MISSING_PARENT).size());
  }

  @Test
  void childInALaterCycleThanItsParentIsOutsideItsTimeFrame() {
    Cycle q4 = Cycle.of("2026-Q4", "2026-Q4", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31));
    Objective later = Objective.builder().from(RuleFixtures.teamObjective()).cycleId("2026-Q4").build();
    OrganizationSnapshot snapshot = RuleFixtures.clean().addCycle(q4)
        .objectives(List.of(RuleFixtures.companyObjective(), later)).build();
    Finding finding = only(RuleCodes.ALIGNMENT_TIME_FRAME, validate(snapshot));
    assertEquals("objectives[o-support].cycleId", finding.path().toString());
    assertEquals(args("objective", "Answer within a working day", "cycle", "2026-Q4", "parentCycle", "2026-Q3"),
        finding.arguments());
  }

  @Test
  void childInAShorterCycleInsideItsParentsIsWithinItsTimeFrame() {
    Cycle july = Cycle.of("2026-07", "July", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31));
    Objective inJuly = Objective.builder().from(RuleFixtures.teamObjective()).cycleId("2026-07").build();
    OrganizationSnapshot snapshot = RuleFixtures.clean().addCycle(july)
        .objectives(List.of(RuleFixtures.companyObjective(), inJuly)).build();
    assertEquals(List.of(), validate(snapshot).ofCode(RuleCodes.ALIGNMENT_TIME_FRAME));
  }

  @Test
  void keyResultWithoutACheckInFor29DaysIsStale() {
    KeyResult quiet = KeyResult.increase("kr-q", "Raise CSAT to 95", 90, 95, "%")
        .withCheckIn(CheckIn.of(AS_OF.minusDays(29), 91));
    Finding finding = only(RuleCodes.CHECK_IN_STALE, validate(RuleFixtures.withPersonalKeyResult(quiet)));
    assertEquals("objectives[o-maya].keyResults[kr-q].checkIns", finding.path().toString());
    assertEquals("kr-q", finding.subjectId());
    assertEquals(args("keyResult", "Raise CSAT to 95", "days", "29", "limit", "28"), finding.arguments());
  }

  @Test
  void checkInWithin28DaysOrAFreshCycleIsNotStale() {
    KeyResult recent = KeyResult.increase("kr-r", "Raise CSAT to 95", 90, 95, "%")
        .withCheckIn(CheckIn.of(AS_OF.minusDays(28), 91));
    assertEquals(List.of(), validate(RuleFixtures.withPersonalKeyResult(recent)).ofCode(RuleCodes.CHECK_IN_STALE));
    KeyResult silent = KeyResult.increase("kr-s", "Raise CSAT to 95", 90, 95, "%");
    Report earlyInTheCycle = Validator.defaults().validate(
        RuleFixtures.clean().objectives(List.of(RuleFixtures.companyObjective(), RuleFixtures.teamObjective(),
            Objective.builder().from(RuleFixtures.personalObjective()).keyResults(List.of(silent)).build())).build(),
        RuleFixtures.JULY_1.plusDays(20));
    assertEquals(List.of(), earlyInTheCycle.ofCode(RuleCodes.CHECK_IN_STALE));
  }

  @Test
  void closedCycleIsNeverStale() {
    Cycle closed = Cycle.builder().from(Cycle.of("2026-Q3", "2026-Q3", RuleFixtures.JULY_1, LocalDate.of(2026, 9, 30)))
        .status(CycleStatus.CLOSED).build();
    KeyResult quiet = KeyResult.increase("kr-q", "Raise CSAT to 95", 90, 95, "%")
        .withCheckIn(CheckIn.of(RuleFixtures.JULY_1, 91));
    OrganizationSnapshot snapshot = OrganizationSnapshot.builder().from(RuleFixtures.withPersonalKeyResult(quiet))
        .cycles(List.of(closed)).build();
    assertEquals(List.of(), validate(snapshot).ofCode(RuleCodes.CHECK_IN_STALE));
  }

  @Test
  void closedKeyResultIsNeverStale() {
    KeyResult scored = KeyResult.builder().from(KeyResult.increase("kr-c", "Raise CSAT to 95", 90, 95, "%")
        .withCheckIn(CheckIn.of(RuleFixtures.JULY_1, 95))).status(OkrStatus.CLOSED).build();
    assertEquals(List.of(), validate(RuleFixtures.withPersonalKeyResult(scored)).ofCode(RuleCodes.CHECK_IN_STALE));
  }

  @Test
  void activeCycleWhoseEndHasPassedIsNotStale() {
    KeyResult quiet = KeyResult.increase("kr-q", "Raise CSAT to 95", 90, 95, "%")
        .withCheckIn(CheckIn.of(AS_OF.minusDays(3), 91));
    Report afterTheEnd = Validator.defaults().validate(RuleFixtures.withPersonalKeyResult(quiet),
        LocalDate.of(2026, 10, 10));
    assertEquals(List.of(), afterTheEnd.ofCode(RuleCodes.CHECK_IN_STALE));
  }

  @Test
  void checkInsBeforeTheCycleOrAfterItsGraceDaysAreMisdated() {
    KeyResult misdated = KeyResult.increase("kr-m", "Raise CSAT to 95", 90, 95, "%")
        .withCheckIn(CheckIn.of(LocalDate.of(2026, 6, 30), 90))
        .withCheckIn(CheckIn.of(LocalDate.of(2026, 6, 30), 90.5))
        .withCheckIn(CheckIn.of(AS_OF, 91))
        .withCheckIn(CheckIn.of(LocalDate.of(2026, 10, 14), 94))
        .withCheckIn(CheckIn.of(LocalDate.of(2026, 10, 15), 95));
    List<Finding> findings = validate(RuleFixtures.withPersonalKeyResult(misdated)).ofCode(RuleCodes.CHECK_IN_DATE);
    assertEquals(List.of("objectives[o-maya].keyResults[kr-m].checkIns[2026-06-30]",
            "objectives[o-maya].keyResults[kr-m].checkIns[2026-10-15]"),
        findings.stream().map(f -> f.path().toString()).toList());
    assertEquals(args("keyResult", "Raise CSAT to 95", "date", "2026-06-30", "cycle", "2026-Q3", "grace", "14"),
        findings.get(0).arguments());
  }

  /** The check-in date findings, as of the last day of the calendar, of {@code keyResult} alone in a cycle. */
  private static List<Finding> misdatedAtTheEndOfTheCalendar(KeyResult keyResult, LocalDate start, LocalDate end) {
    OrganizationSnapshot snapshot = RuleFixtures.clean().objectives(List.of(RuleFixtures.personalWith(keyResult)))
        .cycles(List.of(Cycle.of("2026-Q3", "The last quarter", start, end)))
        .build();
    return Validator.defaults().validate(snapshot, LocalDate.MAX).ofCode(RuleCodes.CHECK_IN_DATE);
  }

  @Test
  void aCycleEndingOnTheLastDayOfTheCalendarKeepsItsGraceDaysUpToThatDay() {
    // The grace window of a cycle ending on LocalDate.MAX ends there too: no day lies after it.
    LocalDate start = LocalDate.MAX.minusDays(91);
    KeyResult keyResult = KeyResult.increase("kr-m", "Raise CSAT to 95", 90, 95, "%")
        .withCheckIn(CheckIn.of(start.minusDays(1), 90))
        .withCheckIn(CheckIn.of(start, 91))
        .withCheckIn(CheckIn.of(LocalDate.MAX, 95));

    List<Finding> findings = misdatedAtTheEndOfTheCalendar(keyResult, start, LocalDate.MAX);

    assertEquals(List.of("objectives[o-maya].keyResults[kr-m].checkIns[+999999999-09-30]"),
        findings.stream().map(f -> f.path().toString()).toList());
    assertEquals(args("keyResult", "Raise CSAT to 95", "date", "+999999999-09-30", "cycle", "2026-Q3", "grace", "14"),
        findings.get(0).arguments());
  }

  @Test
  void aCheckInOnTheLastDayOfTheCalendarLiesWithinTheGraceDaysOfACycleEndingDaysBefore() {
    LocalDate end = LocalDate.MAX.minusDays(5);
    KeyResult keyResult = KeyResult.increase("kr-m", "Raise CSAT to 95", 90, 95, "%")
        .withCheckIn(CheckIn.of(LocalDate.MAX, 95));

    assertEquals(List.of(), misdatedAtTheEndOfTheCalendar(keyResult, end.minusDays(91), end));
  }

  @Test
  void organizationObjectivesNeedNoParent() {
    assertEquals(List.of(), validate(RuleFixtures.withObjectives(RuleFixtures.companyObjective()))
        .ofCode(RuleCodes.ALIGNMENT_UNALIGNED));
    assertEquals(Owner.organization(), RuleFixtures.companyObjective().owner());
  }
}
