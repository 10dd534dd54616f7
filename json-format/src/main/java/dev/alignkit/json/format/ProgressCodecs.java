package dev.alignkit.json.format;

import static dev.alignkit.json.format.Scalars.BOOLEAN;
import static dev.alignkit.json.format.Scalars.DOUBLE;
import static dev.alignkit.json.format.Scalars.INT;
import static dev.alignkit.json.format.Scalars.STRING;
import static dev.alignkit.json.format.Scalars.enumOf;

import dev.alignkit.career.Importance;
import dev.alignkit.okr.OrdinalZone;
import dev.alignkit.progress.Forecast;
import dev.alignkit.progress.GapCategory;
import dev.alignkit.progress.GapEntry;
import dev.alignkit.progress.Grade;
import dev.alignkit.progress.KeyResultProgress;
import dev.alignkit.progress.KeyResultRollup;
import dev.alignkit.progress.ObjectiveRollup;
import dev.alignkit.progress.PaceStatus;
import dev.alignkit.progress.Readiness;
import dev.alignkit.progress.RiskReason;
import dev.alignkit.progress.RoleOption;
import dev.alignkit.progress.RoleOptionKind;
import dev.alignkit.progress.Undefined;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The JSON objects of the numbers: the roll-up of an objective and of a key result, and a
 * person's readiness for a role with its gap report and the role option that holds it. A key
 * result's progress (value, raw progress, progress, zone, or why it has none) is written in the
 * roll-up's own object, as an objective's is; its forecast is an object of its own.
 */
public final class ProgressCodecs {
  private ProgressCodecs() {}

  static final ValueCodec<PaceStatus> PACE_STATUS = enumOf(PaceStatus.class);
  static final ValueCodec<Grade> GRADE = enumOf(Grade.class);
  static final ValueCodec<RiskReason> RISK_REASON = enumOf(RiskReason.class);

  /** A forecast, read and written inside a key result's roll-up only. */
  static final ResultCodec<Forecast, ForecastDraft> FORECAST =
      ResultCodec.<Forecast, ForecastDraft>of(Forecast.class, "forecast", ForecastDraft::new, ForecastDraft::build)
          .optionalDouble("projectedValue", Forecast::projectedValue, (d, v) -> d.projectedValue = OptionalDouble.of(v))
          .required("projectedProgress", DOUBLE, Forecast::projectedProgress, (d, v) -> d.projectedProgress = v)
          .build();

  public static final ResultCodec<KeyResultRollup, KeyResultDraft> KEY_RESULT_ROLLUP =
      ResultCodec.<KeyResultRollup, KeyResultDraft>of(KeyResultRollup.class, "key result roll-up",
              KeyResultDraft::new, KeyResultDraft::build)
          .required("keyResultId", STRING, KeyResultRollup::keyResultId, (d, v) -> d.builder.keyResultId(v))
          .optionalDouble("value", r -> r.progress().value(), (d, v) -> d.value = OptionalDouble.of(v))
          .optionalDouble("rawProgress", r -> r.progress().raw(), (d, v) -> d.raw = OptionalDouble.of(v))
          .optionalDouble("progress", r -> r.progress().progress(), (d, v) -> d.progress = OptionalDouble.of(v))
          .optional("zone", enumOf(OrdinalZone.class), r -> r.progress().zone(), (d, v) -> d.zone = Optional.of(v))
          .optional("undefined", enumOf(Undefined.class), r -> r.progress().undefined(),
              (d, v) -> d.undefined = Optional.of(v))
          .required("status", PACE_STATUS, KeyResultRollup::status, (d, v) -> d.builder.status(v))
          .required("expectation", DOUBLE, KeyResultRollup::expectation, (d, v) -> d.builder.expectation(v))
          .optionalDouble("expected", KeyResultRollup::expected, (d, v) -> d.builder.expected(v))
          .optionalDouble("gap", KeyResultRollup::gap, (d, v) -> d.builder.gap(v))
          .optional("grade", GRADE, KeyResultRollup::grade, (d, v) -> d.builder.grade(v))
          .optional("met", BOOLEAN, KeyResultRollup::met, (d, v) -> d.builder.met(v))
          .optional("forecast", FORECAST, KeyResultRollup::forecast, (d, v) -> d.builder.forecast(v))
          .optional("riskReason", RISK_REASON, KeyResultRollup::riskReason, (d, v) -> d.builder.riskReason(v))
          .build();

  public static final ResultCodec<ObjectiveRollup, ObjectiveRollup.Builder> OBJECTIVE_ROLLUP =
      ResultCodec.<ObjectiveRollup, ObjectiveRollup.Builder>of(ObjectiveRollup.class, "objective roll-up",
              ObjectiveRollup::builder, ObjectiveRollup.Builder::build)
          .required("objectiveId", STRING, ObjectiveRollup::objectiveId, (b, v) -> b.objectiveId(v))
          .optionalDouble("progress", ObjectiveRollup::progress, (b, v) -> b.progress(v))
          .optionalDouble("rawProgress", ObjectiveRollup::rawProgress, (b, v) -> b.rawProgress(v))
          .required("partial", BOOLEAN, ObjectiveRollup::partial, (b, v) -> b.partial(v))
          .optional("noProgress", enumOf(ObjectiveRollup.NoProgress.class), ObjectiveRollup::noProgress,
              (b, v) -> b.noProgress(v))
          .required("expectation", DOUBLE, ObjectiveRollup::expectation, (b, v) -> b.expectation(v))
          .optionalDouble("expected", ObjectiveRollup::expected, (b, v) -> b.expected(v))
          .optionalDouble("gap", ObjectiveRollup::gap, (b, v) -> b.gap(v))
          .required("status", PACE_STATUS, ObjectiveRollup::status, (b, v) -> b.status(v))
          .required("atRiskBelow", INT, ObjectiveRollup::atRiskBelow, (b, v) -> b.atRiskBelow(v))
          .optionalDouble("forecast", ObjectiveRollup::forecast, (b, v) -> b.forecast(v))
          .required("atRiskByTrend", BOOLEAN, ObjectiveRollup::atRiskByTrend, (b, v) -> b.atRiskByTrend(v))
          .optional("riskReason", RISK_REASON, ObjectiveRollup::riskReason, (b, v) -> b.riskReason(v))
          .optional("riskSource", STRING, ObjectiveRollup::riskSource, (b, v) -> b.riskSource(v))
          .optional("grade", GRADE, ObjectiveRollup::grade, (b, v) -> b.grade(v))
          .optional("met", BOOLEAN, ObjectiveRollup::met, (b, v) -> b.met(v))
          .build();

  public static final ResultCodec<GapEntry, GapEntry.Builder> GAP_ENTRY =
      ResultCodec.<GapEntry, GapEntry.Builder>of(GapEntry.class, "gap entry", GapEntry::builder, GapEntry.Builder::build)
          .required("category", enumOf(GapCategory.class), GapEntry::category, (b, v) -> b.category(v))
          .required("skillId", STRING, GapEntry::skillId, (b, v) -> b.skillId(v))
          .optionalDouble("required", GapEntry::required, (b, v) -> b.required(v))
          .optionalDouble("assessed", GapEntry::assessed, (b, v) -> b.assessed(v))
          .optional("importance", enumOf(Importance.class), GapEntry::importance, (b, v) -> b.importance(v))
          .required("shortfall", DOUBLE, GapEntry::shortfall, (b, v) -> b.shortfall(v))
          .required("stale", BOOLEAN, GapEntry::stale, (b, v) -> b.stale(v))
          .build();

  public static final ResultCodec<Readiness, Readiness.Builder> READINESS =
      ResultCodec.<Readiness, Readiness.Builder>of(Readiness.class, "readiness", Readiness::builder,
              Readiness.Builder::build)
          .optionalDouble("readiness", Readiness::readiness, (b, v) -> b.readiness(v))
          .required("ready", BOOLEAN, Readiness::ready, (b, v) -> b.ready(v))
          .list("gaps", GAP_ENTRY, Readiness::gaps, (b, v) -> b.gaps(v))
          .optional("noReadinessReason", STRING, Readiness::noReadinessReason, (b, v) -> b.noReadinessReason(v))
          .build();

  public static final ResultCodec<RoleOption, RoleOption.Builder> ROLE_OPTION =
      ResultCodec.<RoleOption, RoleOption.Builder>of(RoleOption.class, "role option", RoleOption::builder,
              RoleOption.Builder::build)
          .required("role", CareerCodecs.ROLE_REF, RoleOption::role, (b, v) -> b.role(v))
          .list("kinds", enumOf(RoleOptionKind.class), RoleOption::kinds, (b, v) -> b.kinds(v))
          .list("openingIds", STRING, RoleOption::openingIds, (b, v) -> b.openingIds(v))
          .required("readiness", READINESS, RoleOption::readiness, (b, v) -> b.readiness(v))
          .build();

  /** A forecast being read. */
  static final class ForecastDraft {
    OptionalDouble projectedValue = OptionalDouble.empty();
    double projectedProgress;

    Forecast build() {
      return Forecast.projected(projectedValue, projectedProgress);
    }
  }

  /** A key result's roll-up being read: its progress is put together from its parts once all are read. */
  static final class KeyResultDraft {
    final KeyResultRollup.Builder builder = KeyResultRollup.builder();
    OptionalDouble value = OptionalDouble.empty();
    OptionalDouble raw = OptionalDouble.empty();
    OptionalDouble progress = OptionalDouble.empty();
    Optional<OrdinalZone> zone = Optional.empty();
    Optional<Undefined> undefined = Optional.empty();

    KeyResultRollup build() {
      return builder.progress(KeyResultProgress.of(value, raw, progress, zone, undefined)).build();
    }
  }
}
