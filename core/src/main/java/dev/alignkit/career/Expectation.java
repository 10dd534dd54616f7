package dev.alignkit.career;

import dev.alignkit.common.HasAttributes;
import dev.alignkit.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a level expects of one skill: a required proficiency on the catalog's scale, its
 * importance and the behaviour that shows it. A level inherits the expectations of the levels
 * below it; a lower requirement only takes effect when marked {@link #relax()}. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Expectation implements HasAttributes {
  Expectation() {}

  /** The skill's id in the catalog. */
  public abstract String skillId();

  /** The required proficiency, a number on the catalog's scale (checked when the snapshot is built). */
  public abstract double required();

  /** ESSENTIAL unless set. */
  @Value.Default
  public Importance importance() {
    return Importance.ESSENTIAL;
  }

  /** The behaviour that shows the skill at this level. */
  public abstract Optional<String> behaviour();

  /** Whether this declaration may lower an inherited requirement. */
  @Value.Default
  public boolean relax() {
    return false;
  }

  /** An essential expectation. */
  public static Expectation essential(String skillId, double required) {
    return builder().skillId(skillId).required(required).build();
  }

  /** An optional expectation. */
  public static Expectation optional(String skillId, double required) {
    return builder().skillId(skillId).required(required).importance(Importance.OPTIONAL).build();
  }

  /** Returns a builder; skill id and required proficiency are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks.requireId(skillId(), "expectation skillId");
    Checks.requireFinite(required(), "expectation of '%s': required", skillId());
  }

  /** Builds an {@link Expectation}. */
  public static final class Builder extends ImmutableExpectation.Builder {
    Builder() {}
  }
}
