package dev.alignkit.privacy;

import static dev.alignkit.testing.PrivacyGenerators.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.advice.GoalAdvice;
import dev.alignkit.career.Assessment;
import dev.alignkit.career.RoleRef;
import dev.alignkit.career.SkillProfile;
import dev.alignkit.common.Visibility;
import dev.alignkit.development.CareerVision;
import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.GrowSession;
import dev.alignkit.okr.AlignmentKind;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.Owner;
import dev.alignkit.okr.OwnerKind;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.org.Waiver;
import dev.alignkit.policy.Policy;
import dev.alignkit.policy.VisibleKind;
import dev.alignkit.progress.Rollup;
import dev.alignkit.rules.Finding;
import dev.alignkit.rules.Report;
import dev.alignkit.rules.RuleCodes;
import dev.alignkit.rules.Validator;
import dev.alignkit.rules.WaivedFinding;
import dev.alignkit.testing.Coverage;
import dev.alignkit.testing.PrivacyGenerators;
import dev.alignkit.testing.PrivacyGenerators.GrantDraft;
import dev.alignkit.testing.PrivacyGenerators.Source;
import dev.alignkit.testing.PrivacyGenerators.TokenOrganization;
import dev.alignkit.testing.Property;
import dev.alignkit.testing.Theory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Over generated organizations whose ids and texts are unique random tokens, and over every person
 * as a viewer (and a stranger): {@link Access} agrees with a plain reading of the visibility rules,
 * no token of a hidden item appears in anything shown to the viewer (every objective they see is
 * shown), and redaction keeps visible parents' progress where it promises to. The organizations
 * hold key results owned by others than their objective's owner and people in several teams, and
 * the leak property asserts that the cases of DOMAIN section 6 occur: a key-result owner who sees
 * an objective by that right alone, a manager of such an owner from whom the objective stays
 * hidden, a member through another team who sees that team's items, and a team grant that does
 * not reach such members.
 */
class PrivacyProperties {
  private static final Policy POLICY = Policy.defaults();
  private static final String STRANGER = "stranger";
  private static final String OWNER_RIGHT = "a key-result owner sees an objective by that right alone";
  private static final String MANAGER_OF_OWNER = "a manager of a key-result owner does not see the owner's objective";
  private static final String MANAGER_OF_OWNER_PRIVATE =
      "a manager of a key-result owner does not see that other person's PRIVATE objective";
  private static final String OTHER_TEAM = "a member through an other team sees a team's or teammate's objective";
  private static final String TEAM_GRANT = "a team grant does not cover a member through an other team";

  @Property(examples = 300)
  void accessAgreesWithTheVisibilityRulesReadPlainly(Theory theory) {
    Coverage viewerKinds = new Coverage("viewer");
    theory.forAll(PrivacyGenerators.organizations()).check(org -> {
      OrganizationSnapshot snapshot = org.snapshot();
      for (Viewer viewer : viewers(org)) {
        Access access = Access.of(snapshot, viewer, AS_OF, POLICY);
        Oracle oracle = new Oracle(snapshot, viewer);
        for (Objective objective : snapshot.objectives()) {
          assertEquals(oracle.sees(objective), access.sees(objective), () -> viewer + " / " + objective.id());
        }
        for (DevelopmentPlan plan : snapshot.plans()) {
          assertEquals(oracle.sees(plan), access.sees(plan), () -> viewer + " / " + plan.id());
          assertEquals(oracle.seesStanding(plan), access.seesStanding(plan),
              () -> viewer + " / standing " + plan.id());
          for (DevelopmentGoal goal : plan.goals()) {
            assertEquals(oracle.sees(plan, goal), access.sees(plan, goal), () -> viewer + " / " + goal.id());
          }
        }
        for (CareerVision vision : snapshot.visions()) {
          assertEquals(oracle.sees(vision), access.sees(vision), () -> viewer + " / " + vision.id());
        }
        for (GrowSession session : snapshot.growSessions()) {
          assertEquals(oracle.sees(session), access.sees(session), () -> viewer + " / " + session.id());
        }
        for (SkillProfile profile : snapshot.profiles()) {
          for (Assessment assessment : profile.assessments()) {
            assertEquals(oracle.sees(profile, assessment), access.sees(profile, assessment));
          }
        }
        viewerKinds.count(!access.knowsViewer() ? "stranger" : access.isHrAdministrator() ? "HR" : "person");
      }
    });
    // Per organization: one stranger (so at least one viewer in nine), 1 to 8 people of whom one
    // in eight is an HR administrator.
    viewerKinds.assertPercentAtLeast("stranger", 10);
    viewerKinds.assertPercentAtLeast("person", 40);
    viewerKinds.assertPercentAtLeast("HR", 5);
  }

  @Property(examples = 300)
  void noOutputForAViewerContainsAHiddenItemsToken(Theory theory) {
    Coverage hiddenTokenCounts = new Coverage("hidden tokens");
    Coverage hiddenFromPeople = new Coverage("a token hidden from a person of the organization");
    Map<String, Coverage> cases = new LinkedHashMap<>();
    for (String label : List.of(OWNER_RIGHT, MANAGER_OF_OWNER, MANAGER_OF_OWNER_PRIVATE, OTHER_TEAM, TEAM_GRANT)) {
      cases.put(label, new Coverage("an organization in which " + label));
    }
    theory.forAll(PrivacyGenerators.organizations()).check(org -> {
      OrganizationSnapshot snapshot = org.snapshot();
      OrganizationSnapshot primaryTeamsOnly = withoutOtherTeams(snapshot);
      int hiddenTokens = 0;
      int hiddenFromPerson = 0;
      Set<String> casesMet = new HashSet<>();
      for (Viewer viewer : viewers(org)) {
        Oracle oracle = new Oracle(snapshot, viewer);
        List<String> hidden = new ArrayList<>();
        for (Map.Entry<String, Source> token : org.tokens().entrySet()) {
          if (oracle.hides(token.getValue())) {
            hidden.add(token.getKey());
          }
        }
        hiddenTokens += hidden.size();
        hiddenFromPerson += viewer.personId().equals(STRANGER) ? 0 : hidden.size();
        String shown = everythingShownTo(snapshot, viewer);
        for (String token : hidden) {
          assertFalse(shown.contains(token), () -> "hidden " + org.tokens().get(token) + " " + token
              + " is shown to " + viewer);
        }
        // What the viewer sees of the objectives is shown: by the key-result right or other teams too.
        Oracle withoutOtherTeams = new Oracle(primaryTeamsOnly, viewer);
        for (Objective objective : snapshot.objectives()) {
          if (!oracle.sees(objective)) {
            continue;
          }
          assertTrue(shown.contains(objective.title()), () -> objective.id() + " is not shown to " + viewer);
          Visibility visibility = POLICY.visibilityOf(VisibleKind.OBJECTIVE, objective.visibility());
          if (!oracle.sees(objective.owner(), visibility)) {
            casesMet.add(OWNER_RIGHT);
          }
          if (!withoutOtherTeams.sees(objective)) {
            casesMet.add(OTHER_TEAM);
          }
        }
        casesMet.addAll(oracle.hiddenCases());
      }
      hiddenTokenCounts.count(hiddenTokens == 0 ? "none" : hiddenTokens < 50 ? "some" : "many");
      hiddenFromPeople.count(hiddenFromPerson > 0);
      cases.forEach((label, coverage) -> coverage.count(casesMet.contains(label)));
    });
    // The stranger alone hides every token, and an organization of average size holds well over 50.
    hiddenTokenCounts.assertPercentAtLeast("many", 80);
    // Only the stranger hides everything; what the people may not see is where the rules are tested.
    hiddenFromPeople.assertPercentAtLeast(true, 70);
    // The key-result right and the scope of other teams (DOMAIN section 6), each met in enough
    // organizations that a leak through it would show; the manager of a key-result owner is the rarest.
    cases.get(OWNER_RIGHT).assertPercentAtLeast(true, 15);
    cases.get(OTHER_TEAM).assertPercentAtLeast(true, 15);
    cases.get(MANAGER_OF_OWNER).assertPercentAtLeast(true, 4);
    cases.get(MANAGER_OF_OWNER_PRIVATE).assertPercentAtLeast(true, 1.5);
    cases.get(TEAM_GRANT).assertPercentAtLeast(true, 3);
  }

  /** The snapshot with every person's other teams left out: what the primary teams alone decide. */
  private static OrganizationSnapshot withoutOtherTeams(OrganizationSnapshot snapshot) {
    List<Person> people = new ArrayList<>();
    for (Person person : snapshot.people()) {
      people.add(Person.builder().from(person).otherTeamIds(Set.of()).build());
    }
    return OrganizationSnapshot.builder().from(snapshot).people(people).build();
  }

  @Property(examples = 300)
  void redactionKeepsExactlyTheVisibleItemsAndOnePlaceholderPerParentWithHiddenChildren(Theory theory) {
    theory.forAll(PrivacyGenerators.organizations()).check(org -> {
      OrganizationSnapshot snapshot = org.snapshot();
      for (Viewer viewer : viewers(org)) {
        Access access = Access.of(snapshot, viewer, AS_OF, POLICY);
        OrganizationSnapshot redacted = Privacy.redact(snapshot, viewer, AS_OF, POLICY);
        List<String> expected = new ArrayList<>();
        Map<String, Integer> placeholdersExpected = new HashMap<>();
        for (Objective objective : snapshot.objectives()) {
          if (!access.sees(objective)) {
            continue;
          }
          expected.add(objective.id());
          int hidden = 0;
          for (Objective child : snapshot.childrenOf(objective.id())) {
            if (!access.sees(child) && child.status().counts()
                && child.alignments().get(0).kind() == AlignmentKind.CONTRIBUTES) {
              hidden++;
            }
          }
          if (hidden > 0) {
            placeholdersExpected.put(objective.id(), hidden);
          }
        }
        List<String> kept = new ArrayList<>();
        Map<String, Integer> placeholders = new HashMap<>();
        for (Objective objective : redacted.objectives()) {
          String kind = objective.attributes().get(Redaction.PLACEHOLDER_ATTRIBUTE);
          if (kind == null) {
            kept.add(objective.id());
            continue;
          }
          String parent = objective.alignments().get(0).parentId();
          int hidden = placeholdersExpected.getOrDefault(parent, 0);
          assertEquals(hidden >= 3 ? "\"aggregate\"" : "\"partial\"", kind);
          assertEquals(hidden >= 3 ? hidden + " hidden objectives" : "Hidden objectives", objective.title());
          placeholders.merge(parent, 1, Integer::sum);
        }
        assertEquals(expected, kept);
        assertEquals(placeholdersExpected.keySet(), placeholders.keySet());
        assertTrue(placeholders.values().stream().allMatch(n -> n == 1));
        for (DevelopmentPlan plan : redacted.plans()) {
          DevelopmentPlan original = snapshot.plan(plan.id()).orElseThrow();
          assertEquals(access.seesStanding(original) ? original.standing() : Optional.empty(), plan.standing());
        }
      }
    });
  }

  @Property(examples = 300)
  void aVisibleParentKeepsItsProgressWhereNoFewerThanThreeChildrenAreHiddenBelowIt(Theory theory) {
    Coverage comparedParents = new Coverage("compared parents");
    theory.forAll(PrivacyGenerators.organizations()).check(org -> {
      OrganizationSnapshot snapshot = org.snapshot();
      Rollup whole = Rollup.of(snapshot, AS_OF, POLICY);
      int compared = 0;
      for (Viewer viewer : viewers(org)) {
        Access access = Access.of(snapshot, viewer, AS_OF, POLICY);
        if (!access.knowsViewer()) {
          continue;
        }
        Rollup shown = Rollup.of(Privacy.redact(snapshot, viewer, AS_OF, POLICY), AS_OF, POLICY);
        Map<String, Boolean> faithful = new HashMap<>();
        for (Objective objective : snapshot.objectives()) {
          if (access.sees(objective) && faithful(objective, snapshot, access, faithful, new HashSet<>())) {
            OptionalDouble expected = whole.objective(objective.id()).orElseThrow().progress();
            OptionalDouble actual = shown.objective(objective.id()).orElseThrow().progress();
            assertEquals(expected.isPresent(), actual.isPresent(), objective.id());
            if (expected.isPresent()) {
              assertEquals(expected.getAsDouble(), actual.getAsDouble(), 1e-9, objective.id());
            }
            compared++;
          }
        }
      }
      comparedParents.count(compared == 0 ? "none" : "some");
    });
    // Organizations without objectives (about one in eight) compare none, and so do those in which
    // no person sees an objective whose progress redaction promises.
    comparedParents.assertPercentAtLeast("some", 50);
  }

  /**
   * Whether redaction promises the objective's progress: it lies on no alignment cycle, each
   * visible child has that promise too, and 0 or at least 3 of its counted contributing children
   * are hidden.
   */
  private static boolean faithful(Objective objective, OrganizationSnapshot snapshot, Access access,
      Map<String, Boolean> memo, Set<String> onPath) {
    Boolean known = memo.get(objective.id());
    if (known != null) {
      return known;
    }
    if (!onPath.add(objective.id()) || reaches(objective, objective.id(), snapshot)) {
      return false;
    }
    int hidden = 0;
    boolean result = true;
    for (Objective child : snapshot.childrenOf(objective.id())) {
      if (!access.sees(child)) {
        boolean counted = child.status().counts()
            && child.alignments().get(0).kind() == AlignmentKind.CONTRIBUTES;
        hidden += counted ? 1 : 0;
      } else if (!faithful(child, snapshot, access, memo, onPath)) {
        result = false;
      }
    }
    onPath.remove(objective.id());
    result &= hidden == 0 || hidden >= Redaction.AGGREGATE_FROM;
    memo.put(objective.id(), result);
    return result;
  }

  /** Whether following parent links from {@code from} reaches {@code target} (cycles included). */
  private static boolean reaches(Objective from, String target, OrganizationSnapshot snapshot) {
    Set<String> seen = new HashSet<>();
    Optional<Objective> current = from.alignments().stream().findFirst().flatMap(a -> snapshot.objective(a.parentId()));
    while (current.isPresent() && seen.add(current.get().id())) {
      if (current.get().id().equals(target)) {
        return true;
      }
      current = current.get().alignments().stream().findFirst().flatMap(a -> snapshot.objective(a.parentId()));
    }
    return false;
  }

  /** Every person as a viewer holding the organization's grants, and a stranger. */
  private static List<Viewer> viewers(TokenOrganization org) {
    List<Viewer> viewers = new ArrayList<>();
    List<Person> people = org.snapshot().people();
    for (Person person : people) {
      Viewer.Builder viewer = Viewer.builder().personId(person.id());
      for (GrantDraft grant : org.grants()) {
        if (grant.team()) {
          List<dev.alignkit.org.Team> teams = org.snapshot().teams();
          viewer.addGrant(Grant.team(teams.get(grant.pick() % teams.size()).id(), AS_OF.plusDays(grant.untilOffset())));
        } else {
          viewer.addGrant(Grant.person(people.get(grant.pick() % people.size()).id(),
              AS_OF.plusDays(grant.untilOffset())));
        }
      }
      viewers.add(viewer.build());
    }
    viewers.add(Viewer.builder().personId(STRANGER)
        .addGrant(Grant.person(people.get(0).id(), AS_OF.plusDays(1))).build());
    return viewers;
  }

  /** The redacted snapshot, the report with every finding's parts, advice on every plan and readiness. */
  private static String everythingShownTo(OrganizationSnapshot snapshot, Viewer viewer) {
    View view = Privacy.view(snapshot, viewer, AS_OF, POLICY);
    StringBuilder out = new StringBuilder();
    out.append(view.snapshot()).append('\n');
    Report report = view.report(Validator.defaults());
    out.append(report).append('\n');
    for (Finding finding : report.findings()) {
      appendFinding(out, finding);
    }
    for (WaivedFinding waived : report.waived()) {
      appendFinding(out, waived.finding());
      out.append(waived.waiver()).append('\n');
    }
    for (DevelopmentPlan plan : snapshot.plans()) {
      for (GoalAdvice advice : view.advice(plan.id())) {
        out.append(advice).append('\n');
      }
    }
    for (Person person : snapshot.people()) {
      out.append(view.bestNextRoles(person.id())).append(view.currentRole(person.id()))
          .append(view.nextLevel(person.id())).append(view.lateralMoves(person.id()))
          .append(view.adviceOfPerson(person.id())).append('\n');
      for (String level : List.of("e1", "e2")) {
        out.append(view.readiness(person.id(), RoleRef.of(PrivacyGenerators.LADDER, level))).append('\n');
      }
    }
    return out.toString();
  }

  private static void appendFinding(StringBuilder out, Finding finding) {
    out.append(finding.path()).append(' ').append(finding.subjectId()).append(' ').append(finding.personId())
        .append(' ').append(finding.arguments()).append(' ').append(finding.advice()).append('\n');
  }

  /**
   * The visibility rules of DOMAIN and {@link Access}, read plainly: the manager chain asked of
   * the snapshot for each person, grants checked one by one, teams shared by membership (primary
   * or other), key results' owners checked per objective. Slow and obvious on purpose.
   */
  private static final class Oracle {
    private final OrganizationSnapshot snapshot;
    private final Viewer viewer;
    private final Person me;

    Oracle(OrganizationSnapshot snapshot, Viewer viewer) {
      this.snapshot = snapshot;
      this.viewer = viewer;
      this.me = snapshot.person(viewer.personId()).orElse(null);
    }

    private boolean granted(GrantScope scope, String id) {
      for (Grant grant : viewer.grants()) {
        if (grant.scope() == scope && grant.id().equals(id) && !AS_OF.isAfter(grant.untilInclusive())) {
          return true;
        }
      }
      return false;
    }

    boolean sees(Owner owner, Visibility visibility) {
      if (me == null) {
        return false;
      }
      if (visibility == Visibility.PUBLIC || me.hrAdministrator()) {
        return true;
      }
      switch (owner.kind()) {
        case ORGANIZATION:
          return visibility == Visibility.TEAM || me.managerId().isEmpty();
        case TEAM: {
          // Members, primary or through other teams; the managers of primary members; team grants.
          String team = owner.id().orElseThrow();
          if (granted(GrantScope.TEAM, team) || me.isMemberOf(team)) {
            return true;
          }
          for (Person member : snapshot.people()) {
            if (member.teamId().filter(team::equals).isPresent()
                && snapshot.managerChain(member.id()).contains(me.id())) {
              return true;
            }
          }
          return false;
        }
        default: {
          String id = owner.id().orElseThrow();
          if (id.equals(me.id()) || snapshot.managerChain(id).contains(me.id()) || granted(GrantScope.PERSON, id)) {
            return true;
          }
          Optional<Person> person = snapshot.person(id);
          Optional<String> team = person.flatMap(Person::teamId);
          if (team.isPresent() && granted(GrantScope.TEAM, team.get())) {
            return true;
          }
          return visibility == Visibility.TEAM && person.isPresent() && sharesATeam(me, person.get());
        }
      }
    }

    /** Whether both belong to one team, each as primary or other team. */
    private static boolean sharesATeam(Person a, Person b) {
      Set<String> teams = new HashSet<>(a.otherTeamIds());
      a.teamId().ifPresent(teams::add);
      for (String team : teams) {
        if (b.isMemberOf(team)) {
          return true;
        }
      }
      return false;
    }

    private boolean seesPerson(String personId, VisibleKind kind, Optional<Visibility> own) {
      return sees(Owner.person(personId), POLICY.visibilityOf(kind, own));
    }

    /** By owner and visibility, or because a key result of it names the viewer as its owner. */
    boolean sees(Objective objective) {
      return sees(objective.owner(), POLICY.visibilityOf(VisibleKind.OBJECTIVE, objective.visibility()))
          || ownsAKeyResultOf(objective);
    }

    boolean ownsAKeyResultOf(Objective objective) {
      return me != null && objective.keyResults().stream().anyMatch(k -> k.ownerId().equals(Optional.of(me.id())));
    }

    boolean sees(DevelopmentPlan plan) {
      return seesPerson(plan.personId(), VisibleKind.DEVELOPMENT_PLAN, plan.visibility());
    }

    boolean sees(DevelopmentPlan plan, DevelopmentGoal goal) {
      return sees(plan) && seesPerson(plan.personId(), VisibleKind.DEVELOPMENT_GOAL, goal.visibility());
    }

    boolean seesStanding(DevelopmentPlan plan) {
      return sees(plan) && seesPerson(plan.personId(), VisibleKind.PERFORMANCE_STANDING, Optional.empty());
    }

    boolean sees(CareerVision vision) {
      return seesPerson(vision.personId(), VisibleKind.CAREER_VISION, vision.visibility());
    }

    boolean sees(GrowSession session) {
      return seesPerson(session.personId(), VisibleKind.GROW_SESSION, session.visibility());
    }

    boolean sees(SkillProfile profile, Assessment assessment) {
      return seesPerson(profile.personId(), VisibleKind.ASSESSMENT, assessment.visibility());
    }

    /**
     * The cases of DOMAIN section 6 this viewer meets among the items hidden from them: a PRIVATE
     * objective of one person, hidden although the viewer manages the owner of one of its key
     * results; a PRIVATE item of someone who belongs to a team the viewer holds a grant for only
     * through their other teams.
     */
    Set<String> hiddenCases() {
      Set<String> cases = new HashSet<>();
      if (me == null) {
        return cases;
      }
      for (Objective objective : snapshot.objectives()) {
        if (sees(objective)) {
          continue;
        }
        boolean privateOfAPerson = objective.owner().kind() == OwnerKind.PERSON
            && POLICY.visibilityOf(VisibleKind.OBJECTIVE, objective.visibility()) == Visibility.PRIVATE;
        for (KeyResult keyResult : objective.keyResults()) {
          Optional<String> owner = keyResult.ownerId().filter(o -> !objective.owner().id().equals(Optional.of(o)));
          if (owner.isPresent() && snapshot.managerChain(owner.get()).contains(me.id())) {
            cases.add(MANAGER_OF_OWNER);
            if (privateOfAPerson) {
              cases.add(MANAGER_OF_OWNER_PRIVATE);
            }
          }
        }
      }
      for (Person person : snapshot.people()) {
        for (String team : person.otherTeamIds()) {
          if (granted(GrantScope.TEAM, team) && !person.teamId().equals(Optional.of(team))
              && hidesAPrivateItemOf(person.id())) {
            cases.add(TEAM_GRANT);
          }
        }
      }
      return cases;
    }

    private boolean hidesAPrivateItemOf(String personId) {
      for (DevelopmentPlan plan : snapshot.plansOf(personId)) {
        if (!sees(plan) && POLICY.visibilityOf(VisibleKind.DEVELOPMENT_PLAN, plan.visibility()) == Visibility.PRIVATE) {
          return true;
        }
      }
      for (Objective objective : snapshot.objectives()) {
        if (objective.owner().equals(Owner.person(personId)) && !sees(objective)
            && POLICY.visibilityOf(VisibleKind.OBJECTIVE, objective.visibility()) == Visibility.PRIVATE) {
          return true;
        }
      }
      return false;
    }

    /** Whether the item with this id, of any kind, is one the viewer may not see. */
    boolean hidesItem(String id) {
      for (Objective objective : snapshot.objectives()) {
        if (!sees(objective) && (objective.id().equals(id)
            || objective.keyResults().stream().anyMatch(k -> k.id().equals(id))
            || objective.initiatives().stream().anyMatch(i -> i.id().equals(id)))) {
          return true;
        }
      }
      Optional<DevelopmentPlan> plan = snapshot.plan(id);
      if (plan.isPresent() && !sees(plan.get())) {
        return true;
      }
      Optional<DevelopmentPlan> planOfGoal = snapshot.planOfGoal(id);
      if (planOfGoal.isPresent() && !sees(planOfGoal.get(), snapshot.developmentGoal(id).orElseThrow())) {
        return true;
      }
      return snapshot.vision(id).filter(v -> !sees(v)).isPresent()
          || snapshot.growSession(id).filter(s -> !sees(s)).isPresent();
    }

    boolean hides(Source source) {
      if (me == null) {
        return true;
      }
      String item = source.item();
      switch (source.kind()) {
        case OBJECTIVE:
          return !sees(snapshot.objective(item).orElseThrow());
        case PLAN:
          return !sees(snapshot.plan(item).orElseThrow());
        case GOAL:
          return !sees(snapshot.planOfGoal(item).orElseThrow(), snapshot.developmentGoal(item).orElseThrow());
        case VISION:
          return !sees(snapshot.vision(item).orElseThrow());
        case SESSION:
          return !sees(snapshot.growSession(item).orElseThrow());
        case ASSESSMENT: {
          String[] parts = item.split("#");
          SkillProfile profile = snapshot.profile(parts[0]).orElseThrow();
          return !sees(profile, profile.assessments().get(Integer.parseInt(parts[1])));
        }
        case PROFILE:
          return !seesPerson(item, VisibleKind.ASSESSMENT, Optional.empty());
        case WAIVER: {
          Waiver waiver = snapshot.waivers().get(Integer.parseInt(item));
          if (hidesItem(waiver.subjectId())) {
            return true;
          }
          if (waiver.code().equals(RuleCodes.PLAN_UNDERPERFORMER)) {
            return snapshot.plan(waiver.subjectId())
                .filter(p -> !sees(Owner.person(p.personId()), Visibility.PRIVATE)).isPresent();
          }
          if (waiver.code().equals(RuleCodes.ASSESSMENT_STALE)) {
            return !seesPerson(waiver.subjectId(), VisibleKind.ASSESSMENT, Optional.empty());
          }
          return false;
        }
        default:
          return false;
      }
    }
  }
}
