package dev.alignkit.advice;

import static dev.alignkit.advice.SeedOrganization.AS_OF;
import static dev.alignkit.advice.SeedOrganization.assessed;
import static dev.alignkit.advice.SeedOrganization.base;
import static dev.alignkit.advice.SeedOrganization.goal;
import static dev.alignkit.advice.SeedOrganization.person;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alignkit.career.RoleRef;
import dev.alignkit.career.SkillProfile;
import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.Initiative;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.Owner;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.org.Team;
import dev.alignkit.policy.Policy;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * WEAVE and the WOVEN class where objectives have several parents or link to key results: work is
 * the person's by whom it belongs to (their primary team, their other teams, the organization),
 * whatever it is aligned to (docs/concepts.md, "Advice"). Eli, an E3 engineer of the platform
 * team, has a goal for stakeholder influence (weaves into {@code cross-functional} work) or for
 * Rust (which his role does not expect).
 */
class AdviceOverSeveralParentsTest {
  private static final RoleRef E3 = RoleRef.of("eng", "E3");
  private static final DevelopmentGoal INFLUENCE = goal("g-reach", "Be heard beyond the team",
      "stakeholder-influence");
  private static final DevelopmentGoal RUST = goal("g-rust", "Learn Rust", "rust");

  /**
   * Sales' cross-functional objective exercising Rust, the organization's with a ROLLUP key result
   * kr-reach, the platform's guild objective (cross-functional, its initiative exercising Rust)
   * with {@code guildLinks}, and Eli's own objective with {@code elisLinks}.
   */
  private static OrganizationSnapshot organization(List<Alignment> guildLinks, List<Alignment> elisLinks,
      DevelopmentGoal goal) {
    OrganizationSnapshot.Builder builder = base().addTeams(Team.of("sales", "Sales"));
    OrganizationSnapshot seed = builder.build();
    Objective org = Objective.builder().from(seed.objective("o-org").orElseThrow())
        .addKeyResult(KeyResult.rollup("kr-reach", "Teams that reach across")).build();
    return builder
        .objectives(List.of(org, seed.objective("o-platform").orElseThrow()))
        .addObjective(Objective.builder().id("o-sales").title("Win accounts together").owner(Owner.team("sales"))
            .cycleId("2026-Q3").addTag("cross-functional").addSkill("rust").build())
        .addObjective(Objective.builder().id("o-guild").title("Pair across teams").owner(Owner.team("platform"))
            .cycleId("2026-Q3").addTag("cross-functional").alignments(guildLinks)
            .addInitiative(Initiative.builder().id("i-guild").title("Rust pairing hour").addSkill("rust").build())
            .build())
        .addObjective(Objective.builder().id("o-eli").title("Answer every platform question").owner(Owner.person("eli"))
            .cycleId("2026-Q3").alignments(elisLinks).build())
        .addPerson(person("eli", "platform", E3))
        .addProfile(SkillProfile.of("eli", List.of(assessed("code-quality", 3))))
        .addPlan(SeedOrganization.plan("eli", goal))
        .build();
  }

  private static GoalAdvice advice(OrganizationSnapshot snapshot) {
    DevelopmentPlan plan = snapshot.plan("plan-eli").orElseThrow();
    return Advisor.of(snapshot, AS_OF, Policy.defaults()).advise(plan, plan.goals().get(0));
  }

  private static List<List<String>> weaves(GoalAdvice advice) {
    return advice.suggestions().stream().filter(s -> s.kind() == SuggestionKind.WEAVE)
        .map(s -> s.objectives().isEmpty() ? s.initiatives() : s.objectives()).toList();
  }

  @Test
  void aTeamObjectiveWithSeveralParentsIsItsTeamsWorkForWeaveAsWithOne() {
    List<Alignment> several = List.of(Alignment.contributes("o-org", 1), Alignment.contributesToKeyResult("kr-reach",
        2), Alignment.supports("o-sales"), Alignment.supports("o-sales"));
    GoalAdvice advice = advice(organization(several, List.of(), INFLUENCE));

    // The platform's own cross-functional work first; o-sales is another team's, whatever links to it.
    assertEquals(List.of(List.of("o-guild")), weaves(advice));
    assertEquals(advice(organization(List.of(Alignment.supports("o-org")), List.of(), INFLUENCE)), advice);
    assertEquals(advice(organization(List.of(), List.of(), INFLUENCE)), advice);
  }

  @Test
  void aTeamObjectiveWithSeveralParentsWeavesAGoalThroughItsWorkAsWithOne() {
    List<Alignment> several = List.of(Alignment.supports("o-sales"), Alignment.contributesToKeyResult("kr-reach", 1));
    GoalAlignment alignment = advice(organization(several, List.of(), RUST)).alignment();

    assertEquals(AlignmentClass.WOVEN, alignment.alignmentClass());
    assertEquals(Optional.of("i-guild"), alignment.initiativeId());
    assertEquals("rust is exercised by initiative i-guild", alignment.reason());
  }

  /** Without the platform's guild objective: no work of Eli's team is cross-functional or exercises Rust. */
  private static OrganizationSnapshot withoutGuild(OrganizationSnapshot snapshot) {
    return OrganizationSnapshot.builder().from(snapshot)
        .objectives(snapshot.objectives().stream().filter(o -> !o.id().equals("o-guild")).toList()).build();
  }

  @Test
  void aParentInAnotherTeamDoesNotMakeThatTeamsWorkThePersonsWhoseObjectiveLinksToIt() {
    // Eli's own objective supports the platform's and contributes to sales' cross-functional
    // objective, which exercises Rust: sales' work is still not his.
    List<Alignment> elis = List.of(Alignment.supports("o-platform"), Alignment.contributes("o-sales", 1));
    GoalAdvice rust = advice(withoutGuild(organization(List.of(), elis, RUST)));
    GoalAdvice influence = advice(withoutGuild(organization(List.of(), elis, INFLUENCE)));

    assertEquals(AlignmentClass.TANGENTIAL, rust.alignment().alignmentClass());
    assertEquals(AlignmentClass.TANGENTIAL, influence.alignment().alignmentClass());
    assertEquals(List.of(), weaves(influence));
    // Membership is what makes it his: with sales as one of his other teams, it is woven and weaved.
    OrganizationSnapshot member = withoutGuild(organization(List.of(), elis, INFLUENCE));
    member = OrganizationSnapshot.builder().from(member).people(member.people().stream()
        .map(p -> p.id().equals("eli") ? Person.builder().from(p).addOtherTeamId("sales").build() : p).toList())
        .build();
    assertEquals(List.of(List.of("o-sales")), weaves(advice(member)));
  }
}
