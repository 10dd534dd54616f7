package dev.alignkit.org;

import dev.alignkit.common.HasAttributes;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.Initiative;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The root aggregate: everything Alignkit knows about one organization at one moment. Every
 * computation and rule reads a snapshot. Immutable and thread-safe.
 *
 * <p>Items refer to each other by id. Ids are indexed when the snapshot is built, so each lookup
 * takes constant time. An id that does not resolve is representable and is reported by the
 * rules; two items of one kind with the same id are not, and building such a snapshot throws a
 * {@link dev.alignkit.common.DuplicateIdException} that names both places. Key-result and
 * initiative ids are unique across the whole snapshot, not only within their objective.
 *
 * <pre>{@code
 * OrganizationSnapshot snapshot = OrganizationSnapshot.builder()
 *     .addPerson(Person.of("p-1", "Ada"))
 *     .addCycle(Cycle.of("2026-Q3", "2026-Q3", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)))
 *     .addObjective(objective)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class OrganizationSnapshot implements HasAttributes {
  OrganizationSnapshot() {}

  /** The people, in the order given. */
  public abstract List<Person> people();

  /** The teams, in the order given. */
  public abstract List<Team> teams();

  /** The OKR cycles, in the order given. */
  public abstract List<Cycle> cycles();

  /** The objectives of every owner and cycle, in the order given. */
  public abstract List<Objective> objectives();

  /** The accepted exceptions to rules. */
  public abstract List<Waiver> waivers();

  /** A snapshot with nothing in it. */
  public static OrganizationSnapshot empty() {
    return builder().build();
  }

  /** Returns a builder; every part is optional. */
  public static Builder builder() {
    return new Builder();
  }

  /** The person with this id. */
  public final Optional<Person> person(String id) {
    return Optional.ofNullable(index().people.get(id));
  }

  /** The team with this id. */
  public final Optional<Team> team(String id) {
    return Optional.ofNullable(index().teams.get(id));
  }

  /** The cycle with this id. */
  public final Optional<Cycle> cycle(String id) {
    return Optional.ofNullable(index().cycles.get(id));
  }

  /** The objective with this id. */
  public final Optional<Objective> objective(String id) {
    return Optional.ofNullable(index().objectives.get(id));
  }

  /** The key result with this id, in any objective. */
  public final Optional<KeyResult> keyResult(String id) {
    return Optional.ofNullable(index().keyResults.get(id));
  }

  /** The objective that holds the key result with this id. */
  public final Optional<Objective> objectiveOfKeyResult(String keyResultId) {
    return Optional.ofNullable(index().keyResultOwners.get(keyResultId));
  }

  /** The initiative with this id, in any objective. */
  public final Optional<Initiative> initiative(String id) {
    return Optional.ofNullable(index().initiatives.get(id));
  }

  /** The objective that holds the initiative with this id. */
  public final Optional<Objective> objectiveOfInitiative(String initiativeId) {
    return Optional.ofNullable(index().initiativeOwners.get(initiativeId));
  }

  /**
   * The objectives aligned to this one, of either alignment kind, in snapshot order.
   *
   * @return an immutable list; empty when there are none or the id does not resolve
   */
  public final List<Objective> childrenOf(String objectiveId) {
    return index().children.getOrDefault(objectiveId, List.of());
  }

  /**
   * The index of ids, built once when the snapshot is constructed; this is where duplicate ids
   * are detected.
   */
  @Value.Derived
  @Value.Auxiliary
  SnapshotIndex index() {
    return SnapshotIndex.of(this);
  }

  /** Builds an {@link OrganizationSnapshot}. */
  public static final class Builder extends ImmutableOrganizationSnapshot.Builder {
    Builder() {}
  }
}
