package dev.alignkit.rules;

import dev.alignkit.org.OrganizationSnapshot;
import java.time.LocalDate;

/**
 * Receives a validation's findings one at a time, as the rules report them, so that a check over
 * a whole organization can count, forward or write its findings without holding them all. Pass one
 * to {@link Validator#validate(OrganizationSnapshot, LocalDate, FindingSink)}; a {@link Report} is
 * what the validator builds with a sink that keeps everything.
 *
 * <pre>{@code
 * long[] errors = {0};
 * Validator.defaults().validate(snapshot, asOf, finding -> {
 *   if (finding.severity() == Severity.ERROR) {
 *     errors[0]++;
 *   }
 * });
 * }</pre>
 *
 * <p><b>What arrives:</b> exactly the findings of the report that
 * {@link Validator#validate(OrganizationSnapshot, LocalDate)} gives for the same snapshot and date,
 * each once, with the policy's severity overrides applied and nothing of a disabled code. A finding
 * that a waiver in force covers goes to {@link #acceptWaived} with that waiver, as
 * {@link Report#waived()} lists it, and not to {@link #accept}; by default {@code acceptWaived}
 * does nothing, so a lambda receives what {@link Report#findings()} lists, and a sink that wants the
 * waived ones overrides it.
 *
 * <p><b>Order:</b> the order in which the rules report, which follows the validator's walk (each
 * person, each objective with its key results, each owner's objectives per cycle, plans, GROW
 * sessions, ladders, lateral moves, then the rules of the whole snapshot) and is the same for the
 * same validator, snapshot and date. A report holds the same findings sorted by path, code and
 * subject, a stable sort of this order; sorting needs every finding, which is what a sink avoids.
 *
 * <p><b>Threads:</b> the validator calls a sink on the validating thread, one finding after the
 * other, so a sink used by one validation at a time need not be thread-safe. An exception a sink
 * throws ends the validation and reaches its caller.
 */
@FunctionalInterface
public interface FindingSink {
  /**
   * Receives a finding that no waiver in force covers.
   *
   * @param finding not null
   */
  void accept(Finding finding);

  /**
   * Receives a finding that a waiver in force on the validation's date covers, with the first such
   * waiver in the snapshot's order. Does nothing unless overridden.
   *
   * @param finding not null
   */
  default void acceptWaived(WaivedFinding finding) {}
}
