package dev.alignkit.review;

import dev.alignkit.career.RoleRef;
import dev.alignkit.progress.RoleOption;
import org.immutables.value.Value;

/**
 * One person's readiness for a role a review highlights: the person, the role they hold, and the
 * role option with its readiness and gap report. Immutable and thread-safe.
 *
 * <p><b>Create</b> one with {@link #of}:
 * <pre>{@code
 * CareerPaths paths = CareerPaths.of(snapshot, asOf, policy);
 * ReadinessLine line = ReadinessLine.of("maya", RoleRef.of("eng", "E3"), paths.nextLevel("maya").orElseThrow());
 * }</pre>
 *
 * <p><b>Invariants:</b> none beyond its fields; whether the role is the next level or a target
 * role is the option's {@link RoleOption#kinds()}.
 *
 * <p><b>Equality:</b> two lines are equal when person, role and option are equal.
 */
@Value.Immutable(builder = false)
public abstract class ReadinessLine {
  ReadinessLine() {}

  /** The person's id. */
  @Value.Parameter
  public abstract String personId();

  /** The role the person holds. */
  @Value.Parameter
  public abstract RoleRef role();

  /** The role highlighted, with the person's readiness for it. */
  @Value.Parameter
  public abstract RoleOption option();

  /**
   * A line of the review's readiness.
   *
   * @param personId not null
   * @param role the role the person holds; not null
   * @param option the role highlighted; not null
   * @throws NullPointerException if an argument is null
   */
  public static ReadinessLine of(String personId, RoleRef role, RoleOption option) {
    return ImmutableReadinessLine.of(personId, role, option);
  }
}
