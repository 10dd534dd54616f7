package dev.alignkit;

import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.rules.FindingFormatter;
import dev.alignkit.rules.Report;
import dev.alignkit.rules.Validator;
import java.time.LocalDate;

/**
 * The front door: validate a snapshot with the defaults, or start configuring a validator.
 *
 * <pre>{@code
 * Report report = Alignkit.validate(snapshot, LocalDate.of(2026, 8, 15));
 * report.findings().forEach(f -> System.out.println(Alignkit.formatter().message(f, Locale.ENGLISH)));
 * }</pre>
 */
public final class Alignkit {
  private Alignkit() {}

  /**
   * Validates a whole snapshot with the built-in rules under the default policy.
   *
   * @param snapshot not null
   * @param asOf the date staleness and waivers are judged on; not null
   */
  public static Report validate(OrganizationSnapshot snapshot, LocalDate asOf) {
    return Validator.defaults().validate(snapshot, asOf);
  }

  /** A builder for a validator with the built-in rules, a policy and application rules. */
  public static Validator.Builder validator() {
    return Validator.builder();
  }

  /** The formatter of the built-in messages. */
  public static FindingFormatter formatter() {
    return FindingFormatter.standard();
  }
}
