package dev.alignkit.benchmarks;

import static dev.alignkit.benchmarks.OrganizationGenerator.AS_OF;
import static dev.alignkit.benchmarks.OrganizationGenerator.CYCLE_ID;
import static dev.alignkit.benchmarks.OrganizationGenerator.CYCLE_START;

import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Initiative;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.KeyResultKind;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.ObjectiveType;
import dev.alignkit.okr.OrdinalZone;
import dev.alignkit.okr.Owner;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes the objectives of the organization, of each team and of each person, with key results of
 * all six kinds and their check-ins, a few percent of them unaligned, stale or worded as an activity.
 */
final class OkrGenerator {
  /** What key results measure; the one-person fixture words its key results with them too. */
  static final String[] METRICS = {
      "weekly active teams", "net promoter score", "median reply time", "deploys per week", "open defects",
      "trial conversions", "onboarding time", "uptime", "churned accounts", "cost per ticket"};
  /** The units of key results, shared with the one-person fixture. */
  static final String[] UNITS = {"teams", "points", "hours", "deploys", "defects", "%", "days"};
  private static final String[] TAGS = {
      "cross-functional", "vendors", "interns", "executive-sponsored", "process"};

  private final SplittableRandom random;
  private final CareerGenerator careers;

  /**
   * An OKR generator.
   *
   * @param random the organization's one random source, shared with the other generators
   * @param careers where the skills the objectives and initiatives develop are drawn from
   */
  OkrGenerator(SplittableRandom random, CareerGenerator careers) {
    this.random = random;
    this.careers = careers;
  }

  /** Organization objective {@code number}, unaligned, with 3 key results. */
  Objective organizationObjective(int number) {
    return objective("org-" + number, Owner.organization(), null, 3, true).build();
  }

  /**
   * Adds the 2 objectives of team {@code team}, each with 3 key results and one initiative and
   * contributing to one of the 2 objectives of team {@code parent}, drawn at random, or for the
   * root team ({@code parent} -1) to one of the 3 organization objectives.
   */
  void teamObjectives(List<Objective> objectives, int team, int parent) {
    Owner owner = Owner.team("t" + team);
    for (int o = 1; o <= 2; o++) {
      String parentId = parent < 0 ? "org-" + (1 + random.nextInt(3)) : "t" + parent + "-o" + (1 + random.nextInt(2));
      Objective.Builder objective =
          objective("t" + team + "-o" + o, owner, Alignment.contributes(parentId, 1.0), 3, true);
      objective.addInitiative(Initiative.builder().id("t" + team + "-o" + o + "-i1")
          .title("Run the " + METRICS[random.nextInt(METRICS.length)] + " review with team " + team)
          .addTag(TAGS[random.nextInt(TAGS.length)]).addSkill(careers.randomSkill()).build());
      objectives.add(objective.build());
    }
  }

  /**
   * Adds the 3 to 5 objectives of a person: 5 % unaligned, 8 % contributing to an objective of
   * their lead {@code leadId} (null for a lead, whose 8 % support a team objective instead), 3 %
   * supporting an objective of their team and the rest contributing to one.
   */
  void personalObjectives(List<Objective> objectives, String personId, int team, String leadId) {
    int count = 3 + random.nextInt(3);
    Owner owner = Owner.person(personId);
    for (int o = 1; o <= count; o++) {
      int roll = random.nextInt(100);
      Alignment alignment;
      if (roll < 5) {
        alignment = null;
      } else if (roll < 13 && leadId != null) {
        alignment = Alignment.contributes(leadId + "-o" + (1 + random.nextInt(3)), 1.0);
      } else if (roll < 16) {
        alignment = Alignment.supports("t" + team + "-o" + (1 + random.nextInt(2)));
      } else {
        alignment = Alignment.contributes("t" + team + "-o" + (1 + random.nextInt(2)), 1 + random.nextInt(2));
      }
      objectives.add(objective(personId + "-o" + o, owner, alignment, 1 + random.nextInt(3), false).build());
    }
  }

  private Objective.Builder objective(String id, Owner owner, Alignment alignment, int keyResults, boolean shared) {
    Objective.Builder objective = Objective.builder().id(id).owner(owner).cycleId(CYCLE_ID)
        .title((shared ? "Make " : "Improve ") + METRICS[random.nextInt(METRICS.length)] + " for "
            + (shared ? "everyone" : "my customers") + " (" + id + ")")
        .type(random.nextInt(5) == 0 ? ObjectiveType.ASPIRATIONAL : ObjectiveType.COMMITTED);
    if (alignment != null) {
      objective.addAlignment(alignment);
    }
    if (shared || random.nextInt(3) == 0) {
      objective.addSkill(careers.randomSkill());
      objective.addTag(TAGS[random.nextInt(TAGS.length)]);
    }
    for (int k = 1; k <= keyResults; k++) {
      objective.addKeyResult(keyResult(id + "-kr" + k));
    }
    return objective;
  }

  private KeyResult keyResult(String id) {
    int kind = random.nextInt(100);
    String metric = METRICS[random.nextInt(METRICS.length)];
    String unit = UNITS[random.nextInt(UNITS.length)];
    String verb = kind < 75 && random.nextInt(100) < 4 ? "Attend " : "";
    double start = 10 + random.nextInt(90);
    KeyResult.Builder keyResult;
    double low;
    double high;
    if (kind < 60) {
      double target = start + 10 + random.nextInt(100);
      keyResult = KeyResult.builder().id(id).title(verb + "Raise " + metric + " from " + (int) start + " to "
          + (int) target).kind(KeyResultKind.INCREASE).start(start).target(target).unit(unit);
      low = start;
      high = target;
    } else if (kind < 75) {
      double target = Math.max(0, start - 5 - random.nextInt(40));
      keyResult = KeyResult.builder().id(id).title(verb + "Cut " + metric + " from " + (int) start + " to "
          + (int) target).kind(KeyResultKind.DECREASE).start(start).target(target).unit(unit);
      low = target;
      high = start;
    } else if (kind < 85) {
      keyResult = KeyResult.builder().id(id).title("Ship the new " + metric + " dashboard")
          .kind(KeyResultKind.ACHIEVE).target(1);
      low = 0;
      high = 1;
    } else if (kind < 90) {
      keyResult = KeyResult.builder().id(id).title(verb + "Keep " + metric + " at or above " + (int) start)
          .kind(KeyResultKind.STAY_AT_LEAST).target(start).unit(unit);
      low = start - 10;
      high = start + 10;
    } else if (kind < 95) {
      keyResult = KeyResult.builder().id(id).title(verb + "Keep " + metric + " at or below " + (int) start)
          .kind(KeyResultKind.STAY_AT_MOST).target(start).unit(unit);
      low = start - 10;
      high = start + 10;
    } else {
      keyResult = KeyResult.builder().id(id).title("Customers rate " + metric)
          .kind(KeyResultKind.ORDINAL).target(OrdinalZone.TARGET.index())
          .putZoneText(OrdinalZone.COMMIT, "Rated fair").putZoneText(OrdinalZone.TARGET, "Rated good")
          .putZoneText(OrdinalZone.STRETCH, "Rated excellent");
      low = 0;
      high = 3;
    }
    int checkIns = random.nextInt(20) == 0 ? 0 : random.nextInt(10) < 7 ? 1 : 2;
    boolean stale = random.nextInt(20) == 0;
    for (int c = 0; c < checkIns; c++) {
      LocalDate date = stale ? CYCLE_START.plusDays(1 + random.nextInt(14)) : AS_OF.minusDays(1 + random.nextInt(27));
      double value = kind >= 95 ? random.nextInt(4) : kind >= 75 && kind < 85 ? random.nextInt(2)
          : Math.round(low + random.nextDouble() * (high - low));
      keyResult.addCheckIn(CheckIn.builder().date(date).value(value).confidence((3 + random.nextInt(8)) / 10.0)
          .authorId("p0").build());
    }
    return keyResult.build();
  }
}
