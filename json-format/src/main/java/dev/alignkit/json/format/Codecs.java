package dev.alignkit.json.format;

import java.util.List;

/** Every model type's and result type's codec, for registering with Jackson. */
public final class Codecs {
  private Codecs() {}

  /** The codecs of all model types that are JSON objects, the snapshot first. */
  public static List<ObjectCodec<?, ?>> all() {
    return List.of(
        OrgCodecs.SNAPSHOT, OrgCodecs.PERSON, OrgCodecs.TEAM, OrgCodecs.WAIVER,
        OkrCodecs.CYCLE, OkrCodecs.OWNER, OkrCodecs.ALIGNMENT, OkrCodecs.CHECK_IN, OkrCodecs.KEY_RESULT,
        OkrCodecs.INITIATIVE, OkrCodecs.OBJECTIVE,
        CareerCodecs.ROLE_REF, CareerCodecs.SCALE, CareerCodecs.SKILL, CareerCodecs.SKILL_CATALOG,
        CareerCodecs.EXPECTATION, CareerCodecs.LEVEL, CareerCodecs.LADDER, CareerCodecs.LATERAL_MOVE,
        CareerCodecs.OPENING, CareerCodecs.ASSESSMENT, CareerCodecs.SKILL_PROFILE,
        DevelopmentCodecs.TARGET_SKILL, DevelopmentCodecs.SUPPORT_ACTIVITY, DevelopmentCodecs.GOAL,
        DevelopmentCodecs.COACHING_CHECK_IN, DevelopmentCodecs.PLAN, DevelopmentCodecs.VISION,
        DevelopmentCodecs.GROW_OPTION, DevelopmentCodecs.STEP, DevelopmentCodecs.GROW_SESSION);
  }

  /** The codecs of the result types: what validation and the numbers give, as a service sends them out. */
  public static List<ResultCodec<?, ?>> results() {
    return List.of(
        AdviceCodecs.SUGGESTION, ReportCodecs.FINDING, ReportCodecs.WAIVED_FINDING, ReportCodecs.REPORT,
        ProgressCodecs.OBJECTIVE_ROLLUP, ProgressCodecs.KEY_RESULT_ROLLUP,
        ProgressCodecs.GAP_ENTRY, ProgressCodecs.READINESS, ProgressCodecs.ROLE_OPTION,
        AdviceCodecs.GOAL_ALIGNMENT, AdviceCodecs.GOAL_ADVICE,
        ReviewCodecs.AT_RISK, ReviewCodecs.SCORECARD, ReviewCodecs.READINESS_LINE, ReviewCodecs.REVIEW);
  }
}
