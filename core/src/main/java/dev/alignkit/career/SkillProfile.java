package dev.alignkit.career;

import dev.alignkit.common.HasAttributes;
import dev.alignkit.internal.Checks;
import java.util.List;
import org.immutables.value.Value;

/** A person's skill assessments. Immutable and thread-safe; one profile per person in a snapshot. */
@Value.Immutable
public abstract class SkillProfile implements HasAttributes {
  SkillProfile() {}

  /** The person's id. */
  public abstract String personId();

  /** The assessments, in the order given; on a shared date the later one wins. */
  public abstract List<Assessment> assessments();

  /** A profile. */
  public static SkillProfile of(String personId, List<Assessment> assessments) {
    return builder().personId(personId).assessments(assessments).build();
  }

  /** Returns a builder; the person id is required. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks.requireId(personId(), "skill profile personId");
    Checks.requireAttributeNames(attributes(), "skill profile of '%s'", personId());
  }

  /** Builds a {@link SkillProfile}. */
  public static final class Builder extends ImmutableSkillProfile.Builder {
    Builder() {}
  }
}
