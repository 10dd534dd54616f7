package dev.alignkit.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a property: a JUnit test that takes a {@link Theory} named after the test and checks an
 * assertion over {@link #examples()} generated examples.
 *
 * <pre>{@code
 * @Property(examples = 500)
 * void progressLiesWithinZeroAndOne(Theory theory) {
 *   theory.forAll(OkrGenerators.keyResults(), OkrGenerators.dates())
 *       .check((keyResult, asOf) -> assertTrue(...));
 * }
 * }</pre>
 *
 * <p>The theory's seed derives from the test's class and method names, so every run tries the
 * same examples; see {@link Theory} for replaying a seed and scaling the number of examples.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Test
@ExtendWith(TheoryResolver.class)
public @interface Property {
  /** How many examples the property tries at scale 1. */
  int examples() default Theory.DEFAULT_EXAMPLES;
}
