package dev.alignkit.benchmarks.beans;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A plan has between {@link #min()} and {@link #max()} AGREED or ACTIVE goals. */
@Documented
@Constraint(validatedBy = GoalCountValidator.class)
@Target(FIELD)
@Retention(RUNTIME)
public @interface GoalCount {
  /** The message template. */
  String message() default "between {min} and {max} agreed or active goals";

  /** The groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};

  /** The fewest counted goals. */
  int min();

  /** The most counted goals. */
  int max();
}
