package dev.alignkit.rules;

import static dev.alignkit.rules.RuleFixtures.AS_OF;
import static dev.alignkit.rules.RuleFixtures.args;
import static dev.alignkit.rules.RuleFixtures.only;
import static dev.alignkit.rules.RuleFixtures.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.common.Visibility;
import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.KeyResultKind;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.OkrStatus;
import dev.alignkit.okr.OrdinalZone;
import dev.alignkit.okr.Owner;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.policy.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each built-in rule: a case that triggers it with exact path and arguments, and a clean case. */
class BuiltInRulesTest {

  @Test
  void cleanOrganizationHasNoFindings() {
    Report report = validate(RuleFixtures.clean().build());
    assertEquals(List.of(), report.findings(), report::toString);
    assertTrue(report.isValid());
  }

  @Test
  void sixObjectivesOfOnePersonInOneCycleAreTooMany() {
    List<Objective> objectives = new ArrayList<>(List.of(RuleFixtures.companyObjective(), RuleFixtures.teamObjective()));
    for (int i = 1; i <= 6; i++) {
      objectives.add(Objective.builder().from(RuleFixtures.personalObjective()).id("o-maya-" + i)
          .keyResults(List.of(KeyResult.achieve("kr-maya-" + i, "Milestone " + i))).build());
    }
    Finding finding = only(RuleCodes.OBJECTIVE_COUNT,
        validate(RuleFixtures.clean().objectives(objectives).build()));
    assertEquals("people[maya].cycles[2026-Q3]", finding.path().toString());
    assertEquals("maya", finding.subjectId());
    assertEquals(Optional.of("maya"), finding.personId());
    assertEquals(args("owner", "person:maya", "cycle", "2026-Q3", "count", "6", "limit", "5"), finding.arguments());
  }

  @Test
  void fiveObjectivesAndDraftsBeyondThemAreNotTooMany() {
    List<Objective> objectives = new ArrayList<>(List.of(RuleFixtures.companyObjective(), RuleFixtures.teamObjective()));
    for (int i = 1; i <= 7; i++) {
      objectives.add(Objective.builder().from(RuleFixtures.personalObjective()).id("o-maya-" + i)
          .status(i > 5 ? OkrStatus.DRAFT : OkrStatus.ACTIVE)
          .keyResults(List.of(KeyResult.achieve("kr-maya-" + i, "Milestone " + i))).build());
    }
    assertEquals(List.of(), validate(RuleFixtures.clean().objectives(objectives).build())
        .ofCode(RuleCodes.OBJECTIVE_COUNT));
  }

  @Test
  void activeObjectiveWithoutKeyResultsOrContributingChildIsUnmeasured() {
    Objective empty = Objective.builder().from(RuleFixtures.personalObjective()).keyResults(List.of()).build();
    Finding finding = only(RuleCodes.OBJECTIVE_NO_KEY_RESULTS, validate(RuleFixtures.withObjectives(
        RuleFixtures.companyObjective(), RuleFixtures.teamObjective(), empty)));
    assertEquals("objectives[o-maya].keyResults", finding.path().toString());
    assertEquals("o-maya", finding.subjectId());
    assertEquals(args("objective", "Make escalations painless"), finding.arguments());
  }

  @Test
  void contributingChildMeasuresAnObjectiveWithoutKeyResults() {
    Objective company = Objective.builder().from(RuleFixtures.companyObjective()).keyResults(List.of()).build();
    assertEquals(List.of(), validate(RuleFixtures.withObjectives(company, RuleFixtures.teamObjective()))
        .ofCode(RuleCodes.OBJECTIVE_NO_KEY_RESULTS));
  }

  @Test
  void supportingOrDraftChildDoesNotMeasureAnObjective() {
    Objective company = Objective.builder().from(RuleFixtures.companyObjective()).keyResults(List.of()).build();
    Objective supporting = Objective.builder().from(RuleFixtures.teamObjective())
        .alignments(java.util.List.of(Alignment.supports("o-company"))).build();
    Objective draft = Objective.builder().from(RuleFixtures.teamObjective()).id("o-draft")
        .status(OkrStatus.DRAFT).keyResults(List.of()).build();
    assertEquals(1, validate(RuleFixtures.withObjectives(company, supporting, draft))
        .ofCode(RuleCodes.OBJECTIVE_NO_KEY_RESULTS).size());
  }

  @Test
  void sixKeyResultsAreTooMany() {
    Objective.Builder crowded = Objective.builder().from(RuleFixtures.personalObjective()).keyResults(List.of());
    for (int i = 1; i <= 6; i++) {
      crowded.addKeyResult(KeyResult.achieve("kr-" + i, "Milestone " + i));
    }
    Finding finding = only(RuleCodes.KEY_RESULT_COUNT, validate(RuleFixtures.withObjectives(
        RuleFixtures.companyObjective(), RuleFixtures.teamObjective(), crowded.build())));
    assertEquals("objectives[o-maya].keyResults", finding.path().toString());
    assertEquals(args("objective", "Make escalations painless", "count", "6", "limit", "5"), finding.arguments());
  }

  @Test
  void fiveKeyResultsAreNotTooMany() {
    Objective.Builder full = Objective.builder().from(RuleFixtures.personalObjective()).keyResults(List.of());
    for (int i = 1; i <= 5; i++) {
      full.addKeyResult(KeyResult.achieve("kr-" + i, "Milestone " + i));
    }
    assertEquals(List.of(), validate(RuleFixtures.withObjectives(RuleFixtures.companyObjective(),
        RuleFixtures.teamObjective(), full.build())).ofCode(RuleCodes.KEY_RESULT_COUNT));
  }

  @Test
  void keyResultWithoutTargetOrUnitIsNotMeasurable() {
    KeyResult vague = KeyResult.builder().id("kr-vague").title("More happy customers")
        .kind(KeyResultKind.INCREASE).start(10).build();
    Finding finding = only(RuleCodes.KEY_RESULT_NOT_MEASURABLE, validate(RuleFixtures.withPersonalKeyResult(vague)));
    assertEquals("objectives[o-maya].keyResults[kr-vague].target", finding.path().toString());
    assertEquals("kr-vague", finding.subjectId());
    assertEquals(args("keyResult", "More happy customers", "missing", "target, unit"), finding.arguments());
  }

  @Test
  void keyResultWithoutKindIsNotMeasurable() {
    KeyResult kindless = KeyResult.builder().id("kr-x").title("Be great").target(1).build();
    Finding finding = only(RuleCodes.KEY_RESULT_NOT_MEASURABLE, validate(RuleFixtures.withPersonalKeyResult(kindless)));
    assertEquals("objectives[o-maya].keyResults[kr-x].kind", finding.path().toString());
    assertEquals(args("keyResult", "Be great", "missing", "kind"), finding.arguments());
  }

  @Test
  void decreaseWithoutStartOrUnitIsNotMeasurable() {
    KeyResult bare = KeyResult.builder().id("kr-d").title("Fewer escalations").kind(KeyResultKind.DECREASE)
        .target(4).build();
    Finding finding = only(RuleCodes.KEY_RESULT_NOT_MEASURABLE, validate(RuleFixtures.withPersonalKeyResult(bare)));
    assertEquals("objectives[o-maya].keyResults[kr-d].start", finding.path().toString());
    assertEquals(args("keyResult", "Fewer escalations", "missing", "start, unit"), finding.arguments());
  }

  @Test
  void blankUnitIsNoUnit() {
    Finding finding = only(RuleCodes.KEY_RESULT_NOT_MEASURABLE, validate(RuleFixtures.withPersonalKeyResult(
        KeyResult.increase("kr-u", "Raise NPS from 32 to 45", 32, 45, " "))));
    assertEquals("objectives[o-maya].keyResults[kr-u].unit", finding.path().toString());
    assertEquals(args("keyResult", "Raise NPS from 32 to 45", "missing", "unit"), finding.arguments());
  }

  @Test
  void ordinalKeyResultNeedsItsThreeZoneTexts() {
    KeyResult ordinal = KeyResult.builder()
        .from(KeyResult.ordinal("kr-o", "Onboarding NPS", "Above 20", "Above 40", "Above 60"))
        .zoneTexts(Map.of(OrdinalZone.COMMIT, "Above 20", OrdinalZone.TARGET, " "))
        .build();
    Finding finding = only(RuleCodes.KEY_RESULT_NOT_MEASURABLE, validate(RuleFixtures.withPersonalKeyResult(ordinal)));
    assertEquals("objectives[o-maya].keyResults[kr-o].zoneTexts", finding.path().toString());
    assertEquals(args("keyResult", "Onboarding NPS", "missing", "zoneTexts"), finding.arguments());
  }

  @Test
  void ordinalKeyResultWithItsThreeZoneTextsIsMeasurable() {
    KeyResult ordinal = KeyResult.ordinal("kr-o", "Onboarding NPS", "Above 20", "Above 40", "Above 60");
    assertEquals(List.of(), validate(RuleFixtures.withPersonalKeyResult(ordinal)).findings());
  }

  @Test
  void ordinalKeyResultWithABlankStretchTextIsNotMeasurable() {
    KeyResult ordinal = KeyResult.builder()
        .from(KeyResult.ordinal("kr-o", "Onboarding NPS", "Above 20", "Above 40", "Above 60"))
        .zoneTexts(Map.of(OrdinalZone.COMMIT, "Above 20", OrdinalZone.TARGET, "Above 40", OrdinalZone.STRETCH, "  "))
        .build();
    assertEquals(args("keyResult", "Onboarding NPS", "missing", "zoneTexts"),
        only(RuleCodes.KEY_RESULT_NOT_MEASURABLE, validate(RuleFixtures.withPersonalKeyResult(ordinal))).arguments());
  }

  @Test
  void increaseWhoseTargetEqualsItsStartHasNoDirection() {
    Finding finding = only(RuleCodes.KEY_RESULT_DIRECTION, validate(RuleFixtures.withPersonalKeyResult(
        KeyResult.increase("kr-flat", "Keep ten teams", 10, 10, "teams"))));
    assertEquals("objectives[o-maya].keyResults[kr-flat].target", finding.path().toString());
    assertEquals(args("keyResult", "Keep ten teams", "kind", "INCREASE", "levels", "start 10, target 10"),
        finding.arguments());
  }

  @Test
  void decreaseWhoseTargetLiesAboveItsStartGoesTheWrongWay() {
    Finding finding = only(RuleCodes.KEY_RESULT_DIRECTION, validate(RuleFixtures.withPersonalKeyResult(
        KeyResult.decrease("kr-up", "Cut reply time", 4, 12.5, "hours"))));
    assertEquals(args("keyResult", "Cut reply time", "kind", "DECREASE", "levels", "start 4, target 12.5"),
        finding.arguments());
  }

  @Test
  void decreaseWhoseTargetEqualsItsStartHasNoDirection() {
    Finding finding = only(RuleCodes.KEY_RESULT_DIRECTION, validate(RuleFixtures.withPersonalKeyResult(
        KeyResult.decrease("kr-flat", "Hold reply time", 4, 4, "hours"))));
    assertEquals(args("keyResult", "Hold reply time", "kind", "DECREASE", "levels", "start 4, target 4"),
        finding.arguments());
  }

  @Test
  void keyResultWordedAsAnActivityIsFlagged() {
    Finding finding = only(RuleCodes.KEY_RESULT_ACTIVITY, validate(RuleFixtures.withPersonalKeyResult(
        KeyResult.increase("kr-sessions", "Attend 12 product feedback sessions", 0, 12, "sessions"))));
    assertEquals("objectives[o-maya].keyResults[kr-sessions].title", finding.path().toString());
    assertEquals(args("keyResult", "Attend 12 product feedback sessions", "activity", "attend"), finding.arguments());
  }

  @Test
  void activityWordsMatchWholeLeadingWordsOnly() {
    KeyResult workOn = KeyResult.increase("kr-1", "  Work  on onboarding docs", 0, 10, "pages");
    KeyResult attendance = KeyResult.increase("kr-2", "Attendance at the summit rises to 300", 100, 300, "people");
    KeyResult later = KeyResult.increase("kr-3", "Sessions we attend rise to 12", 0, 12, "sessions");
    assertEquals("work on", only(RuleCodes.KEY_RESULT_ACTIVITY,
        validate(RuleFixtures.withPersonalKeyResult(workOn))).arguments().get("activity"));
    assertEquals(List.of(), validate(RuleFixtures.withPersonalKeyResult(attendance)).ofCode(RuleCodes.KEY_RESULT_ACTIVITY));
    assertEquals(List.of(), validate(RuleFixtures.withPersonalKeyResult(later)).ofCode(RuleCodes.KEY_RESULT_ACTIVITY));
  }

  @Test
  void achieveKeyResultsAreExemptFromTheActivityRule() {
    assertEquals(List.of(), validate(RuleFixtures.withPersonalKeyResult(
        KeyResult.achieve("kr-a", "Complete the SOC 2 audit"))).ofCode(RuleCodes.KEY_RESULT_ACTIVITY));
  }

  @Test
  void keyResultWeightOfZeroIsFlagged() {
    KeyResult weightless = KeyResult.builder().from(KeyResult.achieve("kr-w", "Ship it")).weight(0).build();
    Finding finding = only(RuleCodes.WEIGHT, validate(RuleFixtures.withPersonalKeyResult(weightless)));
    assertEquals("objectives[o-maya].keyResults[kr-w].weight", finding.path().toString());
    assertEquals(args("item", "Ship it", "weight", "0"), finding.arguments());
  }

  @Test
  void negativeContributingWeightIsFlaggedButASupportingLinkIsNot() {
    Objective negative = Objective.builder().from(RuleFixtures.teamObjective())
        .alignments(java.util.List.of(Alignment.contributes("o-company", -0.5))).build();
    Finding finding = only(RuleCodes.WEIGHT, validate(RuleFixtures.withObjectives(RuleFixtures.companyObjective(), negative)));
    assertEquals("objectives[o-support].alignments[0].weight", finding.path().toString());
    assertEquals(args("item", "Answer within a working day", "weight", "-0.5"), finding.arguments());

    Objective supporting = Objective.builder().from(RuleFixtures.teamObjective())
        .alignments(java.util.List.of(dev.alignkit.okr.Alignment.of("o-company", dev.alignkit.okr.AlignmentKind.SUPPORTS, 0))).build();
    assertEquals(List.of(), validate(RuleFixtures.withObjectives(RuleFixtures.companyObjective(), supporting))
        .ofCode(RuleCodes.WEIGHT));
  }

  @Test
  void contributingWeightOfZeroIsFlagged() {
    Objective weightless = Objective.builder().from(RuleFixtures.teamObjective())
        .alignments(java.util.List.of(Alignment.contributes("o-company", 0))).build();
    Finding finding = only(RuleCodes.WEIGHT,
        validate(RuleFixtures.withObjectives(RuleFixtures.companyObjective(), weightless)));
    assertEquals("objectives[o-support].alignments[0].weight", finding.path().toString());
    assertEquals(args("item", "Answer within a working day", "weight", "0"), finding.arguments());
  }

  @Test
  void alignmentToAMissingParentIsFlagged() {
    Objective orphan = Objective.builder().from(RuleFixtures.teamObjective())
        .alignments(java.util.List.of(Alignment.contributes("o-gone", 1))).build();
    Finding finding = only(RuleCodes.ALIGNMENT_MISSING_PARENT,
        validate(RuleFixtures.withObjectives(RuleFixtures.companyObjective(), orphan)));
    assertEquals("objectives[o-support].alignments[0].parentId", finding.path().toString());
    assertEquals("o-support", finding.subjectId());
    assertEquals(Optional.empty(), finding.personId());
    assertEquals(Visibility.PUBLIC, finding.subjectVisibility());
    assertEquals(args("objective", "Answer within a working day", "parent", "o-gone", "parentKind", "OBJECTIVE"),
        finding.arguments());
    assertEquals(Optional.of(RuleCodes.ALIGNMENT_MISSING_PARENT + ".suggestion"), finding.suggestionKey());
  }

  @Test
  void managerWhoIsNotInTheOrganizationIsFlagged() {
    OrganizationSnapshot snapshot = RuleFixtures.clean()
        .addPerson(Person.builder().id("sam").name("Sam Reed").managerId("ghost").build()).build();
    Finding finding = only(RuleCodes.PERSON_UNKNOWN_MANAGER, validate(snapshot));
    assertEquals("people[sam].managerId", finding.path().toString());
    assertEquals(Optional.of("sam"), finding.personId());
    assertEquals(args("person", "Sam Reed", "manager", "ghost"), finding.arguments());
  }

  @Test
  void everyoneOnAReportingCycleIsFlaggedWithTheirChain() {
    OrganizationSnapshot snapshot = RuleFixtures.clean()
        .addPerson(Person.builder().id("a").name("Ann").managerId("b").build())
        .addPerson(Person.builder().id("b").name("Ben").managerId("c").build())
        .addPerson(Person.builder().id("c").name("Cai").managerId("a").build())
        .addPerson(Person.builder().id("d").name("Dev").managerId("a").build())
        .build();
    Report report = validate(snapshot);
    List<Finding> findings = report.ofCode(RuleCodes.REPORTING_CYCLE);
    assertEquals(List.of("people[a].managerId", "people[b].managerId", "people[c].managerId"),
        findings.stream().map(f -> f.path().toString()).toList());
    assertEquals(args("person", "Ben", "chain", "b -> c -> a -> b"), findings.get(1).arguments());
  }

  @Test
  void selfManagementIsAReportingCycle() {
    OrganizationSnapshot snapshot = RuleFixtures.clean()
        .addPerson(Person.builder().id("solo").name("Solo").managerId("solo").build()).build();
    assertEquals(args("person", "Solo", "chain", "solo -> solo"),
        only(RuleCodes.REPORTING_CYCLE, validate(snapshot)).arguments());
  }

  @Test
  void longReportingCycleChainIsCutShort() {
    OrganizationSnapshot.Builder builder = OrganizationSnapshot.builder();
    for (int i = 0; i < 12; i++) {
      builder.addPerson(Person.builder().id("p" + i).name("P" + i).managerId("p" + ((i + 1) % 12)).build());
    }
    Report report = validate(builder.build());
    assertEquals(12, report.ofCode(RuleCodes.REPORTING_CYCLE).size());
    assertEquals("p0 -> p1 -> p2 -> p3 -> p4 -> p5 -> p6 -> p7 -> p8 -> p9 -> ... -> p0",
        report.aboutSubject("p0").get(0).arguments().get("chain"));
  }

  @Test
  void draftAndCancelledItemsAreSkippedByDefault() {
    KeyResult cancelledBad = KeyResult.builder().from(KeyResult.increase("kr-bad", "Attend things", 5, 5, "x"))
        .status(OkrStatus.CANCELLED).build();
    Objective draftBad = Objective.builder().id("o-draft").title("Draft").owner(Owner.person("maya"))
        .cycleId("2026-Q3").status(OkrStatus.DRAFT).addAlignment(Alignment.contributes("o-gone", 0)).build();
    Objective personal = Objective.builder().from(RuleFixtures.personalObjective()).addKeyResult(cancelledBad).build();
    Report report = validate(RuleFixtures.withObjectives(
        RuleFixtures.companyObjective(), RuleFixtures.teamObjective(), personal, draftBad));
    assertEquals(List.of(), report.findings(), report::toString);
  }

  @Test
  void policyCanMakeRulesLookAtDrafts() {
    Objective draftBad = Objective.builder().id("o-draft").title("Draft").owner(Owner.person("maya"))
        .cycleId("2026-Q3").status(OkrStatus.DRAFT).addAlignment(Alignment.supports("o-gone"))
        .addKeyResult(KeyResult.achieve("kr-d", "Ship").withCheckIn(dev.alignkit.okr.CheckIn.of(AS_OF, 0))).build();
    Validator validator = Validator.builder()
        .policy(dev.alignkit.policy.Policy.builder().skippedStatuses(List.of(OkrStatus.CANCELLED)).build())
        .build();
    Report report = validator.validate(RuleFixtures.clean().addObjective(draftBad).build(), AS_OF);
    assertEquals(List.of("objectives[o-draft].alignments[0].parentId"),
        report.findings().stream().map(f -> f.path().toString()).toList());
  }

  @Test
  void severityComesFromThePolicy() {
    Validator strict = Validator.builder().policy(dev.alignkit.policy.Policy.builder()
        .putSeverityOverride(RuleCodes.KEY_RESULT_ACTIVITY, Severity.ERROR).build()).build();
    Report report = strict.validate(RuleFixtures.withPersonalKeyResult(
        KeyResult.increase("kr-s", "Attend 12 sessions", 0, 12, "sessions")), AS_OF);
    assertEquals(Severity.ERROR, report.ofCode(RuleCodes.KEY_RESULT_ACTIVITY).get(0).severity());
    assertEquals(false, report.isValid());
  }
}
