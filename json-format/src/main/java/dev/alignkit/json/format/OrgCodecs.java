package dev.alignkit.json.format;

import static dev.alignkit.json.format.Scalars.BOOLEAN;
import static dev.alignkit.json.format.Scalars.DATE;
import static dev.alignkit.json.format.Scalars.REF;
import static dev.alignkit.json.format.Scalars.STRING;

import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.org.Team;
import dev.alignkit.org.Waiver;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The JSON objects of {@code dev.alignkit.org}, and the document itself: the snapshot. Version 3
 * is written; versions 1, 2 and 3 are read (see {@code docs/concepts.md}, "JSON").
 */
public final class OrgCodecs {
  private OrgCodecs() {}

  /** The version of the document format this module writes, and the newest it reads. */
  public static final int FORMAT_VERSION = 3;

  /** The oldest version of the document format this module reads. */
  public static final int OLDEST_FORMAT_VERSION = 1;

  public static final ObjectCodec<Person, Person.Builder> PERSON = ObjectCodec.<Person, Person.Builder>of(
          Person.class, "person", Person::builder, Person.Builder::build, (b, a) -> b.attributes(a))
      .key("id")
      .required("id", REF, Person::id, (b, v) -> b.id(v))
      .required("name", STRING, Person::name, (b, v) -> b.name(v))
      .optional("teamId", REF, Person::teamId, (b, v) -> b.teamId(v))
      .list("otherTeamIds", REF, Person::otherTeamIds, (b, v) -> b.otherTeamIds(v)).newIn(2)
      .optional("managerId", REF, Person::managerId, (b, v) -> b.managerId(v))
      .optional("role", CareerCodecs.ROLE_REF, Person::role, (b, v) -> b.role(v))
      .defaulted("hrAdministrator", BOOLEAN, Person::hrAdministrator, (b, v) -> b.hrAdministrator(v))
      .build();

  public static final ObjectCodec<Team, Team.Builder> TEAM = ObjectCodec.<Team, Team.Builder>of(
          Team.class, "team", Team::builder, Team.Builder::build, (b, a) -> b.attributes(a))
      .key("id")
      .required("id", REF, Team::id, (b, v) -> b.id(v))
      .required("name", STRING, Team::name, (b, v) -> b.name(v))
      .optional("description", STRING, Team::description, (b, v) -> b.description(v)).newIn(2)
      .build();

  public static final ObjectCodec<Waiver, Waiver.Builder> WAIVER = ObjectCodec.<Waiver, Waiver.Builder>of(
          Waiver.class, "waiver", Waiver::builder, Waiver.Builder::build, (b, a) -> b.attributes(a))
      .required("code", REF, Waiver::code, (b, v) -> b.code(v))
      .required("subjectId", REF, Waiver::subjectId, (b, v) -> b.subjectId(v))
      .required("reason", STRING, Waiver::reason, (b, v) -> b.reason(v))
      .optional("grantedBy", REF, Waiver::grantedBy, (b, v) -> b.grantedBy(v))
      .optional("grantedOn", DATE, Waiver::grantedOn, (b, v) -> b.grantedOn(v)).newIn(3)
      .optional("untilInclusive", DATE, Waiver::untilInclusive, (b, v) -> b.untilInclusive(v))
      .build();

  public static final ObjectCodec<OrganizationSnapshot, OrganizationSnapshot.Builder> SNAPSHOT =
      ObjectCodec.<OrganizationSnapshot, OrganizationSnapshot.Builder>of(
              OrganizationSnapshot.class, "organization snapshot", OrganizationSnapshot::builder, OrganizationSnapshot.Builder::build,
              (b, a) -> b.attributes(a))
          .root()
          .custom("formatVersion", true, (in, b) -> in.context().version(formatVersion(in)), (snapshot, out) -> {
            out.name("formatVersion");
            out.number(FORMAT_VERSION);
          })
          // Before everything it dates, so that a reader meets the zone first; UTC, the default, is not written.
          .custom("zone", false, (in, b) -> {
            ZoneId zone = Scalars.ZONE.read(in);
            b.zone(zone);
            in.context().zone(zone);
          }, (snapshot, out) -> {
            if (!snapshot.zone().equals(ZoneOffset.UTC)) {
              out.name("zone");
              Scalars.ZONE.write(snapshot.zone(), out);
            }
          }).newIn(2)
          .list("people", PERSON, OrganizationSnapshot::people, (b, v) -> b.people(v))
          .list("teams", TEAM, OrganizationSnapshot::teams, (b, v) -> b.teams(v))
          .list("cycles", OkrCodecs.CYCLE, OrganizationSnapshot::cycles, (b, v) -> b.cycles(v))
          .list("objectives", OkrCodecs.OBJECTIVE, OrganizationSnapshot::objectives, (b, v) -> b.objectives(v))
          .list("waivers", WAIVER, OrganizationSnapshot::waivers, (b, v) -> b.waivers(v))
          .defaulted("skillCatalog", CareerCodecs.SKILL_CATALOG, OrganizationSnapshot::skillCatalog,
              (b, v) -> b.skillCatalog(v))
          .list("ladders", CareerCodecs.LADDER, OrganizationSnapshot::ladders, (b, v) -> b.ladders(v))
          .list("lateralMoves", CareerCodecs.LATERAL_MOVE, OrganizationSnapshot::lateralMoves,
              (b, v) -> b.lateralMoves(v))
          .list("openings", CareerCodecs.OPENING, OrganizationSnapshot::openings, (b, v) -> b.openings(v))
          .list("profiles", CareerCodecs.SKILL_PROFILE, OrganizationSnapshot::profiles, (b, v) -> b.profiles(v))
          .list("plans", DevelopmentCodecs.PLAN, OrganizationSnapshot::plans, (b, v) -> b.plans(v))
          .list("visions", DevelopmentCodecs.VISION, OrganizationSnapshot::visions, (b, v) -> b.visions(v))
          .list("growSessions", DevelopmentCodecs.GROW_SESSION, OrganizationSnapshot::growSessions,
              (b, v) -> b.growSessions(v))
          .after((read, snapshot) -> {
            read.context().finishZone();
            return SnapshotRedating.redate(snapshot, read.context());
          })
          .build();

  /** The versions from {@code first} to {@code last} in words, such as {@code 1, 2 and 3}. */
  static String versions(int first, int last) {
    StringBuilder words = new StringBuilder().append(first);
    for (int version = first + 1; version <= last; version++) {
      words.append(version == last ? " and " : ", ").append(version);
    }
    return words.toString();
  }

  /** The document's version, from the oldest read to the current one; anything else is an error. */
  private static int formatVersion(JsonIn in) {
    if (in.token() == Token.VALUE_NUMBER_INT) {
      for (int version = OLDEST_FORMAT_VERSION; version <= FORMAT_VERSION; version++) {
        if (in.text().equals(String.valueOf(version))) {
          return version;
        }
      }
    }
    String found = in.token() == Token.VALUE_STRING ? Strings.quote(in.text())
        : in.token() == Token.VALUE_NUMBER_INT || in.token() == Token.VALUE_NUMBER_FLOAT ? in.text()
        : in.describeToken();
    throw in.error(FormatException.Kind.UNSUPPORTED_VERSION, "unsupported formatVersion " + found
        + ": this reader reads formatVersion " + versions(OLDEST_FORMAT_VERSION, FORMAT_VERSION));
  }
}
