package dev.alignkit.rules;

import static dev.alignkit.rules.RuleFixtures.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.org.Waiver;
import dev.alignkit.policy.Policy;
import dev.alignkit.policy.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Validator#validate(OrganizationSnapshot, java.time.LocalDate, FindingSink)}: findings streamed to a sink. */
class FindingSinkTest {
  /**
   * Three findings, which the walk meets in the opposite of report order: Sam's unknown manager
   * (people come first), the team objective's missing parent, then Maya's activity key result.
   */
  private static OrganizationSnapshot.Builder troubled() {
    Objective orphan = Objective.builder().from(RuleFixtures.teamObjective())
        .alignments(List.of(Alignment.contributes("o-gone", 1))).build();
    Objective personal = RuleFixtures.personalWith(
        KeyResult.increase("kr-s", "Attend 12 sessions", 0, 12, "sessions"));
    return RuleFixtures.clean()
        .objectives(List.of(RuleFixtures.companyObjective(), orphan, personal))
        .addPerson(Person.builder().id("sam").name("Sam Reed").managerId("ghost").build());
  }

  private static final Waiver SAMS_MANAGER = Waiver.of(RuleCodes.PERSON_UNKNOWN_MANAGER, "sam",
      "Contractor managed by the agency", "lena", AS_OF);

  private static List<String> describe(List<Finding> findings) {
    return findings.stream().map(f -> f.severity() + " " + f.code() + " at " + f.path()).toList();
  }

  @Test
  void sinkReceivesEachFindingInTheOrderTheWalkMeetsIt() {
    List<Finding> received = new ArrayList<>();

    Validator.defaults().validate(troubled().build(), AS_OF, received::add);

    assertEquals(List.of(
            "ERROR org.person.unknown-manager at people[sam].managerId",
            "ERROR okr.alignment.missing-parent at objectives[o-support].alignments[0].parentId",
            "WARNING okr.key-result.activity at objectives[o-maya].keyResults[kr-s].title"),
        describe(received));
  }

  @Test
  void reportHoldsExactlyTheSinksFindingsSortedByPathCodeAndSubject() {
    OrganizationSnapshot snapshot = troubled().build();
    KeptFindings kept = new KeptFindings();

    Validator.defaults().validate(snapshot, AS_OF, kept);
    Report report = Validator.defaults().validate(snapshot, AS_OF);

    assertEquals(report.findings(), kept.openInReportOrder());
    assertEquals(List.of(
            "WARNING okr.key-result.activity at objectives[o-maya].keyResults[kr-s].title",
            "ERROR okr.alignment.missing-parent at objectives[o-support].alignments[0].parentId",
            "ERROR org.person.unknown-manager at people[sam].managerId"),
        describe(report.findings()));
  }

  @Test
  void waivedFindingGoesToAcceptWaivedWithItsWaiverAndNotToAccept() {
    OrganizationSnapshot snapshot = troubled().addWaiver(SAMS_MANAGER).build();
    KeptFindings kept = new KeptFindings();

    Validator.defaults().validate(snapshot, AS_OF, kept);

    assertEquals(List.of(
            "ERROR okr.alignment.missing-parent at objectives[o-support].alignments[0].parentId",
            "WARNING okr.key-result.activity at objectives[o-maya].keyResults[kr-s].title"),
        describe(kept.open));
    assertEquals(1, kept.waived.size());
    assertEquals("ERROR org.person.unknown-manager at people[sam].managerId",
        describe(List.of(kept.waived.get(0).finding())).get(0));
    assertEquals(SAMS_MANAGER, kept.waived.get(0).waiver());
    assertEquals(Validator.defaults().validate(snapshot, AS_OF).waived(), kept.waived);
  }

  @Test
  void lambdaSinkLeavesWaivedFindingsOutAsReportFindingsDoes() {
    OrganizationSnapshot snapshot = troubled().addWaiver(SAMS_MANAGER).build();
    List<Finding> received = new ArrayList<>();

    Validator.defaults().validate(snapshot, AS_OF, received::add);

    assertEquals(List.of(
            "ERROR okr.alignment.missing-parent at objectives[o-support].alignments[0].parentId",
            "WARNING okr.key-result.activity at objectives[o-maya].keyResults[kr-s].title"),
        describe(received));
  }

  @Test
  void waiverNotInForceLeavesTheFindingWithAccept() {
    Waiver ended = Waiver.of(RuleCodes.PERSON_UNKNOWN_MANAGER, "sam", "Was temporary", "lena", AS_OF.minusDays(1));
    KeptFindings kept = new KeptFindings();

    Validator.defaults().validate(troubled().addWaiver(ended).build(), AS_OF, kept);

    assertEquals(3, kept.open.size());
    assertEquals(List.of(), kept.waived);
  }

  @Test
  void policySeverityOverridesAndDisabledCodesApplyToTheSink() {
    Validator validator = Validator.builder().policy(Policy.builder()
            .putSeverityOverride(RuleCodes.KEY_RESULT_ACTIVITY, Severity.ERROR)
            .addDisabledCode(RuleCodes.PERSON_UNKNOWN_MANAGER)
            .build())
        .build();
    List<Finding> received = new ArrayList<>();

    validator.validate(troubled().build(), AS_OF, received::add);

    assertEquals(List.of(
            "ERROR okr.alignment.missing-parent at objectives[o-support].alignments[0].parentId",
            "ERROR okr.key-result.activity at objectives[o-maya].keyResults[kr-s].title"),
        describe(received));
  }

  @Test
  void exceptionFromTheSinkEndsTheValidationAndReachesTheCaller() {
    IllegalStateException stop = new IllegalStateException("enough");
    List<Finding> received = new ArrayList<>();

    IllegalStateException thrown = assertThrows(IllegalStateException.class,
        () -> Validator.defaults().validate(troubled().build(), AS_OF, finding -> {
          received.add(finding);
          throw stop;
        }));

    assertSame(stop, thrown);
    assertEquals(List.of("ERROR org.person.unknown-manager at people[sam].managerId"), describe(received));
  }

  @Test
  void nullSinkIsRejectedByName() {
    NullPointerException thrown = assertThrows(NullPointerException.class,
        () -> Validator.defaults().validate(troubled().build(), AS_OF, null));

    assertEquals("sink", thrown.getMessage());
  }
}
