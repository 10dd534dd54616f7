package dev.alignkit.org;

import dev.alignkit.common.HasAttributes;
import dev.alignkit.internal.Checks;
import org.immutables.value.Value;

/** A team of the organization; people name their team by id. Immutable and thread-safe. */
@Value.Immutable
public abstract class Team implements HasAttributes {
  Team() {}

  /** The team's id; unique among the teams of a snapshot. */
  public abstract String id();

  /** The team's display name. */
  public abstract String name();

  /** A team with an id and a name. */
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
