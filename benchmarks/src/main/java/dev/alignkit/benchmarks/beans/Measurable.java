package dev.alignkit.benchmarks.beans;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A key result can be measured: a kind and a target; a start and a unit for INCREASE and DECREASE,
 * with start and target in the kind's direction; three zone texts for ORDINAL.
 */
@Documented
@Constraint(validatedBy = MeasurableValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface Measurable {
  /** The message template. */
  String message() default "key result {missing}";

  /** The groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};
}
