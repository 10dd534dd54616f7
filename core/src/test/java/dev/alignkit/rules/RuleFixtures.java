package dev.alignkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.Owner;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.org.Team;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small, clean organization for rule tests, and ways to break it one thing at a time. */
final class RuleFixtures {
  static final LocalDate AS_OF = LocalDate.of(2026, 8, 15);
  static final LocalDate JULY_1 = LocalDate.of(2026, 7, 1);

  private RuleFixtures() {}

  static KeyResult nps() {
    return KeyResult.increase("kr-nps", "Raise NPS from 32 to 45", 32, 45, "points")
        .withCheckIn(CheckIn.of(AS_OF.minusDays(3), 38, 0.8));
  }

  static Objective companyObjective() {
    return Objective.builder().id("o-company").title("Customers recommend us")
        .owner(Owner.organization()).cycleId("2026-Q3").addKeyResult(nps()).build();
  }

  static Objective teamObjective() {
    return Objective.builder().id("o-support").title("Answer within a working day")
        .owner(Owner.team("support")).cycleId("2026-Q3")
        .addAlignment(Alignment.contributes("o-company", 1))
        .addKeyResult(KeyResult.decrease("kr-reply", "Cut first-reply time from 12 h to 4 h", 12, 4, "hours")
            .withCheckIn(CheckIn.of(AS_OF.minusDays(5), 8, 0.7)))
        .build();
  }

  static Objective personalObjective() {
    return Objective.builder().id("o-maya").title("Make escalations painless")
        .owner(Owner.person("maya")).cycleId("2026-Q3")
        .addAlignment(Alignment.supports("o-support"))
        .addKeyResult(KeyResult.achieve("kr-playbook", "Publish the escalation playbook")
            .withCheckIn(CheckIn.of(AS_OF.minusDays(2), 0, 0.8)))
        .build();
  }

  static OrganizationSnapshot.Builder clean() {
    return OrganizationSnapshot.builder()
        .addTeam(Team.of("support", "Customer support"))
        .addPerson(Person.builder().id("lena").name("Lena Ortiz").teamId("support").build())
        .addPerson(Person.builder().id("maya").name("Maya Chen").teamId("support").managerId("lena").build())
        .addCycle(Cycle.of("2026-Q3", "2026-Q3", JULY_1, LocalDate.of(2026, 9, 30)))
        .addObjectives(companyObjective(), teamObjective(), personalObjective());
  }

  /** The clean organization with {@code objectives} in place of its own. */
  static OrganizationSnapshot withObjectives(Objective... objectives) {
    return clean().objectives(List.of(objectives)).build();
  }

  /**
   * The personal objective with {@code keyResult} in place of its key results; a key result
   * without check-ins gets one from yesterday, so that staleness does not mix into the test.
   */
  static Objective personalWith(KeyResult keyResult) {
    KeyResult fresh = keyResult.checkIns().isEmpty() ? keyResult.withCheckIn(CheckIn.of(AS_OF.minusDays(1), 0)) : keyResult;
    return Objective.builder().from(personalObjective()).keyResults(List.of(fresh)).build();
  }

  /** The clean organization whose personal objective has only {@code keyResult}. */
  static OrganizationSnapshot withPersonalKeyResult(KeyResult keyResult) {
    return withObjectives(companyObjective(), teamObjective(), personalWith(keyResult));
  }

  static Report validate(OrganizationSnapshot snapshot) {
    return Validator.defaults().validate(snapshot, AS_OF);
  }

  /** The one finding of {@code code}, checked against its descriptor's argument names. */
  static Finding only(String code, Report report) {
    List<Finding> findings = report.ofCode(code);
    assertEquals(1, findings.size(), () -> "findings of " + code + ": " + report);
    Finding finding = findings.get(0);
    RuleDescriptor descriptor = Validator.builtInRules().stream()
        .filter(d -> d.code().equals(code)).findFirst().orElseThrow();
    assertEquals(descriptor.arguments(), List.copyOf(finding.arguments().keySet()), "argument names of " + code);
    assertEquals(descriptor.defaultSeverity(), finding.severity());
    return finding;
  }

  static Map<String, String> args(String... namesAndValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      map.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return map;
  }
}
