package dev.alignkit.okr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** What cannot be represented fails at construction, naming the field and the value (DOMAIN section 5). */
class ConstructionTest {
  private static final LocalDate DAY = LocalDate.of(2026, 7, 1);

  private static void assertRejected(String expectedMessage, Executable construction) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, construction);
    assertEquals(expectedMessage, e.getMessage());
  }

  @Test
  void blankIdIsRejectedWithTheField() {
    assertRejected("key result id must not be blank: ' '", () -> KeyResult.achieve(" ", "Launch"));
    assertRejected("objective id must not be blank: ''", () -> Objective.builder()
        .id("").title("t").owner(Owner.organization()).cycleId("c").build());
  }

  @Test
  void nullIdIsRejectedWithTheField() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> Owner.team(null));
    assertEquals("owner team id", e.getMessage());
  }

  @Test
  void nonFiniteNumbersAreRejectedWithFieldAndValue() {
    assertRejected("key result 'kr-1': target must be a finite number: NaN",
        () -> KeyResult.increase("kr-1", "Teams", 0, Double.NaN, "teams"));
    assertRejected("key result 'kr-1': weight must be a finite number: Infinity",
        () -> KeyResult.builder().id("kr-1").title("t").weight(Double.POSITIVE_INFINITY).build());
    assertRejected("check-in of 2026-07-01: value must be a finite number: -Infinity",
        () -> CheckIn.of(DAY, Double.NEGATIVE_INFINITY));
    assertRejected("alignment weight must be a finite number: NaN", () -> Alignment.contributes("o-1", Double.NaN));
  }

  @Test
  void nonFiniteStartOrCurrentOfAKeyResultIsRejectedWithFieldAndValue() {
    assertRejected("key result 'kr-1': start must be a finite number: Infinity",
        () -> KeyResult.increase("kr-1", "Teams", Double.POSITIVE_INFINITY, 200, "teams"));
    assertRejected("key result 'kr-1': current must be a finite number: NaN",
        () -> KeyResult.builder().from(KeyResult.increase("kr-1", "Teams", 0, 200, "teams")).current(Double.NaN)
            .build());
  }

  @Test
  void blankIdReferenceIsRejectedNamingTheItemThatHoldsIt() {
    assertRejected("objective 'o-1': cycleId must not be blank: ' '", () -> Objective.builder()
        .id("o-1").title("t").owner(Owner.organization()).cycleId(" ").build());
  }

  @Test
  void blankAttributeNameIsRejectedNamingTheItemThatHoldsIt() {
    assertRejected("cycle '2026-Q3': attribute names must not be blank: ' '",
        () -> Cycle.builder().from(Cycle.of("2026-Q3", "2026-Q3", DAY, DAY)).putAttribute(" ", "x").build());
    assertRejected("objective 'o-1': attribute names must not be blank: ''", () -> Objective.builder()
        .id("o-1").title("t").owner(Owner.organization()).cycleId("c").putAttribute("", "x").build());
    assertRejected("key result 'kr-1': attribute names must not be blank: ' '",
        () -> KeyResult.builder().from(KeyResult.achieve("kr-1", "Launch")).putAttribute(" ", "x").build());
    assertRejected("initiative 'i-1': attribute names must not be blank: ' '",
        () -> Initiative.builder().from(Initiative.of("i-1", "Run a workshop")).putAttribute(" ", "x").build());
    assertRejected("check-in of 2026-07-01: attribute names must not be blank: ' '",
        () -> CheckIn.builder().from(CheckIn.of(DAY, 1)).putAttribute(" ", "x").build());
    assertRejected("alignment to 'o-company': attribute names must not be blank: ' '",
        () -> Alignment.builder().from(Alignment.contributes("o-company", 1)).putAttribute(" ", "x").build());
    assertRejected("owner 'team:support': attribute names must not be blank: ''",
        () -> Owner.builder().from(Owner.team("support")).putAttribute("", "x").build());
  }

  @Test
  void confidenceOutsideTheUnitIntervalIsRejected() {
    assertRejected("check-in of 2026-07-01: confidence must be within [0, 1]: 1.4", () -> CheckIn.of(DAY, 1, 1.4));
    assertRejected("check-in of 2026-07-01: confidence must be within [0, 1]: -0.1", () -> CheckIn.of(DAY, 1, -0.1));
    assertRejected("check-in of 2026-07-01: confidence must be within [0, 1]: NaN",
        () -> CheckIn.of(DAY, 1, Double.NaN));
  }

  @Test
  void confidenceMayBeEitherEndOfTheUnitInterval() {
    assertEquals(0.0, CheckIn.of(DAY, 1, 0.0).confidence().getAsDouble());
    assertEquals(1.0, CheckIn.of(DAY, 1, 1.0).confidence().getAsDouble());
  }

  @Test
  void cycleEndingBeforeItStartsIsRejected() {
    assertRejected("cycle '2026-Q3': endInclusive 2026-06-30 is before startInclusive 2026-07-01",
        () -> Cycle.of("2026-Q3", "2026-Q3", DAY, DAY.minusDays(1)));
  }

  @Test
  void ownerIdMustFitItsKind() {
    assertRejected("owner id must be set for TEAM: empty", () -> Owner.of(OwnerKind.TEAM, Optional.empty()));
    assertRejected("owner id must be empty for ORGANIZATION: 'acme'",
        () -> Owner.of(OwnerKind.ORGANIZATION, Optional.of("acme")));
  }

  @Test
  void fixableBusinessProblemsAreRepresentable() {
    KeyResult flat = KeyResult.increase("kr-1", "Teams", 10, 10, "teams");
    KeyResult weightless = KeyResult.builder().from(flat).weight(0).build();
    Alignment negative = Alignment.contributes("nowhere", -1);
    assertEquals(10, flat.start().getAsDouble());
    assertEquals(0, weightless.weight());
    assertEquals(-1, negative.weight());
  }

  @Test
  void oneDayCycleHasLengthOneAndContainsItsDay() {
    Cycle cycle = Cycle.of("c", "One day", DAY, DAY);
    assertEquals(1, cycle.lengthInDays());
    assertEquals(true, cycle.contains(DAY));
    assertEquals(false, cycle.contains(DAY.plusDays(1)));
  }

  @Test
  void ownersPrintTheirKindAndId() {
    assertEquals("organization", Owner.organization().toString());
    assertEquals("team:support", Owner.team("support").toString());
    assertEquals("person:p-1", Owner.person("p-1").toString());
  }
}
