package dev.alignkit.testing;

import static dev.alignkit.testing.SnapshotParts.MISSING_CYCLE;
import static dev.alignkit.testing.SnapshotParts.MISSING_PERSON;
import static dev.alignkit.testing.SnapshotParts.pick;
import static dev.alignkit.testing.SnapshotParts.picks;

import dev.alignkit.okr.Cycle;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quicktheories.core.Gen;

/**
 * Where {@link DevelopmentGenerators} place plans, visions and GROW sessions, who proposes their
 * goals and who agrees to them: references drawn before the people and cycles are known, resolved
 * by pick against a {@link Context} when a snapshot is assembled.
 */
final class DevelopmentPlacement {
  /** A CLOSED cycle that adversarial snapshots add, numbered as breakages number what they add ({@code c-100}). */
  static final String CLOSED_CYCLE = "c-" + SnapshotParts.ADDED_ID_BASE;

  /** Plans of the first few people, so that one person often has several plans in one cycle. */
  private static final int FAVOURITE_PEOPLE = 3;

  private DevelopmentPlacement() {}

  /** Whom an item belongs to: one of the first three people, anyone, or the unknown {@code p-999}. */
  enum PersonKind { FAVOURITE, ANY, UNKNOWN }

  /** A person picked modulo the candidates of its kind once the people are known. */
  record PersonRef(PersonKind kind, int pick) {}

  /** Which cycle a plan runs in: one of the context's, the unknown {@code c-999} or the CLOSED {@code c-100}. */
  enum CycleKind { KNOWN, UNKNOWN, CLOSED }

  /** A cycle picked modulo the context's cycles. */
  record CycleRef(CycleKind kind, int pick) {}

  /** Whom a goal's approver is drawn from; a kind without candidates falls back to anyone, then to a stranger. */
  enum Approver { NONE, MANAGER_CHAIN, HR_ADMINISTRATOR, ANYONE, THE_PERSON, STRANGER }

  enum Proposer { NONE, THE_PERSON, ANYONE }

  static Gen<PersonRef> personRefs(PersonKind kind) {
    return picks().map(pick -> new PersonRef(kind, pick));
  }

  static Gen<PersonRef> anyPeople() {
    return personRefs(PersonKind.ANY);
  }

  static Gen<CycleRef> knownCycles() {
    return picks().map(pick -> new CycleRef(CycleKind.KNOWN, pick));
  }

  /** What items are placed among: people ids, their manager chains, HR administrators, cycle ids. */
  record Context(List<String> personIds, Map<String, List<String>> chains, List<String> hrAdministrators,
      List<String> cycleIds) {

    static Context of(List<String> personIds, List<String> cycleIds) {
      return new Context(List.copyOf(personIds), Map.of(), List.of(), List.copyOf(cycleIds));
    }

    /** The snapshot's people, chains and administrators; its cycles but the CLOSED one adversarial snapshots add. */
    static Context of(OrganizationSnapshot snapshot) {
      List<String> ids = new ArrayList<>();
      List<String> hr = new ArrayList<>();
      Map<String, List<String>> chains = new HashMap<>();
      for (Person person : snapshot.people()) {
        ids.add(person.id());
        chains.put(person.id(), snapshot.managerChain(person.id()));
        if (person.hrAdministrator()) {
          hr.add(person.id());
        }
      }
      List<String> cycles = new ArrayList<>();
      for (Cycle cycle : snapshot.cycles()) {
        if (!cycle.id().equals(CLOSED_CYCLE)) {
          cycles.add(cycle.id());
        }
      }
      return new Context(List.copyOf(ids), Map.copyOf(chains), List.copyOf(hr), List.copyOf(cycles));
    }

    String anyone(int pick) {
      return personIds.isEmpty() ? MISSING_PERSON : pick(personIds, pick);
    }

    String person(PersonRef ref) {
      switch (ref.kind()) {
        case FAVOURITE:
          return personIds.isEmpty() ? MISSING_PERSON
              : personIds.get(ref.pick() % Math.min(FAVOURITE_PEOPLE, personIds.size()));
        case ANY:
          return anyone(ref.pick());
        case UNKNOWN:
          return MISSING_PERSON;
        default:
          throw new AssertionError(ref);
      }
    }

    String cycle(CycleRef ref) {
      switch (ref.kind()) {
        case KNOWN:
          return cycleIds.isEmpty() ? MISSING_CYCLE : pick(cycleIds, ref.pick());
        case UNKNOWN:
          return MISSING_CYCLE;
        case CLOSED:
          return CLOSED_CYCLE;
        default:
          throw new AssertionError(ref);
      }
    }

    Optional<String> proposer(Proposer kind, int pick, String personId) {
      switch (kind) {
        case NONE:
          return Optional.empty();
        case THE_PERSON:
          return Optional.of(personId);
        case ANYONE:
          return Optional.of(anyone(pick));
        default:
          throw new AssertionError(kind);
      }
    }

    Optional<String> approver(Approver kind, int pick, String personId) {
      switch (kind) {
        case NONE:
          return Optional.empty();
        case MANAGER_CHAIN:
          List<String> chain = chains.getOrDefault(personId, List.of());
          return Optional.of(chain.isEmpty() ? anyone(pick) : pick(chain, pick));
        case HR_ADMINISTRATOR:
          return Optional.of(hrAdministrators.isEmpty() ? anyone(pick) : pick(hrAdministrators, pick));
        case ANYONE:
          return Optional.of(anyone(pick));
        case THE_PERSON:
          return Optional.of(personId);
        case STRANGER:
          return Optional.of(MISSING_PERSON);
        default:
          throw new AssertionError(kind);
      }
    }
  }
}
