package dev.alignkit.career;

import dev.alignkit.common.HasAttributes;
import dev.alignkit.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a level expects of one skill: a required proficiency on the catalog's scale, its importance
 * and the behaviour that shows it. A level inherits the expectations of the levels below it; a
 * lower requirement only takes effect when marked {@link #relax()}. Immutable and thread-safe.
 *
 * <p><b>Create</b> one with {@link #essential(String, double)} or {@link #optional(String, double)},
 * or with {@link #builder()} for a behaviour text or {@code relax}:
 * <pre>{@code
 * Expectation sql = Expectation.essential("sql", 3.5);
 * Expectation relaxed = Expectation.builder().skillId("on-call").required(2).relax(true)
 *     .behaviour("Joins the rotation when the team needs it").build();
 * }</pre>
 *
 * <p><b>Invariants.</b> Building fails with an {@link IllegalArgumentException} naming the field
 * and the value when the skill id is blank ({@code expectation skillId must not be blank: ' '}) or
 * the required proficiency is NaN or infinite ({@code expectation of 'sql': required must be a
 * finite number: NaN}), or an attribute name is blank. A requirement off the catalog's scale
 * fails when the snapshot is built. The
 * rules report a skill the catalog lacks ({@code career.ladder.unknown-skill}) and a lower
 * requirement without {@code relax} ({@code career.ladder.regression}).
 *
 * <p><b>Equality:</b> two expectations are equal when skill, requirement, importance, behaviour,
 * {@code relax} and attributes are equal.
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

  /**
   * An essential expectation.
   *
   * @param skillId the skill's id in the catalog; not null or blank
   * @param required a finite number on the catalog's scale (checked when the snapshot is built)
   * @throws IllegalArgumentException if {@code skillId} is blank or {@code required} is NaN or infinite
   * @throws NullPointerException if {@code skillId} is null
   */
  public static Expectation essential(String skillId, double required) {
    return builder().skillId(skillId).required(required).build();
  }

  /**
   * An optional expectation.
   *
   * @param skillId the skill's id in the catalog; not null or blank
   * @param required a finite number on the catalog's scale (checked when the snapshot is built)
   * @throws IllegalArgumentException if {@code skillId} is blank or {@code required} is NaN or infinite
   * @throws NullPointerException if {@code skillId} is null
   */
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
    Checks.requireAttributeNames(attributes(), "expectation of '%s'", skillId());
  }

  /** Builds an {@link Expectation}. */
  public static final class Builder extends ImmutableExpectation.Builder {
    Builder() {}
  }
}
