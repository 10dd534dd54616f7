package dev.alignkit.json.format;

import static dev.alignkit.json.format.Scalars.BOOLEAN;
import static dev.alignkit.json.format.Scalars.DATE;
import static dev.alignkit.json.format.Scalars.DATE_TIME;
import static dev.alignkit.json.format.Scalars.REF;
import static dev.alignkit.json.format.Scalars.STRING;
import static dev.alignkit.json.format.Scalars.enumOf;

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
import dev.alignkit.okr.ObjectiveOutcome;
import dev.alignkit.okr.ObjectiveType;
import dev.alignkit.okr.OkrStatus;
import dev.alignkit.okr.OrdinalZone;
import dev.alignkit.okr.Owner;
import dev.alignkit.okr.OwnerKind;
import dev.alignkit.okr.ParentKind;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The JSON objects of {@code dev.alignkit.okr}: cycles, owners, objectives and what they hold. The
 * fields marked new in a version are attributes to promote in an older document (see
 * {@link ObjectCodec}); a check-in without {@code date} is dated in the document's zone. An
 * objective's links are the array {@code alignments} since version 3; versions 1 and 2 gave one
 * link, {@code alignment}, which reads as the first of the list (see {@code docs/concepts.md},
 * "JSON").
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
          .defaulted("parentKind", enumOf(ParentKind.class), Alignment::parentKind, (b, v) -> b.parentKind(v)).newIn(3)
          .required("kind", enumOf(AlignmentKind.class), Alignment::kind, (b, v) -> b.kind(v))
          .requiredDouble("weight", Alignment::weight, (b, v) -> b.weight(v))
          .build();

  public static final ObjectCodec<CheckIn, CheckIn.Builder> CHECK_IN = ObjectCodec.<CheckIn, CheckIn.Builder>of(
          CheckIn.class, "check-in", CheckIn::builder, CheckIn.Builder::build, (b, a) -> b.attributes(a))
      .defaulted("date", DATE, CheckIn::date, (b, v) -> b.date(v)).requiredInVersionOne()
      .optional("at", DATE_TIME, CheckIn::at, (b, v) -> b.at(v)).newIn(2)
      .requiredDouble("value", CheckIn::value, (b, v) -> b.value(v))
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
          .optional("description", STRING, KeyResult::description, (b, v) -> b.description(v)).newIn(2)
          .optional("ownerId", REF, KeyResult::ownerId, (b, v) -> b.ownerId(v)).newIn(2)
          .optional("kind", enumOf(KeyResultKind.class), KeyResult::kind, (b, v) -> b.kind(v))
          .optionalDouble("start", KeyResult::start, (b, v) -> b.start(v))
          .optionalDouble("commit", KeyResult::commit, (b, v) -> b.commit(v)).newIn(2)
          .optionalDouble("target", KeyResult::target, (b, v) -> b.target(v))
          .optionalDouble("stretch", KeyResult::stretch, (b, v) -> b.stretch(v)).newIn(2)
          .optional("unit", REF, KeyResult::unit, (b, v) -> b.unit(v))
          .optionalDouble("current", KeyResult::current, (b, v) -> b.current(v))
          .defaultedDouble("weight", KeyResult::weight, (b, v) -> b.weight(v))
          .each("checkIns", CHECK_IN, KeyResult::checkIns, (b, v) -> b.addCheckIn(v))
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
          .optional("description", STRING, Initiative::description, (b, v) -> b.description(v)).newIn(2)
          .optional("keyResultId", REF, Initiative::keyResultId, (b, v) -> b.keyResultId(v)).newIn(2)
          .defaulted("status", OKR_STATUS, Initiative::status, (b, v) -> b.status(v))
          .defaulted("done", BOOLEAN, Initiative::done, (b, v) -> b.done(v)).newIn(2)
          .each("tags", REF, Initiative::tags, (b, v) -> b.addTag(v))
          .each("skills", REF, Initiative::skills, (b, v) -> b.addSkill(v))
          .optional("wovenGoalId", REF, Initiative::wovenGoalId, (b, v) -> b.wovenGoalId(v))
          .build();

  public static final ObjectCodec<Objective, ObjectiveDraft> OBJECTIVE =
      ObjectCodec.<Objective, ObjectiveDraft>of(
              Objective.class, "objective", ObjectiveDraft::new, ObjectiveDraft::build, (d, a) -> d.builder.attributes(a))
          .key("id")
          .required("id", REF, Objective::id, (d, v) -> d.builder.id(v))
          .required("title", STRING, Objective::title, (d, v) -> d.builder.title(v))
          .optional("description", STRING, Objective::description, (d, v) -> d.builder.description(v)).newIn(2)
          .required("owner", OWNER, Objective::owner, (d, v) -> d.builder.owner(v))
          .optional("cycleId", REF, Objective::cycleId, (d, v) -> d.builder.cycleId(v)).requiredInVersionOne()
          .defaulted("type", enumOf(ObjectiveType.class), Objective::type, (d, v) -> d.builder.type(v))
          .defaulted("status", OKR_STATUS, Objective::status, (d, v) -> d.builder.status(v))
          .optional("outcome", enumOf(ObjectiveOutcome.class), Objective::outcome, (d, v) -> d.builder.outcome(v))
          .newIn(3)
          .optional("retrospective", STRING, Objective::retrospective, (d, v) -> d.builder.retrospective(v)).newIn(3)
          .each("tags", REF, Objective::tags, (d, v) -> d.builder.addTag(v))
          .each("skills", REF, Objective::skills, (d, v) -> d.builder.addSkill(v))
          .each("alignments", ALIGNMENT, Objective::alignments, ObjectiveDraft::link).newIn(3)
          .former("alignment", 2, "an objective's links are the array alignments", ALIGNMENT,
              (d, v) -> d.alignment = v)
          .each("keyResults", KEY_RESULT, Objective::keyResults, (d, v) -> d.builder.addKeyResult(v))
          .each("initiatives", INITIATIVE, Objective::initiatives, (d, v) -> d.builder.addInitiative(v))
          .optional("visibility", VISIBILITY, Objective::visibility, (d, v) -> d.builder.visibility(v))
          .build();

  /**
   * An objective being read. Its links are put together once all its fields are read, since a
   * document may give them in either order: the single {@code alignment} of a version 1 or 2
   * document first, then those of {@code alignments} (in such a document, a promoted attribute).
   */
  static final class ObjectiveDraft {
    final Objective.Builder builder = Objective.builder();
    @Nullable Alignment alignment;
    /** The links of {@code alignments} in document order; null while there are none, as for most objectives. */
    @Nullable List<Alignment> alignments;

    void link(Alignment link) {
      if (alignments == null) {
        alignments = new ArrayList<>(2);
      }
      alignments.add(link);
    }

    Objective build() {
      if (alignment != null) {
        builder.addAlignment(alignment);
      }
      if (alignments != null) {
        for (int i = 0; i < alignments.size(); i++) {
          builder.addAlignment(alignments.get(i));
        }
      }
      return builder.build();
    }
  }
}
