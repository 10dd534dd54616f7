package dev.alignkit.json.format;

import static dev.alignkit.json.format.Scalars.DATE;
import static dev.alignkit.json.format.Scalars.INT;
import static dev.alignkit.json.format.Scalars.STRING;

import dev.alignkit.career.RoleRef;
import dev.alignkit.okr.ObjectiveOutcome;
import dev.alignkit.progress.AtRisk;
import dev.alignkit.progress.Grade;
import dev.alignkit.progress.PaceStatus;
import dev.alignkit.progress.RoleOption;
import dev.alignkit.progress.Scorecard;
import dev.alignkit.review.ReadinessLine;
import dev.alignkit.review.ReviewDocument;
import org.jspecify.annotations.Nullable;

/**
 * The JSON objects of a review: the review document and what only it holds, the objectives at
 * risk, the scorecards of ended cycles and the readiness lines. A scorecard's {@code total},
 * {@code ungraded} and {@code withoutOutcome} are written for readers that do not add up the
 * counts, and checked when read.
 */
public final class ReviewCodecs {
  private ReviewCodecs() {}

  public static final ResultCodec<AtRisk, AtRisk.Builder> AT_RISK =
      ResultCodec.<AtRisk, AtRisk.Builder>of(AtRisk.class, "objective at risk", AtRisk::builder, AtRisk.Builder::build)
          .required("objectiveId", STRING, AtRisk::objectiveId, (b, v) -> b.objectiveId(v))
          .required("owner", OkrCodecs.OWNER, AtRisk::owner, (b, v) -> b.owner(v))
          .required("reason", ProgressCodecs.RISK_REASON, AtRisk::reason, (b, v) -> b.reason(v))
          .optional("source", STRING, AtRisk::source, (b, v) -> b.source(v))
          .build();

  public static final ResultCodec<Scorecard, Scorecard.Builder> SCORECARD =
      ResultCodec.<Scorecard, Scorecard.Builder>of(Scorecard.class, "scorecard", Scorecard::builder,
              Scorecard.Builder::build)
          .required("cycleId", STRING, Scorecard::cycleId, (b, v) -> b.cycleId(v))
          .list("objectiveIds", STRING, Scorecard::objectiveIds, (b, v) -> b.objectiveIds(v))
          .derived("total", INT, Scorecard::total)
          .required("met", INT, Scorecard::met, (b, v) -> b.met(v))
          .map("grades", Scalars.enumKeyedCounts(Grade.class), Scorecard::grades, (b, v) -> b.grades(v))
          .derived("ungraded", INT, Scorecard::ungraded)
          .map("outcomes", Scalars.enumKeyedCounts(ObjectiveOutcome.class), Scorecard::outcomes,
              (b, v) -> b.outcomes(v))
          .derived("withoutOutcome", INT, Scorecard::withoutOutcome)
          .build();

  public static final ResultCodec<ReadinessLine, LineDraft> READINESS_LINE =
      ResultCodec.<ReadinessLine, LineDraft>of(ReadinessLine.class, "readiness line", LineDraft::new,
              LineDraft::build)
          .required("personId", STRING, ReadinessLine::personId, (d, v) -> d.personId = v)
          .required("role", CareerCodecs.ROLE_REF, ReadinessLine::role, (d, v) -> d.role = v)
          .required("option", ProgressCodecs.ROLE_OPTION, ReadinessLine::option, (d, v) -> d.option = v)
          .build();

  public static final ResultCodec<ReviewDocument, ReviewDocument.Builder> REVIEW =
      ResultCodec.<ReviewDocument, ReviewDocument.Builder>of(ReviewDocument.class, "review", ReviewDocument::builder,
              ReviewDocument.Builder::build)
          .required("asOf", DATE, ReviewDocument::asOf, (b, v) -> b.asOf(v))
          .optional("personId", STRING, ReviewDocument::personId, (b, v) -> b.personId(v))
          .list("objectives", ProgressCodecs.OBJECTIVE_ROLLUP, ReviewDocument::objectives, (b, v) -> b.objectives(v))
          .list("keyResults", ProgressCodecs.KEY_RESULT_ROLLUP, ReviewDocument::keyResults, (b, v) -> b.keyResults(v))
          .map("statusCounts", Scalars.enumKeyedCounts(PaceStatus.class), ReviewDocument::statusCounts,
              (b, v) -> b.statusCounts(v))
          .list("atRisk", AT_RISK, ReviewDocument::atRisk, (b, v) -> b.atRisk(v))
          .list("scorecards", SCORECARD, ReviewDocument::scorecards, (b, v) -> b.scorecards(v))
          .list("readiness", READINESS_LINE, ReviewDocument::readiness, (b, v) -> b.readiness(v))
          .required("report", ReportCodecs.REPORT, ReviewDocument::report, (b, v) -> b.report(v))
          .list("advice", AdviceCodecs.GOAL_ADVICE, ReviewDocument::advice, (b, v) -> b.advice(v))
          .build();

  /** A readiness line being read. */
  static final class LineDraft {
    @Nullable String personId;
    @Nullable RoleRef role;
    @Nullable RoleOption option;

    ReadinessLine build() {
      return ReadinessLine.of(personId, role, option);
    }
  }
}
