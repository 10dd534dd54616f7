package dev.alignkit.org;

import dev.alignkit.common.DuplicateIdException;
import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.Initiative;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The id lookups of one snapshot. Built once; read-only afterwards, so safe to share. */
final class SnapshotIndex {
  final Map<String, Person> people;
  final Map<String, Team> teams;
  final Map<String, Cycle> cycles;
  final Map<String, Objective> objectives;
  final Map<String, KeyResult> keyResults = new HashMap<>();
  final Map<String, Objective> keyResultOwners = new HashMap<>();
  final Map<String, Initiative> initiatives = new HashMap<>();
  final Map<String, Objective> initiativeOwners = new HashMap<>();
  final Map<String, List<Objective>> children = new HashMap<>();

  private SnapshotIndex(OrganizationSnapshot snapshot) {
    people = byId("person", "people", snapshot.people(), Person::id);
    teams = byId("team", "teams", snapshot.teams(), Team::id);
    cycles = byId("cycle", "cycles", snapshot.cycles(), Cycle::id);
    objectives = byId("objective", "objectives", snapshot.objectives(), Objective::id);
    Map<String, String> keyResultPlaces = new HashMap<>();
    Map<String, String> initiativePlaces = new HashMap<>();
    for (Objective objective : snapshot.objectives()) {
      String base = "objectives[" + objective.id() + "]";
      List<KeyResult> krs = objective.keyResults();
      for (int i = 0; i < krs.size(); i++) {
        KeyResult kr = krs.get(i);
        put("key result", kr.id(), base + ".keyResults[" + i + "]", keyResultPlaces);
        keyResults.put(kr.id(), kr);
        keyResultOwners.put(kr.id(), objective);
      }
      List<Initiative> initiativeList = objective.initiatives();
      for (int i = 0; i < initiativeList.size(); i++) {
        Initiative initiative = initiativeList.get(i);
        put("initiative", initiative.id(), base + ".initiatives[" + i + "]", initiativePlaces);
        initiatives.put(initiative.id(), initiative);
        initiativeOwners.put(initiative.id(), objective);
      }
      if (objective.alignment().isPresent()) {
        Alignment alignment = objective.alignment().get();
        children.computeIfAbsent(alignment.parentId(), k -> new ArrayList<>()).add(objective);
      }
    }
    children.replaceAll((parent, list) -> Collections.unmodifiableList(list));
  }

  static SnapshotIndex of(OrganizationSnapshot snapshot) {
    return new SnapshotIndex(snapshot);
  }

  private interface IdOf<T> {
    String id(T item);
  }

  private static <T> Map<String, T> byId(String kind, String field, List<T> items, IdOf<T> idOf) {
    Map<String, T> map = new HashMap<>(Math.max(16, items.size() * 2));
    for (int i = 0; i < items.size(); i++) {
      T item = items.get(i);
      T previous = map.putIfAbsent(idOf.id(item), item);
      if (previous != null) {
        throw new DuplicateIdException(kind, idOf.id(item), field + "[" + items.indexOf(previous) + "]",
            field + "[" + i + "]");
      }
    }
    return map;
  }

  private static void put(String kind, String id, String place, Map<String, String> places) {
    String previous = places.putIfAbsent(id, place);
    if (previous != null) {
      throw new DuplicateIdException(kind, id, previous, place);
    }
  }
}
