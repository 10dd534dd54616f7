package dev.alignkit.advice;

import static dev.alignkit.advice.SeedOrganization.AS_OF;
import static dev.alignkit.advice.SeedOrganization.JULY_1;
import static dev.alignkit.advice.SeedOrganization.assessed;
import static dev.alignkit.advice.SeedOrganization.goal;
import static dev.alignkit.advice.SeedOrganization.level;
import static dev.alignkit.advice.SeedOrganization.person;
import static dev.alignkit.advice.SeedOrganization.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.career.CareerLadder;
import dev.alignkit.career.Expectation;
import dev.alignkit.career.LateralMove;
import dev.alignkit.career.Opening;
import dev.alignkit.career.RoleRef;
import dev.alignkit.career.Skill;
import dev.alignkit.career.SkillCatalog;
import dev.alignkit.career.SkillProfile;
import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.SupportActivity;
import dev.alignkit.development.SupportKind;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.Initiative;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.Owner;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.org.Team;
import dev.alignkit.policy.Policy;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The advisor's classification and each kind of advice on one small engineering organization,
 * with the exact suggestions DOMAIN sections 2 and 3 call for: what is cited, what is left out,
 * and how each kind is ranked.
 */
class AdvisorTest {
  private static final RoleRef E3 = RoleRef.of("eng", "E3");
  private static final RoleRef E4 = RoleRef.of("eng", "E4");
  private static final RoleRef DE3 = RoleRef.of("data", "DE3");
  private static final RoleRef ML1 = RoleRef.of("ml", "ML1");
  private static final RoleRef A1 = RoleRef.of("analytics", "A1");
  private final AdviceFormatter formatter = AdviceFormatter.standard();

  /**
   * Engineering E3 expects code quality and Ada, E4 adds Zig and Kotlin (all but code quality in
   * Rust's family); the platform team's objective exercises Terraform, its initiatives Zig and
   * Grafana; the organization's work exercises Kotlin and carries the weave tags.
   */
  private static OrganizationSnapshot.Builder organization() {
    return OrganizationSnapshot.builder()
        .skillCatalog(SkillCatalog.builder()
            .addSkill(Skill.of("code-quality", "Code quality", "craft"))
            .addSkill(Skill.of("rust", "Rust", "technical-expertise"))
            .addSkill(Skill.of("ada", "Ada", "technical-expertise"))
            .addSkill(Skill.of("zig", "Zig", "technical-expertise"))
            .addSkill(Skill.of("kotlin", "Kotlin", "technical-expertise"))
            .addSkill(Skill.of("sql", "SQL", "data"))
            .addSkill(Skill.of("terraform", "Terraform", "operations"))
            .addSkill(Skill.of("grafana", "Grafana", "operations"))
            .addSkill(Skill.of("stakeholder-influence", "Stakeholder influence", "influence"))
            .addSkill(Skill.of("exec-presence", "Executive presence", "visibility"))
            .build())
        .addLadder(CareerLadder.builder().id("eng").name("Engineering")
            .addLevel(level("E3", 3, Expectation.essential("code-quality", 3), Expectation.essential("ada", 2)))
            .addLevel(level("E4", 4, Expectation.essential("code-quality", 4), Expectation.essential("zig", 3),
                Expectation.essential("kotlin", 4)))
            .build())
        .addLadder(CareerLadder.builder().id("data").name("Data engineering")
            .addLevel(level("DE3", 3, Expectation.essential("rust", 3), Expectation.essential("code-quality", 3)))
            .build())
        .addLadder(CareerLadder.builder().id("ml").name("Machine learning")
            .addLevel(level("ML1", 1, Expectation.essential("rust", 3), Expectation.essential("sql", 3)))
            .build())
        .addLadder(CareerLadder.builder().id("analytics").name("Analytics")
            .addLevel(level("A1", 1, Expectation.essential("sql", 2)))
            .build())
        .addLadder(CareerLadder.builder().id("ops").name("Operations").addLevel(level("O1", 1)).build())
        .addTeams(Team.of("platform", "Platform"))
        .addCycle(Cycle.of("2026-Q3", "2026-Q3", JULY_1, LocalDate.of(2026, 9, 30)))
        .addObjective(Objective.builder().id("o-platform").title("A platform teams build on")
            .owner(Owner.team("platform")).cycleId("2026-Q3").addSkill("terraform").addTag("cross-functional")
            .addInitiative(Initiative.builder().id("i-zig").title("Port the agent to Zig").addSkill("zig").build())
            .addInitiative(Initiative.builder().id("i-obs").title("Dashboards for every service").addSkill("grafana")
                .build())
            .build())
        .addObjective(organizationWork("o-org-y", "Partner program", "cross-functional"))
        .addObjective(organizationWork("o-org-x", "Shared roadmap", "cross-functional"))
        .addObjective(organizationWork("o-org-both", "Board-level launch", "cross-functional", "executive-sponsored"))
        .addObjective(Objective.builder().id("o-org-kotlin").title("One mobile stack").owner(Owner.organization())
            .cycleId("2026-Q3").addSkill("kotlin").build());
  }

  private static Objective organizationWork(String id, String title, String... tags) {
    return Objective.builder().id(id).title(title).owner(Owner.organization()).cycleId("2026-Q3")
        .addTags(tags).build();
  }

  /** Eli, an E3 engineer of the platform team, with code quality met and nothing else assessed. */
  private static OrganizationSnapshot eliWith(DevelopmentGoal goal) {
    return at(E3, goal);
  }

  private static OrganizationSnapshot at(RoleRef role, DevelopmentGoal goal) {
    return organization()
        .addPerson(person("eli", "platform", role))
        .addProfile(SkillProfile.of("eli", List.of(assessed("code-quality", 3))))
        .addPlan(plan("eli", goal))
        .build();
  }

  private static GoalAdvice advice(OrganizationSnapshot snapshot) {
    DevelopmentPlan plan = snapshot.plan("plan-eli").orElseThrow();
    return Advisor.of(snapshot, AS_OF, Policy.defaults()).advise(plan, plan.goals().get(0));
  }

  private static GoalAlignment alignment(OrganizationSnapshot snapshot) {
    DevelopmentPlan plan = snapshot.plan("plan-eli").orElseThrow();
    return Advisor.of(snapshot, AS_OF, Policy.defaults()).classify(plan, plan.goals().get(0));
  }

  private static List<Suggestion> ofKind(GoalAdvice advice, SuggestionKind kind) {
    return advice.suggestions().stream().filter(s -> s.kind() == kind).toList();
  }

  private static Suggestion only(GoalAdvice advice, SuggestionKind kind) {
    List<Suggestion> suggestions = ofKind(advice, kind);
    assertEquals(1, suggestions.size(), () -> kind + " in " + advice.kinds());
    return suggestions.get(0);
  }

  // --- classification ---------------------------------------------------------------------------

  @Test
  void aSkillTheGoalsOwnTargetRoleExpectsMakesItTargetRole() {
    DevelopmentGoal sql = DevelopmentGoal.builder().from(goal("g-sql", "Learn SQL", "sql")).targetRole(A1).build();
    GoalAlignment alignment = alignment(eliWith(sql));
    assertEquals(AlignmentClass.TARGET_ROLE, alignment.alignmentClass());
    assertEquals(Optional.of(A1), alignment.role());
    assertEquals(Optional.of("sql"), alignment.skillId());
    assertEquals("sql is expected at analytics/A1", alignment.reason());
  }

  @Test
  void aSkillTheTeamsObjectiveExercisesWeavesTheGoalIntoThatObjective() {
    GoalAlignment alignment = alignment(eliWith(goal("g-tf", "Learn Terraform", "terraform")));
    assertEquals(AlignmentClass.WOVEN, alignment.alignmentClass());
    assertEquals(Optional.of("terraform"), alignment.skillId());
    assertEquals(Optional.of("o-platform"), alignment.objectiveId());
    assertEquals(Optional.empty(), alignment.initiativeId());
    assertEquals("terraform is exercised by objective o-platform", alignment.reason());
  }

  @Test
  void theWorkOfACycleThatHasEndedWeavesNothingIn() {
    // o-platform's quarter ended before the advice: its work is done, whatever its status says.
    OrganizationSnapshot snapshot = OrganizationSnapshot.builder().from(eliWith(goal("g-tf", "Learn Terraform",
        "terraform"))).cycles(List.of(Cycle.of("2026-Q3", "2026-Q3", JULY_1.minusMonths(3), JULY_1.minusDays(1))))
        .build();
    GoalAlignment alignment = alignment(snapshot);
    assertEquals(Optional.empty(), alignment.objectiveId());
    assertTrue(alignment.alignmentClass() != AlignmentClass.WOVEN, alignment.toString());
  }

  @Test
  void aSkillTheTeamsInitiativeExercisesWeavesTheGoalIntoThatInitiative() {
    GoalAlignment alignment = alignment(eliWith(goal("g-grafana", "Learn Grafana", "grafana")));
    assertEquals(AlignmentClass.WOVEN, alignment.alignmentClass());
    assertEquals(Optional.of("i-obs"), alignment.initiativeId());
    assertEquals(Optional.empty(), alignment.objectiveId());
    assertEquals("grafana is exercised by initiative i-obs", alignment.reason());
  }

  // --- EXPECTATIONS -------------------------------------------------------------------------------

  @Test
  void expectationsCiteTheCurrentLevelAndWhatTheNextLevelAdds() {
    Suggestion expectations = only(advice(eliWith(goal("g-rust", "Learn Rust", "rust"))), SuggestionKind.EXPECTATIONS);
    assertEquals(List.of("code-quality", "ada", "zig", "kotlin"), expectations.skills());
    assertEquals(List.of(E3, E4), expectations.roles());
    assertEquals(List.of("eng"), expectations.ladders());
  }

  @Test
  void atTheTopOfTheLadderExpectationsCiteTheCurrentLevelAlone() {
    Suggestion expectations = only(advice(at(E4, goal("g-rust", "Learn Rust", "rust"))), SuggestionKind.EXPECTATIONS);
    assertEquals(List.of(E4), expectations.roles());
    assertEquals(List.of("code-quality", "ada", "zig", "kotlin"), expectations.skills());
    // Missing skills by shortfall (Kotlin 3, Zig 2, Ada 1), then code quality, under at 3 of 4.
    assertEquals("Let's start from what your role (Engineering E4) and the next level expect: Code quality, Ada, Zig, "
        + "Kotlin. Today the gaps in your current role are Kotlin, Zig, Ada, Code quality.",
        formatter.sentence(expectations, Locale.ENGLISH));
  }

  @Test
  void expectationsNameMissingAndUnderSkillsAsGapsButNotMetOnes() {
    OrganizationSnapshot snapshot = organization()
        .addPerson(person("eli", "platform", E3))
        .addProfile(SkillProfile.of("eli", List.of(assessed("code-quality", 2), assessed("zig", 5))))
        .addPlan(plan("eli", goal("g-rust", "Learn Rust", "rust")))
        .build();
    Suggestion expectations = only(advice(snapshot), SuggestionKind.EXPECTATIONS);
    // Ada is missing, code quality under; the gap report lists MISSING before UNDER.
    assertEquals(List.of("ada", "code-quality"), expectations.gaps());
    assertEquals("advice.expectations.gaps", expectations.messageKey());
    assertEquals("Ada, Code quality", expectations.arguments().get("gaps"));
  }

  @Test
  void aRoleWithoutWrittenExpectationsGetsTheSentenceThatSaysSo() {
    Suggestion expectations = only(advice(at(RoleRef.of("ops", "O1"), goal("g-rust", "Learn Rust", "rust"))),
        SuggestionKind.EXPECTATIONS);
    assertEquals("advice.expectations.none", expectations.messageKey());
    assertEquals(List.of(), expectations.skills());
    assertEquals("Your role (Operations O1) has no written expectations yet; let's agree on them first, then see "
        + "where this goal fits.", formatter.sentence(expectations, Locale.ENGLISH));
  }

  // --- OPPORTUNITY_COST ---------------------------------------------------------------------------

  @Test
  void withoutAPlannedShareTheOpportunityCostCitesThePlannedHoursRounded() {
    DevelopmentGoal rust = DevelopmentGoal.builder().from(goal("g-rust", "Learn Rust", "rust"))
        .addSupportActivity(SupportActivity.builder().kind(SupportKind.COURSE).description("Rust course")
            .plannedHours(3).build())
        .addSupportActivity(SupportActivity.builder().kind(SupportKind.MENTORING).description("Pairing")
            .plannedHours(4.6).build())
        .build();
    Suggestion cost = only(advice(eliWith(rust)), SuggestionKind.OPPORTUNITY_COST);
    assertEquals("advice.opportunity-cost.hours", cost.messageKey());
    assertEquals(Map.of("goal", "Learn Rust", "hours", "8"), cost.arguments());
    assertEquals("About 8 hours would go to \"Learn Rust\" instead of your role's responsibilities.",
        formatter.sentence(cost, Locale.ENGLISH));
  }

  @Test
  void withoutAPlannedShareOrHoursTheOpportunityCostCitesNoAmount() {
    Suggestion cost = only(advice(eliWith(goal("g-rust", "Learn Rust", "rust"))), SuggestionKind.OPPORTUNITY_COST);
    assertEquals("advice.opportunity-cost", cost.messageKey());
    assertEquals(Map.of("goal", "Learn Rust"), cost.arguments());
  }

  @Test
  void theOpportunityCostRefersToTheGoalsSkillsThatTheCatalogKnows() {
    Suggestion cost = only(advice(eliWith(goal("g-rust", "Learn Rust and Klingon", "rust", "klingon"))),
        SuggestionKind.OPPORTUNITY_COST);
    assertEquals(List.of("rust"), cost.skills());
  }

  // --- TWEAK ----------------------------------------------------------------------------------------

  @Test
  void tweaksRankByHowManySourcesNeedTheSkillThenByTheNextLevelsRequirement() {
    List<Suggestion> tweaks = ofKind(advice(eliWith(goal("g-rust", "Learn Rust", "rust"))), SuggestionKind.TWEAK);
    // Zig: the next level (3) and the team's initiative; Ada: this level and the next (2); Kotlin:
    // the next level (4) only, as the organization's work is not the team's.
    assertEquals(List.of(List.of("zig"), List.of("ada"), List.of("kotlin")), tweaks.stream().map(Suggestion::skills)
        .toList());
    assertEquals(List.of("2", "2", "1"), tweaks.stream().map(s -> s.arguments().get("sources")).toList());
    assertEquals(List.of(List.of(E4), List.of(E3, E4), List.of(E4)), tweaks.stream().map(Suggestion::roles).toList());
  }

  @Test
  void aTweakCitesTheTeamsInitiativeThatNeedsTheSkillAndNotTheOrganizationsWork() {
    List<Suggestion> tweaks = ofKind(advice(eliWith(goal("g-rust", "Learn Rust", "rust"))), SuggestionKind.TWEAK);
    Suggestion zig = tweaks.get(0);
    assertEquals(List.of("i-zig"), zig.initiatives());
    assertEquals(List.of(), zig.objectives());
    assertEquals(List.of(), tweaks.get(2).objectives(), "o-org-kotlin is the organization's");
    assertEquals("Could you aim at Zig instead of Rust? It grows the same kind of expertise, and it is what your role "
        + "and your team need.", formatter.sentence(zig, Locale.ENGLISH));
  }

  // --- WEAVE ----------------------------------------------------------------------------------------

  @Test
  void weavesRankByMatchesThenTheTeamsWorkBeforeTheOrganizationsThenById() {
    GoalAdvice advice = advice(eliWith(goal("g-reach", "Be heard beyond the team", "stakeholder-influence",
        "exec-presence")));
    List<Suggestion> weaves = ofKind(advice, SuggestionKind.WEAVE);
    // o-org-both matches both families; o-platform is the team's; o-org-x and o-org-y tie, by id.
    assertEquals(List.of(List.of("o-org-both"), List.of("o-platform"), List.of("o-org-x")),
        weaves.stream().map(Suggestion::objectives).toList());
    assertEquals("cross-functional", weaves.get(0).arguments().get("tag"));
    assertEquals(List.of("stakeholder-influence", "exec-presence"), weaves.get(0).skills());
  }

  @Test
  void aPlanOfSomeoneNotInTheOrganizationIsUnknownAndGetsNoWorkSuggested() {
    OrganizationSnapshot snapshot = organization()
        .addObjective(Objective.builder().from(organizationWork("o-org-data", "Decide with data")).addSkill("sql")
            .build())
        .addPlan(plan("eli", goal("g-sql", "Learn SQL", "sql")))
        .build();
    GoalAlignment alignment = alignment(snapshot);
    assertEquals(AlignmentClass.UNKNOWN, alignment.alignmentClass());
    assertEquals("the person has no role on a ladder", alignment.reason());
    assertEquals(List.of(), ofKind(advice(snapshot), SuggestionKind.WEAVE));
  }

  // --- other teams ----------------------------------------------------------------------------------

  /**
   * Eli, with the pairing guild as his other team: the guild's objective is cross-functional and
   * exercises SQL, its initiative Zig. Its id sorts between the organization's and the platform's.
   */
  private static OrganizationSnapshot eliInTheGuild(DevelopmentGoal goal) {
    return organization()
        .addTeams(Team.of("guild", "Pairing guild"))
        .addObjective(Objective.builder().id("o-pairing-guild").title("Pair across teams").owner(Owner.team("guild"))
            .cycleId("2026-Q3").addSkill("sql").addTag("cross-functional")
            .addInitiative(Initiative.builder().id("i-guild-zig").title("Zig pairing hour").addSkill("zig").build())
            .build())
        .addPerson(Person.builder().from(person("eli", "platform", E3)).addOtherTeamId("guild").build())
        .addProfile(SkillProfile.of("eli", List.of(assessed("code-quality", 3))))
        .addPlan(plan("eli", goal))
        .build();
  }

  @Test
  void weavesRankAnOtherTeamsWorkAfterThePrimaryTeamsAndBeforeTheOrganizations() {
    GoalAdvice advice = advice(eliInTheGuild(goal("g-reach", "Be heard beyond the team", "stakeholder-influence")));
    // Each matches once; by id the organization's would come first and the platform's last.
    assertEquals(List.of(List.of("o-platform"), List.of("o-pairing-guild"), List.of("o-org-both")),
        ofKind(advice, SuggestionKind.WEAVE).stream().map(Suggestion::objectives).toList());
  }

  @Test
  void aSkillAnOtherTeamsObjectiveExercisesWeavesTheGoalIntoThatObjective() {
    DevelopmentGoal sql = goal("g-sql", "Learn SQL", "sql");
    assertEquals(AlignmentClass.TANGENTIAL, alignment(eliWith(sql)).alignmentClass(), "without the guild");
    GoalAlignment alignment = alignment(eliInTheGuild(sql));
    assertEquals(AlignmentClass.WOVEN, alignment.alignmentClass());
    assertEquals(Optional.of("o-pairing-guild"), alignment.objectiveId());
    assertEquals("sql is exercised by objective o-pairing-guild", alignment.reason());
  }

  @Test
  void anOtherTeamsWorkIsNamedBeforeTheOrganizationsThatExercisesTheSameSkill() {
    OrganizationSnapshot snapshot = OrganizationSnapshot.builder().from(eliInTheGuild(goal("g-sql", "Learn SQL",
        "sql"))).addObjective(Objective.builder().id("o-org-sql").title("One warehouse").owner(Owner.organization())
        .cycleId("2026-Q3").addSkill("sql").build()).build();
    assertEquals(Optional.of("o-pairing-guild"), alignment(snapshot).objectiveId());
  }

  @Test
  void aTweakCitesThePrimaryTeamsWorkOnlyNotAnOtherTeams() {
    List<Suggestion> tweaks = ofKind(advice(eliInTheGuild(goal("g-rust", "Learn Rust", "rust"))),
        SuggestionKind.TWEAK);
    assertEquals(List.of("zig"), tweaks.get(0).skills());
    assertEquals(List.of("i-zig"), tweaks.get(0).initiatives(), "not the guild's i-guild-zig");
    assertEquals("2", tweaks.get(0).arguments().get("sources"));
  }

  @Test
  void anOtherTeamThatIsThePrimaryTeamChangesNoAdvice() {
    DevelopmentGoal reach = goal("g-reach", "Be heard beyond the team", "stakeholder-influence", "exec-presence");
    OrganizationSnapshot plain = eliWith(reach);
    OrganizationSnapshot twice = OrganizationSnapshot.builder().from(plain)
        .people(List.of(Person.builder().from(plain.person("eli").orElseThrow()).addOtherTeamId("platform").build()))
        .build();
    assertEquals(advice(plain), advice(twice));
  }

  // --- CHANGE_ROLE ----------------------------------------------------------------------------------

  private static OrganizationSnapshot eliWithRolesElsewhere() {
    return organization()
        .addLateralMove(LateralMove.of("z-ml", E3, ML1))
        .addLateralMove(LateralMove.of("a-from-data", DE3, A1))
        .addOpening(Opening.of("open-data", DE3, "platform"))
        .addOpening(Opening.of("open-analytics", A1, "platform"))
        .addPerson(person("eli", "platform", E3))
        .addProfile(SkillProfile.of("eli", List.of(assessed("code-quality", 3))))
        .addPlan(plan("eli", goal("g-data", "Learn Rust and SQL", "rust", "sql")))
        .build();
  }

  @Test
  void roleChangesRankByReadinessThenByHowManyOfTheGoalsSkillsTheRoleExpects() {
    List<Suggestion> changes = ofKind(advice(eliWithRolesElsewhere()), SuggestionKind.CHANGE_ROLE);
    // DE3: code quality met, rust missing: 50%; ML1 and A1 0%, ML1 expects both skills, A1 only SQL.
    assertEquals(List.of(List.of(DE3), List.of(ML1), List.of(A1)), changes.stream().map(Suggestion::roles).toList());
    assertEquals(List.of("50", "0", "0"), changes.stream().map(s -> s.arguments().get("readiness")).toList());
    assertEquals(List.of(List.of("rust"), List.of("rust", "sql"), List.of("sql")),
        changes.stream().map(Suggestion::skills).toList());
  }

  @Test
  void aRoleChangeCitesTheLateralMoveFromTheCurrentRoleOrTheOpeningThatLeadsThere() {
    List<Suggestion> changes = ofKind(advice(eliWithRolesElsewhere()), SuggestionKind.CHANGE_ROLE);
    assertEquals(List.of(List.of(), List.of("z-ml"), List.of()), changes.stream().map(Suggestion::lateralMoves)
        .toList(), "a-from-data starts at another role");
    assertEquals(List.of(List.of("open-data"), List.of(), List.of("open-analytics")),
        changes.stream().map(Suggestion::openings).toList());
    assertEquals("If Rust, SQL is where you want to grow, Machine learning ML1 expects it; you are 0% ready for it "
        + "today.", formatter.sentence(changes.get(1), Locale.ENGLISH));
  }
}
