package dev.alignkit.json.format;

import static dev.alignkit.json.format.Scalars.BOOLEAN;
import static dev.alignkit.json.format.Scalars.DATE;
import static dev.alignkit.json.format.Scalars.REF;
import static dev.alignkit.json.format.Scalars.STRING;
import static dev.alignkit.json.format.Scalars.enumOf;

import dev.alignkit.development.CareerVision;
import dev.alignkit.development.CoachingCheckIn;
import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.GoalStatus;
import dev.alignkit.development.GrowOption;
import dev.alignkit.development.GrowSession;
import dev.alignkit.development.Horizon;
import dev.alignkit.development.PerformanceStanding;
import dev.alignkit.development.SupportActivity;
import dev.alignkit.development.SupportKind;
import dev.alignkit.development.TargetSkill;
import dev.alignkit.development.WayForwardStep;

/** The JSON objects of {@code dev.alignkit.development}: plans, goals, visions and GROW sessions. */
public final class DevelopmentCodecs {
  private DevelopmentCodecs() {}

  public static final ObjectCodec<TargetSkill, TargetSkill.Builder> TARGET_SKILL =
      ObjectCodec.<TargetSkill, TargetSkill.Builder>of(
              TargetSkill.class, "target skill", TargetSkill::builder, TargetSkill.Builder::build, (b, a) -> b.attributes(a))
          .key("skillId")
          .required("skillId", REF, TargetSkill::skillId, (b, v) -> b.skillId(v))
          .optionalDouble("desired", TargetSkill::desired, (b, v) -> b.desired(v))
          .build();

  public static final ObjectCodec<SupportActivity, SupportActivity.Builder> SUPPORT_ACTIVITY =
      ObjectCodec.<SupportActivity, SupportActivity.Builder>of(
              SupportActivity.class, "support activity", SupportActivity::builder, SupportActivity.Builder::build, (b, a) -> b.attributes(a))
          .required("kind", enumOf(SupportKind.class), SupportActivity::kind, (b, v) -> b.kind(v))
          .required("description", STRING, SupportActivity::description, (b, v) -> b.description(v))
          .optional("provider", REF, SupportActivity::provider, (b, v) -> b.provider(v))
          .optionalDouble("plannedHours", SupportActivity::plannedHours, (b, v) -> b.plannedHours(v))
          .build();

  public static final ObjectCodec<DevelopmentGoal, DevelopmentGoal.Builder> GOAL =
      ObjectCodec.<DevelopmentGoal, DevelopmentGoal.Builder>of(
              DevelopmentGoal.class, "development goal", DevelopmentGoal::builder, DevelopmentGoal.Builder::build, (b, a) -> b.attributes(a))
          .key("id")
          .required("id", STRING, DevelopmentGoal::id, (b, v) -> b.id(v))
          .required("statement", STRING, DevelopmentGoal::statement, (b, v) -> b.statement(v))
          .each("targetSkills", TARGET_SKILL, DevelopmentGoal::targetSkills, (b, v) -> b.addTargetSkill(v))
          .each("measures", OkrCodecs.KEY_RESULT, DevelopmentGoal::measures, (b, v) -> b.addMeasure(v))
          .each("supportActivities", SUPPORT_ACTIVITY, DevelopmentGoal::supportActivities,
              (b, v) -> b.addSupportActivity(v))
          .optional("targetRole", CareerCodecs.ROLE_REF, DevelopmentGoal::targetRole, (b, v) -> b.targetRole(v))
          .optional("wovenInto", REF, DevelopmentGoal::wovenInto, (b, v) -> b.wovenInto(v))
          .defaulted("ownTime", BOOLEAN, DevelopmentGoal::ownTime, (b, v) -> b.ownTime(v))
          .optionalDouble("plannedShare", DevelopmentGoal::plannedShare, (b, v) -> b.plannedShare(v))
          .defaulted("status", enumOf(GoalStatus.class), DevelopmentGoal::status, (b, v) -> b.status(v))
          .optional("proposedBy", REF, DevelopmentGoal::proposedBy, (b, v) -> b.proposedBy(v))
          .optional("agreedBy", REF, DevelopmentGoal::agreedBy, (b, v) -> b.agreedBy(v))
          .optional("agreedOn", DATE, DevelopmentGoal::agreedOn, (b, v) -> b.agreedOn(v))
          .optional("visibility", OkrCodecs.VISIBILITY, DevelopmentGoal::visibility, (b, v) -> b.visibility(v))
          .build();

  public static final ObjectCodec<CoachingCheckIn, CoachingCheckIn.Builder> COACHING_CHECK_IN =
      ObjectCodec.<CoachingCheckIn, CoachingCheckIn.Builder>of(
              CoachingCheckIn.class, "coaching check-in", CoachingCheckIn::builder, CoachingCheckIn.Builder::build, (b, a) -> b.attributes(a))
          .required("date", DATE, CoachingCheckIn::date, (b, v) -> b.date(v))
          .optional("coachId", REF, CoachingCheckIn::coachId, (b, v) -> b.coachId(v))
          .optional("note", STRING, CoachingCheckIn::note, (b, v) -> b.note(v))
          .build();

  public static final ObjectCodec<DevelopmentPlan, DevelopmentPlan.Builder> PLAN =
      ObjectCodec.<DevelopmentPlan, DevelopmentPlan.Builder>of(
              DevelopmentPlan.class, "development plan", DevelopmentPlan::builder, DevelopmentPlan.Builder::build, (b, a) -> b.attributes(a))
          .key("id")
          .required("id", STRING, DevelopmentPlan::id, (b, v) -> b.id(v))
          .required("personId", REF, DevelopmentPlan::personId, (b, v) -> b.personId(v))
          .required("cycleId", REF, DevelopmentPlan::cycleId, (b, v) -> b.cycleId(v))
          .each("goals", GOAL, DevelopmentPlan::goals, (b, v) -> b.addGoal(v))
          .optional("standing", enumOf(PerformanceStanding.class), DevelopmentPlan::standing, (b, v) -> b.standing(v))
          .optional("targetRole", CareerCodecs.ROLE_REF, DevelopmentPlan::targetRole, (b, v) -> b.targetRole(v))
          .optionalInt("coachingCadenceDays", DevelopmentPlan::coachingCadenceDays,
              (b, v) -> b.coachingCadenceDays(v))
          .each("coachingCheckIns", COACHING_CHECK_IN, DevelopmentPlan::coachingCheckIns,
              (b, v) -> b.addCoachingCheckIn(v))
          .optional("visibility", OkrCodecs.VISIBILITY, DevelopmentPlan::visibility, (b, v) -> b.visibility(v))
          .build();

  public static final ObjectCodec<CareerVision, CareerVision.Builder> VISION =
      ObjectCodec.<CareerVision, CareerVision.Builder>of(
              CareerVision.class, "career vision", CareerVision::builder, CareerVision.Builder::build, (b, a) -> b.attributes(a))
          .key("id")
          .required("id", STRING, CareerVision::id, (b, v) -> b.id(v))
          .required("personId", REF, CareerVision::personId, (b, v) -> b.personId(v))
          .optional("date", DATE, CareerVision::date, (b, v) -> b.date(v))
          .list("strengths", STRING, CareerVision::strengths, (b, v) -> b.strengths(v))
          .list("weaknesses", STRING, CareerVision::weaknesses, (b, v) -> b.weaknesses(v))
          .optional("longTermVision", STRING, CareerVision::longTermVision, (b, v) -> b.longTermVision(v))
          .optional("visibility", OkrCodecs.VISIBILITY, CareerVision::visibility, (b, v) -> b.visibility(v))
          .build();

  public static final ObjectCodec<GrowOption, GrowOption.Builder> GROW_OPTION =
      ObjectCodec.<GrowOption, GrowOption.Builder>of(
              GrowOption.class, "GROW option", GrowOption::builder, GrowOption.Builder::build, (b, a) -> b.attributes(a))
          .required("description", STRING, GrowOption::description, (b, v) -> b.description(v))
          .optional("benefits", STRING, GrowOption::benefits, (b, v) -> b.benefits(v))
          .optional("challenges", STRING, GrowOption::challenges, (b, v) -> b.challenges(v))
          .build();

  public static final ObjectCodec<WayForwardStep, WayForwardStep.Builder> STEP =
      ObjectCodec.<WayForwardStep, WayForwardStep.Builder>of(
              WayForwardStep.class, "way-forward step", WayForwardStep::builder, WayForwardStep.Builder::build, (b, a) -> b.attributes(a))
          .required("description", STRING, WayForwardStep::description, (b, v) -> b.description(v))
          .optional("horizon", enumOf(Horizon.class), WayForwardStep::horizon, (b, v) -> b.horizon(v))
          .optionalDouble("likelihood", WayForwardStep::likelihood, (b, v) -> b.likelihood(v))
          .optional("contingency", STRING, WayForwardStep::contingency, (b, v) -> b.contingency(v))
          .optional("trackedBy", REF, WayForwardStep::trackedBy, (b, v) -> b.trackedBy(v))
          .build();

  public static final ObjectCodec<GrowSession, GrowSession.Builder> GROW_SESSION =
      ObjectCodec.<GrowSession, GrowSession.Builder>of(
              GrowSession.class, "GROW session", GrowSession::builder, GrowSession.Builder::build, (b, a) -> b.attributes(a))
          .key("id")
          .required("id", STRING, GrowSession::id, (b, v) -> b.id(v))
          .required("personId", REF, GrowSession::personId, (b, v) -> b.personId(v))
          .optional("coachId", REF, GrowSession::coachId, (b, v) -> b.coachId(v))
          .optional("date", DATE, GrowSession::date, (b, v) -> b.date(v))
          .optional("goal", STRING, GrowSession::goal, (b, v) -> b.goal(v))
          .optional("whereNow", STRING, GrowSession::whereNow, (b, v) -> b.whereNow(v))
          .optional("doneSoFar", STRING, GrowSession::doneSoFar, (b, v) -> b.doneSoFar(v))
          .optional("distance", STRING, GrowSession::distance, (b, v) -> b.distance(v))
          .list("options", GROW_OPTION, GrowSession::options, (b, v) -> b.options(v))
          .list("steps", STEP, GrowSession::steps, (b, v) -> b.steps(v))
          .optional("visibility", OkrCodecs.VISIBILITY, GrowSession::visibility, (b, v) -> b.visibility(v))
          .build();
}
