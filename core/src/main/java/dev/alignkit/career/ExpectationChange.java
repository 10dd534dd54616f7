package dev.alignkit.career;

import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * What is special at a next level for one skill: new, or raised. Immutable and thread-safe.
 *
 * <p><b>Get</b> them from {@link ExpectationResolution#delta(ExpectationResolution)}:
 * <pre>{@code
 * List<ExpectationChange> changes = ExpectationResolution.of(ladder, "E3").orElseThrow()
 *     .delta(ExpectationResolution.of(ladder, "E4").orElseThrow());
 * }</pre>
 *
 * <p><b>Invariants:</b> none beyond its fields; the library builds it from a ladder that could be
 * built.
 *
 * <p><b>Equality:</b> two changes are equal when skill, both requirements and importance are equal.
 */
@Value.Immutable
public abstract class ExpectationChange {
  ExpectationChange() {}

  /** The skill's id. */
  public abstract String skillId();

  /** The requirement at the lower level; empty when the skill is new. */
  public abstract OptionalDouble from();

  /** The requirement at the next level. */
  public abstract double to();

  /** The importance at the next level. */
  public abstract Importance importance();

  /** Whether the skill is new at the next level. */
  public final boolean isNew() {
    return from().isEmpty();
  }
}
