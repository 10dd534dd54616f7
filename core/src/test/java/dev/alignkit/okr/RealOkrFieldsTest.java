package dev.alignkit.okr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.org.Team;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The fields real OKR tools export (docs/concepts.md, "Real OKR data"): descriptions, key-result
 * owners, other teams, backlog objectives, the snapshot's zone, check-ins at an instant,
 * initiatives on a key result, and an objective's outcome and retrospective.
 */
class RealOkrFieldsTest {
  private static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");
  private static final OffsetDateTime LOCAL_MIDNIGHT_IN_UTC = OffsetDateTime.parse("2023-09-30T22:00:00Z");

  @Test
  void aCheckInAtAnInstantIsDatedInTheZonePassedIn() {
    CheckIn checkIn = CheckIn.of(LOCAL_MIDNIGHT_IN_UTC, ZURICH, 12);

    assertEquals(LocalDate.of(2023, 10, 1), checkIn.date());
    assertEquals(Optional.of(LOCAL_MIDNIGHT_IN_UTC), checkIn.at());
    assertEquals(LocalDate.of(2023, 9, 30), CheckIn.of(LOCAL_MIDNIGHT_IN_UTC, ZoneOffset.UTC, 12).date());
  }

  @Test
  void theBuilderDatesAnInstantInAZoneAndADateSetAfterwardsWins() {
    CheckIn zurich = CheckIn.builder().dateFrom(LOCAL_MIDNIGHT_IN_UTC, ZURICH).value(12).note("first").build();
    CheckIn corrected = CheckIn.builder().dateFrom(LOCAL_MIDNIGHT_IN_UTC, ZURICH).date(LocalDate.of(2023, 9, 29))
        .value(12).build();

    assertEquals(LocalDate.of(2023, 10, 1), zurich.date());
    assertEquals(Optional.of(LOCAL_MIDNIGHT_IN_UTC), zurich.at());
    assertEquals(CheckIn.builder().from(CheckIn.of(LOCAL_MIDNIGHT_IN_UTC, ZURICH, 12)).note("first").build(), zurich);
    assertEquals(LocalDate.of(2023, 9, 29), corrected.date());
  }

  @Test
  void aDateBesideAnInstantWinsAndBothAreKept() {
    CheckIn checkIn = CheckIn.builder().date(LocalDate.of(2023, 9, 29)).at(LOCAL_MIDNIGHT_IN_UTC).value(3).build();

    assertEquals(LocalDate.of(2023, 9, 29), checkIn.date());
    assertEquals(Optional.of(LOCAL_MIDNIGHT_IN_UTC), checkIn.at());
  }

  @Test
  void aBuilderWithAnInstantAloneDatesItAtItsOwnOffset() {
    OffsetDateTime lateInTokyo = OffsetDateTime.parse("2023-10-01T08:30:00+09:00");

    assertEquals(LocalDate.of(2023, 10, 1), CheckIn.builder().at(lateInTokyo).value(1).build().date());
    assertEquals(LocalDate.of(2023, 9, 30), CheckIn.builder().at(LOCAL_MIDNIGHT_IN_UTC).value(1).build().date());
  }

  @Test
  void aCheckInWithNeitherDateNorInstantCannotBeBuilt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CheckIn.builder().value(1).build());

    assertEquals("check-in: date must be set, or at: neither is", e.getMessage());
  }

  @Test
  void anInstantWithoutADateInTheZoneIsRejectedNamingItAndTheZone() {
    OffsetDateTime first = OffsetDateTime.parse("-999999999-01-01T00:00:00+18:00");

    assertRejected("check-in: at -999999999-01-01T00:00+18:00 has no date in zone Z",
        () -> CheckIn.of(first, ZoneOffset.UTC, 1));
  }

  @Test
  void checkInsDifferingOnlyInTheirInstantAreNotEqual() {
    CheckIn dated = CheckIn.of(LocalDate.of(2023, 10, 1), 12);
    CheckIn instant = CheckIn.of(LOCAL_MIDNIGHT_IN_UTC, ZURICH, 12);

    assertEquals(dated.date(), instant.date());
    assertNotEquals(dated, instant);
  }

  @Test
  void aKeyResultOwnerDefaultsToThePersonOwningTheObjective() {
    KeyResult own = KeyResult.achieve("kr-1", "Launch");
    KeyResult delegated = KeyResult.builder().from(own).id("kr-2").ownerId("ana").build();
    Objective mayas = objective(Owner.person("maya")).addKeyResults(own, delegated).build();
    Objective supports = objective(Owner.team("support")).addKeyResults(own, delegated).build();

    assertEquals(Optional.of("maya"), mayas.ownerIdOf(own));
    assertEquals(Optional.of("ana"), mayas.ownerIdOf(delegated));
    assertEquals(Optional.empty(), supports.ownerIdOf(own));
    assertEquals(Optional.of("ana"), supports.ownerIdOf(delegated));
  }

  @Test
  void aBacklogObjectiveHasNoCycleAndResolvesToNone() {
    Objective backlog = objective(Owner.person("maya")).status(OkrStatus.DRAFT).build();
    Objective planned = objective(Owner.person("maya")).id("o-2").cycleId("2026-Q3").build();
    Objective dangling = objective(Owner.person("maya")).id("o-3").cycleId("2027-Q9").build();
    OrganizationSnapshot snapshot = OrganizationSnapshot.builder()
        .addCycle(Cycle.of("2026-Q3", "2026-Q3", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)))
        .addObjectives(backlog, planned, dangling)
        .build();

    assertEquals(Optional.empty(), backlog.cycleId());
    assertTrue(backlog.isInBacklog());
    assertFalse(planned.isInBacklog());
    assertFalse(Objective.builder().from(backlog).status(OkrStatus.ACTIVE).build().isInBacklog(),
        "an active objective without a cycle is no backlog");
    assertFalse(Objective.builder().from(planned).status(OkrStatus.DRAFT).build().isInBacklog(),
        "a draft of a cycle is planned");
    assertEquals(Optional.empty(), snapshot.cycleOf(backlog));
    assertEquals(Optional.of("2026-Q3"), snapshot.cycleOf(planned).map(Cycle::id));
    assertEquals(Optional.empty(), snapshot.cycleOf(dangling));
  }

  @Test
  void theSnapshotZoneIsUtcUnlessSet() {
    assertEquals(ZoneOffset.UTC, OrganizationSnapshot.empty().zone());
    assertEquals(ZURICH, OrganizationSnapshot.builder().zone(ZURICH).build().zone());
    assertEquals(ZoneOffset.UTC, OrganizationSnapshot.builder().zone(ZoneId.of("UTC")).build().zone());
    assertEquals(OrganizationSnapshot.empty(), OrganizationSnapshot.builder().zone(ZoneId.of("Etc/UTC")).build());
  }

  @Test
  void aPersonIsAMemberOfThePrimaryTeamAndTheOtherTeams() {
    Person maya = Person.builder().id("maya").name("Maya").teamId("support").addOtherTeamId("guild").build();

    assertTrue(maya.isMemberOf("support"));
    assertTrue(maya.isMemberOf("guild"));
    assertFalse(maya.isMemberOf("platform"));
    assertFalse(Person.builder().id("ana").name("Ana").addOtherTeamId("guild").build().isMemberOf("support"));
  }

  @Test
  void initiativesAreOpenAndOnNoKeyResultUnlessSet() {
    Initiative initiative = Initiative.of("i-1", "Pilot with two teams");
    Initiative onKeyResult = Initiative.builder().from(initiative).keyResultId("kr-1").done(true)
        .description("Runs in September").build();

    assertFalse(initiative.done());
    assertEquals(Optional.empty(), initiative.keyResultId());
    assertTrue(onKeyResult.done());
    assertEquals(Optional.of("kr-1"), onKeyResult.keyResultId());
    assertEquals(Optional.of("Runs in September"), onKeyResult.description());
  }

  @Test
  void descriptionsAreKeptAsGiven() {
    String text = "Why: customers wait.\n\nHow: | pipes | and <b>tags</b> stay text.";

    assertEquals(Optional.of(text), objective(Owner.organization()).description(text).build().description());
    assertEquals(Optional.of(text), KeyResult.builder().id("kr").title("t").description(text).build().description());
    assertEquals(Optional.of(text), Team.builder().id("t").name("T").description(text).build().description());
  }

  @Test
  void anObjectiveHasNoOutcomeAndNoRetrospectiveUntilTheyAreRecorded() {
    Objective open = objective(Owner.team("support")).cycleId("2026-Q3").build();
    Objective closed = Objective.builder().from(open).status(OkrStatus.CLOSED).outcome(ObjectiveOutcome.MISSED)
        .retrospective("The vendor slipped twice.\n\nNext time: a fallback.").build();

    assertEquals(Optional.empty(), open.outcome());
    assertEquals(Optional.empty(), open.retrospective());
    assertEquals(Optional.of(ObjectiveOutcome.MISSED), closed.outcome());
    assertEquals(Optional.of("The vendor slipped twice.\n\nNext time: a fallback."), closed.retrospective());
  }

  @Test
  void anOutcomeIsRepresentableWhateverTheStatusAndCycle() {
    Objective judgedEarly = objective(Owner.organization()).status(OkrStatus.ACTIVE)
        .outcome(ObjectiveOutcome.ACHIEVED).build();
    Objective backlog = objective(Owner.organization()).status(OkrStatus.DRAFT)
        .outcome(ObjectiveOutcome.PARTIAL).build();

    assertEquals(Optional.of(ObjectiveOutcome.ACHIEVED), judgedEarly.outcome());
    assertTrue(backlog.isInBacklog());
    assertEquals(Optional.of(ObjectiveOutcome.PARTIAL), backlog.outcome());
  }

  @Test
  void aBlankRetrospectiveIsKeptAsABlankDescriptionIs() {
    for (String blank : new String[] {"", " ", "\n"}) {
      Objective objective = objective(Owner.organization()).description(blank).retrospective(blank).build();

      assertEquals(Optional.of(blank), objective.description());
      assertEquals(Optional.of(blank), objective.retrospective());
    }
  }

  @Test
  void objectivesDifferingOnlyInOutcomeOrRetrospectiveAreNotEqual() {
    Objective base = objective(Owner.organization()).outcome(ObjectiveOutcome.PARTIAL).retrospective("Half").build();

    assertEquals(base, objective(Owner.organization()).outcome(ObjectiveOutcome.PARTIAL).retrospective("Half").build());
    assertNotEquals(base, Objective.builder().from(base).outcome(ObjectiveOutcome.ACHIEVED).build());
    assertNotEquals(base, Objective.builder().from(base).outcome(Optional.empty()).build());
    assertNotEquals(base, Objective.builder().from(base).retrospective("Half.").build());
    assertNotEquals(base, Objective.builder().from(base).retrospective(Optional.empty()).build());
  }

  @Test
  void blankReferencesAreRejectedWithTheField() {
    assertRejected("key result 'kr-1': ownerId must not be blank: ' '",
        () -> KeyResult.builder().id("kr-1").title("t").ownerId(" ").build());
    assertRejected("objective 'o-1': cycleId must not be blank: ''",
        () -> objective(Owner.organization()).cycleId("").build());
    assertRejected("initiative 'i-1': keyResultId must not be blank: ' '",
        () -> Initiative.builder().id("i-1").title("t").keyResultId(" ").build());
    assertRejected("person 'maya': otherTeamIds must not be blank: ''",
        () -> Person.builder().id("maya").name("Maya").addOtherTeamId("").build());
  }

  private static void assertRejected(String message, org.junit.jupiter.api.function.Executable construction) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, construction).getMessage());
  }

  private static Objective.Builder objective(Owner owner) {
    return Objective.builder().id("o-1").title("Delight new customers").owner(owner);
  }
}
