package dev.alignkit.advice;

import dev.alignkit.okr.Initiative;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.OkrStatus;
import dev.alignkit.okr.OwnerKind;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The active work that goals are matched against: every ACTIVE objective owned by a team or the
 * organization, but those of a cycle that has ended by the date of the advice (docs/concepts.md,
 * "Closing a cycle"), each followed by its ACTIVE initiatives, in snapshot order. Work of the person's
 * primary team has proximity {@link #OWN_TEAM}, of their other teams {@link #OTHER_TEAM}, the
 * organization's {@link #ORGANIZATION}. Immutable once built.
 *
 * <p>Work is indexed by its owner alone, never by its links: an objective with several parents is
 * its owner's work once, and a person's own objective linked to another team's work does not make
 * that work the person's (docs/concepts.md, "Advice").
 */
final class WorkIndex {
  /** The proximity of the work of the person's primary team. */
  static final int OWN_TEAM = 0;
  /** The proximity of the work of the person's other teams ({@link Person#otherTeamIds()}). */
  static final int OTHER_TEAM = 1;
  /** The proximity of the organization's work. */
  static final int ORGANIZATION = 2;

  /** Each team's work at the proximity of one's own team. */
  private final Map<String, List<WorkItem>> byTeam = new HashMap<>();
  /** Each team's work at the proximity of another team of the person: the same items, farther. */
  private final Map<String, List<WorkItem>> byOtherTeam = new HashMap<>();
  private final List<WorkItem> organization;

  WorkIndex(OrganizationSnapshot snapshot, LocalDate asOf) {
    List<WorkItem> organizationItems = new ArrayList<>();
    for (Objective objective : snapshot.objectives()) {
      OwnerKind kind = objective.owner().kind();
      if (kind == OwnerKind.PERSON || objective.status() != OkrStatus.ACTIVE
          || objective.cycleId().flatMap(snapshot::cycle).map(cycle -> cycle.hasEnded(asOf)).orElse(false)) {
        continue;
      }
      if (kind == OwnerKind.ORGANIZATION) {
        add(organizationItems, objective, ORGANIZATION);
      } else {
        String team = objective.owner().id().orElseThrow();
        add(byTeam.computeIfAbsent(team, t -> new ArrayList<>()), objective, OWN_TEAM);
        add(byOtherTeam.computeIfAbsent(team, t -> new ArrayList<>()), objective, OTHER_TEAM);
      }
    }
    byTeam.replaceAll((team, items) -> List.copyOf(items));
    byOtherTeam.replaceAll((team, items) -> List.copyOf(items));
    organization = List.copyOf(organizationItems);
  }

  private static void add(List<WorkItem> items, Objective objective, int proximity) {
    items.add(new WorkItem(objective.id(), false, objective.title(), objective.skills(), objective.tags(),
        proximity));
    for (Initiative initiative : objective.initiatives()) {
      if (initiative.status() == OkrStatus.ACTIVE) {
        items.add(new WorkItem(initiative.id(), true, initiative.title(), initiative.skills(), initiative.tags(),
            proximity));
      }
    }
  }

  /**
   * The active work of the person's primary team first, then of each of their other teams in the
   * order of {@link Person#otherTeamIds()} (the primary team again, if listed, is skipped), then
   * the organization's; each team's work in snapshot order.
   */
  List<WorkItem> work(Optional<Person> person) {
    List<List<WorkItem>> parts = parts(person);
    if (parts.size() == 1) {
      return parts.get(0);
    }
    List<WorkItem> items = new ArrayList<>();
    for (List<WorkItem> part : parts) {
      items.addAll(part);
    }
    return items;
  }

  /**
   * The first item of {@link #work} that exercises one of {@code skills}, with the first of the
   * skills (in their order) that it exercises; null when none does. Reads the parts of the work in
   * place rather than copying them into one list, as classifying every goal of an organization
   * would.
   */
  @Nullable Exercised firstExercising(Optional<Person> person, List<String> skills) {
    for (List<WorkItem> part : parts(person)) {
      for (int i = 0; i < part.size(); i++) {
        WorkItem item = part.get(i);
        for (int k = 0; k < skills.size(); k++) {
          if (item.skills.contains(skills.get(k))) {
            return new Exercised(item, skills.get(k));
          }
        }
      }
    }
    return null;
  }

  /** An item of work and the skill of a goal that it exercises. */
  record Exercised(WorkItem item, String skill) {}

  /** The lists {@link #work} is made of, in its order, without the empty ones. */
  private List<List<WorkItem>> parts(Optional<Person> person) {
    if (person.isEmpty()) {
      return List.of(organization);
    }
    Optional<String> primary = person.get().teamId();
    List<List<WorkItem>> parts = new ArrayList<>(3);
    primary.ifPresent(team -> addPart(parts, byTeam.get(team)));
    for (String team : person.get().otherTeamIds()) {
      if (!primary.filter(team::equals).isPresent()) {
        addPart(parts, byOtherTeam.get(team));
      }
    }
    parts.add(organization);
    return parts;
  }

  private static void addPart(List<List<WorkItem>> parts, @Nullable List<WorkItem> part) {
    if (part != null && !part.isEmpty()) {
      parts.add(part);
    }
  }
}
