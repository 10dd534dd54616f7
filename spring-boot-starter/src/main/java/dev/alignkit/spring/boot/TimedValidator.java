package dev.alignkit.spring.boot;

import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.progress.Rollup;
import dev.alignkit.rules.FindingSink;
import dev.alignkit.rules.Report;
import dev.alignkit.rules.Validator;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.LocalDate;

/**
 * The {@link Validator} bean and the roll-up, each call timed by Micrometer: the timer
 * {@value #VALIDATION} (tag {@code scope}: {@code organization} for a whole snapshot, {@code person}
 * for {@link #validatePerson}) and the timer {@value #ROLLUP}. Inject it instead of the validator
 * where the time should show; the validator itself is not timed. A call that throws is timed too.
 * Thread-safe. Configured when Micrometer is on the class path and a {@code MeterRegistry} bean
 * exists.
 */
public final class TimedValidator {
  /** The name of the validation timer. */
  public static final String VALIDATION = "alignkit.validation";
  /** The name of the roll-up timer. */
  public static final String ROLLUP = "alignkit.rollup";

  private final Validator validator;
  private final Timer organization;
  private final Timer person;
  private final Timer rollup;

  /** Times {@code validator}'s work in {@code registry}. */
  public TimedValidator(Validator validator, MeterRegistry registry) {
    this.validator = validator;
    this.organization = Timer.builder(VALIDATION).tag("scope", "organization")
        .description("Validations of an organization snapshot").register(registry);
    this.person = Timer.builder(VALIDATION).tag("scope", "person")
        .description("Validations of one person's items").register(registry);
    this.rollup = Timer.builder(ROLLUP).description("Roll-ups of an organization snapshot").register(registry);
  }

  /** The validator it times. */
  public Validator validator() {
    return validator;
  }

  /** {@link Validator#validate(OrganizationSnapshot, LocalDate)}, timed. */
  public Report validate(OrganizationSnapshot snapshot, LocalDate asOf) {
    return organization.record(() -> validator.validate(snapshot, asOf));
  }

  /** {@link Validator#validate(OrganizationSnapshot, LocalDate, FindingSink)}, timed with the sink's work. */
  public void validate(OrganizationSnapshot snapshot, LocalDate asOf, FindingSink sink) {
    organization.record(() -> validator.validate(snapshot, asOf, sink));
  }

  /** {@link Validator#validatePerson}, timed. */
  public Report validatePerson(OrganizationSnapshot snapshot, String personId, LocalDate asOf) {
    return person.record(() -> validator.validatePerson(snapshot, personId, asOf));
  }

  /** {@link Rollup#of(OrganizationSnapshot, LocalDate, dev.alignkit.policy.Policy)} under the validator's policy, timed. */
  public Rollup rollup(OrganizationSnapshot snapshot, LocalDate asOf) {
    return rollup.record(() -> Rollup.of(snapshot, asOf, validator.policy()));
  }
}
