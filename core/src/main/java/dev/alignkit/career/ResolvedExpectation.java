package dev.alignkit.career;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * An expectation in effect at a level after inheritance. Immutable and thread-safe.
 *
 * <p><b>Get</b> them from {@link ExpectationResolution#expectations()}:
 * <pre>{@code
 * Optional<ResolvedExpectation> sql = ExpectationResolution.of(ladder, "E4").orElseThrow()
 *     .expectation("sql");
 * }</pre>
 *
 * <p><b>Invariants:</b> none beyond its fields; the library builds it from an {@link Expectation}.
 *
 * <p><b>Equality:</b> two resolved expectations are equal when skill, requirement, importance,
 * level and behaviour are equal.
 */
@Value.Immutable
public abstract class ResolvedExpectation {
  ResolvedExpectation() {}

  /** The skill's id. */
  public abstract String skillId();

  /** The requirement in effect. */
  public abstract double required();

  /** The importance of the declaration in effect. */
  public abstract Importance importance();

  /** The id of the level whose declaration is in effect. */
  public abstract String levelId();

  /** The behaviour text of the declaration in effect. */
  public abstract Optional<String> behaviour();

  static ResolvedExpectation of(Expectation declared, String levelId) {
    return ImmutableResolvedExpectation.builder().skillId(declared.skillId()).required(declared.required())
        .importance(declared.importance()).levelId(levelId).behaviour(declared.behaviour()).build();
  }
}
