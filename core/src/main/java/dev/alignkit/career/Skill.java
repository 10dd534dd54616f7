package dev.alignkit.career;

import dev.alignkit.common.HasAttributes;
import dev.alignkit.internal.Checks;
import java.util.List;
import org.immutables.value.Value;

/**
 * A skill of the catalog, such as "Stakeholder influence" in the family {@code influence}.
 * Immutable and thread-safe.
 *
 * <p><b>Create</b> one with {@link #of(String, String, String)}, or with {@link #builder()} for
 * external URIs, and add it to a {@link SkillCatalog}:
 * <pre>{@code
 * Skill influence = Skill.of("stakeholder-influence", "Stakeholder influence", "influence");
 * }</pre>
 *
 * <p><b>Invariants.</b> Building fails with an {@link IllegalArgumentException} naming the field
 * and the value when the id or the family is blank ({@code skill 'sql': family must not be blank:
 * ' '}) or an attribute name is blank. Two skills with one id fail when the catalog is built
 * ({@link dev.alignkit.common.DuplicateIdException}).
 *
 * <p><b>Equality:</b> two skills are equal when id, name, family, external URIs and attributes are
 * equal.
 */
@Value.Immutable
public abstract class Skill implements HasAttributes {
  Skill() {}

  /** The skill's id; unique in the catalog. */
  public abstract String id();

  /** The display name. */
  public abstract String name();

  /**
   * The family, such as {@code technical-expertise}, {@code influence}, {@code people-management},
   * {@code visibility}, {@code process} or {@code product-knowledge}; advice weaves goals by family.
   */
  public abstract String family();

  /** Links to external taxonomies (ESCO, O*NET, Rich Skill Descriptors), in the order given. */
  public abstract List<String> externalUris();

  /**
   * A skill with an id, a name and a family.
   *
   * @param id the skill's id; not null or blank
   * @param name the display name; not null
   * @param family the family, such as {@code influence}; not null or blank
   * @throws IllegalArgumentException if {@code id} or {@code family} is blank
   * @throws NullPointerException if an argument is null
   */
  public static Skill of(String id, String name, String family) {
    return builder().id(id).name(name).family(family).build();
  }

  /** Returns a builder; id, name and family are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks.requireId(id(), "skill id");
    Checks.requireId(family(), "skill '%s': family", id());
    Checks.requireAttributeNames(attributes(), "skill '%s'", id());
  }

  /** Builds a {@link Skill}. */
  public static final class Builder extends ImmutableSkill.Builder {
    Builder() {}
  }
}
