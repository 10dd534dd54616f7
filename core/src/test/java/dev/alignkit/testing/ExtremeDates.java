package dev.alignkit.testing;

import dev.alignkit.career.Assessment;
import dev.alignkit.career.SkillProfile;
import dev.alignkit.development.CareerVision;
import dev.alignkit.development.CoachingCheckIn;
import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.GrowSession;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Waiver;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.quicktheories.core.Gen;

/**
 * Snapshots at the ends of the calendar: a generated snapshot whose every date is moved so that it
 * sits next to {@link LocalDate#MAX} or {@link LocalDate#MIN}, for the properties that say
 * validation and the computations never throw on a snapshot that could be built.
 *
 * <p>The move is one shift of days for the whole snapshot, so that what lies between its dates
 * (cycles, staleness, grace days, waivers) keeps its length; a date the shift would carry past the
 * end of the calendar stays on its last (or first) day. That holding is monotone, so every order
 * a value checks at construction (a cycle's end after its start, a waiver's end after its grant)
 * still holds, while cycles, check-ins and waivers pile up on the very last day.
 */
public final class ExtremeDates {
  private static final long FIRST_DAY = LocalDate.MIN.toEpochDay();
  private static final long LAST_DAY = LocalDate.MAX.toEpochDay();
  /** How far past the end of the calendar the snapshot's outermost date may be carried. */
  private static final int MAX_OVERSHOOT = 200;
  /** How far before the end of the calendar the snapshot's outermost date may stop. */
  private static final int MAX_SHORTFALL = 40;

  private ExtremeDates() {}

  /** A snapshot and the as-of date to judge it on, both moved together. */
  public record Dated(OrganizationSnapshot snapshot, LocalDate asOf) {}

  /**
   * Snapshots of {@code snapshots} with as-of dates of {@code asOfs}, moved as one so that the
   * snapshot's latest date lands within {@value #MAX_SHORTFALL} days before {@link LocalDate#MAX}
   * or up to {@value #MAX_OVERSHOOT} days past it (then held at it), or its earliest date likewise
   * at {@link LocalDate#MIN}; one in ten as-of dates is the end itself. A snapshot without dates
   * is moved by its as-of date alone.
   */
  public static Gen<Dated> nearTheEnds(Gen<OrganizationSnapshot> snapshots, Gen<LocalDate> asOfs) {
    return Gens.combine(snapshots, asOfs, Gens.booleans(), Gens.ints(-MAX_SHORTFALL, MAX_OVERSHOOT),
        Gens.oneIn(10), ExtremeDates::moved);
  }

  private static Dated moved(OrganizationSnapshot snapshot, LocalDate asOf, boolean towardsTheEnd, int overshoot,
      boolean asOfAtTheEnd) {
    List<LocalDate> dates = datesOf(snapshot);
    dates.add(asOf);
    LocalDate anchor = dates.get(0);
    for (LocalDate date : dates) {
      if (towardsTheEnd ? date.isAfter(anchor) : date.isBefore(anchor)) {
        anchor = date;
      }
    }
    long shift = towardsTheEnd ? LAST_DAY + overshoot - anchor.toEpochDay()
        : FIRST_DAY - overshoot - anchor.toEpochDay();
    UnaryOperator<LocalDate> move = date -> LocalDate.ofEpochDay(
        Math.max(FIRST_DAY, Math.min(LAST_DAY, date.toEpochDay() + shift)));
    LocalDate movedAsOf = asOfAtTheEnd ? (towardsTheEnd ? LocalDate.MAX : LocalDate.MIN) : move.apply(asOf);
    return new Dated(mapDates(snapshot, move), movedAsOf);
  }

  /** Every date of the snapshot, in no particular order. */
  private static List<LocalDate> datesOf(OrganizationSnapshot snapshot) {
    List<LocalDate> dates = new ArrayList<>();
    mapDates(snapshot, date -> {
      dates.add(date);
      return date;
    });
    return dates;
  }

  /**
   * The snapshot with {@code move} applied to every date it holds: cycles, check-ins (and the day
   * of their instants, dropped in the years -999,999,999 and 999,999,999), waivers, assessments,
   * goals' {@code agreedOn}, measures' check-ins, coaching check-ins, visions and GROW sessions.
   */
  public static OrganizationSnapshot mapDates(OrganizationSnapshot snapshot, UnaryOperator<LocalDate> move) {
    List<Cycle> cycles = new ArrayList<>();
    for (Cycle cycle : snapshot.cycles()) {
      cycles.add(Cycle.builder().from(cycle).startInclusive(move.apply(cycle.startInclusive()))
          .endInclusive(move.apply(cycle.endInclusive())).build());
    }
    List<Objective> objectives = new ArrayList<>();
    for (Objective objective : snapshot.objectives()) {
      objectives.add(Objective.builder().from(objective).keyResults(keyResults(objective.keyResults(), move)).build());
    }
    List<Waiver> waivers = new ArrayList<>();
    for (Waiver waiver : snapshot.waivers()) {
      waivers.add(Waiver.builder().from(waiver).grantedOn(waiver.grantedOn().map(move))
          .untilInclusive(waiver.untilInclusive().map(move)).build());
    }
    List<SkillProfile> profiles = new ArrayList<>();
    for (SkillProfile profile : snapshot.profiles()) {
      List<Assessment> assessments = new ArrayList<>();
      for (Assessment assessment : profile.assessments()) {
        assessments.add(Assessment.builder().from(assessment).date(move.apply(assessment.date())).build());
      }
      profiles.add(SkillProfile.builder().from(profile).assessments(assessments).build());
    }
    List<DevelopmentPlan> plans = new ArrayList<>();
    for (DevelopmentPlan plan : snapshot.plans()) {
      plans.add(plan(plan, move));
    }
    List<CareerVision> visions = new ArrayList<>();
    for (CareerVision vision : snapshot.visions()) {
      visions.add(CareerVision.builder().from(vision).date(vision.date().map(move)).build());
    }
    List<GrowSession> sessions = new ArrayList<>();
    for (GrowSession session : snapshot.growSessions()) {
      sessions.add(GrowSession.builder().from(session).date(session.date().map(move)).build());
    }
    return OrganizationSnapshot.builder().from(snapshot).cycles(cycles).objectives(objectives).waivers(waivers)
        .profiles(profiles).plans(plans).visions(visions).growSessions(sessions).build();
  }

  private static DevelopmentPlan plan(DevelopmentPlan plan, UnaryOperator<LocalDate> move) {
    List<DevelopmentGoal> goals = new ArrayList<>();
    for (DevelopmentGoal goal : plan.goals()) {
      goals.add(DevelopmentGoal.builder().from(goal).agreedOn(goal.agreedOn().map(move))
          .measures(keyResults(goal.measures(), move)).build());
    }
    List<CoachingCheckIn> coaching = new ArrayList<>();
    for (CoachingCheckIn checkIn : plan.coachingCheckIns()) {
      coaching.add(CoachingCheckIn.builder().from(checkIn).date(move.apply(checkIn.date())).build());
    }
    return DevelopmentPlan.builder().from(plan).goals(goals).coachingCheckIns(coaching).build();
  }

  private static List<KeyResult> keyResults(List<KeyResult> keyResults, UnaryOperator<LocalDate> move) {
    List<KeyResult> out = new ArrayList<>(keyResults.size());
    for (KeyResult keyResult : keyResults) {
      if (keyResult.checkIns().isEmpty()) {
        out.add(keyResult);
        continue;
      }
      List<CheckIn> checkIns = new ArrayList<>(keyResult.checkIns().size());
      for (CheckIn checkIn : keyResult.checkIns()) {
        LocalDate date = move.apply(checkIn.date());
        CheckIn.Builder moved = CheckIn.builder().from(checkIn).date(date).at(Optional.empty());
        // The instant keeps its time and offset on the moved day. In the outermost years it is
        // left out, as the JSON module refuses it there (its day may not exist in another zone).
        if (checkIn.at().isPresent() && Math.abs(date.getYear()) < Year.MAX_VALUE) {
          OffsetDateTime at = checkIn.at().get();
          moved.at(OffsetDateTime.of(date, at.toLocalTime(), at.getOffset()));
        }
        checkIns.add(moved.build());
      }
      out.add(KeyResult.builder().from(keyResult).checkIns(checkIns).build());
    }
    return out;
  }
}
