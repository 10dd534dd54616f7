package dev.alignkit.career;

import dev.alignkit.common.HasAttributes;
import dev.alignkit.internal.Checks;
import org.immutables.value.Value;

/**
 * A declared path from one ladder's level to another ladder's level, such as customer service L3
 * to sales L2. Immutable and thread-safe.
 *
 * <p><b>Create</b> one with {@link #of(String, RoleRef, RoleRef)}:
 * <pre>{@code
 * LateralMove toSales = LateralMove.of("cs-to-sales", RoleRef.of("cs", "L3"), RoleRef.of("sales", "L2"));
 * }</pre>
 *
 * <p><b>Invariants.</b> Building fails with an {@link IllegalArgumentException} naming the field
 * and the value when the id is blank ({@code lateral move id must not be blank: ' '}) or an
 * attribute name is blank. Two moves with one id fail when the snapshot is built
 * ({@link dev.alignkit.common.DuplicateIdException}). A role that names no ladder level is
 * reported by {@code career.lateral.unknown-target}.
 *
 * <p><b>Equality:</b> two moves are equal when id, both roles and attributes are equal.
 */
@Value.Immutable
public abstract class LateralMove implements HasAttributes {
  LateralMove() {}

  /** The move's id. */
  public abstract String id();

  /** Where the move starts. */
  public abstract RoleRef from();

  /** Where it leads. */
  public abstract RoleRef to();

  /**
   * A lateral move.
   *
   * @param id the move's id; not null or blank
   * @param from where the move starts; not null
   * @param to where it leads; not null
   * @throws IllegalArgumentException if {@code id} is blank
   * @throws NullPointerException if an argument is null
   */
  public static LateralMove of(String id, RoleRef from, RoleRef to) {
    return builder().id(id).from(from).to(to).build();
  }

  /** Returns a builder; id, from and to are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks.requireId(id(), "lateral move id");
    Checks.requireAttributeNames(attributes(), "lateral move '%s'", id());
  }

  /** Builds a {@link LateralMove}. */
  public static final class Builder extends ImmutableLateralMove.Builder {
    Builder() {}
  }
}
