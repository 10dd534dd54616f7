package dev.alignkit.development;

import dev.alignkit.common.HasAttributes;
import dev.alignkit.common.Visibility;
import dev.alignkit.internal.Checks;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The outcome of a career vision session: strengths, weaknesses and where the person wants to be
 * in ten years or more ({@code docs/concepts.md}, "Career visions and GROW sessions"). Personal
 * data, PRIVATE by default. Immutable and thread-safe.
 *
 * <p><b>Create</b> one with {@link #builder()}:
 * <pre>{@code
 * CareerVision vision = CareerVision.builder().id("v-1").personId("maya")
 *     .addStrength("Explains products clearly").addWeakness("Avoids conflict")
 *     .longTermVision("Lead a product team in a social enterprise")
 *     .build();
 * }</pre>
 *
 * <p><b>Invariants.</b> Building fails with an {@link IllegalArgumentException} naming the field
 * and the value when the id or the person id is blank ({@code career vision 'v-1': personId must not
 * be blank: ' '}) or an attribute name is blank. Two visions with one id fail when the snapshot is
 * built ({@link dev.alignkit.common.DuplicateIdException}). A vision made PUBLIC is reported by
 * {@code privacy.visibility.widened}.
 *
 * <p><b>Equality:</b> two visions are equal when all their fields are equal, attributes included.
 */
@Value.Immutable
public abstract class CareerVision implements HasAttributes {
  CareerVision() {}

  /** The vision's id. */
  public abstract String id();

  /** The person whose vision it is. */
  public abstract String personId();

  /** When it was written. */
  public abstract Optional<LocalDate> date();

  /** What the person does well. */
  public abstract List<String> strengths();

  /** What holds the person back. */
  public abstract List<String> weaknesses();

  /** Where the person wants to be in ten years or more. */
  public abstract Optional<String> longTermVision();

  /** The vision's own visibility; empty means the policy's default (PRIVATE). */
  public abstract Optional<Visibility> visibility();

  /** Returns a builder; id and person id are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks.requireId(id(), "career vision id");
    Checks.requireId(personId(), "career vision '%s': personId", id());
    Checks.requireAttributeNames(attributes(), "career vision '%s'", id());
  }

  /** Builds a {@link CareerVision}. */
  public static final class Builder extends ImmutableCareerVision.Builder {
    Builder() {}
  }
}
