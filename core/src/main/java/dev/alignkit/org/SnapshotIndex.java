package dev.alignkit.org;

import com.google.common.collect.Maps;
import dev.alignkit.career.Assessment;
import dev.alignkit.career.CareerLadder;
import dev.alignkit.career.Expectation;
import dev.alignkit.career.LateralMove;
import dev.alignkit.career.Level;
import dev.alignkit.career.Opening;
import dev.alignkit.career.ProficiencyScale;
import dev.alignkit.career.SkillProfile;
import dev.alignkit.common.DuplicateIdException;
import dev.alignkit.development.CareerVision;
import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.GrowSession;
import dev.alignkit.development.TargetSkill;
import dev.alignkit.internal.SnapshotPositions;
import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.Initiative;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The id lookups of one snapshot. Built once; read-only afterwards, so safe to share. */
final class SnapshotIndex {
  /** Person id to their position in the snapshot's people: what the reporting tree's arrays are indexed by. */
  final Map<String, Integer> people;
  final Map<String, Team> teams;
  /** Cycle id to its position in the snapshot's cycles. */
  final Map<String, Integer> cycles;
  /** Objective id to its position in the snapshot's objectives: what arrays over objectives are indexed by. */
  final Map<String, Integer> objectives;
  final Map<String, KeyResult> keyResults;
  /** Key-result id to the position of its objective; the values are those of {@link #objectives}, shared. */
  final Map<String, Integer> keyResultOwners;
  final Map<String, Initiative> initiatives;
  final Map<String, Objective> initiativeOwners;
  final Map<String, List<Objective>> children;
  final Map<String, CareerLadder> ladders;
  final Map<String, LateralMove> lateralMoves;
  final Map<String, Opening> openings;
  final Map<String, SkillProfile> profiles;
  final Map<String, DevelopmentPlan> plans;
  final Map<String, List<DevelopmentPlan>> plansByPerson = new HashMap<>();
  final Map<String, DevelopmentGoal> goals;
  final Map<String, DevelopmentPlan> goalPlans;
  final Map<String, KeyResult> measures;
  final Map<String, CareerVision> visions;
  final Map<String, GrowSession> growSessions;
  final Map<String, List<GrowSession>> growSessionsByPerson = new HashMap<>();
  /** The ids above resolved to positions, for code that works over arrays. */
  final SnapshotPositions positions;

  private SnapshotIndex(OrganizationSnapshot snapshot) {
    people = positions("person", "people", snapshot.people(), Person::id);
    teams = byId("team", "teams", snapshot.teams(), Team::id);
    cycles = positions("cycle", "cycles", snapshot.cycles(), Cycle::id);
    objectives = positions("objective", "objectives", snapshot.objectives(), Objective::id);
    ladders = byId("ladder", "ladders", snapshot.ladders(), CareerLadder::id);
    lateralMoves = byId("lateral move", "lateralMoves", snapshot.lateralMoves(), LateralMove::id);
    openings = byId("opening", "openings", snapshot.openings(), Opening::id);
    profiles = byId("skill profile", "profiles", snapshot.profiles(), SkillProfile::personId);
    plans = byId("development plan", "plans", snapshot.plans(), DevelopmentPlan::id);
    visions = byId("career vision", "visions", snapshot.visions(), CareerVision::id);
    growSessions = byId("GROW session", "growSessions", snapshot.growSessions(), GrowSession::id);
    int keyResultCount = 0;
    int initiativeCount = 0;
    for (Objective objective : snapshot.objectives()) {
      keyResultCount += objective.keyResults().size();
      initiativeCount += objective.initiatives().size();
    }
    keyResults = Maps.newHashMapWithExpectedSize(keyResultCount);
    keyResultOwners = Maps.newHashMapWithExpectedSize(keyResultCount);
    initiatives = Maps.newHashMapWithExpectedSize(initiativeCount);
    initiativeOwners = Maps.newHashMapWithExpectedSize(initiativeCount);
    children = Maps.newHashMapWithExpectedSize(snapshot.objectives().size());
    int goalCount = 0;
    int measureCount = 0;
    for (DevelopmentPlan plan : snapshot.plans()) {
      goalCount += plan.goals().size();
      for (DevelopmentGoal goal : plan.goals()) {
        measureCount += goal.measures().size();
      }
    }
    goals = Maps.newHashMapWithExpectedSize(goalCount);
    goalPlans = Maps.newHashMapWithExpectedSize(goalCount);
    measures = Maps.newHashMapWithExpectedSize(measureCount);
    indexDevelopment(snapshot);
    checkScale(snapshot);
    List<Objective> objectiveList = snapshot.objectives();
    int objectiveCount = objectiveList.size();
    int[] cycleOfObjective = new int[objectiveCount];
    int[] linkStarts = new int[objectiveCount + 1];
    for (int i = 0; i < objectiveCount; i++) {
      Objective objective = objectiveList.get(i);
      // The position boxed once, shared by every key result of the objective: no Integer per key result.
      Integer position = objectives.get(objective.id());
      for (KeyResult kr : objective.keyResults()) {
        if (keyResults.putIfAbsent(kr.id(), kr) != null) {
          throw duplicate(snapshot, "key result", kr.id());
        }
        keyResultOwners.put(kr.id(), position);
      }
      for (Initiative initiative : objective.initiatives()) {
        if (initiatives.putIfAbsent(initiative.id(), initiative) != null) {
          throw duplicate(snapshot, "initiative", initiative.id());
        }
        initiativeOwners.put(initiative.id(), objective);
      }
      Integer cycle = objective.cycleId().isPresent() ? cycles.get(objective.cycleId().get()) : null;
      cycleOfObjective[i] = cycle == null ? -1 : cycle;
      linkStarts[i + 1] = linkStarts[i] + objective.alignments().size();
    }
    // A second pass: a link may name a key result of an objective later in the list.
    int[] linkTargets = new int[linkStarts[objectiveCount]];
    for (int i = 0; i < objectiveCount; i++) {
      Objective objective = objectiveList.get(i);
      List<Alignment> links = objective.alignments();
      for (int j = 0; j < links.size(); j++) {
        int parent = parentPosition(links.get(j));
        linkTargets[linkStarts[i] + j] = parent;
        if (parent >= 0) {
          List<Objective> list = children.computeIfAbsent(objectiveList.get(parent).id(), k -> new ArrayList<>());
          // A child's links are indexed one after the other, so a second link to one parent is the last entry.
          if (list.isEmpty() || list.get(list.size() - 1) != objective) {
            list.add(objective);
          }
        }
      }
    }
    children.replaceAll((parent, list) -> Collections.unmodifiableList(list));
    positions = new SnapshotPositions(cycleOfObjective, linkStarts, linkTargets, profilePositions(snapshot),
        planPositions(snapshot.plans(), people, DevelopmentPlan::personId),
        planPositions(snapshot.plans(), cycles, DevelopmentPlan::cycleId));
  }

  /** Per person, the position of their skill profile, or -1. */
  private int[] profilePositions(OrganizationSnapshot snapshot) {
    int[] profileOfPerson = new int[snapshot.people().size()];
    Arrays.fill(profileOfPerson, -1);
    List<SkillProfile> list = snapshot.profiles();
    for (int i = 0; i < list.size(); i++) {
      Integer person = people.get(list.get(i).personId());
      if (person != null) {
        profileOfPerson[person] = i;
      }
    }
    return profileOfPerson;
  }

  /** Per plan, the position {@code positions} gives the id {@code idOf} reads from it, or -1. */
  private static int[] planPositions(List<DevelopmentPlan> plans, Map<String, Integer> positions,
      IdOf<DevelopmentPlan> idOf) {
    int[] result = new int[plans.size()];
    for (int i = 0; i < result.length; i++) {
      Integer position = positions.get(idOf.id(plans.get(i)));
      result[i] = position == null ? -1 : position;
    }
    return result;
  }

  /**
   * The position of the objective a link reaches: its parent objective, or the objective of its
   * parent key result; -1 when none.
   */
  int parentPosition(Alignment alignment) {
    Integer position = alignment.isToKeyResult() ? keyResultOwners.get(alignment.parentId())
        : objectives.get(alignment.parentId());
    return position == null ? -1 : position;
  }

  private void indexDevelopment(OrganizationSnapshot snapshot) {
    for (DevelopmentPlan plan : snapshot.plans()) {
      plansByPerson.computeIfAbsent(plan.personId(), k -> new ArrayList<>()).add(plan);
      for (DevelopmentGoal goal : plan.goals()) {
        if (goals.putIfAbsent(goal.id(), goal) != null) {
          throw duplicate(snapshot, "development goal", goal.id());
        }
        goalPlans.put(goal.id(), plan);
        for (KeyResult measure : goal.measures()) {
          if (measures.putIfAbsent(measure.id(), measure) != null) {
            throw duplicate(snapshot, "development measure", measure.id());
          }
        }
      }
    }
    plansByPerson.replaceAll((person, list) -> Collections.unmodifiableList(list));
    for (GrowSession session : snapshot.growSessions()) {
      growSessionsByPerson.computeIfAbsent(session.personId(), k -> new ArrayList<>()).add(session);
    }
    growSessionsByPerson.replaceAll((person, list) -> Collections.unmodifiableList(list));
  }

  /** Required, desired and assessed proficiencies lie on the catalog's scale (docs/concepts.md). */
  private static void checkScale(OrganizationSnapshot snapshot) {
    ProficiencyScale scale = snapshot.skillCatalog().scale();
    for (CareerLadder ladder : snapshot.ladders()) {
      for (Level level : ladder.levels()) {
        for (Expectation expectation : level.expectations()) {
          if (!scale.contains(expectation.required())) {
            throw new IllegalArgumentException("ladders[" + ladder.id() + "].levels[" + level.id() + "].expectations["
                + expectation.skillId() + "].required " + expectation.required() + " is outside the scale "
                + scaleText(scale));
          }
        }
      }
    }
    for (DevelopmentPlan plan : snapshot.plans()) {
      for (DevelopmentGoal goal : plan.goals()) {
        for (TargetSkill target : goal.targetSkills()) {
          if (target.desired().isPresent() && !scale.contains(target.desired().getAsDouble())) {
            throw new IllegalArgumentException("plans[" + plan.id() + "].goals[" + goal.id() + "].targetSkills["
                + target.skillId() + "].desired " + target.desired().getAsDouble() + " is outside the scale "
                + scaleText(scale));
          }
        }
      }
    }
    for (SkillProfile profile : snapshot.profiles()) {
      for (Assessment assessment : profile.assessments()) {
        if (!scale.contains(assessment.proficiency())) {
          throw new IllegalArgumentException("profiles[" + profile.personId() + "].assessments["
              + assessment.skillId() + "].proficiency " + assessment.proficiency() + " on " + assessment.date()
              + " is outside the scale " + scaleText(scale));
        }
      }
    }
  }

  private static String scaleText(ProficiencyScale scale) {
    return "[" + scale.min() + ", " + scale.max() + "]";
  }

  static SnapshotIndex of(OrganizationSnapshot snapshot) {
    return new SnapshotIndex(snapshot);
  }

  private interface IdOf<T> {
    String id(T item);
  }

  private static <T> Map<String, Integer> positions(String kind, String field, List<T> items, IdOf<T> idOf) {
    Map<String, Integer> map = Maps.newHashMapWithExpectedSize(items.size());
    for (int i = 0; i < items.size(); i++) {
      Integer previous = map.putIfAbsent(idOf.id(items.get(i)), i);
      if (previous != null) {
        throw new DuplicateIdException(kind, idOf.id(items.get(i)), field + "[" + previous + "]",
            field + "[" + i + "]");
      }
    }
    return map;
  }

  private static <T> Map<String, T> byId(String kind, String field, List<T> items, IdOf<T> idOf) {
    Map<String, T> map = Maps.newHashMapWithExpectedSize(items.size());
    for (int i = 0; i < items.size(); i++) {
      T item = items.get(i);
      T previous = map.putIfAbsent(idOf.id(item), item);
      if (previous != null) {
        throw new DuplicateIdException(kind, idOf.id(item), field + "[" + items.indexOf(previous) + "]",
            field + "[" + i + "]");
      }
    }
    return map;
  }

  /**
   * The failure for an id of {@code kind} used twice, naming its first two places such as
   * {@code objectives[o-1].keyResults[2]}. Only a failing snapshot looks for them, so indexing a
   * valid one builds no place text.
   */
  private static DuplicateIdException duplicate(OrganizationSnapshot snapshot, String kind, String id) {
    List<String> places = new ArrayList<>(2);
    for (Objective objective : snapshot.objectives()) {
      String base = "objectives[" + objective.id() + "]";
      if (kind.equals("key result")) {
        addPlaces(places, base + ".keyResults", objective.keyResults(), KeyResult::id, id);
      } else if (kind.equals("initiative")) {
        addPlaces(places, base + ".initiatives", objective.initiatives(), Initiative::id, id);
      }
    }
    for (DevelopmentPlan plan : snapshot.plans()) {
      List<DevelopmentGoal> planGoals = plan.goals();
      for (int i = 0; i < planGoals.size(); i++) {
        String place = "plans[" + plan.id() + "].goals[" + i + "]";
        if (kind.equals("development goal") && planGoals.get(i).id().equals(id)) {
          places.add(place);
        } else if (kind.equals("development measure")) {
          addPlaces(places, place + ".measures", planGoals.get(i).measures(), KeyResult::id, id);
        }
      }
    }
    return new DuplicateIdException(kind, id, places.get(0), places.get(1));
  }

  private static <T> void addPlaces(List<String> places, String field, List<T> items, IdOf<T> idOf, String id) {
    for (int i = 0; i < items.size(); i++) {
      if (idOf.id(items.get(i)).equals(id)) {
        places.add(field + "[" + i + "]");
      }
    }
  }
}
