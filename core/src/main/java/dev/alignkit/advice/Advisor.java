package dev.alignkit.advice;

import static java.util.Objects.requireNonNull;

import dev.alignkit.career.CareerLadder;
import dev.alignkit.career.ExpectationResolution;
import dev.alignkit.career.GapCategory;
import dev.alignkit.career.GapEntry;
import dev.alignkit.career.LateralMove;
import dev.alignkit.career.Level;
import dev.alignkit.career.Opening;
import dev.alignkit.career.Readiness;
import dev.alignkit.career.ResolvedExpectation;
import dev.alignkit.career.RoleRef;
import dev.alignkit.career.Skill;
import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.PerformanceStanding;
import dev.alignkit.development.SupportActivity;
import dev.alignkit.development.TargetSkill;
import dev.alignkit.okr.Initiative;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.OkrStatus;
import dev.alignkit.okr.OwnerKind;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.policy.Policy;
import dev.alignkit.progress.CareerPaths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Classifies development goals and advises on them (DOMAIN sections 2 and 3; seeds 000 and 002).
 * Thread-safe; build one per snapshot, date and policy.
 *
 * <p><b>Classification</b>, the first that holds: UNKNOWN (no resolvable role, or no skill named
 * and nothing woven); CURRENT_ROLE (a targeted skill is expected at the current or next level);
 * TARGET_ROLE (at the goal's or the plan's target role); WOVEN (woven into an objective or
 * initiative of the snapshot, or a targeted skill is exercised by an ACTIVE objective or
 * initiative of the person's team or of the organization); else TANGENTIAL.
 *
 * <p><b>Advice</b> for a TANGENTIAL goal, in this order: EXPECTATIONS (the current and next
 * level's expectations, and the current-role gaps); OPPORTUNITY_COST (omitted for
 * {@code ownTime} goals; cites the planned share or hours); TWEAK (skills of the goal's families
 * that the current or next level or the team's active work need, ranked by how many of those
 * sources need them, then by the next level's requirement); WEAVE (active objectives and
 * initiatives of the team, then the organization, whose tags match the goal's families through the
 * policy's weave map, ranked by matches, then proximity; or a new process-improvement initiative);
 * CHANGE_ROLE (lateral moves and openings whose expectations include the goal's skills, ranked by
 * readiness, then by how many of the skills they include). A person performing BELOW expectations
 * gets EXPECTATIONS for every goal. Ties break by id, so the same input gives the same advice.
 * Advice never names anything absent from the snapshot.
 */
public final class Advisor {
  private final OrganizationSnapshot snapshot;
  private final LocalDate asOf;
  private final Policy policy;
  private final CareerPaths paths;
  /** The active work by owning team, and the organization's; built on first use (see {@link #work}). */
  private volatile WorkIndex workIndex;

  private Advisor(OrganizationSnapshot snapshot, LocalDate asOf, Policy policy) {
    this.snapshot = snapshot;
    this.asOf = asOf;
    this.policy = policy;
    this.paths = CareerPaths.of(snapshot, asOf, policy);
  }

  /**
   * An advisor for {@code snapshot} as of {@code asOf}.
   *
   * @param snapshot not null
   * @param asOf the date readiness is judged on; not null
   * @param policy the weave map and limits; not null
   */
  public static Advisor of(OrganizationSnapshot snapshot, LocalDate asOf, Policy policy) {
    return new Advisor(requireNonNull(snapshot, "snapshot"), requireNonNull(asOf, "asOf"),
        requireNonNull(policy, "policy"));
  }

  /** The alignment of a goal of {@code plan}. */
  public GoalAlignment classify(DevelopmentPlan plan, DevelopmentGoal goal) {
    ImmutableGoalAlignment.Builder out = GoalAlignment.builder().goalId(goal.id());
    Optional<RoleRef> role = currentRole(plan.personId());
    List<String> skills = skillIds(goal);
    if (role.isEmpty()) {
      return out.alignmentClass(AlignmentClass.UNKNOWN).reason("the person has no role on a ladder").build();
    }
    if (skills.isEmpty() && goal.wovenInto().isEmpty()) {
      return out.alignmentClass(AlignmentClass.UNKNOWN).reason("the goal names no skill and is woven into nothing")
          .build();
    }
    List<RoleRef> ownLevels = new ArrayList<>();
    ownLevels.add(role.get());
    nextRole(role.get()).ifPresent(ownLevels::add);
    Optional<GoalAlignment> byRole = bySkillOfRoles(out, AlignmentClass.CURRENT_ROLE, skills, ownLevels);
    if (byRole.isPresent()) {
      return byRole.get();
    }
    List<RoleRef> targets = new ArrayList<>();
    goal.targetRole().ifPresent(targets::add);
    plan.targetRole().ifPresent(targets::add);
    Optional<GoalAlignment> byTarget = bySkillOfRoles(out, AlignmentClass.TARGET_ROLE, skills, targets);
    if (byTarget.isPresent()) {
      return byTarget.get();
    }
    if (goal.wovenInto().isPresent()) {
      String id = goal.wovenInto().get();
      if (snapshot.objective(id).isPresent()) {
        return out.alignmentClass(AlignmentClass.WOVEN).objectiveId(id).reason("woven into objective " + id).build();
      }
      if (snapshot.initiative(id).isPresent()) {
        return out.alignmentClass(AlignmentClass.WOVEN).initiativeId(id).reason("woven into initiative " + id).build();
      }
    }
    for (WorkItem item : work(plan.personId())) {
      for (String skill : skills) {
        if (item.skills.contains(skill)) {
          item.identify(out);
          return out.alignmentClass(AlignmentClass.WOVEN).skillId(skill)
              .reason(skill + " is exercised by " + item.kindName() + " " + item.id).build();
        }
      }
    }
    return out.alignmentClass(AlignmentClass.TANGENTIAL)
        .reason("no targeted skill is expected by the role, the target role or the team's work").build();
  }

  /** The alignment of a goal and the advice for it. */
  public GoalAdvice advise(DevelopmentPlan plan, DevelopmentGoal goal) {
    GoalAlignment alignment = classify(plan, goal);
    List<Suggestion.Draft> drafts = new ArrayList<>();
    boolean tangential = alignment.alignmentClass() == AlignmentClass.TANGENTIAL;
    boolean below = plan.standing().orElse(null) == PerformanceStanding.BELOW;
    Optional<RoleRef> role = currentRole(plan.personId());
    if (role.isPresent() && (tangential || below)) {
      drafts.add(expectations(plan.personId(), role.get()));
    }
    if (tangential) {
      if (!goal.ownTime()) {
        drafts.add(opportunityCost(goal));
      }
      drafts.addAll(tweaks(plan.personId(), role.orElseThrow(), goal));
      drafts.addAll(weaves(plan.personId(), goal));
      drafts.addAll(roleChanges(plan.personId(), role.get(), goal));
    }
    List<Suggestion> suggestions = new ArrayList<>(drafts.size());
    for (int i = 0; i < drafts.size(); i++) {
      suggestions.add(drafts.get(i).build(i + 1));
    }
    return GoalAdvice.builder().planId(plan.id()).alignment(alignment).suggestions(suggestions).build();
  }

  /** The advice for every open goal of a plan (PROPOSED, AGREED, ACTIVE), in plan order. */
  public List<GoalAdvice> advise(DevelopmentPlan plan) {
    List<GoalAdvice> advice = new ArrayList<>();
    for (DevelopmentGoal goal : plan.goals()) {
      if (goal.status().isOpen()) {
        advice.add(advise(plan, goal));
      }
    }
    return List.copyOf(advice);
  }

  // --- classification helpers -----------------------------------------------------------------

  private Optional<GoalAlignment> bySkillOfRoles(ImmutableGoalAlignment.Builder out, AlignmentClass alignmentClass,
      List<String> skills, List<RoleRef> roles) {
    for (String skill : skills) {
      for (RoleRef role : roles) {
        Optional<ExpectationResolution> resolution = paths.resolve(role);
        if (resolution.isPresent() && resolution.get().expectation(skill).isPresent()) {
          return Optional.of(out.alignmentClass(alignmentClass).skillId(skill).role(role)
              .reason(skill + " is expected at " + role).build());
        }
      }
    }
    return Optional.empty();
  }

  private Optional<RoleRef> currentRole(String personId) {
    return snapshot.person(personId).flatMap(Person::role).filter(r -> paths.resolve(r).isPresent());
  }

  private Optional<RoleRef> nextRole(RoleRef role) {
    return snapshot.ladder(role.ladderId())
        .flatMap(ladder -> ladder.nextLevel(role.levelId()).map(next -> RoleRef.of(ladder.id(), next.id())));
  }

  private static List<String> skillIds(DevelopmentGoal goal) {
    List<String> ids = new ArrayList<>();
    for (TargetSkill target : goal.targetSkills()) {
      if (!ids.contains(target.skillId())) {
        ids.add(target.skillId());
      }
    }
    return ids;
  }

  /** The goal's skills that the catalog knows: advice names nothing absent from the snapshot. */
  private List<String> knownSkills(DevelopmentGoal goal) {
    List<String> known = new ArrayList<>();
    for (String id : skillIds(goal)) {
      if (snapshot.skill(id).isPresent()) {
        known.add(id);
      }
    }
    return known;
  }

  /** An ACTIVE objective or initiative of the person's team (proximity 0) or the organization (1). */
  private static final class WorkItem {
    final String id;
    final boolean initiative;
    final String title;
    final Set<String> skills;
    final Set<String> tags;
    final int proximity;

    WorkItem(String id, boolean initiative, String title, Set<String> skills, Set<String> tags, int proximity) {
      this.id = id;
      this.initiative = initiative;
      this.title = title;
      this.skills = skills;
      this.tags = tags;
      this.proximity = proximity;
    }

    String kindName() {
      return initiative ? "initiative" : "objective";
    }

    void identify(ImmutableGoalAlignment.Builder out) {
      if (initiative) {
        out.initiativeId(id);
      } else {
        out.objectiveId(id);
      }
    }
  }

  /** The person's team's active work first, then the organization's, each in snapshot order. */
  private List<WorkItem> work(String personId) {
    WorkIndex index = workIndex;
    if (index == null) {
      // Built once per advisor rather than scanned per goal: a scan per goal made validating an
      // organization quadratic. A race builds two equal indexes; either may win.
      index = new WorkIndex(snapshot);
      workIndex = index;
    }
    Optional<String> teamId = snapshot.person(personId).flatMap(Person::teamId);
    List<WorkItem> team = teamId.isPresent() ? index.byTeam.getOrDefault(teamId.get(), List.of()) : List.of();
    if (team.isEmpty()) {
      return index.organization;
    }
    List<WorkItem> items = new ArrayList<>(team.size() + index.organization.size());
    items.addAll(team);
    items.addAll(index.organization);
    return items;
  }

  /**
   * Every ACTIVE objective owned by a team or the organization, each followed by its ACTIVE
   * initiatives, in snapshot order; team work has proximity 0, the organization's 1. Immutable
   * once built.
   */
  private static final class WorkIndex {
    final Map<String, List<WorkItem>> byTeam = new HashMap<>();
    final List<WorkItem> organization;

    WorkIndex(OrganizationSnapshot snapshot) {
      List<WorkItem> organizationItems = new ArrayList<>();
      for (Objective objective : snapshot.objectives()) {
        OwnerKind kind = objective.owner().kind();
        if (kind == OwnerKind.PERSON || objective.status() != OkrStatus.ACTIVE) {
          continue;
        }
        List<WorkItem> items = kind == OwnerKind.ORGANIZATION ? organizationItems
            : byTeam.computeIfAbsent(objective.owner().id().orElseThrow(), t -> new ArrayList<>());
        int proximity = kind == OwnerKind.ORGANIZATION ? 1 : 0;
        items.add(new WorkItem(objective.id(), false, objective.title(), objective.skills(), objective.tags(),
            proximity));
        for (Initiative initiative : objective.initiatives()) {
          if (initiative.status() == OkrStatus.ACTIVE) {
            items.add(new WorkItem(initiative.id(), true, initiative.title(), initiative.skills(), initiative.tags(),
                proximity));
          }
        }
      }
      byTeam.replaceAll((team, items) -> List.copyOf(items));
      organization = List.copyOf(organizationItems);
    }
  }

  // --- advice ---------------------------------------------------------------------------------

  private Suggestion.Draft expectations(String personId, RoleRef role) {
    Suggestion.Draft draft = new Suggestion.Draft(SuggestionKind.EXPECTATIONS, "advice.expectations");
    Set<String> skills = new LinkedHashSet<>();
    draft.roles.add(role);
    draft.ladders.add(role.ladderId());
    paths.resolve(role).ifPresent(r -> r.expectations().forEach(e -> skills.add(e.skillId())));
    Optional<RoleRef> next = nextRole(role);
    next.ifPresent(n -> {
      draft.roles.add(n);
      paths.resolve(n).ifPresent(r -> r.expectations().forEach(e -> skills.add(e.skillId())));
    });
    draft.skills.addAll(skills);
    draft.argument("role", roleName(role)).argument("skills", names(skills));
    if (skills.isEmpty()) {
      draft.messageKey = "advice.expectations.none";
    }
    List<String> gaps = new ArrayList<>();
    Optional<Readiness> readiness = paths.readiness(personId, role);
    for (GapEntry entry : readiness.map(Readiness::gaps).orElse(List.of())) {
      if (entry.category() == GapCategory.UNDER || entry.category() == GapCategory.MISSING) {
        gaps.add(entry.skillId());
      }
    }
    if (!gaps.isEmpty() && !skills.isEmpty()) {
      draft.messageKey = "advice.expectations.gaps";
      draft.argument("gaps", names(gaps));
      draft.gaps.addAll(gaps);
    }
    return draft;
  }

  private Suggestion.Draft opportunityCost(DevelopmentGoal goal) {
    Suggestion.Draft draft = new Suggestion.Draft(SuggestionKind.OPPORTUNITY_COST, "advice.opportunity-cost");
    draft.skills.addAll(knownSkills(goal));
    draft.argument("goal", goal.statement());
    double hours = 0;
    for (SupportActivity activity : goal.supportActivities()) {
      hours += activity.plannedHours().orElse(0);
    }
    if (goal.plannedShare().isPresent()) {
      draft.messageKey = "advice.opportunity-cost.share";
      draft.argument("share", String.valueOf(Math.round(goal.plannedShare().getAsDouble() * 100)));
    } else if (hours > 0) {
      draft.messageKey = "advice.opportunity-cost.hours";
      draft.argument("hours", String.valueOf(Math.round(hours)));
    }
    return draft;
  }

  private List<Suggestion.Draft> tweaks(String personId, RoleRef role, DevelopmentGoal goal) {
    List<String> own = skillIds(goal);
    Set<String> families = families(own);
    if (families.isEmpty()) {
      return List.of();
    }
    Map<String, Suggestion.Draft> bySkill = new LinkedHashMap<>();
    Map<String, Integer> sources = new LinkedHashMap<>();
    Map<String, Double> nextRequirement = new LinkedHashMap<>();
    Optional<RoleRef> next = nextRole(role);
    List<RoleRef> levels = new ArrayList<>();
    levels.add(role);
    next.ifPresent(levels::add);
    for (RoleRef level : levels) {
      for (ResolvedExpectation expectation : paths.resolve(level).map(ExpectationResolution::expectations)
          .orElse(List.of())) {
        if (tweakable(expectation.skillId(), own, families)) {
          tweak(bySkill, sources, expectation.skillId()).roles.add(level);
          if (next.isPresent() && level.equals(next.get())) {
            nextRequirement.put(expectation.skillId(), expectation.required());
          }
        }
      }
    }
    for (WorkItem item : work(personId)) {
      if (item.proximity != 0) {
        continue;
      }
      for (String skill : item.skills) {
        if (tweakable(skill, own, families)) {
          Suggestion.Draft draft = tweak(bySkill, sources, skill);
          (item.initiative ? draft.initiatives : draft.objectives).add(item.id);
        }
      }
    }
    List<String> ranked = new ArrayList<>(bySkill.keySet());
    ranked.sort(Comparator.comparing((String s) -> -sources.get(s))
        .thenComparing(s -> -nextRequirement.getOrDefault(s, Double.NEGATIVE_INFINITY))
        .thenComparing(Comparator.naturalOrder()));
    List<Suggestion.Draft> out = new ArrayList<>();
    for (String skill : ranked.subList(0, Math.min(ranked.size(), policy.maxSuggestionsPerKind()))) {
      Suggestion.Draft draft = bySkill.get(skill);
      draft.argument("skill", name(skill)).argument("instead", names(own))
          .argument("sources", String.valueOf(sources.get(skill)));
      out.add(draft);
    }
    return out;
  }

  private Suggestion.Draft tweak(Map<String, Suggestion.Draft> bySkill, Map<String, Integer> sources, String skill) {
    sources.merge(skill, 1, Integer::sum);
    return bySkill.computeIfAbsent(skill, s -> {
      Suggestion.Draft draft = new Suggestion.Draft(SuggestionKind.TWEAK, "advice.tweak");
      draft.skills.add(s);
      return draft;
    });
  }

  private boolean tweakable(String skill, List<String> own, Set<String> families) {
    return !own.contains(skill) && snapshot.skill(skill).map(s -> families.contains(s.family())).orElse(false);
  }

  private Set<String> families(List<String> skills) {
    Set<String> families = new LinkedHashSet<>();
    for (String skill : skills) {
      snapshot.skill(skill).map(Skill::family).ifPresent(families::add);
    }
    return families;
  }

  private List<Suggestion.Draft> weaves(String personId, DevelopmentGoal goal) {
    Set<String> families = families(skillIds(goal));
    List<WorkItem> matching = new ArrayList<>();
    Map<String, Integer> matches = new LinkedHashMap<>();
    Map<String, String> tagOf = new LinkedHashMap<>();
    for (WorkItem item : work(personId)) {
      int count = 0;
      for (String family : families) {
        for (String tag : policy.weaveMap().getOrDefault(family, List.of())) {
          if (item.tags.contains(tag)) {
            count++;
            tagOf.putIfAbsent(item.id, tag);
            break;
          }
        }
      }
      if (count > 0) {
        matching.add(item);
        matches.put(item.id, count);
      }
    }
    matching.sort(Comparator.comparing((WorkItem i) -> -matches.get(i.id))
        .thenComparingInt(i -> i.proximity)
        .thenComparing(i -> i.id));
    List<Suggestion.Draft> out = new ArrayList<>();
    for (WorkItem item : matching.subList(0, Math.min(matching.size(), policy.maxSuggestionsPerKind()))) {
      Suggestion.Draft draft = new Suggestion.Draft(SuggestionKind.WEAVE,
          item.initiative ? "advice.weave.initiative" : "advice.weave");
      (item.initiative ? draft.initiatives : draft.objectives).add(item.id);
      draft.skills.addAll(knownSkills(goal));
      draft.argument("work", item.title).argument("tag", tagOf.get(item.id));
      out.add(draft);
    }
    if (out.isEmpty()) {
      for (String family : families) {
        if (policy.newInitiativeFamilies().contains(family)) {
          Suggestion.Draft draft = new Suggestion.Draft(SuggestionKind.WEAVE, "advice.weave.new-initiative");
          draft.skills.addAll(knownSkills(goal));
          draft.argument("family", family);
          out.add(draft);
          break;
        }
      }
    }
    return out;
  }

  private List<Suggestion.Draft> roleChanges(String personId, RoleRef current, DevelopmentGoal goal) {
    List<String> skills = skillIds(goal);
    Map<RoleRef, Suggestion.Draft> byRole = new LinkedHashMap<>();
    Map<RoleRef, String> firstId = new LinkedHashMap<>();
    for (LateralMove move : snapshot.lateralMoves()) {
      if (move.from().equals(current)) {
        Suggestion.Draft draft = roleChange(byRole, firstId, move.to(), move.id(), skills);
        if (draft != null) {
          draft.lateralMoves.add(move.id());
        }
      }
    }
    for (Opening opening : snapshot.openings()) {
      if (!opening.role().equals(current)) {
        Suggestion.Draft draft = roleChange(byRole, firstId, opening.role(), opening.id(), skills);
        if (draft != null) {
          draft.openings.add(opening.id());
        }
      }
    }
    Map<RoleRef, Double> readiness = new LinkedHashMap<>();
    Map<RoleRef, Integer> included = new LinkedHashMap<>();
    for (RoleRef role : byRole.keySet()) {
      readiness.put(role, paths.readiness(personId, role).flatMap(r -> r.readiness().isPresent()
          ? Optional.of(r.readiness().getAsDouble()) : Optional.empty()).orElse(0.0));
      ExpectationResolution resolution = paths.resolve(role).orElseThrow();
      int count = 0;
      for (String skill : skills) {
        if (resolution.expectation(skill).isPresent()) {
          count++;
        }
      }
      included.put(role, count);
    }
    List<RoleRef> ranked = new ArrayList<>(byRole.keySet());
    ranked.sort(Comparator.comparing((RoleRef r) -> -readiness.get(r))
        .thenComparing(r -> -included.get(r))
        .thenComparing(firstId::get));
    List<Suggestion.Draft> out = new ArrayList<>();
    for (RoleRef role : ranked.subList(0, Math.min(ranked.size(), policy.maxSuggestionsPerKind()))) {
      Suggestion.Draft draft = byRole.get(role);
      draft.argument("role", roleName(role))
          .argument("readiness", String.valueOf(Math.round(readiness.get(role) * 100)))
          .argument("skills", names(skills));
      out.add(draft);
    }
    return out;
  }

  private Suggestion.Draft roleChange(Map<RoleRef, Suggestion.Draft> byRole, Map<RoleRef, String> firstId,
      RoleRef role, String id, List<String> skills) {
    Optional<ExpectationResolution> resolution = paths.resolve(role);
    if (resolution.isEmpty() || skills.stream().noneMatch(s -> resolution.get().expectation(s).isPresent())) {
      return null;
    }
    firstId.putIfAbsent(role, id);
    return byRole.computeIfAbsent(role, r -> {
      Suggestion.Draft draft = new Suggestion.Draft(SuggestionKind.CHANGE_ROLE, "advice.change-role");
      draft.roles.add(r);
      draft.ladders.add(r.ladderId());
      for (String skill : skills) {
        if (resolution.get().expectation(skill).isPresent()) {
          draft.skills.add(skill);
        }
      }
      return draft;
    });
  }

  /** "Engineering E3": the ladder's and the level's names. */
  private String roleName(RoleRef role) {
    return snapshot.ladder(role.ladderId()).map(CareerLadder::name).orElse(role.ladderId()) + " "
        + snapshot.level(role).map(Level::name).orElse(role.levelId());
  }

  private String name(String skillId) {
    return snapshot.skill(skillId).map(Skill::name).orElse(skillId);
  }

  private String names(Iterable<String> skillIds) {
    List<String> names = new ArrayList<>();
    for (String id : skillIds) {
      names.add(name(id));
    }
    return String.join(", ", names);
  }
}
