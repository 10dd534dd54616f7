package dev.alignkit.development;

import dev.alignkit.common.HasAttributes;
import dev.alignkit.internal.Checks;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A skill a development goal grows, with the proficiency aimed for. Immutable and thread-safe.
 *
 * <p><b>Create</b> one with {@link #of(String)} or {@link #of(String, double)}:
 * <pre>{@code
 * TargetSkill product = TargetSkill.of("product-knowledge", 4);
 * }</pre>
 *
 * <p><b>Invariants.</b> Building fails with an {@link IllegalArgumentException} naming the field
 * and the value when the skill id is blank ({@code target skill id must not be blank: ' '}) or the
 * desired proficiency is NaN or infinite ({@code target skill 'sql': desired must be a finite
 * number: NaN}), or an attribute name is blank. A desired proficiency off the catalog's scale
 * fails when the snapshot is built.
 *
 * <p><b>Equality:</b> two target skills are equal when skill, desired proficiency and attributes
 * are equal.
 */
@Value.Immutable
public abstract class TargetSkill implements HasAttributes {
  TargetSkill() {}

  /** The skill's id in the catalog. */
  @Value.Parameter
  public abstract String skillId();

  /** The proficiency aimed for, on the catalog's scale. */
  @Value.Parameter
  public abstract OptionalDouble desired();

  /**
   * A skill to grow, without a level aimed for.
   *
   * @param skillId the skill's id in the catalog; not null or blank
   * @throws IllegalArgumentException if {@code skillId} is blank
   * @throws NullPointerException if {@code skillId} is null
   */
  public static TargetSkill of(String skillId) {
    return ImmutableTargetSkill.of(skillId, OptionalDouble.empty());
  }

  /**
   * A skill to grow to {@code desired}.
   *
   * @param skillId the skill's id in the catalog; not null or blank
   * @param desired a finite number on the catalog's scale (checked when the snapshot is built)
   * @throws IllegalArgumentException if {@code skillId} is blank or {@code desired} is NaN or infinite
   * @throws NullPointerException if {@code skillId} is null
   */
  public static TargetSkill of(String skillId, double desired) {
    return ImmutableTargetSkill.of(skillId, OptionalDouble.of(desired));
  }

  @Value.Check
  final void check() {
    Checks.requireId(skillId(), "target skill id");
    if (desired().isPresent()) {
      Checks.requireFinite(desired().getAsDouble(), "target skill '%s': desired", skillId());
    }
    Checks.requireAttributeNames(attributes(), "target skill '%s'", skillId());
  }

  /** Returns a builder, for data read from elsewhere; prefer the factories. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TargetSkill}. */
  public static final class Builder extends ImmutableTargetSkill.Builder {
    Builder() {}
  }
}
