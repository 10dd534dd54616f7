package dev.alignkit.org;

import static java.util.Objects.requireNonNull;

import dev.alignkit.career.CareerLadder;
import dev.alignkit.career.Level;
import dev.alignkit.career.RoleRef;
import dev.alignkit.okr.Owner;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The names people read for the ids of a snapshot: "Lara Novak" for {@code lara}, "Customer
 * support" for the team {@code support}, "System design" for the skill {@code system-design},
 * "Senior engineer" for the role {@code eng/E4}. For text and Markdown meant for
 * people; JSON and logs keep the ids.
 *
 * <p>Where two items that can stand in the same place share a name (ignoring case), each of them
 * gets its id in parentheses: "Alex Kim (alex-k)" and "Alex Kim (alex-kim)". People and teams
 * share one space, since both own objectives; skills and roles have their own. An id the snapshot
 * does not hold is shown as it is.
 *
 * <pre>{@code
 * DisplayNames names = DisplayNames.of(snapshot);
 * names.owner(objective.owner());   // "Organization", "Customer support", "Lara Novak"
 * }</pre>
 *
 * <p>Immutable and thread-safe; building one reads the snapshot once, each name is a lookup.
 */
public final class DisplayNames {
  /** The name of the organization as an owner. */
  public static final String ORGANIZATION = "Organization";

  private final OrganizationSnapshot snapshot;
  private final Set<String> sharedOwnerNames;
  private final Set<String> sharedSkillNames;
  private final Set<String> sharedRoleNames;

  private DisplayNames(OrganizationSnapshot snapshot) {
    this.snapshot = snapshot;
    Map<String, Integer> owners = new HashMap<>();
    snapshot.people().forEach(person -> count(owners, person.name()));
    snapshot.teams().forEach(team -> count(owners, team.name()));
    this.sharedOwnerNames = shared(owners);
    Map<String, Integer> skills = new HashMap<>();
    snapshot.skillCatalog().skills().forEach(skill -> count(skills, skill.name()));
    this.sharedSkillNames = shared(skills);
    Map<String, Integer> roles = new HashMap<>();
    for (CareerLadder ladder : snapshot.ladders()) {
      ladder.levels().forEach(level -> count(roles, level.name()));
    }
    this.sharedRoleNames = shared(roles);
  }

  /**
   * The names of a snapshot's people, teams, skills and roles.
   *
   * @param snapshot the organization; not null
   * @throws NullPointerException if {@code snapshot} is null
   */
  public static DisplayNames of(OrganizationSnapshot snapshot) {
    return new DisplayNames(requireNonNull(snapshot, "snapshot"));
  }

  /** The person's name, with the id in parentheses when another person or a team has that name; the id when unknown. */
  public String person(String personId) {
    return snapshot.person(personId).map(p -> distinct(p.name(), personId, sharedOwnerNames)).orElse(personId);
  }

  /** The team's name, with the id in parentheses when another team or a person has that name; the id when unknown. */
  public String team(String teamId) {
    return snapshot.team(teamId).map(t -> distinct(t.name(), teamId, sharedOwnerNames)).orElse(teamId);
  }

  /**
   * Who owns an objective, in words: {@value #ORGANIZATION}, the team's name or the person's name;
   * an owner the snapshot does not hold as written ({@code team:support}).
   */
  public String owner(Owner owner) {
    String id = owner.id().orElse("");
    switch (owner.kind()) {
      case PERSON:
        return snapshot.person(id).isPresent() ? person(id) : owner.toString();
      case TEAM:
        return snapshot.team(id).isPresent() ? team(id) : owner.toString();
      default:
        return ORGANIZATION;
    }
  }

  /** The skill's name in the catalog, with the id in parentheses when another skill has that name; the id when unknown. */
  public String skill(String skillId) {
    return snapshot.skill(skillId).map(s -> distinct(s.name(), skillId, sharedSkillNames)).orElse(skillId);
  }

  /**
   * The role as its level's name ("Senior engineer"), with the role ({@code eng/E4}) in
   * parentheses when a level of another ladder has that name; the role as written when its ladder
   * or level is unknown.
   */
  public String role(RoleRef role) {
    CareerLadder ladder = snapshot.ladder(role.ladderId()).orElse(null);
    Level level = ladder == null ? null : ladder.level(role.levelId()).orElse(null);
    if (level == null) {
      return role.toString();
    }
    return distinct(level.name(), role.toString(), sharedRoleNames);
  }

  private static void count(Map<String, Integer> counts, String name) {
    counts.merge(key(name), 1, Integer::sum);
  }

  private static Set<String> shared(Map<String, Integer> counts) {
    Set<String> shared = new HashSet<>();
    counts.forEach((name, count) -> {
      if (count > 1) {
        shared.add(name);
      }
    });
    return shared;
  }

  private static String distinct(String name, String id, Set<String> shared) {
    return shared.contains(key(name)) ? name + " (" + id + ")" : name;
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }
}
