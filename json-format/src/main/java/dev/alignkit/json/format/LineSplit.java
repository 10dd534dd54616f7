package dev.alignkit.json.format;

import dev.alignkit.career.SkillProfile;
import dev.alignkit.development.CareerVision;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.GrowSession;
import dev.alignkit.json.PersonBundle;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.Owner;
import dev.alignkit.okr.OwnerKind;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.org.Team;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A snapshot cut into lines: what belongs to a team or person present in the snapshot goes to
 * their line, everything else to the organization line.
 */
public final class LineSplit {
  private final OrganizationSnapshot organization;
  private final Map<String, List<Objective>> byOwner = new HashMap<>();
  private final Map<String, SkillProfile> profiles = new HashMap<>();
  private final Map<String, List<DevelopmentPlan>> plans = new HashMap<>();
  private final Map<String, List<CareerVision>> visions = new HashMap<>();
  private final Map<String, List<GrowSession>> sessions = new HashMap<>();
  private final OrganizationSnapshot organizationLine;

  /** Cuts {@code snapshot}. */
  public LineSplit(OrganizationSnapshot snapshot) {
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
