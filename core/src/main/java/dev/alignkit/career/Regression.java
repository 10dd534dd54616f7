package dev.alignkit.career;

import org.immutables.value.Value;

/**
 * A level that declares a lower requirement than it inherits without marking it {@code relax};
 * the inherited requirement stays in effect. Immutable and thread-safe.
 *
 * <p><b>Get</b> them from {@link ExpectationResolution#regressions()}; the rule
 * {@code career.ladder.regression} reports each.
 *
 * <p><b>Invariants:</b> none beyond its fields; the library builds it.
 *
 * <p><b>Equality:</b> two regressions are equal when level, skill and both requirements are equal.
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
