package dev.alignkit.development;

import dev.alignkit.common.HasAttributes;
import dev.alignkit.internal.Checks;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * Something that helps a person reach a development goal: an on-the-job opportunity, a course,
 * coaching, mentoring or shadowing. Immutable and thread-safe.
 *
 * <p><b>Create</b> one with {@link #of(SupportKind, String)}, or with {@link #builder()} for a
 * provider or planned hours:
 * <pre>{@code
 * SupportActivity course = SupportActivity.builder().kind(SupportKind.COURSE)
 *     .description("Negotiation basics").provider("Learning platform").plannedHours(12).build();
 * }</pre>
 *
 * <p><b>Invariants.</b> Building fails with an {@link IllegalArgumentException} naming the field
 * and the value when the planned hours are NaN, infinite or negative ({@code support activity
 * plannedHours must not be negative: -1.0}) or an attribute name is blank. A goal without support
 * is reported by {@code dev.goal.no-support}.
 *
 * <p><b>Equality:</b> two activities are equal when kind, description, provider, hours and
 * attributes are equal.
 */
@Value.Immutable
public abstract class SupportActivity implements HasAttributes {
  SupportActivity() {}

  /** The kind of support. */
  public abstract SupportKind kind();

  /** What happens, such as "Act as liaison at the weekly product feedback session". */
  public abstract String description();

  /** Who provides it: a person id, a vendor or a platform. */
  public abstract Optional<String> provider();

  /** The hours planned for it. */
  public abstract OptionalDouble plannedHours();

  /**
   * A support activity of a kind with a description.
   *
   * @param kind the kind of support; not null
   * @param description what happens; not null
   * @throws NullPointerException if an argument is null
   */
  public static SupportActivity of(SupportKind kind, String description) {
    return builder().kind(kind).description(description).build();
  }

  /** Returns a builder; kind and description are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    if (plannedHours().isPresent()) {
      double hours = Checks.requireFinite(plannedHours().getAsDouble(), "support activity plannedHours");
      if (hours < 0) {
        throw new IllegalArgumentException("support activity plannedHours must not be negative: " + hours);
      }
    }
    Checks.requireAttributeNames(attributes(), "support activity '%s'", description());
  }

  /** Builds a {@link SupportActivity}. */
  public static final class Builder extends ImmutableSupportActivity.Builder {
    Builder() {}
  }
}
