package dev.alignkit.career;

import dev.alignkit.common.HasAttributes;
import dev.alignkit.internal.Checks;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The scale skills are assessed and required on: whole points from {@link #min()} to
 * {@link #max()}, each with a name. Required and assessed proficiencies are doubles on it (3.5
 * lies between Competent and Proficient). Immutable and thread-safe.
 *
 * <p><b>Create</b> one with {@link #of(int, int, List)}, or use {@link #defaultScale()}:
 * <pre>{@code
 * ProficiencyScale threePoints = ProficiencyScale.of(1, 3, List.of("Learning", "Doing", "Teaching"));
 * }</pre>
 *
 * <p><b>Invariants.</b> Building fails with an {@link IllegalArgumentException} naming the values
 * when the max is not above the min ({@code proficiency scale max 1 must be above min 1}), the
 * names do not match the points ({@code proficiency scale [1, 5] has 5 points but 3 names: [...]})
 * or a name is blank ({@code proficiency scale point name must not be blank: ' '}), or an attribute
 * name is blank.
 *
 * <p><b>Equality:</b> two scales are equal when min, max, names and attributes are equal.
 */
@Value.Immutable
public abstract class ProficiencyScale implements HasAttributes {
  private static final ProficiencyScale DEFAULT = of(1, 5,
      List.of("Novice", "Advanced beginner", "Competent", "Proficient", "Expert"));

  ProficiencyScale() {}

  /** The lowest point. */
  public abstract int min();

  /** The highest point; above {@link #min()}. */
  public abstract int max();

  /** The name of each point from {@link #min()} to {@link #max()}; empty when the points have none. */
  public abstract List<String> names();

  /** The default scale: 1 Novice, 2 Advanced beginner, 3 Competent, 4 Proficient, 5 Expert. */
  public static ProficiencyScale defaultScale() {
    return DEFAULT;
  }

  /**
   * A scale from {@code min} to {@code max} with a name per point.
   *
   * @param min the lowest point
   * @param max the highest point; above {@code min}
   * @param names one per point, or none; not null, no name blank
   * @throws IllegalArgumentException if {@code max <= min}, the names do not match the points, or a
   *     name is blank
   * @throws NullPointerException if {@code names} or a name is null
   */
  public static ProficiencyScale of(int min, int max, List<String> names) {
    return builder().min(min).max(max).names(names).build();
  }

  /** Whether {@code proficiency} lies on the scale, both ends included. */
  public final boolean contains(double proficiency) {
    return proficiency >= min() && proficiency <= max();
  }

  /** The name of the whole point at or below {@code proficiency}, if the points have names. */
  public final Optional<String> nameOf(double proficiency) {
    if (names().isEmpty() || !contains(proficiency)) {
      return Optional.empty();
    }
    return Optional.of(names().get((int) Math.floor(proficiency) - min()));
  }

  @Value.Check
  final void check() {
    if (max() <= min()) {
      throw new IllegalArgumentException("proficiency scale max " + max() + " must be above min " + min());
    }
    int points = max() - min() + 1;
    if (!names().isEmpty() && names().size() != points) {
      throw new IllegalArgumentException("proficiency scale [" + min() + ", " + max() + "] has " + points
          + " points but " + names().size() + " names: " + names());
    }
    for (String name : names()) {
      Checks.requireId(name, "proficiency scale point name");
    }
    Checks.requireAttributeNames(attributes(), "proficiency scale [%s, %s]", min(), max());
  }

  /** Returns a builder, for data read from elsewhere; prefer the factories. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProficiencyScale}. */
  public static final class Builder extends ImmutableProficiencyScale.Builder {
    Builder() {}
  }
}
