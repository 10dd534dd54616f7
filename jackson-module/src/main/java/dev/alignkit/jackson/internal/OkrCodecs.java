package dev.alignkit.jackson.internal;

import static dev.alignkit.jackson.internal.Scalars.BOOLEAN;
import static dev.alignkit.jackson.internal.Scalars.DATE;
import static dev.alignkit.jackson.internal.Scalars.DATE_TIME;
import static dev.alignkit.jackson.internal.Scalars.DOUBLE;
import static dev.alignkit.jackson.internal.Scalars.REF;
import static dev.alignkit.jackson.internal.Scalars.STRING;
import static dev.alignkit.jackson.internal.Scalars.enumOf;

import dev.alignkit.common.Visibility;
import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.AlignmentKind;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.CycleStatus;
import dev.alignkit.okr.Initiative;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.KeyResultKind;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.ObjectiveType;
import dev.alignkit.okr.OkrStatus;
import dev.alignkit.okr.OrdinalZone;
import dev.alignkit.okr.Owner;
import dev.alignkit.okr.OwnerKind;

/**
 * The JSON objects of {@code dev.alignkit.okr}: cycles, owners, objectives and what they hold. The
 * fields marked new in version 2 are attributes to promote in a version 1 document (see
 * {@link ObjectCodec}); a check-in without {@code date} is dated in the document's zone.
 */
public final class OkrCodecs {
  private OkrCodecs() {}

  static final ValueCodec<OkrStatus> OKR_STATUS = enumOf(OkrStatus.class);
  static final ValueCodec<Visibility> VISIBILITY = enumOf(Visibility.class);

  public static final ObjectCodec<Cycle, Cycle.Builder> CYCLE = ObjectCodec.<Cycle, Cycle.Builder>of(
          Cycle.class, "cycle", Cycle::builder, Cycle.Builder::build, (b, a) -> b.attributes(a))
      .key("id")
      .required("id", REF, Cycle::id, (b, v) -> b.id(v))
      .required("name", STRING, Cycle::name, (b, v) -> b.name(v))
      .required("startInclusive", DATE, Cycle::startInclusive, (b, v) -> b.startInclusive(v))
      .required("endInclusive", DATE, Cycle::endInclusive, (b, v) -> b.endInclusive(v))
      .defaulted("status", enumOf(CycleStatus.class), Cycle::status, (b, v) -> b.status(v))
      .build();

  public static final ObjectCodec<Owner, Owner.Builder> OWNER = ObjectCodec.<Owner, Owner.Builder>of(
          Owner.class, "owner", Owner::builder, Owner.Builder::build, (b, a) -> b.attributes(a))
      .required("kind", enumOf(OwnerKind.class), Owner::kind, (b, v) -> b.kind(v))
      .optional("id", REF, Owner::id, (b, v) -> b.id(v))
      .build();

  public static final ObjectCodec<Alignment, Alignment.Builder> ALIGNMENT =
      ObjectCodec.<Alignment, Alignment.Builder>of(
              Alignment.class, "alignment", Alignment::builder, Alignment.Builder::build, (b, a) -> b.attributes(a))
          .required("parentId", REF, Alignment::parentId, (b, v) -> b.parentId(v))
          .required("kind", enumOf(AlignmentKind.class), Alignment::kind, (b, v) -> b.kind(v))
          .required("weight", DOUBLE, Alignment::weight, (b, v) -> b.weight(v))
          .build();

  public static final ObjectCodec<CheckIn, CheckIn.Builder> CHECK_IN = ObjectCodec.<CheckIn, CheckIn.Builder>of(
          CheckIn.class, "check-in", CheckIn::builder, CheckIn.Builder::build, (b, a) -> b.attributes(a))
      .defaulted("date", DATE, CheckIn::date, (b, v) -> b.date(v)).requiredInVersionOne()
      .optional("at", DATE_TIME, CheckIn::at, (b, v) -> b.at(v)).newInVersionTwo()
      .required("value", DOUBLE, CheckIn::value, (b, v) -> b.value(v))
      .optionalDouble("confidence", CheckIn::confidence, (b, v) -> b.confidence(v))
      .optional("note", STRING, CheckIn::note, (b, v) -> b.note(v))
      .optional("authorId", REF, CheckIn::authorId, (b, v) -> b.authorId(v))
      .check((read, b) -> {
        if (!read.has("date") && !read.has("at")) {
          throw read.error("missing required field date: a check-in has a date, an at, or both");
        }
      })
      // Without a date, the check-in is dated on the day its instant falls on in the document's zone.
      .after((read, checkIn) -> read.has("date") ? checkIn : read.context().dated(checkIn))
      .build();

  public static final ObjectCodec<KeyResult, KeyResult.Builder> KEY_RESULT =
      ObjectCodec.<KeyResult, KeyResult.Builder>of(
              KeyResult.class, "key result", KeyResult::builder, KeyResult.Builder::build, (b, a) -> b.attributes(a))
          .key("id")
          .required("id", STRING, KeyResult::id, (b, v) -> b.id(v))
          .required("title", STRING, KeyResult::title, (b, v) -> b.title(v))
          .optional("description", STRING, KeyResult::description, (b, v) -> b.description(v)).newInVersionTwo()
          .optional("ownerId", REF, KeyResult::ownerId, (b, v) -> b.ownerId(v)).newInVersionTwo()
          .optional("kind", enumOf(KeyResultKind.class), KeyResult::kind, (b, v) -> b.kind(v))
          .optionalDouble("start", KeyResult::start, (b, v) -> b.start(v))
          .optionalDouble("commit", KeyResult::commit, (b, v) -> b.commit(v)).newInVersionTwo()
          .optionalDouble("target", KeyResult::target, (b, v) -> b.target(v))
          .optionalDouble("stretch", KeyResult::stretch, (b, v) -> b.stretch(v)).newInVersionTwo()
          .optional("unit", REF, KeyResult::unit, (b, v) -> b.unit(v))
          .optionalDouble("current", KeyResult::current, (b, v) -> b.current(v))
          .defaulted("weight", DOUBLE, KeyResult::weight, (b, v) -> b.weight(v))
          .list("checkIns", CHECK_IN, KeyResult::checkIns, (b, v) -> b.checkIns(v))
          .defaulted("status", OKR_STATUS, KeyResult::status, (b, v) -> b.status(v))
          .map("zoneTexts", Scalars.enumKeyedTexts(OrdinalZone.class), KeyResult::zoneTexts,
              (b, v) -> b.zoneTexts(v))
          .build();

  public static final ObjectCodec<Initiative, Initiative.Builder> INITIATIVE =
      ObjectCodec.<Initiative, Initiative.Builder>of(
              Initiative.class, "initiative", Initiative::builder, Initiative.Builder::build, (b, a) -> b.attributes(a))
          .key("id")
          .required("id", STRING, Initiative::id, (b, v) -> b.id(v))
          .required("title", STRING, Initiative::title, (b, v) -> b.title(v))
          .optional("description", STRING, Initiative::description, (b, v) -> b.description(v)).newInVersionTwo()
          .optional("keyResultId", REF, Initiative::keyResultId, (b, v) -> b.keyResultId(v)).newInVersionTwo()
          .defaulted("status", OKR_STATUS, Initiative::status, (b, v) -> b.status(v))
          .defaulted("done", BOOLEAN, Initiative::done, (b, v) -> b.done(v)).newInVersionTwo()
          .list("tags", REF, Initiative::tags, (b, v) -> b.tags(v))
          .list("skills", REF, Initiative::skills, (b, v) -> b.skills(v))
          .optional("wovenGoalId", REF, Initiative::wovenGoalId, (b, v) -> b.wovenGoalId(v))
          .build();

  public static final ObjectCodec<Objective, Objective.Builder> OBJECTIVE =
      ObjectCodec.<Objective, Objective.Builder>of(
              Objective.class, "objective", Objective::builder, Objective.Builder::build, (b, a) -> b.attributes(a))
          .key("id")
          .required("id", REF, Objective::id, (b, v) -> b.id(v))
          .required("title", STRING, Objective::title, (b, v) -> b.title(v))
          .optional("description", STRING, Objective::description, (b, v) -> b.description(v)).newInVersionTwo()
          .required("owner", OWNER, Objective::owner, (b, v) -> b.owner(v))
          .optional("cycleId", REF, Objective::cycleId, (b, v) -> b.cycleId(v)).requiredInVersionOne()
          .defaulted("type", enumOf(ObjectiveType.class), Objective::type, (b, v) -> b.type(v))
          .defaulted("status", OKR_STATUS, Objective::status, (b, v) -> b.status(v))
          .list("tags", REF, Objective::tags, (b, v) -> b.tags(v))
          .list("skills", REF, Objective::skills, (b, v) -> b.skills(v))
          .list("alignments", ALIGNMENT, Objective::alignments, (b, v) -> b.alignments(v))
          .list("keyResults", KEY_RESULT, Objective::keyResults, (b, v) -> b.keyResults(v))
          .list("initiatives", INITIATIVE, Objective::initiatives, (b, v) -> b.initiatives(v))
          .optional("visibility", VISIBILITY, Objective::visibility, (b, v) -> b.visibility(v))
          .build();
}
