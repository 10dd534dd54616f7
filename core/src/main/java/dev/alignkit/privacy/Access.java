package dev.alignkit.privacy;

import static java.util.Objects.requireNonNull;

import dev.alignkit.career.Assessment;
import dev.alignkit.career.SkillProfile;
import dev.alignkit.common.Visibility;
import dev.alignkit.development.CareerVision;
import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.GrowSession;
import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.Initiative;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.Owner;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.org.Waiver;
import dev.alignkit.policy.Policy;
import dev.alignkit.policy.VisibleKind;
import dev.alignkit.rules.RuleCodes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides, for one snapshot, viewer, date and policy, whether the viewer may see each item. Build
 * one per viewer and request with {@link #of}; it is immutable and thread-safe, and building it
 * takes time linear in the snapshot, after which each question takes constant time (or, for
 * {@link #seesAssessmentsOf} and {@link #seesDevelopmentOf}, the length of one profile or the
 * number of one person's plans).
 *
 * <p><b>Visibility</b> (see docs/concepts.md). An item's visibility is its own setting, else the
 * policy's default for its kind ({@link Policy#defaultVisibilities()}: objectives PUBLIC; plans,
 * goals, visions, GROW sessions, performance standing and assessments PRIVATE). Its owner is the
 * objective's owner, or the person whose plan, vision, session or profile it is. A viewer whose id
 * names no person of the snapshot sees nothing. Otherwise the viewer sees an item when:
 * <ul>
 *   <li><b>PUBLIC</b>: always (the organization's people).
 *   <li><b>TEAM</b>, for a person owner: the viewer is the owner, shares a team with the owner
 *       (a member of a team is a person whose primary {@link Person#teamId() teamId} or one of
 *       whose {@link Person#otherTeamIds() otherTeamIds} names it: {@link Person#isMemberOf}), is
 *       in the owner's manager chain, or is an HR administrator. For a team owner: the viewer is a
 *       member of the team (primary or other), in the manager chain of one of the people whose
 *       primary team it is, or an HR administrator. For the organization: everyone (the
 *       organization is its own team).
 *   <li><b>PRIVATE</b>, for a person owner: the viewer is the owner, in the owner's manager chain,
 *       or an HR administrator. For a team owner: as TEAM (a team's own people are its members and
 *       the managers of its primary members). For the organization: the people at its top (no
 *       manager id) and HR administrators.
 *   <li>A {@link Grant} in force on the as-of date adds its person, or its team and the people
 *       whose primary team it is, as owners whose items of every visibility the viewer sees;
 *       members who belong to the team only through their other teams are not covered.
 * </ul>
 * The manager chain is {@link OrganizationSnapshot#managerChain}, asked through
 * {@link OrganizationSnapshot#isInManagerChain}: a chain that runs into a reporting cycle grants
 * nothing, and a manager id that names no person ends it. Manager chains and grants follow the
 * primary team only; other teams count for TEAM membership alone.
 *
 * <p><b>Key-result owners</b>: the person a key result of an objective names as its
 * {@link KeyResult#ownerId() ownerId} sees that objective, whole, whatever its owner and
 * visibility ({@link #seesAsKeyResultOwner}). The right is the named person's alone: their
 * managers, teammates, grantees and teams gain nothing by it, so a manager of a key-result owner
 * does not see another person's PRIVATE objective through them. The owner of a development goal's
 * measure gains nothing: development data stays with the person and their line.
 *
 * <p><b>Per kind</b>: an objective is seen with its key results, initiatives and check-ins, or
 * not at all. A development goal is seen only inside a plan the viewer sees: its own setting can
 * narrow what the plan shows, never widen it; its measures go with it. A plan's performance
 * standing has the visibility of {@link VisibleKind#PERFORMANCE_STANDING} (it has no setting of
 * its own) and, like a goal, is seen only with its plan. Assessments are seen one by one. People,
 * teams, cycles, ladders, the skill catalog, lateral moves and openings are organization data,
 * seen by every person of the snapshot.
 *
 * <p><b>Equality:</b> an access is not a value: it is equal only to itself.
 */
public final class Access {
  private final OrganizationSnapshot snapshot;
  private final Viewer viewer;
  private final LocalDate asOf;
  private final Policy policy;
  private final boolean known;
  private final boolean hr;
  private final boolean top;
  /** People whose items of every visibility the viewer sees: self, reports, granted people, teams' primary members. */
  private final Set<String> privatePeople = new HashSet<>();
  /** People whose TEAM items the viewer sees besides {@link #privatePeople}: those sharing a team with the viewer. */
  private final Set<String> teammates = new HashSet<>();
  /** Teams whose TEAM and PRIVATE items the viewer sees. */
  private final Set<String> teams = new HashSet<>();
  /** Objectives the viewer sees by right of owning one of their key results. */
  private final Set<String> keyResultObjectives = new HashSet<>();
  /** Ids of every item the viewer may not see, of any kind. */
  private final Set<String> hiddenIds = new HashSet<>();

  private Access(OrganizationSnapshot snapshot, Viewer viewer, LocalDate asOf, Policy policy) {
    this.snapshot = snapshot;
    this.viewer = viewer;
    this.asOf = asOf;
    this.policy = policy;
    Optional<Person> me = snapshot.person(viewer.personId());
    this.known = me.isPresent();
    this.hr = known && me.get().hrAdministrator();
    this.top = known && me.get().managerId().isEmpty();
    if (known) {
      relate(me.get());
      collectKeyResultObjectives(me.get().id());
    }
    collectHiddenIds();
  }

  /**
   * What {@code viewer} may see of {@code snapshot} as of {@code asOf}.
   *
   * @param snapshot not null
   * @param viewer not null
   * @param asOf the date grants are judged on; not null
   * @param policy the default visibility of each kind; not null
   * @throws NullPointerException if an argument is null
   */
  public static Access of(OrganizationSnapshot snapshot, Viewer viewer, LocalDate asOf, Policy policy) {
    return new Access(requireNonNull(snapshot, "snapshot"), requireNonNull(viewer, "viewer"),
        requireNonNull(asOf, "asOf"), requireNonNull(policy, "policy"));
  }

  /** The snapshot judged, unredacted. */
  public OrganizationSnapshot snapshot() {
    return snapshot;
  }

  /** The viewer. */
  public Viewer viewer() {
    return viewer;
  }

  /** The date grants are judged on. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The policy that sets the default visibilities. */
  public Policy policy() {
    return policy;
  }

  /**
   * Whether the viewer is a person of the snapshot. When not, they see nothing; an HTTP layer
   * would answer 403 Forbidden.
   */
  public boolean knowsViewer() {
    return known;
  }

  /** Whether the viewer is an HR administrator, who sees every item of every visibility. */
  public boolean isHrAdministrator() {
    return hr;
  }

  /**
   * Whether the viewer sees an item of {@code owner} with {@code visibility}; see the class
   * javadoc for the rules.
   *
   * @param owner not null
   * @param visibility not null
   */
  public boolean sees(Owner owner, Visibility visibility) {
    if (!known) {
      return false;
    }
    if (visibility == Visibility.PUBLIC || hr) {
      return true;
    }
    switch (owner.kind()) {
      case ORGANIZATION:
        return visibility == Visibility.TEAM || top;
      case TEAM:
        return teams.contains(owner.id().orElseThrow());
      case PERSON:
      default:
        String id = owner.id().orElseThrow();
        return privatePeople.contains(id) || (visibility == Visibility.TEAM && teammates.contains(id));
    }
  }

  /** Whether the viewer sees an item of the person with this id that has {@code visibility}. */
  private boolean seesPerson(String personId, Visibility visibility) {
    return sees(Owner.person(personId), visibility);
  }

  /**
   * Whether the viewer sees the objective, with its key results, initiatives and check-ins: by its
   * owner and visibility, or as the owner of one of its key results.
   */
  public boolean sees(Objective objective) {
    return sees(objective.owner(), policy.visibilityOf(VisibleKind.OBJECTIVE, objective.visibility()))
        || keyResultObjectives.contains(objective.id());
  }

  /**
   * Whether one of the objective's key results names the viewer as its {@link KeyResult#ownerId()
   * ownerId}, which lets the viewer see the objective whatever its owner and visibility. False for
   * a viewer who is not a person of the snapshot.
   *
   * @param objective not null
   */
  public boolean seesAsKeyResultOwner(Objective objective) {
    return keyResultObjectives.contains(objective.id());
  }

  /** Whether the viewer sees the plan (its goals and standing are judged on their own as well). */
  public boolean sees(DevelopmentPlan plan) {
    return seesPerson(plan.personId(), policy.visibilityOf(VisibleKind.DEVELOPMENT_PLAN, plan.visibility()));
  }

  /** Whether the viewer sees a goal of {@code plan}, with its measures: they must see the plan too. */
  public boolean sees(DevelopmentPlan plan, DevelopmentGoal goal) {
    return sees(plan)
        && seesPerson(plan.personId(), policy.visibilityOf(VisibleKind.DEVELOPMENT_GOAL, goal.visibility()));
  }

  /** Whether the viewer sees the plan's performance standing: they must see the plan too. */
  public boolean seesStanding(DevelopmentPlan plan) {
    return sees(plan)
        && seesPerson(plan.personId(), policy.visibilityOf(VisibleKind.PERFORMANCE_STANDING, Optional.empty()));
  }

  /** Whether the viewer sees the career vision. */
  public boolean sees(CareerVision vision) {
    return seesPerson(vision.personId(), policy.visibilityOf(VisibleKind.CAREER_VISION, vision.visibility()));
  }

  /** Whether the viewer sees the GROW session. */
  public boolean sees(GrowSession session) {
    return seesPerson(session.personId(), policy.visibilityOf(VisibleKind.GROW_SESSION, session.visibility()));
  }

  /** Whether the viewer sees an assessment of {@code profile}. */
  public boolean sees(SkillProfile profile, Assessment assessment) {
    return seesPerson(profile.personId(), policy.visibilityOf(VisibleKind.ASSESSMENT, assessment.visibility()));
  }

  /**
   * Whether the viewer sees what belongs to a profile as a whole (its vendor attributes): the
   * policy's default visibility for assessments, for the profile's person.
   */
  public boolean seesProfile(String personId) {
    return seesPerson(personId, policy.visibilityOf(VisibleKind.ASSESSMENT, Optional.empty()));
  }

  /**
   * Whether the viewer sees every assessment the person has now (true when they have none). Whether
   * to show readiness is {@link #seesReadinessOf}, which does not depend on what the profile holds:
   * this answer does, and tells a viewer who may not see a person's assessments whether there are any.
   */
  public boolean seesAssessmentsOf(String personId) {
    if (!known) {
      return false;
    }
    Optional<SkillProfile> profile = snapshot.profile(personId);
    if (profile.isEmpty()) {
      return true;
    }
    for (Assessment assessment : profile.get().assessments()) {
      if (!sees(profile.get(), assessment)) {
        return false;
      }
    }
    return true;
  }

  // --- "not visible", one answer whatever the reason --------------------------------------------
  //
  // A per-person or per-item question answers false alike for an id that names nothing and for
  // data the viewer may not see, and depends only on who the viewer is to the person and on what
  // the viewer sees; so a refusal tells nothing about hidden data, not even that there is some.

  /**
   * Whether the viewer may be shown the person's development plans and the advice on them: the
   * person is in the snapshot, and the viewer would see a plan of theirs at the policy's default
   * visibility for plans (PRIVATE by default: the person, their manager chain, HR administrators,
   * holders of a grant for them), or sees one of their plans by its own setting.
   *
   * <p>False alike for a person who does not exist, a person without plans and a person whose
   * plans are all hidden from the viewer, so that an application can answer all three the same
   * way ("not visible", one status and one text). True for someone entitled to the person's plans
   * who has none yet: their answer is an empty list. False for a viewer who is not a person of the
   * snapshot.
   *
   * @param personId not null
   */
  public boolean seesDevelopmentOf(String personId) {
    requireNonNull(personId, "personId");
    if (!known || snapshot.person(personId).isEmpty()) {
      return false;
    }
    if (seesPerson(personId, policy.visibilityOf(VisibleKind.DEVELOPMENT_PLAN, Optional.empty()))) {
      return true;
    }
    for (DevelopmentPlan plan : snapshot.plansOf(personId)) {
      if (sees(plan)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the viewer may be shown the person's readiness, gaps and career paths, and advice
   * ranked by them: the person is in the snapshot, and the viewer sees every assessment they have
   * or could have, whatever its own visibility: the person, their manager chain, HR administrators
   * and holders of a grant for them (those who see a person's PRIVATE items).
   *
   * <p>Readiness is made of all of a person's assessments, never of part of them. Whether a viewer
   * who sees only some assessments (a teammate, a TEAM assessment) sees all of them depends on
   * whether the person has others, so answering by what they see would tell them that; the answer
   * here depends on who the viewer is to the person only. False alike for a person who does not
   * exist, a person without assessments and a person with assessments the viewer may not see.
   *
   * @param personId not null
   */
  public boolean seesReadinessOf(String personId) {
    requireNonNull(personId, "personId");
    return known && snapshot.person(personId).isPresent() && seesPerson(personId, Visibility.PRIVATE);
  }

  /**
   * Whether the plan with this id exists and the viewer sees it; false alike for a plan id that
   * names nothing and for a hidden plan (compare {@link #isHidden}, which is false for an id that
   * names nothing: ask this one to decide what to answer).
   *
   * @param planId not null
   */
  public boolean seesPlan(String planId) {
    Optional<DevelopmentPlan> plan = snapshot.plan(requireNonNull(planId, "planId"));
    return plan.isPresent() && sees(plan.get());
  }

  /**
   * Whether the viewer sees the waiver: its subject is no hidden item, and for codes whose
   * findings reveal private data ({@code dev.plan.underperformer}, which reveals a standing, and
   * {@code career.assessment.stale}, which reveals assessments) the viewer sees that data.
   */
  public boolean sees(Waiver waiver) {
    if (!known || hiddenIds.contains(waiver.subjectId())) {
      return false;
    }
    if (waiver.code().equals(RuleCodes.PLAN_UNDERPERFORMER)) {
      Optional<DevelopmentPlan> plan = snapshot.plan(waiver.subjectId());
      return plan.isEmpty() || seesPerson(plan.get().personId(), Visibility.PRIVATE);
    }
    if (waiver.code().equals(RuleCodes.ASSESSMENT_STALE)) {
      return seesProfile(waiver.subjectId());
    }
    return true;
  }

  /**
   * Whether the viewer may not see the parent a link of a visible objective names: the link names
   * a hidden item's id, of any kind, or reaches a hidden objective (a link to a key result reaches
   * that key result's objective). Redaction gives such a link a fresh parent id.
   */
  boolean hidesParentOf(Alignment link) {
    return hiddenIds.contains(link.parentId()) || snapshot.parentOf(link).filter(p -> !sees(p)).isPresent();
  }

  /**
   * Whether {@code id} is the id of an item the viewer may not see: an objective, key result,
   * initiative, development plan, goal or measure, career vision or GROW session. Ids of people,
   * teams and other organization data are never hidden from a known viewer; for an unknown
   * viewer every item id is hidden. When two items of different kinds share an id and one is
   * hidden, the id counts as hidden. An id that names no item is not hidden: to decide whether to
   * answer a request for an item, ask whether the viewer sees it ({@link #seesPlan},
   * {@link #seesDevelopmentOf}, {@link #seesReadinessOf}), which is false for both, so that a
   * missing item and a hidden one get the same answer.
   */
  public boolean isHidden(String id) {
    return hiddenIds.contains(id);
  }

  // --- precomputation ---------------------------------------------------------------------------

  /** Fills the viewer's relations in one pass over the people. */
  private void relate(Person me) {
    privatePeople.add(me.id());
    // Primary members carry manager chains and team grants; any member counts as a teammate.
    Map<String, List<String>> primaryMembers = new HashMap<>();
    Map<String, List<String>> members = new HashMap<>();
    for (Person person : snapshot.people()) {
      person.teamId().ifPresent(t -> {
        primaryMembers.computeIfAbsent(t, k -> new ArrayList<>()).add(person.id());
        members.computeIfAbsent(t, k -> new ArrayList<>()).add(person.id());
      });
      for (String other : person.otherTeamIds()) {
        if (!person.teamId().filter(other::equals).isPresent()) {
          members.computeIfAbsent(other, k -> new ArrayList<>()).add(person.id());
        }
      }
      if (snapshot.isInManagerChain(me.id(), person.id())) {
        privatePeople.add(person.id());
        person.teamId().ifPresent(teams::add);
      }
    }
    Set<String> myTeams = new HashSet<>(me.otherTeamIds());
    me.teamId().ifPresent(myTeams::add);
    for (String team : myTeams) {
      teams.add(team);
      teammates.addAll(members.getOrDefault(team, List.of()));
    }
    for (Grant grant : viewer.grants()) {
      if (!grant.isInForceOn(asOf)) {
        continue;
      }
      if (grant.scope() == GrantScope.PERSON) {
        privatePeople.add(grant.id());
      } else {
        teams.add(grant.id());
        privatePeople.addAll(primaryMembers.getOrDefault(grant.id(), List.of()));
      }
    }
  }

  /** The objectives one of whose key results names the viewer as its owner. */
  private void collectKeyResultObjectives(String me) {
    for (Objective objective : snapshot.objectives()) {
      for (KeyResult keyResult : objective.keyResults()) {
        if (keyResult.ownerId().filter(me::equals).isPresent()) {
          keyResultObjectives.add(objective.id());
          break;
        }
      }
    }
  }

  private void collectHiddenIds() {
    for (Objective objective : snapshot.objectives()) {
      if (sees(objective)) {
        continue;
      }
      hiddenIds.add(objective.id());
      for (KeyResult keyResult : objective.keyResults()) {
        hiddenIds.add(keyResult.id());
      }
      for (Initiative initiative : objective.initiatives()) {
        hiddenIds.add(initiative.id());
      }
    }
    for (DevelopmentPlan plan : snapshot.plans()) {
      boolean planSeen = sees(plan);
      if (!planSeen) {
        hiddenIds.add(plan.id());
      }
      for (DevelopmentGoal goal : plan.goals()) {
        if (planSeen && sees(plan, goal)) {
          continue;
        }
        hiddenIds.add(goal.id());
        for (KeyResult measure : goal.measures()) {
          hiddenIds.add(measure.id());
        }
      }
    }
    for (CareerVision vision : snapshot.visions()) {
      if (!sees(vision)) {
        hiddenIds.add(vision.id());
      }
    }
    for (GrowSession session : snapshot.growSessions()) {
      if (!sees(session)) {
        hiddenIds.add(session.id());
      }
    }
  }
}
