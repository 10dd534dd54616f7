package dev.alignkit.jackson;

import dev.alignkit.okr.Objective;
import dev.alignkit.okr.OwnerKind;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.org.Team;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * The order a JSON Lines file gives a snapshot's lists, as the format describes it: first what
 * the organization line holds (items of owners without a line, in snapshot order), then team by
 * team, then person by person, each owner's items in snapshot order. A snapshot in this order
 * comes back from a JSON Lines file equal to itself.
 */
final class LineOrder {
  private LineOrder() {}

  static OrganizationSnapshot of(OrganizationSnapshot s) {
    List<Objective> objectives = new ArrayList<>();
    for (Objective o : s.objectives()) {
      String id = o.owner().id().orElse("");
      boolean hasLine = o.owner().kind() == OwnerKind.TEAM ? s.team(id).isPresent()
          : o.owner().kind() == OwnerKind.PERSON && s.person(id).isPresent();
      if (!hasLine) {
        objectives.add(o);
      }
    }
    for (Team team : s.teams()) {
      objectives.addAll(owned(s.objectives(), team.id(), (o, id) -> o.owner().kind() == OwnerKind.TEAM
          && o.owner().id().orElse("").equals(id)));
    }
    for (Person person : s.people()) {
      objectives.addAll(owned(s.objectives(), person.id(), (o, id) -> o.owner().kind() == OwnerKind.PERSON
          && o.owner().id().orElse("").equals(id)));
    }
    return OrganizationSnapshot.builder().from(s)
        .objectives(objectives)
        .profiles(byPerson(s, s.profiles(), (p, id) -> p.personId().equals(id)))
        .plans(byPerson(s, s.plans(), (p, id) -> p.personId().equals(id)))
        .visions(byPerson(s, s.visions(), (v, id) -> v.personId().equals(id)))
        .growSessions(byPerson(s, s.growSessions(), (g, id) -> g.personId().equals(id)))
        .build();
  }

  private static <T> List<T> owned(List<T> items, String id, BiPredicate<T, String> ownedBy) {
    List<T> owned = new ArrayList<>();
    for (T item : items) {
      if (ownedBy.test(item, id)) {
        owned.add(item);
      }
    }
    return owned;
  }

  private static <T> List<T> byPerson(OrganizationSnapshot s, List<T> items, BiPredicate<T, String> of) {
    List<T> ordered = new ArrayList<>();
    for (T item : items) {
      if (s.people().stream().noneMatch(p -> of.test(item, p.id()))) {
        ordered.add(item);
      }
    }
    for (Person person : s.people()) {
      ordered.addAll(owned(items, person.id(), of));
    }
    return ordered;
  }
}
