package dev.alignkit.benchmarks;

import dev.alignkit.benchmarks.beans.BeanMapper;
import dev.alignkit.benchmarks.beans.PersonBean;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.rules.Report;
import dev.alignkit.rules.Validator;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * P1: one person's items (5 objectives of 4 key results, a plan with 3 goals, a role expecting 12
 * skills) under Alignkit's default rules, and the same data as beans under Hibernate Validator 8.
 * Both sides find nothing in this data, so neither pays for building violations; the setup checks
 * it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
public class PersonValidationBenchmark {
  private static final String PERSON = "p-1";

  private OrganizationSnapshot snapshot;
  private Validator validator;
  private PersonBean bean;
  private ValidatorFactory factory;
  private jakarta.validation.Validator beanValidator;

  /** Builds both models of the same person and checks that both find nothing. */
  @Setup(Level.Trial)
  public void setUp() {
    snapshot = OrganizationGenerator.onePerson();
    validator = Validator.defaults();
    Report report = validator.validate(snapshot, OrganizationGenerator.AS_OF);
    if (!report.findings().isEmpty()) {
      throw new IllegalStateException("the P1 fixture should be clean for Alignkit: " + report);
    }
    bean = BeanMapper.person(snapshot, PERSON);
    factory = Validation.buildDefaultValidatorFactory();
    beanValidator = factory.getValidator();
    Set<ConstraintViolation<PersonBean>> violations = beanValidator.validate(bean);
    if (!violations.isEmpty()) {
      throw new IllegalStateException("the P1 fixture should be clean for the bean model: " + violations);
    }
  }

  /** Closes the validator factory. */
  @TearDown(Level.Trial)
  public void tearDown() {
    factory.close();
  }

  /** Alignkit: every default rule over the snapshot that holds the person's items. */
  @Benchmark
  public Report alignkitValidate() {
    return validator.validate(snapshot, OrganizationGenerator.AS_OF);
  }

  /** Alignkit: the person-scoped entry point (ladder rules do not run). */
  @Benchmark
  public Report alignkitValidatePerson() {
    return validator.validatePerson(snapshot, PERSON, OrganizationGenerator.AS_OF);
  }

  /** Hibernate Validator 8: the bean graph, cascading into every list. */
  @Benchmark
  public Set<ConstraintViolation<PersonBean>> hibernateValidator() {
    return beanValidator.validate(bean);
  }
}
