package dev.alignkit.rules;

import dev.alignkit.org.Waiver;
import org.immutables.value.Value;

/**
 * A finding that a waiver in force moved out of the report's findings, with that waiver.
 * Immutable and thread-safe.
 *
 * <p><b>Get</b> them from {@link Report#waived()}; a waiver in force on the validation's date
 * whose code and subject id match a finding moves it there:
 * <pre>{@code
 * for (WaivedFinding waived : report.waived()) {
 *   System.out.println(waived.finding().code() + " waived: " + waived.waiver().reason());
 * }
 * }</pre>
 *
 * <p>{@link #of} builds one, for a client that reads a report back or a test.
 *
 * <p><b>Invariants:</b> none beyond its fields; the validator builds it.
 *
 * <p><b>Equality:</b> two waived findings are equal when finding and waiver are equal.
 */
@Value.Immutable(builder = false)
public abstract class WaivedFinding {
  WaivedFinding() {}

  /** The finding, as the rule reported it. */
  @Value.Parameter
  public abstract Finding finding();

  /** The waiver that matched its code and subject. */
  @Value.Parameter
  public abstract Waiver waiver();

  /**
   * A finding moved aside by a waiver. Neither is checked against the other: the validator pairs
   * them by code and subject id.
   *
   * @param finding not null
   * @param waiver not null
   * @throws NullPointerException if either is null
   */
  public static WaivedFinding of(Finding finding, Waiver waiver) {
    return ImmutableWaivedFinding.of(finding, waiver);
  }

  @Override
  public final String toString() {
    return finding() + " (waived: " + waiver().reason() + ")";
  }
}
