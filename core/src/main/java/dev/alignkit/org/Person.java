package dev.alignkit.org;

import dev.alignkit.career.RoleRef;
import dev.alignkit.common.HasAttributes;
import dev.alignkit.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person in the organization. Immutable and thread-safe. Team, manager and role are named by
 * ids that may not resolve; the rules report those that do not.
 */
@Value.Immutable
public abstract class Person implements HasAttributes {
  Person() {}

  /** The person's id; unique among the people of a snapshot. */
  public abstract String id();

  /** The person's display name. */
  public abstract String name();

  /** The id of the person's team, if any. */
  public abstract Optional<String> teamId();

  /** The id of the person's manager; empty for the top of the organization. */
  public abstract Optional<String> managerId();

  /** The person's current role, if the organization uses career ladders. */
  public abstract Optional<RoleRef> role();

  /** Whether the person is an HR administrator; false unless set. */
  @Value.Default
  public boolean hrAdministrator() {
    return false;
  }

  /** A person with an id and a name only. */
  public static Person of(String id, String name) {
    return builder().id(id).name(name).build();
  }

  /** Returns a builder; {@code id} and {@code name} are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks.requireId(id(), "person id");
    Checks.requireAttributeNames(attributes(), "person '%s'", id());
  }

  /** Builds a {@link Person}. */
  public static final class Builder extends ImmutablePerson.Builder {
    Builder() {}
  }
}
