package dev.alignkit.rules;

import static dev.alignkit.rules.RuleFixtures.AS_OF;
import static dev.alignkit.rules.RuleFixtures.args;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.OkrStatus;
import dev.alignkit.okr.Owner;
import dev.alignkit.org.OrganizationSnapshot;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Per-person validation and key-result owners: a person's report holds the key results they own
 * on other people's and teams' objectives, with the key-result rules only.
 */
class KeyResultOwnerViewTest {
  private static final Validator VALIDATOR = Validator.defaults();

  private static KeyResult fresh(KeyResult keyResult) {
    return keyResult.withCheckIn(CheckIn.of(AS_OF.minusDays(1), 0));
  }

  private static KeyResult owned(KeyResult keyResult, String ownerId) {
    return KeyResult.builder().from(fresh(keyResult)).ownerId(ownerId).build();
  }

  /**
   * Lena's unaligned objective with a flat key result of hers and an activity of maya's; the team's
   * objective with a weightless key result of maya's; maya's objective with an activity of lena's;
   * and a draft of lena's and a cancelled key result, both with maya's broken key results, which
   * no rule looks at.
   */
  private static OrganizationSnapshot snapshot() {
    Objective lenas = Objective.builder().id("o-lena").title("Grow the support wiki").owner(Owner.person("lena"))
        .cycleId("2026-Q3")
        .addKeyResult(fresh(KeyResult.increase("kr-lena-bad", "Keep the wiki at ten pages", 10, 10, "pages")))
        .addKeyResult(owned(KeyResult.increase("kr-maya", "Attend 12 product sessions", 0, 12, "sessions"), "maya"))
        .addKeyResult(KeyResult.builder().from(owned(KeyResult.increase("kr-maya-old", "Attend 3 fairs", 0, 3,
            "fairs"), "maya")).status(OkrStatus.CANCELLED).build())
        .build();
    Objective team = Objective.builder().from(RuleFixtures.teamObjective())
        .addKeyResult(KeyResult.builder().from(owned(KeyResult.achieve("kr-maya-w", "Publish the FAQ"), "maya"))
            .weight(0).build())
        .build();
    Objective mayas = Objective.builder().from(RuleFixtures.personalObjective())
        .addKeyResult(owned(KeyResult.increase("kr-lenas", "Attend 4 escalation reviews", 0, 4, "reviews"), "lena"))
        .build();
    Objective lenasDraft = Objective.builder().id("o-lena-draft").title("Later").owner(Owner.person("lena"))
        .cycleId("2026-Q3").status(OkrStatus.DRAFT)
        .addKeyResult(owned(KeyResult.increase("kr-maya-draft", "Attend 5 meetups", 5, 5, "meetups"), "maya"))
        .build();
    return RuleFixtures.withObjectives(RuleFixtures.companyObjective(), team, mayas, lenas, lenasDraft);
  }

  private static List<String> described(Report report) {
    return report.findings().stream()
        .map(f -> f.code() + " at " + f.path() + " for " + f.personId().orElse("no one")).toList();
  }

  @Test
  void personsReportHoldsTheKeyResultsTheyOwnOnOtherObjectivesButNoFindingAboutThoseObjectives() {
    Report maya = VALIDATOR.validatePerson(snapshot(), "maya", AS_OF);
    assertEquals(List.of(
            "okr.key-result.activity at objectives[o-lena].keyResults[kr-maya].title for maya",
            "okr.key-result.activity at objectives[o-maya].keyResults[kr-lenas].title for lena",
            "okr.weight at objectives[o-support].keyResults[kr-maya-w].weight for maya"),
        described(maya), maya::toString);
    assertEquals(args("item", "Publish the FAQ", "weight", "0"), maya.findings().get(2).arguments());
  }

  @Test
  void objectiveOwnersReportHoldsEveryKeyResultOfTheirObjectivesAndTheKeyResultsTheyOwnElsewhere() {
    Report lena = VALIDATOR.validatePerson(snapshot(), "lena", AS_OF);
    assertEquals(List.of(
            "okr.alignment.unaligned at objectives[o-lena].alignments for lena",
            "okr.key-result.direction at objectives[o-lena].keyResults[kr-lena-bad].target for lena",
            "okr.key-result.activity at objectives[o-lena].keyResults[kr-maya].title for maya",
            "okr.key-result.activity at objectives[o-maya].keyResults[kr-lenas].title for lena"),
        described(lena), lena::toString);
  }

  @Test
  void wholeValidationListsEachKeyResultFindingOnceUnderItsOwner() {
    Report all = VALIDATOR.validate(snapshot(), AS_OF);
    assertEquals(List.of(
            "okr.alignment.unaligned at objectives[o-lena].alignments for lena",
            "okr.key-result.direction at objectives[o-lena].keyResults[kr-lena-bad].target for lena",
            "okr.key-result.activity at objectives[o-lena].keyResults[kr-maya].title for maya",
            "okr.key-result.activity at objectives[o-maya].keyResults[kr-lenas].title for lena",
            "okr.weight at objectives[o-support].keyResults[kr-maya-w].weight for maya"),
        described(all), all::toString);
  }

  @Test
  void validatingAPersonAsAnOwnerGivesTheSameReport() {
    assertEquals(VALIDATOR.validatePerson(snapshot(), "maya", AS_OF),
        VALIDATOR.validateOwner(snapshot(), Owner.person("maya"), AS_OF));
  }

  @Test
  void teamReportHoldsNoKeyResultOwnedByAPersonOnAnotherObjective() {
    Report team = VALIDATOR.validateOwner(snapshot(), Owner.team("support"), AS_OF);
    assertEquals(List.of("okr.weight at objectives[o-support].keyResults[kr-maya-w].weight for maya"),
        described(team));
  }

  @Test
  void findingsAboutAKeyResultWhoseOwnerIsUnknownBelongToTheObjectivesOwnerAndAnUnknownPersonOwnsNothing() {
    KeyResult ghosts = owned(KeyResult.increase("kr-ghost", "Attend 2 fairs", 0, 2, "fairs"), "ghost");
    OrganizationSnapshot snapshot = RuleFixtures.withObjectives(RuleFixtures.companyObjective(),
        RuleFixtures.teamObjective(), Objective.builder().from(RuleFixtures.personalObjective()).addKeyResult(ghosts)
            .build());
    assertEquals(List.of(), VALIDATOR.validatePerson(snapshot, "ghost", AS_OF).findings());
    Report maya = VALIDATOR.validatePerson(snapshot, "maya", AS_OF);
    assertEquals(List.of(
            "okr.key-result.unknown-owner at objectives[o-maya].keyResults[kr-ghost].ownerId for maya",
            "okr.key-result.activity at objectives[o-maya].keyResults[kr-ghost].title for maya"),
        described(maya));
    assertEquals(maya.findings(), VALIDATOR.validate(snapshot, AS_OF).findings());
    assertEquals(List.of(), VALIDATOR.validate(snapshot, AS_OF).aboutPerson("ghost"));
  }
}
