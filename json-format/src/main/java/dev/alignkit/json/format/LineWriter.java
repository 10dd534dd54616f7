package dev.alignkit.json.format;

import dev.alignkit.json.PersonBundle;
import dev.alignkit.okr.Objective;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Team;
import java.util.List;

/**
 * Writes the value of one organization, team or person line, as {@link Lines} reads it back; a
 * team or person line leaves out the fields its owner has nothing in.
 */
public final class LineWriter {
  private LineWriter() {}

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
}
