package dev.alignkit.advice;

import dev.alignkit.okr.Initiative;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.OkrStatus;
import dev.alignkit.okr.OwnerKind;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The active work that goals are matched against: every ACTIVE objective owned by a team or the
 * organization, each followed by its ACTIVE initiatives, in snapshot order; team work has
 * proximity 0, the organization's 1. Immutable once built.
 */
final class WorkIndex {
  private final OrganizationSnapshot snapshot;
  private final Map<String, List<WorkItem>> byTeam = new HashMap<>();
  private final List<WorkItem> organization;

  WorkIndex(OrganizationSnapshot snapshot) {
    this.snapshot = snapshot;
    List<WorkItem> organizationItems = new ArrayList<>();
    for (Objective objective : snapshot.objectives()) {
      OwnerKind kind = objective.owner().kind();
      if (kind == OwnerKind.PERSON || objective.status() != OkrStatus.ACTIVE) {
        continue;
      }
      List<WorkItem> items = kind == OwnerKind.ORGANIZATION ? organizationItems
          : byTeam.computeIfAbsent(objective.owner().id().orElseThrow(), t -> new ArrayList<>());
      int proximity = kind == OwnerKind.ORGANIZATION ? 1 : 0;
      items.add(new WorkItem(objective.id(), false, objective.title(), objective.skills(), objective.tags(),
          proximity));
      for (Initiative initiative : objective.initiatives()) {
        if (initiative.status() == OkrStatus.ACTIVE) {
          items.add(new WorkItem(initiative.id(), true, initiative.title(), initiative.skills(), initiative.tags(),
              proximity));
        }
      }
    }
    byTeam.replaceAll((team, items) -> List.copyOf(items));
    organization = List.copyOf(organizationItems);
  }

  /** The person's team's active work first, then the organization's, each in snapshot order. */
  List<WorkItem> work(String personId) {
    Optional<String> teamId = snapshot.person(personId).flatMap(Person::teamId);
    List<WorkItem> team = teamId.isPresent() ? byTeam.getOrDefault(teamId.get(), List.of()) : List.of();
    if (team.isEmpty()) {
      return organization;
    }
    List<WorkItem> items = new ArrayList<>(team.size() + organization.size());
    items.addAll(team);
    items.addAll(organization);
    return items;
  }
}
