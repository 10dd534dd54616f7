package dev.alignkit.benchmarks.beans;

import dev.alignkit.career.Expectation;
import dev.alignkit.career.Level;
import dev.alignkit.career.RoleRef;
import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.SupportActivity;
import dev.alignkit.development.TargetSkill;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.OrdinalZone;
import dev.alignkit.okr.Owner;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Copies one person's items from a snapshot into the bean model, so both sides validate the same data. */
public final class BeanMapper {
  private BeanMapper() {}

  /** The person with this id, their objectives, their first plan and their role. */
  public static PersonBean person(OrganizationSnapshot snapshot, String personId) {
    Person person = snapshot.person(personId).orElseThrow();
    PersonBean bean = new PersonBean();
    bean.id = person.id();
    bean.name = person.name();
    bean.managerId = person.managerId().orElse(null);
    bean.objectives = new ArrayList<>();
    Owner owner = Owner.person(personId);
    for (Objective objective : snapshot.objectives()) {
      if (objective.owner().equals(owner)) {
        bean.objectives.add(objective(objective));
      }
    }
    List<DevelopmentPlan> plans = snapshot.plansOf(personId);
    bean.plan = plans.isEmpty() ? null : plan(plans.get(0));
    RoleRef role = person.role().orElseThrow();
    bean.role = new RoleBean();
    bean.role.ladderId = role.ladderId();
    bean.role.levelId = role.levelId();
    bean.role.expectations = new ArrayList<>();
    Level level = snapshot.level(role).orElseThrow();
    for (Expectation expectation : level.expectations()) {
      ExpectationBean e = new ExpectationBean();
      e.skillId = expectation.skillId();
      e.required = expectation.required();
      e.importance = expectation.importance().name();
      bean.role.expectations.add(e);
    }
    return bean;
  }

  private static ObjectiveBean objective(Objective objective) {
    ObjectiveBean bean = new ObjectiveBean();
    bean.id = objective.id();
    bean.title = objective.title();
    bean.ownerId = objective.owner().id().orElse("organization");
    bean.cycleId = objective.cycleId().orElse(null);
    bean.status = objective.status().name();
    bean.alignments = new ArrayList<>(objective.alignments().size());
    for (var alignment : objective.alignments()) {
      AlignmentBean link = new AlignmentBean();
      link.parentId = alignment.parentId();
      link.kind = alignment.kind().name();
      link.weight = alignment.weight();
      bean.alignments.add(link);
    }
    bean.keyResults = new ArrayList<>();
    for (KeyResult keyResult : objective.keyResults()) {
      bean.keyResults.add(keyResult(keyResult));
    }
    return bean;
  }

  private static KeyResultBean keyResult(KeyResult keyResult) {
    KeyResultBean bean = new KeyResultBean();
    bean.id = keyResult.id();
    bean.title = keyResult.title();
    bean.kind = keyResult.kind().map(Enum::name).orElse(null);
    bean.start = keyResult.start().isPresent() ? keyResult.start().getAsDouble() : null;
    bean.target = keyResult.target().isPresent() ? keyResult.target().getAsDouble() : null;
    bean.unit = keyResult.unit().orElse(null);
    bean.weight = keyResult.weight();
    Map<String, String> zones = new LinkedHashMap<>();
    for (Map.Entry<OrdinalZone, String> zone : keyResult.zoneTexts().entrySet()) {
      zones.put(zone.getKey().name(), zone.getValue());
    }
    bean.zoneTexts = zones;
    bean.checkIns = new ArrayList<>();
    for (CheckIn checkIn : keyResult.checkIns()) {
      CheckInBean c = new CheckInBean();
      c.date = checkIn.date();
      c.value = checkIn.value();
      c.confidence = checkIn.confidence().isPresent() ? checkIn.confidence().getAsDouble() : null;
      bean.checkIns.add(c);
    }
    return bean;
  }

  private static PlanBean plan(DevelopmentPlan plan) {
    PlanBean bean = new PlanBean();
    bean.id = plan.id();
    bean.cycleId = plan.cycleId();
    bean.goals = new ArrayList<>();
    for (DevelopmentGoal goal : plan.goals()) {
      GoalBean g = new GoalBean();
      g.id = goal.id();
      g.statement = goal.statement();
      g.status = goal.status().name();
      g.targetSkills = new ArrayList<>();
      for (TargetSkill target : goal.targetSkills()) {
        g.targetSkills.add(target.skillId());
      }
      g.measures = new ArrayList<>();
      for (KeyResult measure : goal.measures()) {
        g.measures.add(keyResult(measure));
      }
      g.supportActivities = new ArrayList<>();
      for (SupportActivity activity : goal.supportActivities()) {
        g.supportActivities.add(activity.description());
      }
      g.plannedShare = goal.plannedShare().isPresent() ? goal.plannedShare().getAsDouble() : null;
      bean.goals.add(g);
    }
    return bean;
  }
}
