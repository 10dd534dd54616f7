package dev.alignkit.json.format;

import dev.alignkit.career.SkillProfile;
import dev.alignkit.development.CareerVision;
import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.GrowSession;
import dev.alignkit.okr.Initiative;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.org.Team;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The ids of the lines read so far, by kind, with the line that first used each: what a snapshot
 * requires to be unique across the whole document (people, teams, objectives, key results,
 * initiatives, skill profiles by person, plans, development goals and measures, visions, GROW
 * sessions), checked line by line so that a repeat is reported at the line that repeats it. Not
 * thread-safe.
 */
public final class IdRegistry {
  private final Map<String, Map<String, Long>> kinds = new HashMap<>();

  /** Registers the ids of the organization line, which its own snapshot has found unique. */
  public void addOrganization(OrganizationSnapshot organization, long line) {
    List<Entry> entries = new ArrayList<>();
    collect(entries, "", null, organization.objectives(), organization.profiles(), organization.plans(),
        organization.visions(), organization.growSessions());
    for (Entry entry : entries) {
      kinds.computeIfAbsent(entry.kind, k -> new HashMap<>()).putIfAbsent(entry.id, line);
    }
  }

  /**
   * Checks the ids of one team or person line against those of earlier lines and, when none
   * repeats, registers them.
   *
   * @throws FormatException at the first item whose id an earlier line used
   */
  public void add(JsonIn in, long line, @Nullable Team team, @Nullable Person person, List<Objective> objectives,
      @Nullable SkillProfile profile, List<DevelopmentPlan> plans, List<CareerVision> visions,
      List<GrowSession> sessions) {
    List<Entry> entries = new ArrayList<>();
    if (team != null) {
      entries.add(new Entry("team", team.id(), "/team"));
    }
    if (person != null) {
      entries.add(new Entry("person", person.id(), "/person"));
    }
    collect(entries, "", profile, objectives, List.of(), plans, visions, sessions);
    for (Entry entry : entries) {
      Map<String, Long> ids = kinds.get(entry.kind);
      Long first = ids == null ? null : ids.get(entry.id);
      if (first != null) {
        Long location = in.locationOf(entry.pointer);
        throw JsonIn.error(entry.pointer, location != null ? location : JsonIn.pack(1, 1),
            "duplicate " + entry.kind + " id '" + entry.id + "', first used on line " + first, null);
      }
    }
    for (Entry entry : entries) {
      kinds.computeIfAbsent(entry.kind, k -> new HashMap<>()).putIfAbsent(entry.id, line);
    }
  }

  private static void collect(List<Entry> entries, String base, @Nullable SkillProfile profile,
      List<Objective> objectives, List<SkillProfile> profiles, List<DevelopmentPlan> plans,
      List<CareerVision> visions, List<GrowSession> sessions) {
    for (int i = 0; i < objectives.size(); i++) {
      Objective objective = objectives.get(i);
      String at = base + "/objectives/" + i;
      entries.add(new Entry("objective", objective.id(), at));
      List<KeyResult> keyResults = objective.keyResults();
      for (int k = 0; k < keyResults.size(); k++) {
        entries.add(new Entry("key result", keyResults.get(k).id(), at + "/keyResults/" + k));
      }
      List<Initiative> initiatives = objective.initiatives();
      for (int k = 0; k < initiatives.size(); k++) {
        entries.add(new Entry("initiative", initiatives.get(k).id(), at + "/initiatives/" + k));
      }
    }
    if (profile != null) {
      entries.add(new Entry("skill profile", profile.personId(), base + "/profile"));
    }
    for (int i = 0; i < profiles.size(); i++) {
      entries.add(new Entry("skill profile", profiles.get(i).personId(), base + "/profiles/" + i));
    }
    for (int i = 0; i < plans.size(); i++) {
      DevelopmentPlan plan = plans.get(i);
      String at = base + "/plans/" + i;
      entries.add(new Entry("development plan", plan.id(), at));
      List<DevelopmentGoal> goals = plan.goals();
      for (int g = 0; g < goals.size(); g++) {
        String goalAt = at + "/goals/" + g;
        entries.add(new Entry("development goal", goals.get(g).id(), goalAt));
        List<KeyResult> measures = goals.get(g).measures();
        for (int m = 0; m < measures.size(); m++) {
          entries.add(new Entry("development measure", measures.get(m).id(), goalAt + "/measures/" + m));
        }
      }
    }
    for (int i = 0; i < visions.size(); i++) {
      entries.add(new Entry("career vision", visions.get(i).id(), base + "/visions/" + i));
    }
    for (int i = 0; i < sessions.size(); i++) {
      entries.add(new Entry("GROW session", sessions.get(i).id(), base + "/growSessions/" + i));
    }
  }

  private static final class Entry {
    final String kind;
    final String id;
    final String pointer;

    Entry(String kind, String id, String pointer) {
      this.kind = kind;
      this.id = id;
      this.pointer = pointer;
    }
  }
}
