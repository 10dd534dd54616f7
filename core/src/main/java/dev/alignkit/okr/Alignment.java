package dev.alignkit.okr;

import dev.alignkit.common.HasAttributes;
import dev.alignkit.internal.Checks;
import org.immutables.value.Value;

/**
 * One link from a child objective to a parent: an objective ({@link ParentKind#OBJECTIVE}, the
 * default) or a key result ({@link ParentKind#KEY_RESULT}). The child's progress counts in the
 * parent's ({@link AlignmentKind#CONTRIBUTES}, with the weight) or the link is a link only
 * ({@link AlignmentKind#SUPPORTS}). An objective may have several links
 * ({@link Objective#alignments()}); a contributing child counts in each of its parents.
 * Immutable and thread-safe.
 *
 * <p><b>Create</b> one with {@link #contributes(String, double)}, {@link #supports(String)}, or,
 * for a key result as the parent, {@link #contributesToKeyResult(String, double)} and
 * {@link #supportsKeyResult(String)}, and add it to the child with
 * {@code Objective.Builder.addAlignment}:
 * <pre>{@code
 * Alignment toCompany = Alignment.contributes("o-company", 0.5);
 * Alignment toPipeline = Alignment.contributesToKeyResult("kr-pipeline", 1);
 * }</pre>
 *
 * <p>A {@code CONTRIBUTES} link to a {@link KeyResultKind#ROLLUP} key result counts in that key
 * result's progress, and only there, never also directly in the key result's objective. To a key
 * result of another kind it counts as {@code SUPPORTS} ({@code okr.alignment.contributes-to-measured}).
 * For cycles, "aligned" and at-risk counts a link to a key result is a link to its objective.
 *
 * <p><b>Invariants.</b> Building fails with an {@link IllegalArgumentException} naming the field
 * and the value when the parent id is blank ({@code alignment parentId must not be blank: ' '}) or
 * the weight is NaN or infinite ({@code alignment weight must be a finite number: NaN}), or an
 * attribute name is blank. The rules
 * report the rest: a parent id that names no objective, or no key result for
 * {@link ParentKind#KEY_RESULT} ({@code okr.alignment.missing-parent}), a contributing weight not
 * above 0 ({@code okr.weight}), links that come back to the child ({@code okr.alignment.cycle}), a
 * child outside its parent's cycle ({@code okr.alignment.time-frame}), a second link to the same
 * parent ({@code okr.alignment.duplicate}, the first one counts), and a contributing link to a key
 * result that is not {@code ROLLUP} ({@code okr.alignment.contributes-to-measured}).
 *
 * <p><b>Equality:</b> two alignments are equal when parent id, parent kind, kind, weight and
 * attributes are equal.
 */
@Value.Immutable
public abstract class Alignment implements HasAttributes {
  Alignment() {}

  /** The parent's id: an objective's, or a key result's for {@link ParentKind#KEY_RESULT}. */
  @Value.Parameter
  public abstract String parentId();

  /** What the parent is; {@link ParentKind#OBJECTIVE} unless set. */
  @Value.Default
  @Value.Parameter
  public ParentKind parentKind() {
    return ParentKind.OBJECTIVE;
  }

  /** Whether the parent is a key result. */
  public final boolean isToKeyResult() {
    return parentKind() == ParentKind.KEY_RESULT;
  }

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
    return ImmutableAlignment.of(parentId, ParentKind.OBJECTIVE, AlignmentKind.SUPPORTS, 1.0);
  }

  /**
   * A link to a key result that does not count in its progress, with weight 1.
   *
   * @param keyResultId the parent key result's id; not null or blank
   * @throws IllegalArgumentException if {@code keyResultId} is blank
   * @throws NullPointerException if {@code keyResultId} is null
   */
  public static Alignment supportsKeyResult(String keyResultId) {
    return ImmutableAlignment.of(keyResultId, ParentKind.KEY_RESULT, AlignmentKind.SUPPORTS, 1.0);
  }

  /**
   * A link whose child counts, with {@code weight}, in the progress of a {@link KeyResultKind#ROLLUP}
   * key result; to a key result of another kind it counts as a supporting link.
   *
   * @param keyResultId the parent key result's id; not null or blank
   * @param weight a finite number; values not above 0 are reported by {@code okr.weight}
   * @throws IllegalArgumentException if {@code keyResultId} is blank or {@code weight} is NaN or infinite
   * @throws NullPointerException if {@code keyResultId} is null
   */
  public static Alignment contributesToKeyResult(String keyResultId, double weight) {
    return ImmutableAlignment.of(keyResultId, ParentKind.KEY_RESULT, AlignmentKind.CONTRIBUTES, weight);
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
    return ImmutableAlignment.of(parentId, ParentKind.OBJECTIVE, AlignmentKind.CONTRIBUTES, weight);
  }

  /**
   * A link of any kind to an objective.
   *
   * @param parentId the parent objective's id; not null or blank
   * @param kind how the child relates to the parent; not null
   * @param weight a finite number; values not above 0 are reported by {@code okr.weight}
   * @throws IllegalArgumentException if {@code parentId} is blank or {@code weight} is NaN or infinite
   * @throws NullPointerException if an argument is null
   */
  public static Alignment of(String parentId, AlignmentKind kind, double weight) {
    return ImmutableAlignment.of(parentId, ParentKind.OBJECTIVE, kind, weight);
  }

  /**
   * A link of any kind to a parent of any kind.
   *
   * @param parentId the parent's id; not null or blank
   * @param parentKind whether the parent is an objective or a key result; not null
   * @param kind how the child relates to the parent; not null
   * @param weight a finite number; values not above 0 are reported by {@code okr.weight}
   * @throws IllegalArgumentException if {@code parentId} is blank or {@code weight} is NaN or infinite
   * @throws NullPointerException if an argument is null
   */
  public static Alignment of(String parentId, ParentKind parentKind, AlignmentKind kind, double weight) {
    return ImmutableAlignment.of(parentId, parentKind, kind, weight);
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
