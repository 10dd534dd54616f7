package dev.alignkit.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.GoalStatus;
import dev.alignkit.okr.Cycle;
import dev.alignkit.rules.Finding;
import dev.alignkit.rules.RuleCodes;
import dev.alignkit.rules.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The snapshot's reporting lines on organizations as deep as they are large, and on small shapes
 * with the answers written out.
 */
class ReportingTreeTest {
  private static final int CHAIN = 40_000;
  private static final int RING = 10_000;
  private static final Cycle CYCLE = Cycle.of("c-1", "2026-Q3", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30));

  /**
   * People {@code p-0} (the top) to {@code p-39999} in one chain and {@code r-0} to {@code r-9999}
   * in one ring ({@code r-i} reports to {@code r-(i+1)}, the last to {@code r-0}), with
   * {@code below} reporting into the ring; everyone but {@code p-0} has a goal agreed by their
   * manager. Validation asks mayAgree for each of those 50,001 goals.
   */
  private static OrganizationSnapshot deepOrganization() {
    List<Person> people = new ArrayList<>();
    List<DevelopmentPlan> plans = new ArrayList<>();
    people.add(Person.of("p-0", "Top"));
    for (int i = 1; i < CHAIN; i++) {
      addWithAgreedGoal(people, plans, "p-" + i, "p-" + (i - 1));
    }
    for (int i = 0; i < RING; i++) {
      addWithAgreedGoal(people, plans, "r-" + i, "r-" + (i + 1) % RING);
    }
    addWithAgreedGoal(people, plans, "below", "r-0");
    return OrganizationSnapshot.builder().addCycle(CYCLE).people(people).plans(plans).build();
  }

  private static void addWithAgreedGoal(List<Person> people, List<DevelopmentPlan> plans, String id, String managerId) {
    people.add(Person.builder().id(id).name("Person " + id).managerId(managerId).build());
    DevelopmentGoal goal = DevelopmentGoal.builder().id("g-" + id).statement("Lead the review " + id)
        .status(GoalStatus.AGREED).proposedBy(id).agreedBy(managerId).agreedOn(CYCLE.startInclusive()).build();
    plans.add(DevelopmentPlan.builder().id("plan-" + id).personId(id).cycleId(CYCLE.id()).addGoal(goal).build());
  }

  @Test
  void aFortyThousandPersonChainAnswersEveryManagerAndTheRingGrantsNothing() {
    OrganizationSnapshot snapshot = deepOrganization();

    assertTrue(snapshot.mayAgree("p-0", "p-39999"), "the top for the bottom");
    assertTrue(snapshot.mayAgree("p-39998", "p-39999"), "the direct manager");
    assertFalse(snapshot.mayAgree("p-39999", "p-0"), "the bottom for the top");
    assertFalse(snapshot.mayAgree("p-39999", "p-39999"), "the bottom for themselves");
    assertFalse(snapshot.mayAgree("r-1", "r-0"), "the manager on the ring");
    assertFalse(snapshot.mayAgree("r-0", "below"), "the manager of someone below the ring");
    for (int i = 1; i < CHAIN; i++) {
      assertTrue(snapshot.isInManagerChain("p-0", "p-" + i), "p-0 above p-" + i);
    }
    List<String> chain = snapshot.managerChain("p-39999");
    assertEquals(CHAIN - 1, chain.size());
    assertEquals("p-39998", chain.get(0));
    assertEquals("p-0", chain.get(CHAIN - 2));
    assertEquals(List.of(), snapshot.managerChain("r-0"));
    assertEquals(List.of(), snapshot.managerChain("below"));
    List<String> ring = snapshot.reportingCycle("r-5");
    assertEquals(RING, ring.size());
    assertEquals(List.of("r-5", "r-6"), ring.subList(0, 2));
    assertEquals("r-4", ring.get(RING - 1));
    assertEquals(List.of(), snapshot.reportingCycle("below"));
  }

  @Test
  void validatingTheDeepOrganizationFindsOnlyTheRingsGoalsUnagreed() {
    OrganizationSnapshot snapshot = deepOrganization();

    Set<String> notAgreed = new TreeSet<>();
    int reportingCycles = 0;
    for (Finding finding : Validator.defaults().validate(snapshot, CYCLE.startInclusive().plusDays(30)).findings()) {
      if (finding.code().equals(RuleCodes.PLAN_NOT_AGREED)) {
        notAgreed.add(finding.subjectId());
      } else if (finding.code().equals(RuleCodes.REPORTING_CYCLE)) {
        reportingCycles++;
        assertTrue(finding.arguments().get("chain").toString().startsWith(finding.subjectId() + " -> "),
            finding.arguments().toString());
      }
    }

    assertEquals(RING + 1, notAgreed.size());
    assertTrue(notAgreed.contains("g-below"));
    assertTrue(notAgreed.contains("g-r-0"));
    assertFalse(notAgreed.contains("g-p-39999"));
    assertEquals(RING, reportingCycles);
  }

  @Test
  void aPersonWhoManagesThemselvesIsTheirOwnCycleAndAboveNobody() {
    OrganizationSnapshot snapshot = OrganizationSnapshot.builder()
        .addPerson(Person.builder().id("a").name("A").managerId("a").build())
        .addPerson(Person.builder().id("b").name("B").managerId("a").build())
        .build();

    assertEquals(List.of("a"), snapshot.reportingCycle("a"));
    assertEquals(List.of(), snapshot.reportingCycle("b"));
    assertFalse(snapshot.isInManagerChain("a", "a"));
    assertFalse(snapshot.isInManagerChain("a", "b"));
    assertEquals(List.of(), snapshot.managerChain("b"));
  }

  @Test
  void forestsAnswerWithinEachTreeAndADanglingManagerEndsTheChain() {
    // Two trees: top-1 over x over y, and z under a manager id that names nobody.
    OrganizationSnapshot snapshot = OrganizationSnapshot.builder()
        .addPerson(Person.builder().id("y").name("Y").managerId("x").build())
        .addPerson(Person.builder().id("z").name("Z").managerId("gone").build())
        .addPerson(Person.builder().id("x").name("X").managerId("top-1").build())
        .addPerson(Person.of("top-1", "Top"))
        .build();

    assertEquals(List.of("x", "top-1"), snapshot.managerChain("y"));
    assertTrue(snapshot.isInManagerChain("top-1", "y"));
    assertTrue(snapshot.isInManagerChain("x", "y"));
    assertFalse(snapshot.isInManagerChain("y", "x"));
    assertFalse(snapshot.isInManagerChain("top-1", "z"));
    assertFalse(snapshot.isInManagerChain("gone", "z"));
    assertEquals(List.of(), snapshot.managerChain("z"));
    assertFalse(snapshot.isInManagerChain("x", "nobody"));
  }
}
