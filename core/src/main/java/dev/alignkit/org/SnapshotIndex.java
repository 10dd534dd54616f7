package dev.alignkit.org;

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
import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.Initiative;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The id lookups of one snapshot. Built once; read-only afterwards, so safe to share. */
final class SnapshotIndex {
  final Map<String, Person> people;
  final Map<String, Team> teams;
  final Map<String, Cycle> cycles;
  final Map<String, Objective> objectives;
  final Map<String, KeyResult> keyResults = new HashMap<>();
  final Map<String, Objective> keyResultOwners = new HashMap<>();
  final Map<String, Initiative> initiatives = new HashMap<>();
  final Map<String, Objective> initiativeOwners = new HashMap<>();
  final Map<String, List<Objective>> children = new HashMap<>();
  final Map<String, CareerLadder> ladders;
  final Map<String, LateralMove> lateralMoves;
  final Map<String, Opening> openings;
  final Map<String, SkillProfile> profiles;
  final Map<String, DevelopmentPlan> plans;
  final Map<String, List<DevelopmentPlan>> plansByPerson = new HashMap<>();
  final Map<String, DevelopmentGoal> goals = new HashMap<>();
  final Map<String, DevelopmentPlan> goalPlans = new HashMap<>();
  final Map<String, KeyResult> measures = new HashMap<>();
  final Map<String, CareerVision> visions;
  final Map<String, GrowSession> growSessions;
  final Map<String, List<GrowSession>> growSessionsByPerson = new HashMap<>();

  private SnapshotIndex(OrganizationSnapshot snapshot) {
    people = byId("person", "people", snapshot.people(), Person::id);
    teams = byId("team", "teams", snapshot.teams(), Team::id);
    cycles = byId("cycle", "cycles", snapshot.cycles(), Cycle::id);
    objectives = byId("objective", "objectives", snapshot.objectives(), Objective::id);
    ladders = byId("ladder", "ladders", snapshot.ladders(), CareerLadder::id);
    lateralMoves = byId("lateral move", "lateralMoves", snapshot.lateralMoves(), LateralMove::id);
    openings = byId("opening", "openings", snapshot.openings(), Opening::id);
    profiles = byId("skill profile", "profiles", snapshot.profiles(), SkillProfile::personId);
    plans = byId("development plan", "plans", snapshot.plans(), DevelopmentPlan::id);
    visions = byId("career vision", "visions", snapshot.visions(), CareerVision::id);
    growSessions = byId("GROW session", "growSessions", snapshot.growSessions(), GrowSession::id);
    indexDevelopment(snapshot);
    checkScale(snapshot);
    Map<String, String> keyResultPlaces = new HashMap<>();
    Map<String, String> initiativePlaces = new HashMap<>();
    for (Objective objective : snapshot.objectives()) {
      String base = "objectives[" + objective.id() + "]";
      List<KeyResult> krs = objective.keyResults();
      for (int i = 0; i < krs.size(); i++) {
        KeyResult kr = krs.get(i);
        put("key result", kr.id(), base + ".keyResults[" + i + "]", keyResultPlaces);
        keyResults.put(kr.id(), kr);
        keyResultOwners.put(kr.id(), objective);
      }
      List<Initiative> initiativeList = objective.initiatives();
      for (int i = 0; i < initiativeList.size(); i++) {
        Initiative initiative = initiativeList.get(i);
        put("initiative", initiative.id(), base + ".initiatives[" + i + "]", initiativePlaces);
        initiatives.put(initiative.id(), initiative);
        initiativeOwners.put(initiative.id(), objective);
      }
      if (objective.alignment().isPresent()) {
        Alignment alignment = objective.alignment().get();
        children.computeIfAbsent(alignment.parentId(), k -> new ArrayList<>()).add(objective);
      }
    }
    children.replaceAll((parent, list) -> Collections.unmodifiableList(list));
  }

  private void indexDevelopment(OrganizationSnapshot snapshot) {
    Map<String, String> goalPlaces = new HashMap<>();
    Map<String, String> measurePlaces = new HashMap<>();
    for (DevelopmentPlan plan : snapshot.plans()) {
      plansByPerson.computeIfAbsent(plan.personId(), k -> new ArrayList<>()).add(plan);
      List<DevelopmentGoal> planGoals = plan.goals();
      for (int i = 0; i < planGoals.size(); i++) {
        DevelopmentGoal goal = planGoals.get(i);
        String place = "plans[" + plan.id() + "].goals[" + i + "]";
        put("development goal", goal.id(), place, goalPlaces);
        goals.put(goal.id(), goal);
        goalPlans.put(goal.id(), plan);
        List<KeyResult> goalMeasures = goal.measures();
        for (int m = 0; m < goalMeasures.size(); m++) {
          put("development measure", goalMeasures.get(m).id(), place + ".measures[" + m + "]", measurePlaces);
          measures.put(goalMeasures.get(m).id(), goalMeasures.get(m));
        }
      }
    }
    plansByPerson.replaceAll((person, list) -> Collections.unmodifiableList(list));
    for (GrowSession session : snapshot.growSessions()) {
      growSessionsByPerson.computeIfAbsent(session.personId(), k -> new ArrayList<>()).add(session);
    }
    growSessionsByPerson.replaceAll((person, list) -> Collections.unmodifiableList(list));
  }

  /** Required and assessed proficiencies must lie on the catalog's scale (DOMAIN section 5). */
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

  private static <T> Map<String, T> byId(String kind, String field, List<T> items, IdOf<T> idOf) {
    Map<String, T> map = new HashMap<>(Math.max(16, items.size() * 2));
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

  private static void put(String kind, String id, String place, Map<String, String> places) {
    String previous = places.putIfAbsent(id, place);
    if (previous != null) {
      throw new DuplicateIdException(kind, id, previous, place);
    }
  }
}
