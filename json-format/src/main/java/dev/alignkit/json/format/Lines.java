package dev.alignkit.json.format;

import dev.alignkit.career.SkillCatalog;
import dev.alignkit.career.SkillProfile;
import dev.alignkit.development.CareerVision;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.GrowSession;
import dev.alignkit.json.PersonBundle;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.OwnerKind;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.org.Team;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads the lines of a JSON Lines export: the organization line first (a document without people
 * and teams), then a team line per team ({@code {"team": ..., "objectives": [...]}}) and a person
 * line per person ({@code {"person": ..., "objectives": [...], "profile": ..., "plans": [...],
 * "visions": [...], "growSessions": [...]}}). Once a line's fields are read, {@link LineChecks}
 * checks that its items belong to its team or person and that the line on its own would make a
 * valid snapshot; {@link IdRegistry} checks ids across lines. {@link LineWriter} writes the lines.
 */
final class Lines {
  private static final ValueCodec<List<Objective>> OBJECTIVES = Scalars.listOf(OkrCodecs.OBJECTIVE);
  private static final ValueCodec<List<DevelopmentPlan>> PLANS = Scalars.listOf(DevelopmentCodecs.PLAN);
  private static final ValueCodec<List<CareerVision>> VISIONS = Scalars.listOf(DevelopmentCodecs.VISION);
  private static final ValueCodec<List<GrowSession>> SESSIONS = Scalars.listOf(DevelopmentCodecs.GROW_SESSION);
  private static final List<String> PERSON_FIELDS =
      List.of("person", "objectives", "profile", "plans", "visions", "growSessions");

  private Lines() {}

  /** Reads the organization line: a document (of format version 1, 2 or 3) without people and teams. */
  static OrganizationSnapshot readOrganization(JsonIn in) {
    OrganizationSnapshot organization = OrgCodecs.SNAPSHOT.read(in);
    if (!organization.people().isEmpty()) {
      throw LineChecks.atField(in, "/people",
          "the organization line holds no people: each person has a line of their own");
    }
    if (!organization.teams().isEmpty()) {
      throw LineChecks.atField(in, "/teams", "the organization line holds no teams: each team has a line of their own");
    }
    return organization;
  }

  /**
   * Reads a team or person line.
   *
   * @param catalog the organization's skill catalog, whose scale proficiencies must lie on
   * @param teamsAllowed whether a team line may come here; team lines come before the first person line
   * @param registry the ids of earlier lines, checked and extended; null to skip the check
   * @param lineNumber this line's number, for the registry
   */
  static Line readLine(JsonIn in, SkillCatalog catalog, boolean teamsAllowed, @Nullable IdRegistry registry,
      long lineNumber) {
    if (in.token() != Token.START_OBJECT) {
      throw in.expected("an object (a team or person line)");
    }
    long start = in.location();
    int self = in.enterObject(start);
    Map<String, Long> seen = new LinkedHashMap<>();
    Team team = null;
    Person person = null;
    List<Objective> objectives = List.of();
    SkillProfile profile = null;
    List<DevelopmentPlan> plans = List.of();
    List<CareerVision> visions = List.of();
    List<GrowSession> sessions = List.of();
    while (in.next() == Token.FIELD_NAME) {
      String name = in.fieldName();
      if (seen.containsKey(name)) {
        throw in.duplicateField(name);
      }
      in.next();
      long location = in.location();
      seen.put(name, location);
      in.field(self, name, location);
      if (in.token() == Token.VALUE_NULL) {
        if (name.equals("person") || name.equals("team")) {
          throw in.error("required field " + name + " must not be null");
        }
        if (!PERSON_FIELDS.contains(name)) {
          throw unknownField(in, name);
        }
        continue;
      }
      switch (name) {
        case "team":
          team = OrgCodecs.TEAM.read(in);
          break;
        case "person":
          person = OrgCodecs.PERSON.read(in);
          break;
        case "objectives":
          objectives = OBJECTIVES.read(in);
          break;
        case "profile":
          profile = CareerCodecs.SKILL_PROFILE.read(in);
          break;
        case "plans":
          plans = PLANS.read(in);
          break;
        case "visions":
          visions = VISIONS.read(in);
          break;
        case "growSessions":
          sessions = SESSIONS.read(in);
          break;
        default:
          throw unknownField(in, name);
      }
    }
    if (team != null && person != null) {
      throw JsonIn.error("", start, "a line holds a team or a person, not both", null);
    }
    if (team == null && person == null) {
      throw JsonIn.error("", start, "missing required field person (or team): every line after the first is a "
          + "person line or a team line", null);
    }
    if (team != null && !teamsAllowed) {
      throw LineChecks.atField(in, "/team", "a team line must come before the first person line");
    }
    if (team != null) {
      Team ownTeam = team;
      List<Objective> teamObjectives = objectives;
      LineChecks.checkTeamFields(in, seen);
      LineChecks.checkOwners(in, objectives, OwnerKind.TEAM, team.id(), "team");
      LineChecks.checkAlone(in, start, seen,
          () -> OrganizationSnapshot.builder().addTeam(ownTeam).objectives(teamObjectives).build());
      if (registry != null) {
        registry.add(in, lineNumber, team, null, objectives, null, List.of(), List.of(), List.of());
      }
      return new Line(team, objectives, null);
    }
    String id = person.id();
    LineChecks.checkOwners(in, objectives, OwnerKind.PERSON, id, "person");
    if (profile != null) {
      LineChecks.checkPerson(in, "/profile/personId", "skill profile", profile.personId(), id);
    }
    LineChecks.checkPeople(in, "/plans", plans, DevelopmentPlan::personId, "development plan", id);
    LineChecks.checkPeople(in, "/visions", visions, CareerVision::personId, "career vision", id);
    LineChecks.checkPeople(in, "/growSessions", sessions, GrowSession::personId, "GROW session", id);
    Person owner = person;
    List<Objective> ownObjectives = objectives;
    SkillProfile ownProfile = profile;
    List<DevelopmentPlan> ownPlans = plans;
    List<CareerVision> ownVisions = visions;
    List<GrowSession> ownSessions = sessions;
    LineChecks.checkAlone(in, start, seen, () -> OrganizationSnapshot.builder().skillCatalog(catalog).addPerson(owner)
        .objectives(ownObjectives).profiles(Optional.ofNullable(ownProfile).map(List::of).orElse(List.of()))
        .plans(ownPlans).visions(ownVisions).growSessions(ownSessions).build());
    if (registry != null) {
      registry.add(in, lineNumber, null, person, objectives, profile, plans, visions, sessions);
    }
    PersonBundle.Builder bundle = PersonBundle.builder(person);
    objectives.forEach(bundle::addObjective);
    if (profile != null) {
      bundle.profile(profile);
    }
    plans.forEach(bundle::addPlan);
    visions.forEach(bundle::addVision);
    sessions.forEach(bundle::addGrowSession);
    return new Line(null, List.of(), bundle.build());
  }

  private static FormatException unknownField(JsonIn in, String name) {
    return in.error("unknown field " + Strings.quote(name) + ": a person line holds " + String.join(", ", PERSON_FIELDS)
        + ", a team line team and objectives");
  }
}
