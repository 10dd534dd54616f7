package dev.alignkit.career;

import dev.alignkit.common.HasAttributes;
import dev.alignkit.internal.Checks;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A role: a level of a career ladder, named by ids. Immutable and thread-safe.
 *
 * <p><b>Create</b> one with {@link #of(String, String)}:
 * <pre>{@code
 * RoleRef senior = RoleRef.of("eng", "E4");
 * }</pre>
 *
 * <p><b>Invariants.</b> Building fails with an {@link IllegalArgumentException} naming the field
 * and the value when either id is blank ({@code role levelId must not be blank: ' '}) or an
 * attribute name is blank. Ids that
 * name no ladder level are representable and reported where they matter: a person's role
 * ({@code org.person.unknown-role}) and a lateral move ({@code career.lateral.unknown-target}).
 *
 * <p><b>Equality:</b> two roles are equal when ladder and level ids are equal; attributes are left
 * out. {@link #toString()} gives {@code ladderId/levelId}.
 */
@Value.Immutable
public abstract class RoleRef implements HasAttributes {
  RoleRef() {}

  /** The ladder's id. */
  @Value.Parameter
  public abstract String ladderId();

  /** The level's id within the ladder. */
  @Value.Parameter
  public abstract String levelId();

  /**
   * A role on a ladder.
   *
   * @param ladderId the ladder's id; not null or blank
   * @param levelId the level's id within the ladder; not null or blank
   * @throws IllegalArgumentException if an id is blank
   * @throws NullPointerException if an argument is null
   */
  public static RoleRef of(String ladderId, String levelId) {
    return ImmutableRoleRef.of(ladderId, levelId);
  }

  @Value.Check
  final void check() {
    Checks.requireId(ladderId(), "role ladderId");
    Checks.requireId(levelId(), "role levelId");
    Checks.requireAttributeNames(attributes(), "role '%s'", this);
  }

  /** {@code ladderId/levelId}. */
  @Override
  public final String toString() {
    return ladderId() + "/" + levelId();
  }

  /**
   * Vendor fields, kept on a round trip. Auxiliary: two RoleRefs with the same fields name the
   * same thing whatever their attributes, so they are left out of equality.
   */
  @Override
  @Value.Auxiliary
  public abstract Map<String, String> attributes();

  /** Returns a builder, for data read from elsewhere; prefer the factories. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RoleRef}. */
  public static final class Builder extends ImmutableRoleRef.Builder {
    Builder() {}
  }
}
