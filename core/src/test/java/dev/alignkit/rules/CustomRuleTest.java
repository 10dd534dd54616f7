package dev.alignkit.rules;

import static dev.alignkit.rules.RuleFixtures.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.alignkit.okr.Objective;
import dev.alignkit.okr.OwnerKind;
import dev.alignkit.org.Person;
import dev.alignkit.org.Waiver;
import dev.alignkit.policy.Policy;
import dev.alignkit.policy.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Application rules see what built-in ones see and are configured the same way. */
class CustomRuleTest {
  /** An application rule: personal objectives need a parent. */
  public static final class PersonalObjectiveNeedsParent implements ObjectiveRule {
    static final String CODE = "acme.personal.parent";

    @Override
    public RuleDescriptor descriptor() {
      return RuleDescriptor.of(CODE, Severity.WARNING, "objective");
    }

    @Override
    public void checkObjective(Objective objective, RuleContext context, Findings findings) {
      if (objective.owner().kind() == OwnerKind.PERSON && objective.alignments().isEmpty()) {
        findings.at(ItemPath.objective(objective.id()).field("alignment"), Subject.objective(objective))
            .argument("objective", objective.title())
            .report();
      }
    }
  }

  /** An application rule over the whole snapshot: an organization with people has a career ladder. */
  static final class OrganizationNeedsALadder implements SnapshotRule {
    static final String CODE = "acme.organization.ladder";

    @Override
    public RuleDescriptor descriptor() {
      return RuleDescriptor.of(CODE, Severity.INFO, "people");
    }

    @Override
    public void checkSnapshot(RuleContext context, Findings findings) {
      if (context.snapshot().ladders().isEmpty() && !context.snapshot().people().isEmpty()) {
        findings.at(ItemPath.root("ladders"), Subject.of("organization"))
            .argument("people", context.snapshot().people().size())
            .report();
      }
    }
  }

  /** An application rule that reports a share of the budget as a float. */
  static final class TeamBudgetShare implements PersonRule {
    static final String CODE = "acme.person.budget";

    @Override
    public RuleDescriptor descriptor() {
      return RuleDescriptor.of(CODE, Severity.INFO, "cents", "share", "rate");
    }

    @Override
    public void checkPerson(Person person, RuleContext context, Findings findings) {
      if (person.id().equals("maya")) {
        findings.at(ItemPath.person(person.id()), Subject.of(person.id())).argument("cents", 2.5e7f).argument("share", 0.25f)
            .argument("rate", 0.1f).report();
      }
    }
  }

  /** An application rule with a mistake: it reports an argument its descriptor does not declare. */
  static final class UndeclaredArgument implements PersonRule {
    static final String CODE = "acme.person.undeclared";

    @Override
    public RuleDescriptor descriptor() {
      return RuleDescriptor.of(CODE, Severity.INFO, "person");
    }

    @Override
    public void checkPerson(Person person, RuleContext context, Findings findings) {
      findings.at(ItemPath.person(person.id()), Subject.person(person))
          .argument("person", person.name())
          .argument("persn", person.id())
          .report();
    }
  }

  private static Objective unalignedPersonal() {
    return Objective.builder().from(RuleFixtures.personalObjective()).alignments(java.util.List.of()).build();
  }

  @Test
  void addedRuleReportsWithItsCodeAndPath() {
    Validator validator = Validator.builder().addRule(new PersonalObjectiveNeedsParent()).build();
    Report report = validator.validate(RuleFixtures.withObjectives(
        RuleFixtures.companyObjective(), RuleFixtures.teamObjective(), unalignedPersonal()), AS_OF);
    Finding finding = report.ofCode(PersonalObjectiveNeedsParent.CODE).get(0);
    assertEquals("objectives[o-maya].alignment", finding.path().toString());
    assertEquals(Optional.of("maya"), finding.personId());
    assertEquals(Severity.WARNING, finding.severity());
    assertEquals(1, report.ofCode(PersonalObjectiveNeedsParent.CODE).size());
  }

  @Test
  void policyOverridesAndWaiversApplyToApplicationRules() {
    Validator validator = Validator.builder()
        .policy(Policy.builder().putSeverityOverride(PersonalObjectiveNeedsParent.CODE, Severity.ERROR).build())
        .addRule(new PersonalObjectiveNeedsParent())
        .build();
    Report report = validator.validate(RuleFixtures.withObjectives(
        RuleFixtures.companyObjective(), RuleFixtures.teamObjective(), unalignedPersonal()), AS_OF);
    assertEquals(Severity.ERROR, report.ofCode(PersonalObjectiveNeedsParent.CODE).get(0).severity());

    Report waived = validator.validate(RuleFixtures.clean()
        .objectives(List.of(RuleFixtures.companyObjective(), RuleFixtures.teamObjective(), unalignedPersonal()))
        .addWaiver(Waiver.of(PersonalObjectiveNeedsParent.CODE, "o-maya", "Side project", "lena", AS_OF))
        .build(), AS_OF);
    assertEquals(List.of(), waived.ofCode(PersonalObjectiveNeedsParent.CODE));
    assertEquals(1, waived.waived().size());
    assertEquals(PersonalObjectiveNeedsParent.CODE, waived.waived().get(0).finding().code());
  }

  @Test
  void disabledApplicationRuleDoesNotRun() {
    Validator validator = Validator.builder()
        .policy(Policy.builder().addDisabledCode(PersonalObjectiveNeedsParent.CODE).build())
        .addRule(new PersonalObjectiveNeedsParent())
        .build();
    assertEquals(List.of(), validator.validate(RuleFixtures.withObjectives(
        RuleFixtures.companyObjective(), RuleFixtures.teamObjective(), unalignedPersonal()), AS_OF)
        .ofCode(PersonalObjectiveNeedsParent.CODE));
  }

  @Test
  void serviceLoaderFindsRegisteredRules() {
    Validator validator = Validator.builder().withoutBuiltInRules().addServiceLoaderRules().build();
    assertEquals(List.of(PersonalObjectiveNeedsParent.CODE),
        validator.rules().stream().map(RuleDescriptor::code).toList());
  }

  @Test
  void twoRulesWithOneCodeAreRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Validator.builder()
        .addRule(new PersonalObjectiveNeedsParent()).addRule(new PersonalObjectiveNeedsParent()).build());
    assertEquals("two rules share the code acme.personal.parent", e.getMessage());
  }

  @Test
  void applicationMessagesRenderApplicationFindings() {
    FindingFormatter formatter = FindingFormatter.withSources(
        FindingFormatter.propertiesNextTo(CustomRuleTest.class, "acme-messages"));
    Validator validator = Validator.builder().addRule(new PersonalObjectiveNeedsParent()).build();
    Finding finding = validator.validate(RuleFixtures.withObjectives(
        RuleFixtures.companyObjective(), RuleFixtures.teamObjective(), unalignedPersonal()), AS_OF)
        .ofCode(PersonalObjectiveNeedsParent.CODE).get(0);
    assertEquals("Personal objective \"Make escalations painless\" has no parent.",
        formatter.message(finding, Locale.ENGLISH));
    assertEquals("Das persönliche Ziel „Make escalations painless“ hat kein übergeordnetes Ziel.",
        formatter.message(finding, Locale.GERMANY));
  }

  @Test
  void snapshotRuleRunsOnceForAWholeSnapshotAndNotForOnePerson() {
    Validator validator = Validator.builder().addRule(new OrganizationNeedsALadder()).build();
    Report report = validator.validate(RuleFixtures.clean().build(), AS_OF);
    assertEquals(List.of("INFO acme.organization.ladder at ladders {people=2}"),
        report.findings().stream().map(Finding::toString).toList());
    assertEquals(List.of(), validator.validatePerson(RuleFixtures.clean().build(), "maya", AS_OF).findings());
  }

  @Test
  void floatArgumentsAreWrittenPlainly() {
    Report report = Validator.builder().withoutBuiltInRules().addRule(new TeamBudgetShare()).build()
        .validate(RuleFixtures.clean().build(), AS_OF);
    // 0.1f is not 0.1 exactly: it is written as the float says it, not as its widening to double.
    assertEquals(Map.of("cents", "25000000", "share", "0.25", "rate", "0.1"), only(report).arguments());
  }

  private static Finding only(Report report) {
    assertEquals(1, report.findings().size(), report::toString);
    return report.findings().get(0);
  }

  @Test
  void anArgumentTheDescriptorDoesNotDeclareFailsAtOnceNamingTheRuleAndTheArgument() {
    Validator validator = Validator.builder().withoutBuiltInRules().addRule(new UndeclaredArgument()).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> validator.validate(RuleFixtures.clean().build(), AS_OF));
    assertEquals("rule acme.person.undeclared reports the argument 'persn', which its descriptor does not declare: "
        + "[person]", e.getMessage());
  }
}
