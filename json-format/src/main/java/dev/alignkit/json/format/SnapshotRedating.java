package dev.alignkit.json.format;

import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.org.OrganizationSnapshot;
import java.util.ArrayList;
import java.util.List;

/**
 * Dates again, in the document's zone, the check-ins given only {@code at} that were read before
 * the document's {@code zone} and so were dated in UTC. Only a document that names its
 * {@code zone} after such check-ins needs it; the writer writes {@code zone} before everything it
 * could date, and always writes {@code date}.
 */
public final class SnapshotRedating {
  private SnapshotRedating() {}

  /** {@code snapshot} with the provisional check-ins of {@code context} dated in its zone. */
  static OrganizationSnapshot redate(OrganizationSnapshot snapshot, ReadContext context) {
    if (!context.needsRedating()) {
      return snapshot;
    }
    List<Objective> objectives = new ArrayList<>(snapshot.objectives().size());
    for (Objective objective : snapshot.objectives()) {
      objectives.add(Objective.builder().from(objective).keyResults(redate(objective.keyResults(), context)).build());
    }
    List<DevelopmentPlan> plans = new ArrayList<>(snapshot.plans().size());
    for (DevelopmentPlan plan : snapshot.plans()) {
      List<DevelopmentGoal> goals = new ArrayList<>(plan.goals().size());
      for (DevelopmentGoal goal : plan.goals()) {
        goals.add(DevelopmentGoal.builder().from(goal).measures(redate(goal.measures(), context)).build());
      }
      plans.add(DevelopmentPlan.builder().from(plan).goals(goals).build());
    }
    return OrganizationSnapshot.builder().from(snapshot).objectives(objectives).plans(plans).build();
  }

  private static List<KeyResult> redate(List<KeyResult> keyResults, ReadContext context) {
    List<KeyResult> redated = new ArrayList<>(keyResults.size());
    for (KeyResult keyResult : keyResults) {
      List<CheckIn> checkIns = new ArrayList<>(keyResult.checkIns().size());
      for (CheckIn checkIn : keyResult.checkIns()) {
        checkIns.add(context.isProvisional(checkIn) ? context.dated(checkIn) : checkIn);
      }
      redated.add(KeyResult.builder().from(keyResult).checkIns(checkIns).build());
    }
    return redated;
  }
}
