package dev.alignkit.career;

import dev.alignkit.common.HasAttributes;
import dev.alignkit.common.DuplicateIdException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The skills an organization names, and the one proficiency scale they are assessed on.
 * Immutable and thread-safe; skill ids are indexed and must be unique.
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

  /** Builds a {@link SkillCatalog}. */
  public static final class Builder extends ImmutableSkillCatalog.Builder {
    Builder() {}
  }
}
