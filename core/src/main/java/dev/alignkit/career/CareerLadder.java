package dev.alignkit.career;

import dev.alignkit.common.DuplicateIdException;
import dev.alignkit.common.HasAttributes;
import dev.alignkit.internal.Checks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A career ladder: a track with levels ordered by rank, each declaring expectations. Immutable and
 * thread-safe.
 *
 * <p><b>Create</b> one with {@link #of(String, String, Level...)}, or with {@link #builder()} for
 * another track or vendor attributes:
 * <pre>{@code
 * CareerLadder engineering = CareerLadder.of("eng", "Engineering (IC)",
 *     Level.of("E3", "Engineer", 3, Expectation.essential("sql", 3)),
 *     Level.of("E4", "Senior engineer", 4, Expectation.essential("sql", 4)));
 * }</pre>
 *
 * <p><b>Invariants.</b> Building fails with an {@link IllegalArgumentException} naming the field
 * and the value when the id is blank ({@code ladder id must not be blank: ' '}) or an attribute
 * name is blank, and with a {@link DuplicateIdException} naming both places when two levels share
 * an id ({@code duplicate level id 'E3' at ladders[eng].levels[0] and ladders[eng].levels[2]}).
 * Required proficiencies off the catalog's scale fail when the snapshot is built. The rules report
 * two levels of one rank ({@code career.ladder.levels}), a level that lowers an inherited
 * requirement without {@code relax} ({@code career.ladder.regression}) and an expectation naming a
 * skill the catalog lacks ({@code career.ladder.unknown-skill}).
 *
 * <p><b>Equality:</b> two ladders are equal when id, name, track, track name, levels (in order) and
 * attributes are equal.
 */
@Value.Immutable
public abstract class CareerLadder implements HasAttributes {
  CareerLadder() {}

  /** The ladder's id. */
  public abstract String id();

  /** The display name, such as "Engineering (IC)". */
  public abstract String name();

  /** The kind of track; INDIVIDUAL_CONTRIBUTOR unless set. */
  @Value.Default
  public TrackKind track() {
    return TrackKind.INDIVIDUAL_CONTRIBUTOR;
  }

  /** The name of an OTHER track, such as "Specialist". */
  public abstract Optional<String> trackName();

  /** The levels, in the order given; {@link #levelsByRank()} orders them. */
  public abstract List<Level> levels();

  /**
   * A ladder on the individual-contributor track with {@code levels} in the order given.
   *
   * @param id the ladder's id; not null or blank
   * @param name the display name, such as {@code "Engineering (IC)"}; not null
   * @param levels the levels; none may be null, no two may share an id
   * @throws IllegalArgumentException if {@code id} is blank
   * @throws DuplicateIdException if two levels share an id
   * @throws NullPointerException if an argument or a level is null
   */
  public static CareerLadder of(String id, String name, Level... levels) {
    return builder().id(id).name(name).addLevels(levels).build();
  }

  /** Returns a builder; id and name are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The level with this id. */
  public final Optional<Level> level(String levelId) {
    for (Level level : levels()) {
      if (level.id().equals(levelId)) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }

  /** The levels from the lowest rank up; levels sharing a rank keep their given order. */
  @Value.Lazy
  public List<Level> levelsByRank() {
    List<Level> sorted = new ArrayList<>(levels());
    sorted.sort(Comparator.comparingInt(Level::rank));
    return List.copyOf(sorted);
  }

  /** The level ranked next above this one, if any. */
  public final Optional<Level> nextLevel(String levelId) {
    Optional<Level> level = level(levelId);
    if (level.isEmpty()) {
      return Optional.empty();
    }
    for (Level candidate : levelsByRank()) {
      if (candidate.rank() > level.get().rank()) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  @Value.Check
  final void check() {
    Checks.requireId(id(), "ladder id");
    Checks.requireAttributeNames(attributes(), "ladder '%s'", id());
    for (int i = 0; i < levels().size(); i++) {
      for (int j = 0; j < i; j++) {
        if (levels().get(i).id().equals(levels().get(j).id())) {
          throw new DuplicateIdException("level", levels().get(i).id(),
              "ladders[" + id() + "].levels[" + j + "]", "ladders[" + id() + "].levels[" + i + "]");
        }
      }
    }
  }

  /** Builds a {@link CareerLadder}. */
  public static final class Builder extends ImmutableCareerLadder.Builder {
    Builder() {}
  }
}
