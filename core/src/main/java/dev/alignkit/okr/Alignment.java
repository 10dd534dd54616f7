package dev.alignkit.okr;

import dev.alignkit.common.HasAttributes;
import dev.alignkit.internal.Checks;
import org.immutables.value.Value;

/**
 * The link from a child objective to its parent objective, counted in the parent's progress
 * ({@link AlignmentKind#CONTRIBUTES}) or a link only ({@link AlignmentKind#SUPPORTS}). Immutable and
 * thread-safe.
 *
 * <p><b>Create</b> one with {@link #contributes(String, double)} or {@link #supports(String)}, and
 * set it on the child with {@code Objective.Builder.alignment}:
 * <pre>{@code
 * Alignment toCompany = Alignment.contributes("o-company", 0.5);
 * }</pre>
 *
 * <p><b>Invariants.</b> Building fails with an {@link IllegalArgumentException} naming the field
 * and the value when the parent id is blank ({@code alignment parentId must not be blank: ' '}) or
 * the weight is NaN or infinite ({@code alignment weight must be a finite number: NaN}), or an
 * attribute name is blank. The rules
 * report the rest: a parent id that names no objective ({@code okr.alignment.missing-parent}), a
 * contributing weight not above 0 ({@code okr.weight}), links that come back to the child
 * ({@code okr.alignment.cycle}), a child outside its parent's cycle ({@code okr.alignment.time-frame}).
 *
 * <p><b>Equality:</b> two alignments are equal when parent id, kind, weight and attributes are equal.
 */
@Value.Immutable
public abstract class Alignment implements HasAttributes {
  Alignment() {}

  /** The parent objective's id. */
  @Value.Parameter
  public abstract String parentId();

  /** How the child relates to the parent. */
  @Value.Parameter
  public abstract AlignmentKind kind();

  /** The weight of the child in the parent's progress; used for {@link AlignmentKind#CONTRIBUTES}. */
  @Value.Parameter
  public abstract double weight();

  /**
   * A link that does not count in the parent's progress, with weight 1.
   *
   * @param parentId the parent objective's id; not null or blank
   * @throws IllegalArgumentException if {@code parentId} is blank
   * @throws NullPointerException if {@code parentId} is null
   */
  public static Alignment supports(String parentId) {
    return ImmutableAlignment.of(parentId, AlignmentKind.SUPPORTS, 1.0);
  }

  /**
   * A link whose child counts in the parent's progress with {@code weight}.
   *
   * @param parentId the parent objective's id; not null or blank
   * @param weight a finite number; values not above 0 are reported by {@code okr.weight}
   * @throws IllegalArgumentException if {@code parentId} is blank or {@code weight} is NaN or infinite
   * @throws NullPointerException if {@code parentId} is null
   */
  public static Alignment contributes(String parentId, double weight) {
    return ImmutableAlignment.of(parentId, AlignmentKind.CONTRIBUTES, weight);
  }

  /**
   * A link of any kind.
   *
   * @param parentId the parent objective's id; not null or blank
   * @param kind how the child relates to the parent; not null
   * @param weight a finite number; values not above 0 are reported by {@code okr.weight}
   * @throws IllegalArgumentException if {@code parentId} is blank or {@code weight} is NaN or infinite
   * @throws NullPointerException if an argument is null
   */
  public static Alignment of(String parentId, AlignmentKind kind, double weight) {
    return ImmutableAlignment.of(parentId, kind, weight);
  }

  @Value.Check
  final void check() {
    Checks.requireId(parentId(), "alignment parentId");
    Checks.requireFinite(weight(), "alignment weight");
    Checks.requireAttributeNames(attributes(), "alignment to '%s'", parentId());
  }

  /** Returns a builder, for data read from elsewhere; prefer the factories. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Alignment}. */
  public static final class Builder extends ImmutableAlignment.Builder {
    Builder() {}
  }
}
