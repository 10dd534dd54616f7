package dev.alignkit.career;

import dev.alignkit.common.HasAttributes;
import dev.alignkit.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An available role in a team, which a person whose growth points elsewhere may consider (seed
 * 000: "change the role or the team"). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Opening implements HasAttributes {
  Opening() {}

  /** The opening's id. */
  public abstract String id();

  /** The role offered. */
  public abstract RoleRef role();

  /** The team offering it. */
  public abstract Optional<String> teamId();

  /** A short title, such as "Sales development representative". */
  public abstract Optional<String> title();

  /** An opening for a role in a team. */
  public static Opening of(String id, RoleRef role, String teamId) {
    return builder().id(id).role(role).teamId(teamId).build();
  }

  /** Returns a builder; id and role are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks.requireId(id(), "opening id");
    Checks.requireAttributeNames(attributes(), "opening '%s'", id());
  }

  /** Builds an {@link Opening}. */
  public static final class Builder extends ImmutableOpening.Builder {
    Builder() {}
  }
}
