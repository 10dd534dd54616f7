package dev.alignkit.okr;

import dev.alignkit.common.HasAttributes;
import dev.alignkit.internal.Checks;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Whom an objective belongs to: the organization, a team or a person. Immutable and thread-safe.
 *
 * <p><b>Create</b> one with {@link #organization()}, {@link #team(String)} or
 * {@link #person(String)}:
 * <pre>{@code
 * Owner support = Owner.team("support");
 * }</pre>
 *
 * <p><b>Invariants.</b> The organization owner has no id; team and person owners always have one.
 * Building fails with an {@link IllegalArgumentException} naming the field and the value when the
 * id does not fit the kind ({@code owner id must be set for TEAM: empty}, {@code owner id must be
 * empty for ORGANIZATION: 'acme'}) or is blank ({@code owner team id must not be blank: ' '}), and
 * when an attribute name is blank. A
 * team or person id that names nothing is representable.
 *
 * <p><b>Equality:</b> two owners are equal when kind and id are equal; attributes are left out.
 * {@link #toString()} gives {@code organization}, {@code team:ID} or {@code person:ID}.
 */
@Value.Immutable
public abstract class Owner implements HasAttributes {
  private static final Owner ORGANIZATION = ImmutableOwner.of(OwnerKind.ORGANIZATION, Optional.empty());

  Owner() {}

  /** The kind of owner. */
  @Value.Parameter
  public abstract OwnerKind kind();

  /** The team or person id; empty for the organization. */
  @Value.Parameter
  public abstract Optional<String> id();

  /** The organization as owner. */
  public static Owner organization() {
    return ORGANIZATION;
  }

  /**
   * A team as owner.
   *
   * @param teamId the team's id; not null or blank
   * @throws IllegalArgumentException if {@code teamId} is blank
   * @throws NullPointerException if {@code teamId} is null
   */
  public static Owner team(String teamId) {
    return ImmutableOwner.of(OwnerKind.TEAM, Optional.of(Checks.requireId(teamId, "owner team id")));
  }

  /**
   * A person as owner.
   *
   * @param personId the person's id; not null or blank
   * @throws IllegalArgumentException if {@code personId} is blank
   * @throws NullPointerException if {@code personId} is null
   */
  public static Owner person(String personId) {
    return ImmutableOwner.of(OwnerKind.PERSON, Optional.of(Checks.requireId(personId, "owner person id")));
  }

  /**
   * An owner of the given kind; {@code id} must be empty for the organization and present otherwise.
   *
   * @param kind the kind of owner; not null
   * @param id the team or person id, or empty for the organization; not null
   * @throws IllegalArgumentException if the id does not fit the kind or is blank
   * @throws NullPointerException if an argument is null
   */
  public static Owner of(OwnerKind kind, Optional<String> id) {
    return ImmutableOwner.of(kind, id);
  }

  @Value.Check
  final void check() {
    if (kind() == OwnerKind.ORGANIZATION) {
      if (id().isPresent()) {
        throw new IllegalArgumentException("owner id must be empty for ORGANIZATION: '" + id().get() + "'");
      }
    } else if (id().isEmpty()) {
      throw new IllegalArgumentException("owner id must be set for " + kind() + ": empty");
    } else {
      Checks.requireId(id().get(), "owner id of %s", kind());
    }
    Checks.requireAttributeNames(attributes(), "owner '%s'", this);
  }

  /** {@code organization}, {@code team:ID} or {@code person:ID}. */
  @Override
  public final String toString() {
    return id().map(i -> kind().name().toLowerCase(Locale.ROOT) + ":" + i).orElse("organization");
  }

  /**
   * Vendor fields, kept on a round trip. Auxiliary: two Owners with the same fields name the
   * same thing whatever their attributes, so they are left out of equality.
   */
  @Override
  @Value.Auxiliary
  public abstract Map<String, String> attributes();

  /** Returns a builder, for data read from elsewhere; prefer the factories. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Owner}. */
  public static final class Builder extends ImmutableOwner.Builder {
    Builder() {}
  }
}
