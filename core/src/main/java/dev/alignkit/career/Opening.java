package dev.alignkit.career;

import dev.alignkit.common.HasAttributes;
import dev.alignkit.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An available role in a team, which a person whose growth points elsewhere may consider (the
 * CHANGE_ROLE advice of {@code docs/concepts.md}, "Advice"). Immutable and thread-safe.
 *
 * <p><b>Create</b> one with {@link #of(String, RoleRef, String)}, or with {@link #builder()} for a
 * title:
 * <pre>{@code
 * Opening sdr = Opening.of("open-1", RoleRef.of("sales", "L2"), "sales-emea");
 * }</pre>
 *
 * <p><b>Invariants.</b> Building fails with an {@link IllegalArgumentException} naming the field
 * and the value when the id is blank ({@code opening id must not be blank: ' '}) or an attribute
 * name is blank. Two openings with one id fail when the snapshot is built
 * ({@link dev.alignkit.common.DuplicateIdException}). A role or team that does not resolve is
 * representable.
 *
 * <p><b>Equality:</b> two openings are equal when id, role, team, title and attributes are equal.
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

  /**
   * An opening for a role in a team.
   *
   * @param id the opening's id; not null or blank
   * @param role the role offered; not null
   * @param teamId the team offering it; not null
   * @throws IllegalArgumentException if {@code id} is blank
   * @throws NullPointerException if an argument is null
   */
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
