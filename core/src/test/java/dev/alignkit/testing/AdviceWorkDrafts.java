package dev.alignkit.testing;

import static dev.alignkit.testing.Gens.combine;
import static dev.alignkit.testing.Gens.constant;
import static dev.alignkit.testing.Gens.frequency;
import static dev.alignkit.testing.Gens.lists;
import static dev.alignkit.testing.Gens.oneIn;
import static dev.alignkit.testing.Gens.optional;
import static dev.alignkit.testing.Gens.weighted;
import static dev.alignkit.testing.SnapshotParts.MISSING_INITIATIVE;
import static dev.alignkit.testing.SnapshotParts.MISSING_OBJECTIVE;
import static dev.alignkit.testing.SnapshotParts.MISSING_PERSON;
import static dev.alignkit.testing.SnapshotParts.MISSING_SKILL;
import static dev.alignkit.testing.SnapshotParts.PLACEHOLDER_ID;
import static dev.alignkit.testing.SnapshotParts.optionalDouble;
import static dev.alignkit.testing.SnapshotParts.pick;
import static dev.alignkit.testing.SnapshotParts.picks;
import static dev.alignkit.testing.SnapshotParts.role;
import static dev.alignkit.testing.SnapshotParts.roleDrafts;
import static dev.alignkit.testing.SnapshotParts.skillId;

import dev.alignkit.career.CareerLadder;
import dev.alignkit.career.SkillCatalog;
import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.GoalStatus;
import dev.alignkit.development.PerformanceStanding;
import dev.alignkit.development.SupportActivity;
import dev.alignkit.development.SupportKind;
import dev.alignkit.development.TargetSkill;
import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.AlignmentKind;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.Initiative;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.OkrStatus;
import dev.alignkit.okr.Owner;
import dev.alignkit.okr.OwnerKind;
import dev.alignkit.okr.ParentKind;
import dev.alignkit.org.Person;
import dev.alignkit.org.Team;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quicktheories.core.Gen;

/**
 * The work and plans of {@link AdviceGenerators}' snapshots: objectives and initiatives tagged
 * from the weave map and exercising catalog skills, and development plans whose goals target
 * skills and roles and are woven into that work, drafted by pick and assembled once the career
 * half of the snapshot is numbered.
 */
final class AdviceWorkDrafts {
  private static final int MAX_INITIATIVES = 2;
  private static final int MAX_LINKS = 3;
  private static final int MAX_WORK_SKILLS = 3;
  private static final int MAX_WORK_TAGS = 3;
  private static final int MAX_GOALS = 3;
  private static final int MAX_TARGET_SKILLS = 3;
  private static final int MAX_SUPPORT = 2;

  private static final List<String> OBJECTIVE_TITLES = List.of(
      "Delight new customers", "Make onboarding effortless", "Grow the partner channel",
      "Build a platform teams trust", "Become a great place to grow");
  private static final List<String> INITIATIVE_TITLES = List.of(
      "Attend weekly product feedback sessions", "Run an onboarding workshop",
      "Automate the release checklist", "Renegotiate the vendor contracts", "Host the summer interns");
  private static final List<String> GOAL_STATEMENTS = List.of(
      "Learn Rust", "Lead a client call each week", "Learn to negotiate with vendors",
      "Present the quarterly results to the executives", "Mentor the new interns", "Own the release process");
  private static final List<String> SUPPORT_DESCRIPTIONS = List.of(
      "Negotiation course", "Monthly coaching with the manager", "Shadow the sales lead", "Pair on release duty");

  private AdviceWorkDrafts() {}

  // ---------------------------------------------------------------------------------------------
  // Drafts: what a part holds before the snapshot's ids are known

  /** The fields objectives and initiatives share: title, status, tags and skills picked modulo the catalog. */
  record WorkDraft(String title, OkrStatus status, Set<String> tags, List<Integer> skillPicks) {}

  record ObjectiveDraft(OwnerKind ownerKind, int ownerPick, int cyclePick, WorkDraft work,
      List<WorkDraft> initiatives, List<LinkDraft> links, boolean rollup) {}

  /**
   * A link to the objective picked among all, or ({@code toKeyResult}) to the ROLLUP key result of
   * the objective picked among those that have one (to that objective itself when none has).
   */
  record LinkDraft(int pick, boolean toKeyResult, boolean contributes) {}

  enum WovenKind { NONE, OBJECTIVE, INITIATIVE, DANGLING_OBJECTIVE, DANGLING_INITIATIVE }

  record TargetDraft(boolean unknown, int skillPick, Optional<Integer> desiredPercent) {}

  record GoalDraft(DevelopmentGoal shape, List<TargetDraft> targets, WovenKind woven, int wovenPick,
      Optional<SnapshotParts.RoleDraft> targetRole) {}

  /** A plan of a picked person (absent: of {@code p-999}), in a picked cycle. */
  record PlanDraft(Optional<Integer> personPick, int cyclePick, Optional<PerformanceStanding> standing,
      Optional<SnapshotParts.RoleDraft> targetRole, List<GoalDraft> goals) {}

  /**
   * Owned by the organization, a team or a person, with up to two initiatives, up to three links
   * to other objectives or their ROLLUP key results (several parents, duplicates, cycles: advice
   * reads none of them), and a ROLLUP key result once in four.
   */
  static Gen<ObjectiveDraft> objectiveDrafts() {
    Gen<OwnerKind> owners = frequency(
        weighted(2, constant(OwnerKind.ORGANIZATION)),
        weighted(3, constant(OwnerKind.TEAM)),
        weighted(1, constant(OwnerKind.PERSON)));
    Gen<LinkDraft> links = combine(picks(), oneIn(3), Gens.booleans(), LinkDraft::new);
    return combine(
        owners, picks(), picks(), workDrafts(OBJECTIVE_TITLES), lists(workDrafts(INITIATIVE_TITLES), MAX_INITIATIVES),
        lists(links, MAX_LINKS), oneIn(4),
        ObjectiveDraft::new);
  }

  /** Of a person of the snapshot nine times in ten, with one to three goals. */
  static Gen<PlanDraft> planDrafts() {
    Gen<Optional<Integer>> people = frequency(
        weighted(9, picks().map(Optional::of)),
        weighted(1, constant(Optional.<Integer>empty())));
    return combine(
        people, picks(), optional(Gens.of(PerformanceStanding.class), 0.7), optional(roleDrafts(), 0.35),
        lists(goalDrafts(), 1, MAX_GOALS),
        PlanDraft::new);
  }

  private static Gen<WorkDraft> workDrafts(List<String> titles) {
    Gen<OkrStatus> statuses = frequency(
        weighted(6, constant(OkrStatus.ACTIVE)),
        weighted(1, constant(OkrStatus.DRAFT)),
        weighted(1, constant(OkrStatus.CANCELLED)));
    return combine(
        Gens.of(titles), statuses, Gens.subsets(AdviceGenerators.WEAVE_TAGS, 0, MAX_WORK_TAGS),
        lists(picks(), MAX_WORK_SKILLS),
        WorkDraft::new);
  }

  private static Gen<GoalDraft> goalDrafts() {
    Gen<GoalStatus> statuses = frequency(
        weighted(2, constant(GoalStatus.PROPOSED)),
        weighted(3, constant(GoalStatus.AGREED)),
        weighted(3, constant(GoalStatus.ACTIVE)),
        weighted(1, constant(GoalStatus.DONE)),
        weighted(1, constant(GoalStatus.DROPPED)));
    Gen<SupportActivity> support = combine(
        Gens.of(SupportKind.class), Gens.of(SUPPORT_DESCRIPTIONS), optional(Gens.decimals(0, 80, 1), 0.6),
        (kind, description, hours) -> SupportActivity.builder().kind(kind).description(description)
            .plannedHours(optionalDouble(hours)).build());
    Gen<DevelopmentGoal> shapes = combine(
        Gens.of(GOAL_STATEMENTS), statuses, oneIn(3), optional(Gens.decimals(0, 1, 2), 0.4),
        lists(support, MAX_SUPPORT),
        (statement, status, ownTime, share, activities) -> DevelopmentGoal.builder()
            .id(PLACEHOLDER_ID).statement(statement).status(status).ownTime(ownTime)
            .plannedShare(optionalDouble(share)).supportActivities(activities).build());
    Gen<TargetDraft> targets = combine(oneIn(8), picks(), optional(Gens.ints(0, 100), 0.6), TargetDraft::new);
    Gen<WovenKind> woven = frequency(
        weighted(12, constant(WovenKind.NONE)),
        weighted(2, constant(WovenKind.OBJECTIVE)),
        weighted(2, constant(WovenKind.INITIATIVE)),
        weighted(1, constant(WovenKind.DANGLING_OBJECTIVE)),
        weighted(1, constant(WovenKind.DANGLING_INITIATIVE)));
    Gen<List<TargetDraft>> targetLists = frequency(
        weighted(1, constant(List.<TargetDraft>of())),
        weighted(6, lists(targets, 1, MAX_TARGET_SKILLS)));
    return combine(shapes, targetLists, woven, picks(), optional(roleDrafts(), 0.25), GoalDraft::new);
  }

  // ---------------------------------------------------------------------------------------------
  // Assembly

  /**
   * Objectives {@code o-1} ... each with one key result (and a ROLLUP one {@code kr-of-o-N} when
   * drafted so), their initiatives numbered across the snapshot, and their links.
   */
  static List<Objective> objectives(List<ObjectiveDraft> drafts, SkillCatalog catalog, List<Team> teams,
      List<Person> people, List<Cycle> cycles) {
    List<Objective> objectives = new ArrayList<>(drafts.size());
    for (int o = 0; o < drafts.size(); o++) {
      ObjectiveDraft draft = drafts.get(o);
      Owner owner;
      switch (draft.ownerKind()) {
        case TEAM:
          owner = Owner.team(pick(teams, draft.ownerPick()).id());
          break;
        case PERSON:
          owner = Owner.person(pick(people, draft.ownerPick()).id());
          break;
        default:
          owner = Owner.organization();
      }
      List<Initiative> initiatives = new ArrayList<>(draft.initiatives().size());
      for (WorkDraft work : draft.initiatives()) {
        initiatives.add(Initiative.builder().id(PLACEHOLDER_ID).title(work.title()).status(work.status())
            .tags(work.tags()).skills(skillIds(catalog, work.skillPicks())).build());
      }
      Objective.Builder objective = Objective.builder().id("o-" + (o + 1)).title(draft.work().title()).owner(owner)
          .cycleId(pick(cycles, draft.cyclePick()).id()).status(draft.work().status())
          .tags(draft.work().tags()).skills(skillIds(catalog, draft.work().skillPicks()))
          .addKeyResult(KeyResult.increase(PLACEHOLDER_ID, "Raise weekly active teams", 0, 10, "teams"))
          .initiatives(initiatives);
      if (draft.rollup()) {
        objective.addKeyResult(KeyResult.rollup("kr-of-o-" + (o + 1), "Contributions"));
      }
      for (LinkDraft link : draft.links()) {
        objective.addAlignment(link(link, drafts));
      }
      objectives.add(objective.build());
    }
    return SnapshotParts.numberedNested(objectives);
  }

  private static Alignment link(LinkDraft link, List<ObjectiveDraft> drafts) {
    AlignmentKind kind = link.contributes() ? AlignmentKind.CONTRIBUTES : AlignmentKind.SUPPORTS;
    List<Integer> withRollup = new ArrayList<>();
    for (int o = 0; o < drafts.size(); o++) {
      if (drafts.get(o).rollup()) {
        withRollup.add(o);
      }
    }
    if (link.toKeyResult() && !withRollup.isEmpty()) {
      return Alignment.of("kr-of-o-" + (pick(withRollup, link.pick()) + 1), ParentKind.KEY_RESULT, kind, 1);
    }
    return Alignment.of("o-" + (link.pick() % drafts.size() + 1), kind, 1);
  }

  /** Plans {@code dp-1} ... whose goals are numbered {@code g-1} ... across the plans. */
  static List<DevelopmentPlan> plans(List<PlanDraft> drafts, SkillCatalog catalog, List<CareerLadder> ladders,
      List<Person> people, List<Cycle> cycles, List<Objective> objectives) {
    List<String> initiativeIds = new ArrayList<>();
    for (Objective objective : objectives) {
      for (Initiative initiative : objective.initiatives()) {
        initiativeIds.add(initiative.id());
      }
    }
    List<DevelopmentPlan> plans = new ArrayList<>(drafts.size());
    int goalNumber = 0;
    for (int p = 0; p < drafts.size(); p++) {
      PlanDraft draft = drafts.get(p);
      String personId = draft.personPick().map(personPick -> pick(people, personPick).id()).orElse(MISSING_PERSON);
      List<DevelopmentGoal> goals = new ArrayList<>(draft.goals().size());
      for (GoalDraft goal : draft.goals()) {
        goalNumber++;
        goals.add(goal("g-" + goalNumber, goal, catalog, ladders, objectives, initiativeIds));
      }
      plans.add(DevelopmentPlan.builder().id("dp-" + (p + 1)).personId(personId)
          .cycleId(pick(cycles, draft.cyclePick()).id()).standing(draft.standing())
          .targetRole(draft.targetRole().map(role -> role(role, ladders))).goals(goals).build());
    }
    return plans;
  }

  private static DevelopmentGoal goal(String id, GoalDraft draft, SkillCatalog catalog, List<CareerLadder> ladders,
      List<Objective> objectives, List<String> initiativeIds) {
    List<TargetSkill> targets = new ArrayList<>(draft.targets().size());
    for (TargetDraft target : draft.targets()) {
      String skillId = target.unknown() ? MISSING_SKILL : skillId(catalog, target.skillPick());
      targets.add(target.desiredPercent().isPresent()
          ? TargetSkill.of(skillId, AdviceCareerDrafts.proficiency(catalog, target.desiredPercent().get()))
          : TargetSkill.of(skillId));
    }
    Optional<String> wovenInto;
    switch (draft.woven()) {
      case OBJECTIVE:
        wovenInto = Optional.of(objectives.isEmpty()
            ? MISSING_OBJECTIVE : pick(objectives, draft.wovenPick()).id());
        break;
      case INITIATIVE:
        wovenInto = Optional.of(initiativeIds.isEmpty()
            ? MISSING_INITIATIVE : pick(initiativeIds, draft.wovenPick()));
        break;
      case DANGLING_OBJECTIVE:
        wovenInto = Optional.of(MISSING_OBJECTIVE);
        break;
      case DANGLING_INITIATIVE:
        wovenInto = Optional.of(MISSING_INITIATIVE);
        break;
      default:
        wovenInto = Optional.empty();
    }
    return DevelopmentGoal.builder().from(draft.shape()).id(id).targetSkills(targets).wovenInto(wovenInto)
        .targetRole(draft.targetRole().map(role -> role(role, ladders)))
        .addMeasure(KeyResult.increase(id + "-m-1", "Sessions led", 0, 4, "sessions"))
        .build();
  }

  private static Set<String> skillIds(SkillCatalog catalog, List<Integer> picks) {
    Set<String> ids = new LinkedHashSet<>();
    for (int skillPick : picks) {
      ids.add(skillId(catalog, skillPick));
    }
    return ids;
  }
}
