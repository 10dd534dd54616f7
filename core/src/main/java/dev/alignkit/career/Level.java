package dev.alignkit.career;

import dev.alignkit.common.HasAttributes;
import dev.alignkit.internal.Checks;
import java.util.List;
import org.immutables.value.Value;

/**
 * A level of a career ladder, such as "E4 Senior engineer", with the expectations it declares.
 * Immutable and thread-safe.
 *
 * <p><b>Create</b> one with {@link #of(String, String, int, Expectation...)}, or with
 * {@link #builder()}:
 * <pre>{@code
 * Level senior = Level.of("E4", "Senior engineer", 4,
 *     Expectation.essential("sql", 4), Expectation.optional("mentoring", 3));
 * }</pre>
 *
 * <p><b>Invariants.</b> Building fails with an {@link IllegalArgumentException} naming the field
 * and the value when the id is blank ({@code level id must not be blank: ' '}) or an attribute name
 * is blank; two levels with one id fail when their ladder is built. Two levels of one rank are
 * reported by {@code career.ladder.levels}.
 *
 * <p><b>Equality:</b> two levels are equal when id, name, rank, expectations (in order) and
 * attributes are equal.
 */
@Value.Immutable
public abstract class Level implements HasAttributes {
  Level() {}

  /** The level's id; unique within its ladder. */
  public abstract String id();

  /** The display name. */
  public abstract String name();

  /** The position on the ladder, higher is more senior; unique within a ladder ({@code career.ladder.levels}). */
  public abstract int rank();

  /** What this level declares; it inherits the rest from the levels below. */
  public abstract List<Expectation> expectations();

  /**
   * A level with the expectations it declares.
   *
   * @param id the level's id; not null or blank
   * @param name the display name, such as {@code "Senior engineer"}; not null
   * @param rank the position on the ladder, higher is more senior
   * @param expectations what the level declares; none may be null
   * @throws IllegalArgumentException if {@code id} is blank
   * @throws NullPointerException if an argument or an expectation is null
   */
  public static Level of(String id, String name, int rank, Expectation... expectations) {
    return builder().id(id).name(name).rank(rank).addExpectations(expectations).build();
  }

  /** Returns a builder; id, name and rank are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks.requireId(id(), "level id");
    Checks.requireAttributeNames(attributes(), "level '%s'", id());
  }

  /** Builds a {@link Level}. */
  public static final class Builder extends ImmutableLevel.Builder {
    Builder() {}
  }
}
