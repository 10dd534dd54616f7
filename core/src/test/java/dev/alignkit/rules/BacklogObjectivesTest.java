package dev.alignkit.rules;

import static dev.alignkit.rules.RuleFixtures.AS_OF;
import static dev.alignkit.rules.RuleFixtures.args;
import static dev.alignkit.rules.RuleFixtures.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.OkrStatus;
import dev.alignkit.okr.Owner;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.policy.Policy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Backlog objectives (DRAFT, no cycle) beside objectives of a cycle: the rules that need a cycle
 * skip them, even under a policy that looks at drafts, and they change no other finding.
 */
class BacklogObjectivesTest {
  /** A policy under which rules look at drafts too, so that only the missing cycle keeps them out. */
  private static final Validator LOOKS_AT_DRAFTS = Validator.builder()
      .policy(Policy.builder().skippedStatuses(List.of(OkrStatus.CANCELLED)).build()).build();

  /**
   * A backlog idea of maya's, aligned to the company objective, with a check-in long before any
   * cycle and none for months: in a cycle it would draw a check-in-date and a staleness finding,
   * and count among her objectives.
   */
  private static Objective backlog(String id) {
    return Objective.builder().id(id).title("Idea " + id).owner(Owner.person("maya")).status(OkrStatus.DRAFT)
        .addAlignment(Alignment.supports("o-company"))
        .addKeyResult(KeyResult.achieve("kr-" + id, "Ship " + id).withCheckIn(CheckIn.of(LocalDate.of(2025, 1, 10), 0)))
        .build();
  }

  /**
   * The clean organization where maya has six objectives in 2026-Q3 and one key result whose last
   * check-in is 40 days old: an objective-count and a staleness finding.
   */
  private static OrganizationSnapshot.Builder troubled() {
    List<Objective> objectives = new ArrayList<>(List.of(RuleFixtures.companyObjective(), RuleFixtures.teamObjective()));
    objectives.add(RuleFixtures.personalWith(KeyResult.achieve("kr-old", "Publish the escalation playbook")
        .withCheckIn(CheckIn.of(AS_OF.minusDays(40), 0, 0.8))));
    for (int i = 2; i <= 6; i++) {
      objectives.add(Objective.builder().from(RuleFixtures.personalObjective()).id("o-maya-" + i)
          .keyResults(List.of(KeyResult.achieve("kr-maya-" + i, "Milestone " + i)
              .withCheckIn(CheckIn.of(AS_OF.minusDays(1), 0)))).build());
    }
    return RuleFixtures.clean().objectives(objectives);
  }

  @Test
  void backlogObjectivesChangeNoOtherFinding() {
    OrganizationSnapshot without = troubled().build();
    OrganizationSnapshot with = troubled().addObjectives(backlog("o-idea-1"), backlog("o-idea-2")).build();
    for (Validator validator : List.of(Validator.defaults(), LOOKS_AT_DRAFTS)) {
      Report report = validator.validate(with, AS_OF);
      assertEquals(validator.validate(without, AS_OF), report);
      assertEquals(List.of("objectives[o-maya].keyResults[kr-old].checkIns", "people[maya].cycles[2026-Q3]"),
          report.findings().stream().map(f -> f.path().toString()).toList());
      assertEquals(args("owner", "person:maya", "cycle", "2026-Q3", "count", "6", "limit", "5"),
          only(RuleCodes.OBJECTIVE_COUNT, report).arguments(), "the backlog is not counted");
    }
  }

  @Test
  void theSameIdeasInACycleWouldDrawTheFindingsTheBacklogIsSparedUnderAPolicyThatLooksAtDrafts() {
    Objective idea = Objective.builder().from(backlog("o-idea-1")).cycleId("2026-Q3").build();
    Report report = LOOKS_AT_DRAFTS.validate(troubled().addObjective(idea).build(), AS_OF);
    assertEquals(List.of("objectives[o-idea-1].keyResults[kr-o-idea-1].checkIns",
            "objectives[o-idea-1].keyResults[kr-o-idea-1].checkIns[2025-01-10]",
            "objectives[o-maya].keyResults[kr-old].checkIns", "people[maya].cycles[2026-Q3]"),
        report.findings().stream().map(f -> f.path().toString()).toList(), report::toString);
    assertEquals("7", only(RuleCodes.OBJECTIVE_COUNT, report).arguments().get("count"));
  }

  @Test
  void backlogObjectivesOfMayaAddNothingToHerOwnReport() {
    OrganizationSnapshot without = troubled().build();
    OrganizationSnapshot with = troubled().addObjectives(backlog("o-idea-1"), backlog("o-idea-2")).build();
    for (Validator validator : List.of(Validator.defaults(), LOOKS_AT_DRAFTS)) {
      assertEquals(validator.validatePerson(without, "maya", AS_OF), validator.validatePerson(with, "maya", AS_OF));
    }
  }

  @Test
  void objectiveCountLeavesTheBacklogOutEvenBesideAFullCycle() {
    List<Objective> objectives = fullCycleOfMaya();
    for (int i = 1; i <= 3; i++) {
      objectives.add(backlog("o-idea-" + i));
    }
    OrganizationSnapshot snapshot = RuleFixtures.clean().objectives(objectives).build();
    assertEquals(List.of(), LOOKS_AT_DRAFTS.validate(snapshot, AS_OF).findings());
    assertEquals(List.of(), Validator.defaults().validate(snapshot, AS_OF).findings());
  }

  @Test
  void objectiveOfACycleAlignedToABacklogObjectiveHasNoTimeFrameFinding() {
    Objective idea = Objective.builder().from(backlog("o-idea")).owner(Owner.organization())
        .alignments(java.util.List.of()).build();
    Objective prep = Objective.builder().from(RuleFixtures.teamObjective()).id("o-prep").title("Prepare the idea")
        .alignments(java.util.List.of(Alignment.supports("o-idea")))
        .keyResults(List.of(KeyResult.achieve("kr-prep", "Write the brief").withCheckIn(CheckIn.of(AS_OF, 0))))
        .build();
    OrganizationSnapshot snapshot = RuleFixtures.clean().addObjectives(idea, prep).build();
    for (Validator validator : List.of(Validator.defaults(), LOOKS_AT_DRAFTS)) {
      Report report = validator.validate(snapshot, AS_OF);
      assertEquals(List.of(), report.findings(), report::toString);
    }
  }

  @Test
  void objectiveWithoutACycleAndNotADraftIsNeitherCountedNorTimeFramedButReported() {
    List<Objective> objectives = fullCycleOfMaya();
    objectives.add(Objective.builder().from(backlog("o-lost")).status(OkrStatus.ACTIVE).build());
    Report report = Validator.defaults().validate(RuleFixtures.clean().objectives(objectives).build(), AS_OF);
    assertEquals(List.of("objectives[o-lost].cycleId"),
        report.findings().stream().map(f -> f.path().toString()).toList(), report::toString);
  }

  /** The company, team and personal objectives, and four more of Maya's: five, the most one owner may have. */
  private static List<Objective> fullCycleOfMaya() {
    List<Objective> objectives = new ArrayList<>(List.of(RuleFixtures.companyObjective(), RuleFixtures.teamObjective(),
        RuleFixtures.personalObjective()));
    for (int i = 2; i <= 5; i++) {
      objectives.add(Objective.builder().from(RuleFixtures.personalObjective()).id("o-maya-" + i)
          .keyResults(List.of(KeyResult.achieve("kr-maya-" + i, "Milestone " + i)
              .withCheckIn(CheckIn.of(AS_OF.minusDays(1), 0)))).build());
    }
    return objectives;
  }
}
