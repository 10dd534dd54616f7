package dev.alignkit.career;

import dev.alignkit.common.HasAttributes;
import dev.alignkit.internal.Checks;
import java.util.List;
import org.immutables.value.Value;

/**
 * A person's skill assessments. Immutable and thread-safe.
 *
 * <p><b>Create</b> one with {@link #of(String, List)}, or with {@link #builder()}:
 * <pre>{@code
 * SkillProfile maya = SkillProfile.of("maya",
 *     List.of(Assessment.of("sql", 3, LocalDate.of(2026, 3, 1), AssessmentSource.MANAGER)));
 * }</pre>
 *
 * <p><b>Invariants.</b> Building fails with an {@link IllegalArgumentException} naming the field
 * and the value when the person id is blank ({@code skill profile personId must not be blank: ' '})
 * or an attribute name is blank. A person has at most one profile: a second fails when the snapshot
 * is built ({@link dev.alignkit.common.DuplicateIdException}).
 *
 * <p><b>Equality:</b> two profiles are equal when person, assessments (in order) and attributes are
 * equal.
 */
@Value.Immutable
public abstract class SkillProfile implements HasAttributes {
  SkillProfile() {}

  /** The person's id. */
  public abstract String personId();

  /** The assessments, in the order given; on a shared date the later one wins. */
  public abstract List<Assessment> assessments();

  /**
   * A profile.
   *
   * @param personId the person's id; not null or blank
   * @param assessments the assessments, in the order given; not null, no element null
   * @throws IllegalArgumentException if {@code personId} is blank
   * @throws NullPointerException if an argument or an assessment is null
   */
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
