package dev.alignkit.privacy;

import dev.alignkit.career.CareerLadder;
import dev.alignkit.career.LateralMove;
import dev.alignkit.career.Opening;
import dev.alignkit.career.SkillProfile;
import dev.alignkit.development.CareerVision;
import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.GrowSession;
import dev.alignkit.development.WayForwardStep;
import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.Initiative;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.org.Team;
import dev.alignkit.org.Waiver;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Generates ids such as {@code hidden-1}, {@code hidden-2} that no item of a snapshot uses, of any
 * kind and no item names in a reference, so that a generated id can neither clash with nor be
 * mistaken for a real one. Not
 * thread-safe; one per redaction or erasure.
 *
 * <p>For a redaction, only the ids the viewer is shown are avoided: skipping an id that only a
 * hidden item uses would tell the viewer that it exists.
 */
final class FreeIds {
  private final String prefix;
  private final Set<String> used = new HashSet<>();
  private int next = 1;

  private FreeIds(String prefix, OrganizationSnapshot snapshot, Optional<Access> shownTo) {
    this.prefix = prefix;
    for (Person person : snapshot.people()) {
      used.add(person.id());
    }
    for (Team team : snapshot.teams()) {
      used.add(team.id());
    }
    for (Cycle cycle : snapshot.cycles()) {
      used.add(cycle.id());
    }
    for (Objective objective : snapshot.objectives()) {
      if (shownTo.isPresent() && !shownTo.get().sees(objective)) {
        continue;
      }
      used.add(objective.id());
      objective.owner().id().ifPresent(used::add);
      for (Alignment link : objective.alignments()) {
        // A link to a hidden parent is shown with a fresh id instead of the parent's.
        if (shownTo.isEmpty() || !shownTo.get().hidesParentOf(link)) {
          used.add(link.parentId());
        }
      }
      for (KeyResult keyResult : objective.keyResults()) {
        used.add(keyResult.id());
        keyResult.ownerId().ifPresent(used::add);
      }
      for (Initiative initiative : objective.initiatives()) {
        used.add(initiative.id());
        initiative.wovenGoalId().ifPresent(used::add);
      }
    }
    for (DevelopmentPlan plan : snapshot.plans()) {
      used.add(plan.personId());
      if (shownTo.isPresent() && !shownTo.get().sees(plan)) {
        continue;
      }
      used.add(plan.id());
      for (DevelopmentGoal goal : plan.goals()) {
        if (shownTo.isPresent() && !shownTo.get().sees(plan, goal)) {
          continue;
        }
        used.add(goal.id());
        goal.wovenInto().ifPresent(used::add);
        for (KeyResult measure : goal.measures()) {
          used.add(measure.id());
          measure.ownerId().ifPresent(used::add);
        }
      }
    }
    for (CareerVision vision : snapshot.visions()) {
      used.add(vision.personId());
      if (shownTo.isEmpty() || shownTo.get().sees(vision)) {
        used.add(vision.id());
      }
    }
    for (GrowSession session : snapshot.growSessions()) {
      used.add(session.personId());
      if (shownTo.isEmpty() || shownTo.get().sees(session)) {
        used.add(session.id());
        for (WayForwardStep step : session.steps()) {
          step.trackedBy().ifPresent(used::add);
        }
      }
    }
    for (SkillProfile profile : snapshot.profiles()) {
      used.add(profile.personId());
    }
    for (Waiver waiver : snapshot.waivers()) {
      if (shownTo.isEmpty() || shownTo.get().sees(waiver)) {
        used.add(waiver.subjectId());
        waiver.grantedBy().ifPresent(used::add);
      }
    }
    for (CareerLadder ladder : snapshot.ladders()) {
      used.add(ladder.id());
    }
    for (LateralMove move : snapshot.lateralMoves()) {
      used.add(move.id());
    }
    for (Opening opening : snapshot.openings()) {
      used.add(opening.id());
    }
  }

  /** Ids that no item of {@code snapshot} uses. */
  static FreeIds in(String prefix, OrganizationSnapshot snapshot) {
    return new FreeIds(prefix, snapshot, Optional.empty());
  }

  /** Ids that no item the viewer of {@code access} is shown uses. */
  static FreeIds shownTo(String prefix, Access access) {
    return new FreeIds(prefix, access.snapshot(), Optional.of(access));
  }

  /** The next id of the form {@code prefix + n} that is not in use, now marked as used. */
  String next() {
    String id;
    do {
      id = prefix + next++;
    } while (!used.add(id));
    return id;
  }
}
