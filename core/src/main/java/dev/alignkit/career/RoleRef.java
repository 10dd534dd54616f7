package dev.alignkit.career;

import dev.alignkit.common.HasAttributes;
import dev.alignkit.internal.Checks;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A role: a level of a career ladder, named by ids. Immutable and thread-safe. The ids may not
 * resolve; that is a finding of the rules.
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
   * @param ladderId not null or blank
   * @param levelId not null or blank
   */
  public static RoleRef of(String ladderId, String levelId) {
    return ImmutableRoleRef.of(ladderId, levelId);
  }

  @Value.Check
  final void check() {
    Checks.requireId(ladderId(), "role ladderId");
    Checks.requireId(levelId(), "role levelId");
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
