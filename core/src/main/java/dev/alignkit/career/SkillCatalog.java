package dev.alignkit.career;

import dev.alignkit.common.HasAttributes;
import dev.alignkit.common.DuplicateIdException;
import dev.alignkit.internal.Checks;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The skills an organization names, and the one proficiency scale they are assessed on. Immutable
 * and thread-safe.
 *
 * <p><b>Create</b> one with {@link #builder()}, or use {@link #empty()}:
 * <pre>{@code
 * SkillCatalog catalog = SkillCatalog.builder()
 *     .addSkill(Skill.of("sql", "SQL", "technical-expertise"))
 *     .addSkill(Skill.of("stakeholder-influence", "Stakeholder influence", "influence"))
 *     .build();
 * }</pre>
 *
 * <p><b>Invariants.</b> Skill ids are indexed and must be unique: building fails with a
 * {@link DuplicateIdException} naming both places ({@code duplicate skill id 'sql' at
 * skillCatalog.skills[0] and skillCatalog.skills[2]}). Proficiencies in the snapshot that lie off
 * {@link #scale()} fail when the snapshot is built. A blank attribute name fails with an
 * {@link IllegalArgumentException} ({@code skill catalog: attribute names must not be blank: ' '}).
 *
 * <p><b>Equality:</b> two catalogs are equal when skills (in order), scale and attributes are
 * equal.
 */
@Value.Immutable
public abstract class SkillCatalog implements HasAttributes {
  private static final SkillCatalog EMPTY = builder().build();

  SkillCatalog() {}

  /** The skills, in the order given. */
  public abstract List<Skill> skills();

  /** The scale; {@link ProficiencyScale#defaultScale()} unless set. */
  @Value.Default
  public ProficiencyScale scale() {
    return ProficiencyScale.defaultScale();
  }

  /** A catalog with no skills on the default scale. */
  public static SkillCatalog empty() {
    return EMPTY;
  }

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The skill with this id. */
  public final Optional<Skill> skill(String id) {
    return Optional.ofNullable(index().get(id));
  }

  @Value.Derived
  @Value.Auxiliary
  Map<String, Skill> index() {
    Map<String, Skill> index = new HashMap<>();
    Map<String, Integer> places = new HashMap<>();
    List<Skill> skills = skills();
    for (int i = 0; i < skills.size(); i++) {
      Integer previous = places.putIfAbsent(skills.get(i).id(), i);
      if (previous != null) {
        throw new DuplicateIdException("skill", skills.get(i).id(), "skillCatalog.skills[" + previous + "]",
            "skillCatalog.skills[" + i + "]");
      }
      index.put(skills.get(i).id(), skills.get(i));
    }
    return index;
  }

  @Value.Check
  final void check() {
    Checks.requireAttributeNames(attributes(), "skill catalog");
  }

  /** Builds a {@link SkillCatalog}. */
  public static final class Builder extends ImmutableSkillCatalog.Builder {
    Builder() {}
  }
}
