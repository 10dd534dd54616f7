package dev.alignkit.okr;

import dev.alignkit.common.HasAttributes;
import dev.alignkit.internal.Checks;
import org.immutables.value.Value;

/**
 * The link from a child objective to its parent objective. Immutable and thread-safe.
 *
 * <p>The parent is named by id and may not resolve; a weight of zero or below is representable.
 * Both are findings of the rules, not construction errors.
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
   */
  public static Alignment supports(String parentId) {
    return ImmutableAlignment.of(parentId, AlignmentKind.SUPPORTS, 1.0);
  }

  /**
   * A link whose child counts in the parent's progress with {@code weight}.
   *
   * @param parentId the parent objective's id; not null or blank
   * @param weight a finite number; values not above 0 are reported by {@code okr.weight}
   */
  public static Alignment contributes(String parentId, double weight) {
    return ImmutableAlignment.of(parentId, AlignmentKind.CONTRIBUTES, weight);
  }

  /**
   * A link of any kind.
   *
   * @throws IllegalArgumentException if the parent id is blank or the weight is not finite
   */
  public static Alignment of(String parentId, AlignmentKind kind, double weight) {
    return ImmutableAlignment.of(parentId, kind, weight);
  }

  @Value.Check
  final void check() {
    Checks.requireId(parentId(), "alignment parentId");
    Checks.requireFinite(weight(), "alignment weight");
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
