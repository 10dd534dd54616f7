package dev.alignkit.career;

import dev.alignkit.internal.Checks;
import org.immutables.value.Value;

/**
 * A role: a level of a career ladder, named by ids. Immutable and thread-safe. The ids may not
 * resolve; that is a finding of the rules.
 */
@Value.Immutable(builder = false)
public abstract class RoleRef {
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
}
