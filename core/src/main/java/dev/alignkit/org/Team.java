package dev.alignkit.org;

import dev.alignkit.common.HasAttributes;
import dev.alignkit.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A team of the organization; people name their team by id. Immutable and thread-safe.
 *
 * <p><b>Create</b> one with {@link #of(String, String)}:
 * <pre>{@code
 * Team support = Team.of("support", "Customer support");
 * }</pre>
 *
 * <p><b>Invariants.</b> Building fails with an {@link IllegalArgumentException} naming the field
 * and the value when the id is blank ({@code team id must not be blank: ' '}) or an attribute name
 * is blank. Two teams with one id fail when the snapshot is built
 * ({@link dev.alignkit.common.DuplicateIdException}).
 *
 * <p><b>Equality:</b> two teams are equal when id, name, description and attributes are equal.
 */
@Value.Immutable
public abstract class Team implements HasAttributes {
  Team() {}

  /** The team's id; unique among the teams of a snapshot. */
  public abstract String id();

  /** The team's display name. */
  public abstract String name();

  /** What the team does, in plain text. */
  public abstract Optional<String> description();

  /**
   * A team with an id and a name.
   *
   * @param id the team's id; not null or blank
   * @param name the display name; not null
   * @throws IllegalArgumentException if {@code id} is blank
   * @throws NullPointerException if an argument is null
   */
  public static Team of(String id, String name) {
    return builder().id(id).name(name).build();
  }

  /** Returns a builder; {@code id} and {@code name} are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks.requireId(id(), "team id");
    Checks.requireAttributeNames(attributes(), "team '%s'", id());
  }

  /** Builds a {@link Team}. */
  public static final class Builder extends ImmutableTeam.Builder {
    Builder() {}
  }
}
