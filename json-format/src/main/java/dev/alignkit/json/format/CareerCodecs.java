package dev.alignkit.json.format;

import static dev.alignkit.json.format.Scalars.BOOLEAN;
import static dev.alignkit.json.format.Scalars.DATE;
import static dev.alignkit.json.format.Scalars.INT;
import static dev.alignkit.json.format.Scalars.REF;
import static dev.alignkit.json.format.Scalars.STRING;
import static dev.alignkit.json.format.Scalars.enumOf;

import dev.alignkit.career.Assessment;
import dev.alignkit.career.AssessmentSource;
import dev.alignkit.career.CareerLadder;
import dev.alignkit.career.Expectation;
import dev.alignkit.career.Importance;
import dev.alignkit.career.LateralMove;
import dev.alignkit.career.Level;
import dev.alignkit.career.Opening;
import dev.alignkit.career.ProficiencyScale;
import dev.alignkit.career.RoleRef;
import dev.alignkit.career.Skill;
import dev.alignkit.career.SkillCatalog;
import dev.alignkit.career.SkillProfile;
import dev.alignkit.career.TrackKind;

/** The JSON objects of {@code dev.alignkit.career}: the skill catalog, ladders, roles and profiles. */
public final class CareerCodecs {
  private CareerCodecs() {}

  public static final ObjectCodec<RoleRef, RoleRef.Builder> ROLE_REF = ObjectCodec.<RoleRef, RoleRef.Builder>of(
          RoleRef.class, "role", RoleRef::builder, RoleRef.Builder::build, (b, a) -> b.attributes(a))
      .required("ladderId", REF, RoleRef::ladderId, (b, v) -> b.ladderId(v))
      .required("levelId", REF, RoleRef::levelId, (b, v) -> b.levelId(v))
      .build();

  public static final ObjectCodec<ProficiencyScale, ProficiencyScale.Builder> SCALE =
      ObjectCodec.<ProficiencyScale, ProficiencyScale.Builder>of(
              ProficiencyScale.class, "proficiency scale", ProficiencyScale::builder, ProficiencyScale.Builder::build,
              (b, a) -> b.attributes(a))
          .required("min", INT, ProficiencyScale::min, (b, v) -> b.min(v))
          .required("max", INT, ProficiencyScale::max, (b, v) -> b.max(v))
          .list("names", STRING, ProficiencyScale::names, (b, v) -> b.names(v))
          .build();

  public static final ObjectCodec<Skill, Skill.Builder> SKILL = ObjectCodec.<Skill, Skill.Builder>of(
          Skill.class, "skill", Skill::builder, Skill.Builder::build, (b, a) -> b.attributes(a))
      .key("id")
      .required("id", REF, Skill::id, (b, v) -> b.id(v))
      .required("name", STRING, Skill::name, (b, v) -> b.name(v))
      .required("family", REF, Skill::family, (b, v) -> b.family(v))
      .list("externalUris", STRING, Skill::externalUris, (b, v) -> b.externalUris(v))
      .build();

  public static final ObjectCodec<SkillCatalog, SkillCatalog.Builder> SKILL_CATALOG =
      ObjectCodec.<SkillCatalog, SkillCatalog.Builder>of(
              SkillCatalog.class, "skill catalog", SkillCatalog::builder, SkillCatalog.Builder::build, (b, a) -> b.attributes(a))
          .list("skills", SKILL, SkillCatalog::skills, (b, v) -> b.skills(v))
          .defaulted("scale", SCALE, SkillCatalog::scale, (b, v) -> b.scale(v))
          .build();

  public static final ObjectCodec<Expectation, Expectation.Builder> EXPECTATION =
      ObjectCodec.<Expectation, Expectation.Builder>of(
              Expectation.class, "expectation", Expectation::builder, Expectation.Builder::build, (b, a) -> b.attributes(a))
          .key("skillId")
          .required("skillId", REF, Expectation::skillId, (b, v) -> b.skillId(v))
          .requiredDouble("required", Expectation::required, (b, v) -> b.required(v))
          .defaulted("importance", enumOf(Importance.class), Expectation::importance, (b, v) -> b.importance(v))
          .optional("behaviour", STRING, Expectation::behaviour, (b, v) -> b.behaviour(v))
          .defaulted("relax", BOOLEAN, Expectation::relax, (b, v) -> b.relax(v))
          .build();

  public static final ObjectCodec<Level, Level.Builder> LEVEL = ObjectCodec.<Level, Level.Builder>of(
          Level.class, "level", Level::builder, Level.Builder::build, (b, a) -> b.attributes(a))
      .key("id")
      .required("id", REF, Level::id, (b, v) -> b.id(v))
      .required("name", STRING, Level::name, (b, v) -> b.name(v))
      .required("rank", INT, Level::rank, (b, v) -> b.rank(v))
      .list("expectations", EXPECTATION, Level::expectations, (b, v) -> b.expectations(v))
      .build();

  public static final ObjectCodec<CareerLadder, CareerLadder.Builder> LADDER =
      ObjectCodec.<CareerLadder, CareerLadder.Builder>of(
              CareerLadder.class, "ladder", CareerLadder::builder, CareerLadder.Builder::build, (b, a) -> b.attributes(a))
          .key("id")
          .required("id", REF, CareerLadder::id, (b, v) -> b.id(v))
          .required("name", STRING, CareerLadder::name, (b, v) -> b.name(v))
          .defaulted("track", enumOf(TrackKind.class), CareerLadder::track, (b, v) -> b.track(v))
          .optional("trackName", STRING, CareerLadder::trackName, (b, v) -> b.trackName(v))
          .list("levels", LEVEL, CareerLadder::levels, (b, v) -> b.levels(v))
          .build();

  public static final ObjectCodec<LateralMove, LateralMove.Builder> LATERAL_MOVE =
      ObjectCodec.<LateralMove, LateralMove.Builder>of(
              LateralMove.class, "lateral move", LateralMove::builder, LateralMove.Builder::build, (b, a) -> b.attributes(a))
          .key("id")
          .required("id", STRING, LateralMove::id, (b, v) -> b.id(v))
          .required("from", ROLE_REF, LateralMove::from, (b, v) -> b.from(v))
          .required("to", ROLE_REF, LateralMove::to, (b, v) -> b.to(v))
          .build();

  public static final ObjectCodec<Opening, Opening.Builder> OPENING = ObjectCodec.<Opening, Opening.Builder>of(
          Opening.class, "opening", Opening::builder, Opening.Builder::build, (b, a) -> b.attributes(a))
      .key("id")
      .required("id", STRING, Opening::id, (b, v) -> b.id(v))
      .required("role", ROLE_REF, Opening::role, (b, v) -> b.role(v))
      .optional("teamId", REF, Opening::teamId, (b, v) -> b.teamId(v))
      .optional("title", STRING, Opening::title, (b, v) -> b.title(v))
      .build();

  public static final ObjectCodec<Assessment, Assessment.Builder> ASSESSMENT =
      ObjectCodec.<Assessment, Assessment.Builder>of(
              Assessment.class, "assessment", Assessment::builder, Assessment.Builder::build, (b, a) -> b.attributes(a))
          .key("skillId")
          .required("skillId", REF, Assessment::skillId, (b, v) -> b.skillId(v))
          .requiredDouble("proficiency", Assessment::proficiency, (b, v) -> b.proficiency(v))
          .required("date", DATE, Assessment::date, (b, v) -> b.date(v))
          .defaulted("source", enumOf(AssessmentSource.class), Assessment::source, (b, v) -> b.source(v))
          .optional("visibility", OkrCodecs.VISIBILITY, Assessment::visibility, (b, v) -> b.visibility(v))
          .build();

  public static final ObjectCodec<SkillProfile, SkillProfile.Builder> SKILL_PROFILE =
      ObjectCodec.<SkillProfile, SkillProfile.Builder>of(
              SkillProfile.class, "skill profile", SkillProfile::builder, SkillProfile.Builder::build, (b, a) -> b.attributes(a))
          .key("personId")
          .required("personId", REF, SkillProfile::personId, (b, v) -> b.personId(v))
          .each("assessments", ASSESSMENT, SkillProfile::assessments, (b, v) -> b.addAssessment(v))
          .build();
}
