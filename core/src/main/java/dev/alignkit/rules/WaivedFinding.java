package dev.alignkit.rules;

import dev.alignkit.org.Waiver;
import org.immutables.value.Value;

/** A finding that a waiver in force moved out of the report's findings. Immutable and thread-safe. */
@Value.Immutable(builder = false)
public abstract class WaivedFinding {
  WaivedFinding() {}

  /** The finding, as the rule reported it. */
  @Value.Parameter
  public abstract Finding finding();

  /** The waiver that matched its code and subject. */
  @Value.Parameter
  public abstract Waiver waiver();

  static WaivedFinding of(Finding finding, Waiver waiver) {
    return ImmutableWaivedFinding.of(finding, waiver);
  }

  @Override
  public final String toString() {
    return finding() + " (waived: " + waiver().reason() + ")";
  }
}
