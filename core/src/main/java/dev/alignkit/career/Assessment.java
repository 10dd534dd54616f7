package dev.alignkit.career;

import dev.alignkit.common.HasAttributes;
import dev.alignkit.common.Visibility;
import dev.alignkit.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One assessment of a person's skill: a proficiency on the catalog's scale, its date and who gave
 * it. Immutable and thread-safe.
 *
 * <p><b>Create</b> one with {@link #of(String, double, LocalDate, AssessmentSource)}, or with
 * {@link #builder()} to set a visibility, and collect a person's assessments in a
 * {@link SkillProfile}:
 * <pre>{@code
 * Assessment sql = Assessment.of("sql", 3.5, LocalDate.of(2026, 3, 1), AssessmentSource.MANAGER);
 * }</pre>
 *
 * <p><b>Invariants.</b> Building fails with an {@link IllegalArgumentException} naming the field
 * and the value when the skill id is blank ({@code assessment skillId must not be blank: ' '}), the
 * proficiency is NaN or infinite ({@code assessment of 'sql' on 2026-03-01: proficiency must be a
 * finite number: NaN}) or an attribute name is blank. A proficiency off the catalog's scale fails
 * when the snapshot is built ({@code profiles[p-1].assessments[sql].proficiency 7.0 on 2026-03-01
 * is outside the scale [1, 5]}). The rules report an assessment that readiness uses and that is
 * older than a year ({@code career.assessment.stale}) and one made PUBLIC
 * ({@code privacy.visibility.widened}).
 *
 * <p><b>Equality:</b> two assessments are equal when skill, proficiency, date, source, visibility
 * and attributes are equal.
 */
@Value.Immutable
public abstract class Assessment implements HasAttributes {
  Assessment() {}

  /** The skill's id in the catalog. */
  public abstract String skillId();

  /** The assessed proficiency. */
  public abstract double proficiency();

  /** The day of the assessment. */
  public abstract LocalDate date();

  /** Who assessed; MANAGER unless set. */
  @Value.Default
  public AssessmentSource source() {
    return AssessmentSource.MANAGER;
  }

  /** The assessment's own visibility; empty means the policy's default for assessments. */
  public abstract Optional<Visibility> visibility();

  /**
   * An assessment.
   *
   * @param skillId the skill's id in the catalog; not null or blank
   * @param proficiency a finite number on the catalog's scale (checked when the snapshot is built)
   * @param date the day of the assessment; not null
   * @param source who assessed; not null
   * @throws IllegalArgumentException if {@code skillId} is blank or {@code proficiency} is NaN or infinite
   * @throws NullPointerException if an argument is null
   */
  public static Assessment of(String skillId, double proficiency, LocalDate date, AssessmentSource source) {
    return builder().skillId(skillId).proficiency(proficiency).date(date).source(source).build();
  }

  /** Returns a builder; skill id, proficiency and date are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks.requireId(skillId(), "assessment skillId");
    Checks.requireFinite(proficiency(), "assessment of '%s' on %s: proficiency", skillId(), date());
    Checks.requireAttributeNames(attributes(), "assessment of '%s'", skillId());
  }

  /** Builds an {@link Assessment}. */
  public static final class Builder extends ImmutableAssessment.Builder {
    Builder() {}
  }
}
