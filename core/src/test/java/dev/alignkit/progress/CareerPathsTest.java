package dev.alignkit.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.career.Assessment;
import dev.alignkit.career.AssessmentSource;
import dev.alignkit.career.CareerLadder;
import dev.alignkit.career.Expectation;
import dev.alignkit.career.LateralMove;
import dev.alignkit.career.Level;
import dev.alignkit.career.Opening;
import dev.alignkit.career.RoleRef;
import dev.alignkit.career.SkillProfile;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.policy.Policy;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Seed 001's customer service to sales path, as numbers. */
class CareerPathsTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 8, 15);
  private static final double EPSILON = 1e-9;

  private static Level level(String id, int rank, Expectation... expectations) {
    return Level.builder().id(id).name(id).rank(rank).addExpectations(expectations).build();
  }

  private static OrganizationSnapshot snapshot() {
    CareerLadder service = CareerLadder.builder().id("cs").name("Customer service")
        .addLevel(level("CS1", 1, Expectation.essential("empathy", 3), Expectation.essential("product", 2)))
        .addLevel(level("CS2", 2, Expectation.essential("empathy", 4), Expectation.essential("product", 3)))
        .build();
    CareerLadder sales = CareerLadder.builder().id("sales").name("Sales")
        .addLevel(level("S1", 1, Expectation.essential("empathy", 3), Expectation.essential("negotiation", 3)))
        .addLevel(level("S2", 2, Expectation.essential("negotiation", 4), Expectation.optional("product", 3)))
        .build();
    CareerLadder empty = CareerLadder.builder().id("empty").name("No expectations")
        .addLevel(level("E1", 1)).build();
    return OrganizationSnapshot.builder()
        .addLadders(service, sales, empty)
        .addLateralMove(LateralMove.of("cs-to-sales", RoleRef.of("cs", "CS1"), RoleRef.of("sales", "S1")))
        .addOpening(Opening.of("open-s2", RoleRef.of("sales", "S2"), "sales-team"))
        .addPerson(Person.builder().id("ana").name("Ana").role(RoleRef.of("cs", "CS1")).build())
        .addProfile(SkillProfile.of("ana", List.of(
            Assessment.of("empathy", 4, AS_OF.minusDays(20), AssessmentSource.MANAGER),
            Assessment.of("product", 2, AS_OF.minusDays(20), AssessmentSource.MANAGER),
            Assessment.of("negotiation", 2, AS_OF.minusDays(20), AssessmentSource.PEER))))
        .build();
  }

  private final CareerPaths paths = CareerPaths.of(snapshot(), AS_OF, Policy.defaults());

  @Test
  void currentRoleIsMet() {
    RoleOption current = paths.currentRole("ana").orElseThrow();
    assertEquals(1.0, current.readiness().readiness().getAsDouble(), EPSILON);
    assertTrue(current.readiness().ready());
  }

  @Test
  void nextLevelShowsTheProductGap() {
    RoleOption next = paths.nextLevel("ana").orElseThrow();
    assertEquals(RoleRef.of("cs", "CS2"), next.role());
    // empathy met; product (2 - 1) / (3 - 1) = 0.5
    assertEquals(0.75, next.readiness().readiness().getAsDouble(), EPSILON);
    assertEquals(List.of("product"), next.gaps().stream().map(GapEntry::skillId).toList());
  }

  @Test
  void lateralMoveToSalesShowsTheNegotiationGap() {
    List<RoleOption> moves = paths.lateralMoves("ana");
    assertEquals(1, moves.size());
    assertEquals(RoleRef.of("sales", "S1"), moves.get(0).role());
    // empathy met; negotiation (2 - 1) / (3 - 1) = 0.5
    assertEquals(0.75, moves.get(0).readiness().readiness().getAsDouble(), EPSILON);
    assertEquals(1.0, moves.get(0).gaps().get(0).shortfall(), EPSILON);
  }

  @Test
  void bestNextRolesAreRankedByReadinessThenRoleAndNeverTheCurrentRole() {
    List<RoleOption> best = paths.bestNextRoles("ana");
    assertEquals(List.of("cs/CS2", "sales/S1", "sales/S2", "empty/E1"), best.stream().map(o -> o.role().toString()).toList());
    assertEquals(Set.of(RoleOptionKind.LATERAL_MOVE, RoleOptionKind.OTHER_LADDER), best.get(1).kinds());
    assertEquals(Set.of(RoleOptionKind.OPENING, RoleOptionKind.OTHER_LADDER), best.get(2).kinds());
    assertEquals(List.of("open-s2"), best.get(2).openingIds());
    // S2 inherits empathy 3 (met, weight 2); negotiation (2 - 1) / (4 - 1) = 1/3 (weight 2);
    // product (2 - 1) / (3 - 1) = 0.5 (optional, weight 1)
    assertEquals((2 * 1 + 2 * (1.0 / 3) + 0.5) / 5, best.get(2).readiness().readiness().getAsDouble(), EPSILON);
    assertFalse(best.stream().anyMatch(o -> o.role().equals(RoleRef.of("cs", "CS1"))), "never the current role");
  }

  @Test
  void roleWithoutExpectationsIsListedLastWithoutReadiness() {
    List<RoleOption> best = paths.bestNextRoles("ana");
    RoleOption last = best.get(best.size() - 1);
    assertEquals(RoleRef.of("empty", "E1"), last.role());
    assertEquals(Optional.of("the role has no expectations"), last.readiness().noReadinessReason());
  }

  @Test
  void personWithoutAResolvableRoleHasNoCurrentOrNextRole() {
    OrganizationSnapshot snapshot = OrganizationSnapshot.builder().from(snapshot())
        .addPerson(Person.builder().id("bo").name("Bo").role(RoleRef.of("cs", "CS9")).build()).build();
    CareerPaths bo = CareerPaths.of(snapshot, AS_OF, Policy.defaults());
    assertEquals(Optional.empty(), bo.currentRole("bo"));
    assertEquals(Optional.empty(), bo.nextLevel("bo"));
    assertEquals(List.of(), bo.lateralMoves("bo"));
    assertEquals(5, bo.bestNextRoles("bo").size(), "every level of every ladder; the opening is one of them");
  }

  @Test
  void targetRoleGivesTheReadinessForThatRole() {
    RoleOption target = paths.targetRole("ana", RoleRef.of("sales", "S2")).orElseThrow();
    assertEquals(Set.of(RoleOptionKind.TARGET_ROLE), target.kinds());
    assertEquals((2 * 1 + 2 * (1.0 / 3) + 0.5) / 5, target.readiness().readiness().getAsDouble(), EPSILON);
    assertEquals(Optional.empty(), paths.targetRole("ana", RoleRef.of("sales", "S9")));
  }

  @Test
  void levelsOfTheCurrentLadderAreNotAlsoListedAsAnotherLadder() {
    RoleOption next = paths.bestNextRoles("ana").get(0);
    assertEquals(RoleRef.of("cs", "CS2"), next.role());
    assertEquals(Set.of(RoleOptionKind.NEXT_LEVEL), next.kinds());
  }

  @Test
  void rolesOfEqualReadinessAreOrderedByRole() {
    // Analyst A1 is listed last (another ladder) but ties with CS2 and S1 at 0.75 and sorts first.
    CareerLadder analyst = CareerLadder.builder().id("analyst").name("Analyst")
        .addLevel(level("A1", 1, Expectation.essential("empathy", 3), Expectation.essential("negotiation", 3)))
        .build();
    CareerPaths withAnalyst = CareerPaths.of(OrganizationSnapshot.builder().from(snapshot()).addLadder(analyst).build(),
        AS_OF, Policy.defaults());
    assertEquals(List.of("analyst/A1", "cs/CS2", "sales/S1", "sales/S2", "empty/E1"),
        withAnalyst.bestNextRoles("ana").stream().map(o -> o.role().toString()).toList());
  }
}
