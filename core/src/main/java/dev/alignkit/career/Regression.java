package dev.alignkit.career;

import org.immutables.value.Value;

/**
 * A level that declares a lower requirement than it inherits without marking it
 * {@code relax}; the inherited requirement stays in effect. Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class Regression {
  Regression() {}

  /** The level that declares the lower requirement. */
  @Value.Parameter
  public abstract String levelId();

  /** The skill. */
  @Value.Parameter
  public abstract String skillId();

  /** What the level declares. */
  @Value.Parameter
  public abstract double declared();

  /** What it inherits, and keeps. */
  @Value.Parameter
  public abstract double inherited();

  static Regression of(String levelId, String skillId, double declared, double inherited) {
    return ImmutableRegression.of(levelId, skillId, declared, inherited);
  }
}
