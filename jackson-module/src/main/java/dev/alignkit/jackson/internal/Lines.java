package dev.alignkit.jackson.internal;

import com.fasterxml.jackson.core.JsonToken;
import dev.alignkit.career.SkillCatalog;
import dev.alignkit.career.SkillProfile;
import dev.alignkit.common.DuplicateIdException;
import dev.alignkit.development.CareerVision;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.GrowSession;
import dev.alignkit.jackson.AlignkitJsonException;
import dev.alignkit.jackson.PersonBundle;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.Owner;
import dev.alignkit.okr.OwnerKind;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.org.Team;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The lines of a JSON Lines export: the organization line first (a document without people and
 * teams), then a team line per team ({@code {"team": ..., "objectives": [...]}}) and a person line
 * per person ({@code {"person": ..., "objectives": [...], "profile": ..., "plans": [...],
 * "visions": [...], "growSessions": [...]}}). Reading checks that a line's items belong to its team
 * or person and that the line on its own would make a valid snapshot; {@link IdRegistry} checks ids
 * across lines.
 */
public final class Lines {
  private static final ValueCodec<List<Objective>> OBJECTIVES = Scalars.listOf(OkrCodecs.OBJECTIVE);
  private static final ValueCodec<List<DevelopmentPlan>> PLANS = Scalars.listOf(DevelopmentCodecs.PLAN);
  private static final ValueCodec<List<CareerVision>> VISIONS = Scalars.listOf(DevelopmentCodecs.VISION);
  private static final ValueCodec<List<GrowSession>> SESSIONS = Scalars.listOf(DevelopmentCodecs.GROW_SESSION);
  private static final List<String> PERSON_FIELDS =
      List.of("person", "objectives", "profile", "plans", "visions", "growSessions");

  private Lines() {}

  /** One team line or one person line, read. */
  public static final class Line {
    private final @Nullable Team team;
    private final List<Objective> teamObjectives;
    private final @Nullable PersonBundle person;

    private Line(@Nullable Team team, List<Objective> teamObjectives, @Nullable PersonBundle person) {
      this.team = team;
      this.teamObjectives = teamObjectives;
      this.person = person;
    }

    /** The team of a team line; null for a person line. */
    public @Nullable Team team() {
      return team;
    }

    /** The objectives of a team line. */
    public List<Objective> teamObjectives() {
      return teamObjectives;
    }

    /** The bundle of a person line; null for a team line. */
    public @Nullable PersonBundle person() {
      return person;
    }
  }

  /** Reads the organization line: a document of format version 1 without people and teams. */
  public static OrganizationSnapshot readOrganization(JsonIn in) {
    OrganizationSnapshot organization = OrgCodecs.SNAPSHOT.read(in);
    if (!organization.people().isEmpty()) {
      throw atField(in, "/people", "the organization line holds no people: each person has a line of their own");
    }
    if (!organization.teams().isEmpty()) {
      throw atField(in, "/teams", "the organization line holds no teams: each team has a line of their own");
    }
    return organization;
  }

  private static AlignkitJsonException atField(JsonIn in, String pointer, String problem) {
    Long location = in.locationOf(pointer);
    return JsonIn.error(pointer, location != null ? location : JsonIn.pack(1, 1), problem, null);
  }

  /**
   * Reads a team or person line.
   *
   * @param catalog the organization's skill catalog, whose scale proficiencies must lie on
   * @param teamsAllowed whether a team line may come here; team lines come before the first person line
   * @param registry the ids of earlier lines, checked and extended; null to skip the check
   * @param lineNumber this line's number, for the registry
   */
  public static Line readLine(JsonIn in, SkillCatalog catalog, boolean teamsAllowed, @Nullable IdRegistry registry,
      long lineNumber) {
    if (in.token() != JsonToken.START_OBJECT) {
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
    while (in.next() == JsonToken.FIELD_NAME) {
      String name = in.fieldName();
      if (seen.containsKey(name)) {
        throw in.error("duplicate field " + Strings.quote(name));
      }
      in.next();
      long location = in.location();
      seen.put(name, location);
      in.field(self, name, location);
      if (in.token() == JsonToken.VALUE_NULL) {
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
      throw atField(in, "/team", "a team line must come before the first person line");
    }
    if (team != null) {
      Team ownTeam = team;
      List<Objective> teamObjectives = objectives;
      for (String name : seen.keySet()) {
        if (!name.equals("team") && !name.equals("objectives")) {
          throw atField(in, "/" + Strings.escapeSegment(name), "a team line holds only team and objectives, not "
              + name);
        }
      }
      checkOwners(in, objectives, OwnerKind.TEAM, team.id(), "team");
      checkAlone(in, start, seen,
          () -> OrganizationSnapshot.builder().addTeam(ownTeam).objectives(teamObjectives).build());
      if (registry != null) {
        registry.add(in, lineNumber, team, null, objectives, null, List.of(), List.of(), List.of());
      }
      return new Line(team, objectives, null);
    }
    String id = person.id();
    checkOwners(in, objectives, OwnerKind.PERSON, id, "person");
    if (profile != null) {
      checkPerson(in, "/profile/personId", "skill profile", profile.personId(), id);
    }
    checkPeople(in, "/plans", plans, DevelopmentPlan::personId, "development plan", id);
    checkPeople(in, "/visions", visions, CareerVision::personId, "career vision", id);
    checkPeople(in, "/growSessions", sessions, GrowSession::personId, "GROW session", id);
    Person owner = person;
    List<Objective> ownObjectives = objectives;
    SkillProfile ownProfile = profile;
    List<DevelopmentPlan> ownPlans = plans;
    List<CareerVision> ownVisions = visions;
    List<GrowSession> ownSessions = sessions;
    checkAlone(in, start, seen, () -> OrganizationSnapshot.builder().skillCatalog(catalog).addPerson(owner)
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

  private static AlignkitJsonException unknownField(JsonIn in, String name) {
    return in.error("unknown field " + Strings.quote(name) + ": a person line holds " + String.join(", ", PERSON_FIELDS)
        + ", a team line team and objectives");
  }

  private static void checkOwners(JsonIn in, List<Objective> objectives, OwnerKind kind, String id, String what) {
    for (int i = 0; i < objectives.size(); i++) {
      Owner owner = objectives.get(i).owner();
      if (owner.kind() != kind || !owner.id().orElse("").equals(id)) {
        throw atField(in, "/objectives/" + i + "/owner", "objective " + objectives.get(i).id() + " is owned by "
            + owner + ", not by this line's " + what + " " + id);
      }
    }
  }

  private static <T> void checkPeople(JsonIn in, String pointer, List<T> items, Function<T, String> personId,
      String kind, String id) {
    for (int i = 0; i < items.size(); i++) {
      checkPerson(in, pointer + "/" + i + "/personId", kind, personId.apply(items.get(i)), id);
    }
  }

  private static void checkPerson(JsonIn in, String pointer, String kind, String personId, String id) {
    if (!personId.equals(id)) {
      throw atField(in, pointer, "the " + kind + " is of person " + personId + ", not of this line's person " + id);
    }
  }

  private interface Build {
    OrganizationSnapshot build();
  }

  /**
   * Builds the line as a snapshot of its own, so that what a whole document would reject (a
   * repeated id, a proficiency off the scale) is reported at the value in this line.
   */
  private static void checkAlone(JsonIn in, long start, Map<String, Long> seen, Build build) {
    try {
      build.build();
    } catch (DuplicateIdException e) {
      throw BuildFailures.duplicate(e, in, "", start, true);
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      String message = String.valueOf(e.getMessage());
      // The one profile of a person line stands alone, not in a list of profiles.
      if (message.startsWith("profiles[")) {
        int close = message.indexOf("].");
        if (close > 0) {
          message = "profile." + message.substring(close + 2);
        }
      }
      throw BuildFailures.rejected(e, message, in, "", start, seen, true);
    }
  }

  /** Writes the organization line. */
  public static void writeOrganization(OrganizationSnapshot organization, JsonOut out) {
    OrgCodecs.SNAPSHOT.write(organization, out);
  }

  /** Writes a team line. */
  public static void writeTeam(Team team, List<Objective> objectives, JsonOut out) {
    out.startObject();
    out.name("team");
    OrgCodecs.TEAM.write(team, out);
    if (!objectives.isEmpty()) {
      out.name("objectives");
      Scalars.writeAll(objectives, OkrCodecs.OBJECTIVE, out);
    }
    out.endObject();
  }

  /** Writes a person line. */
  public static void writePerson(PersonBundle bundle, JsonOut out) {
    out.startObject();
    out.name("person");
    OrgCodecs.PERSON.write(bundle.person(), out);
    if (!bundle.objectives().isEmpty()) {
      out.name("objectives");
      Scalars.writeAll(bundle.objectives(), OkrCodecs.OBJECTIVE, out);
    }
    if (bundle.profile().isPresent()) {
      out.name("profile");
      CareerCodecs.SKILL_PROFILE.write(bundle.profile().get(), out);
    }
    if (!bundle.plans().isEmpty()) {
      out.name("plans");
      Scalars.writeAll(bundle.plans(), DevelopmentCodecs.PLAN, out);
    }
    if (!bundle.visions().isEmpty()) {
      out.name("visions");
      Scalars.writeAll(bundle.visions(), DevelopmentCodecs.VISION, out);
    }
    if (!bundle.growSessions().isEmpty()) {
      out.name("growSessions");
      Scalars.writeAll(bundle.growSessions(), DevelopmentCodecs.GROW_SESSION, out);
    }
    out.endObject();
  }

  /**
   * A snapshot cut into lines: what belongs to a team or person present in the snapshot goes to
   * their line, everything else to the organization line.
   */
  public static final class Split {
    private final OrganizationSnapshot organization;
    private final Map<String, List<Objective>> byOwner = new HashMap<>();
    private final Map<String, SkillProfile> profiles = new HashMap<>();
    private final Map<String, List<DevelopmentPlan>> plans = new HashMap<>();
    private final Map<String, List<CareerVision>> visions = new HashMap<>();
    private final Map<String, List<GrowSession>> sessions = new HashMap<>();
    private final OrganizationSnapshot organizationLine;

    /** Cuts {@code snapshot}. */
    public Split(OrganizationSnapshot snapshot) {
      this.organization = snapshot;
      List<Objective> rest = new ArrayList<>();
      for (Objective objective : snapshot.objectives()) {
        Owner owner = objective.owner();
        String key = ownerKey(owner.kind(), owner.id().orElse(""));
        boolean hasLine = owner.kind() == OwnerKind.TEAM ? snapshot.team(owner.id().orElse("")).isPresent()
            : owner.kind() == OwnerKind.PERSON && snapshot.person(owner.id().orElse("")).isPresent();
        if (hasLine) {
          byOwner.computeIfAbsent(key, k -> new ArrayList<>()).add(objective);
        } else {
          rest.add(objective);
        }
      }
      List<SkillProfile> restProfiles = new ArrayList<>();
      for (SkillProfile profile : snapshot.profiles()) {
        if (snapshot.person(profile.personId()).isPresent()) {
          profiles.put(profile.personId(), profile);
        } else {
          restProfiles.add(profile);
        }
      }
      List<DevelopmentPlan> restPlans = group(snapshot, snapshot.plans(), DevelopmentPlan::personId, plans);
      List<CareerVision> restVisions = group(snapshot, snapshot.visions(), CareerVision::personId, visions);
      List<GrowSession> restSessions = group(snapshot, snapshot.growSessions(), GrowSession::personId, sessions);
      this.organizationLine = OrganizationSnapshot.builder().from(snapshot)
          .people(List.of()).teams(List.of()).objectives(rest).profiles(restProfiles).plans(restPlans)
          .visions(restVisions).growSessions(restSessions).build();
    }

    private static <T> List<T> group(OrganizationSnapshot snapshot, List<T> items, Function<T, String> personId,
        Map<String, List<T>> groups) {
      List<T> rest = new ArrayList<>();
      for (T item : items) {
        String id = personId.apply(item);
        if (snapshot.person(id).isPresent()) {
          groups.computeIfAbsent(id, k -> new ArrayList<>()).add(item);
        } else {
          rest.add(item);
        }
      }
      return rest;
    }

    private static String ownerKey(OwnerKind kind, String id) {
      return kind.name() + ':' + id;
    }

    /** The organization line: no people, no teams, and only what belongs to neither. */
    public OrganizationSnapshot organizationLine() {
      return organizationLine;
    }

    /** The teams, in order. */
    public List<Team> teams() {
      return organization.teams();
    }

    /** The objectives of {@code team}'s line. */
    public List<Objective> objectivesOf(Team team) {
      return byOwner.getOrDefault(ownerKey(OwnerKind.TEAM, team.id()), List.of());
    }

    /** The people, in order. */
    public List<Person> people() {
      return organization.people();
    }

    /** The bundle of {@code person}'s line. */
    public PersonBundle bundleOf(Person person) {
      PersonBundle.Builder bundle = PersonBundle.builder(person);
      byOwner.getOrDefault(ownerKey(OwnerKind.PERSON, person.id()), List.of()).forEach(bundle::addObjective);
      SkillProfile profile = profiles.get(person.id());
      if (profile != null) {
        bundle.profile(profile);
      }
      plans.getOrDefault(person.id(), List.of()).forEach(bundle::addPlan);
      visions.getOrDefault(person.id(), List.of()).forEach(bundle::addVision);
      sessions.getOrDefault(person.id(), List.of()).forEach(bundle::addGrowSession);
      return bundle.build();
    }
  }
}
