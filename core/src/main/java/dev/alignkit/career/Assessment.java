package dev.alignkit.career;

import dev.alignkit.common.HasAttributes;
import dev.alignkit.common.Visibility;
import dev.alignkit.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One assessment of a person's skill: a proficiency on the catalog's scale (checked when the
 * snapshot is built), its date and who gave it. Immutable and thread-safe.
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

  /** An assessment. */
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
