package dev.alignkit.development;

import dev.alignkit.common.HasAttributes;
import dev.alignkit.internal.Checks;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/** A skill a development goal grows, with the proficiency aimed for. Immutable and thread-safe. */
@Value.Immutable
public abstract class TargetSkill implements HasAttributes {
  TargetSkill() {}

  /** The skill's id in the catalog. */
  @Value.Parameter
  public abstract String skillId();

  /** The proficiency aimed for, on the catalog's scale. */
  @Value.Parameter
  public abstract OptionalDouble desired();

  /** A skill to grow, without a level aimed for. */
  public static TargetSkill of(String skillId) {
    return ImmutableTargetSkill.of(skillId, OptionalDouble.empty());
  }

  /** A skill to grow to {@code desired}. */
  public static TargetSkill of(String skillId, double desired) {
    return ImmutableTargetSkill.of(skillId, OptionalDouble.of(desired));
  }

  @Value.Check
  final void check() {
    Checks.requireId(skillId(), "target skill id");
    if (desired().isPresent()) {
      Checks.requireFinite(desired().getAsDouble(), "target skill '%s': desired", skillId());
    }
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
