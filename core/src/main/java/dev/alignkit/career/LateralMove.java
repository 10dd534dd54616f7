package dev.alignkit.career;

import dev.alignkit.common.HasAttributes;
import dev.alignkit.internal.Checks;
import org.immutables.value.Value;

/**
 * A declared path from one ladder's level to another ladder's level, such as customer service
 * L3 to sales L2 (seed 001). Immutable and thread-safe; the roles may not resolve
 * ({@code career.lateral.unknown-target}).
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

  /** A lateral move. */
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
