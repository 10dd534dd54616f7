package dev.alignkit.career;

import java.util.OptionalDouble;
import org.immutables.value.Value;

/** What is special at a next level for one skill: new, or raised. Immutable and thread-safe. */
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
