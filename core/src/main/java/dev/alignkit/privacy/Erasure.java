package dev.alignkit.privacy;

import dev.alignkit.career.SkillProfile;
import dev.alignkit.development.CareerVision;
import dev.alignkit.development.CoachingCheckIn;
import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.GrowSession;
import dev.alignkit.development.SupportActivity;
import dev.alignkit.development.WayForwardStep;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Initiative;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.Owner;
import dev.alignkit.okr.OwnerKind;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.org.Waiver;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Erases one person's personal data from a snapshot; see {@link Privacy#erase} for what it does. */
final class Erasure {
  private final OrganizationSnapshot snapshot;
  private final String personId;
  private final String pseudonym;
  /** Ids of the person's removed items: plans, goals, measures, visions, GROW sessions. */
  private final Set<String> removed = new HashSet<>();

  private Erasure(OrganizationSnapshot snapshot, String personId) {
    this.snapshot = snapshot;
    this.personId = personId;
    this.pseudonym = FreeIds.in("erased-", snapshot).next();
  }

  static OrganizationSnapshot of(OrganizationSnapshot snapshot, String personId) {
    return new Erasure(snapshot, personId).erase();
  }

  private OrganizationSnapshot erase() {
    List<DevelopmentPlan> plans = new ArrayList<>();
    for (DevelopmentPlan plan : snapshot.plans()) {
      if (plan.personId().equals(personId)) {
        removed.add(plan.id());
        for (DevelopmentGoal goal : plan.goals()) {
          removed.add(goal.id());
          for (KeyResult measure : goal.measures()) {
            removed.add(measure.id());
          }
        }
      } else {
        plans.add(plan);
      }
    }
    List<CareerVision> visions = new ArrayList<>();
    for (CareerVision vision : snapshot.visions()) {
      if (vision.personId().equals(personId)) {
        removed.add(vision.id());
      } else {
        visions.add(vision);
      }
    }
    List<GrowSession> sessions = new ArrayList<>();
    for (GrowSession session : snapshot.growSessions()) {
      if (session.personId().equals(personId)) {
        removed.add(session.id());
      } else {
        sessions.add(session);
      }
    }
    List<SkillProfile> profiles = new ArrayList<>();
    for (SkillProfile profile : snapshot.profiles()) {
      if (!profile.personId().equals(personId)) {
        profiles.add(profile);
      }
    }
    return OrganizationSnapshot.builder().from(snapshot)
        .people(people())
        .objectives(objectives())
        .profiles(profiles)
        .plans(eachPlan(plans))
        .visions(visions)
        .growSessions(eachSession(sessions))
        .waivers(waivers())
        .build();
  }

  private Optional<String> map(Optional<String> id) {
    return id.map(i -> i.equals(personId) ? pseudonym : i);
  }

  private List<Person> people() {
    List<Person> out = new ArrayList<>();
    for (Person person : snapshot.people()) {
      if (person.id().equals(personId)) {
        // Teams and manager stay so that the organization's structure and others' manager chains
        // hold; name, role, HR rights and vendor fields go.
        out.add(Person.builder().id(pseudonym).name(pseudonym).teamId(person.teamId())
            .otherTeamIds(person.otherTeamIds()).managerId(map(person.managerId())).build());
      } else if (person.managerId().filter(personId::equals).isPresent()) {
        out.add(Person.builder().from(person).managerId(pseudonym).build());
      } else {
        out.add(person);
      }
    }
    return out;
  }

  private List<Objective> objectives() {
    List<Objective> out = new ArrayList<>();
    for (Objective objective : snapshot.objectives()) {
      Objective.Builder copy = Objective.builder().from(objective);
      if (objective.owner().kind() == OwnerKind.PERSON && objective.owner().id().orElseThrow().equals(personId)) {
        copy.owner(Owner.person(pseudonym));
      }
      copy.keyResults(keyResults(objective.keyResults()));
      List<Initiative> initiatives = new ArrayList<>();
      for (Initiative initiative : objective.initiatives()) {
        initiatives.add(initiative.wovenGoalId().filter(removed::contains).isPresent()
            ? Initiative.builder().from(initiative).wovenGoalId(Optional.empty()).build()
            : initiative);
      }
      copy.initiatives(initiatives);
      out.add(copy.build());
    }
    return out;
  }

  /**
   * Key results or measures without the person's authorship of check-ins and what they wrote; one
   * the person owns is owned by the pseudonym, as their objectives are.
   */
  private List<KeyResult> keyResults(List<KeyResult> keyResults) {
    List<KeyResult> out = new ArrayList<>(keyResults.size());
    for (KeyResult keyResult : keyResults) {
      boolean owned = keyResult.ownerId().filter(personId::equals).isPresent();
      boolean authored = false;
      List<CheckIn> checkIns = new ArrayList<>(keyResult.checkIns().size());
      for (CheckIn checkIn : keyResult.checkIns()) {
        if (checkIn.authorId().filter(personId::equals).isPresent()) {
          authored = true;
          checkIns.add(CheckIn.builder().date(checkIn.date()).at(checkIn.at()).value(checkIn.value())
              .confidence(checkIn.confidence()).build());
        } else {
          checkIns.add(checkIn);
        }
      }
      if (!owned && !authored) {
        out.add(keyResult);
        continue;
      }
      KeyResult.Builder copy = KeyResult.builder().from(keyResult).checkIns(checkIns);
      out.add(owned ? copy.ownerId(pseudonym).build() : copy.build());
    }
    return out;
  }

  private List<DevelopmentPlan> eachPlan(List<DevelopmentPlan> plans) {
    List<DevelopmentPlan> out = new ArrayList<>(plans.size());
    for (DevelopmentPlan plan : plans) {
      List<DevelopmentGoal> goals = new ArrayList<>();
      for (DevelopmentGoal goal : plan.goals()) {
        List<SupportActivity> support = new ArrayList<>();
        for (SupportActivity activity : goal.supportActivities()) {
          support.add(activity.provider().filter(personId::equals).isPresent()
              ? SupportActivity.builder().from(activity).provider(pseudonym).build()
              : activity);
        }
        goals.add(DevelopmentGoal.builder().from(goal)
            .proposedBy(map(goal.proposedBy()))
            .agreedBy(map(goal.agreedBy()))
            .supportActivities(support)
            .measures(keyResults(goal.measures()))
            .build());
      }
      List<CoachingCheckIn> coaching = new ArrayList<>();
      for (CoachingCheckIn checkIn : plan.coachingCheckIns()) {
        coaching.add(checkIn.coachId().filter(personId::equals).isPresent()
            ? CoachingCheckIn.builder().date(checkIn.date()).coachId(pseudonym).build()
            : checkIn);
      }
      out.add(DevelopmentPlan.builder().from(plan).goals(goals).coachingCheckIns(coaching).build());
    }
    return out;
  }

  private List<GrowSession> eachSession(List<GrowSession> sessions) {
    List<GrowSession> out = new ArrayList<>(sessions.size());
    for (GrowSession session : sessions) {
      List<WayForwardStep> steps = new ArrayList<>();
      for (WayForwardStep step : session.steps()) {
        steps.add(step.trackedBy().filter(removed::contains).isPresent()
            ? WayForwardStep.builder().from(step).trackedBy(Optional.empty()).build()
            : step);
      }
      out.add(GrowSession.builder().from(session).coachId(map(session.coachId())).steps(steps).build());
    }
    return out;
  }

  private List<Waiver> waivers() {
    List<Waiver> out = new ArrayList<>();
    for (Waiver waiver : snapshot.waivers()) {
      if (removed.contains(waiver.subjectId())) {
        continue;
      }
      out.add(Waiver.builder().from(waiver)
          .subjectId(waiver.subjectId().equals(personId) ? pseudonym : waiver.subjectId())
          .grantedBy(map(waiver.grantedBy()))
          .build());
    }
    return out;
  }
}
