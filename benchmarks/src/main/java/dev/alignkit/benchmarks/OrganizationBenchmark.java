package dev.alignkit.benchmarks;

import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.policy.Severity;
import dev.alignkit.progress.Rollup;
import dev.alignkit.rules.Report;
import dev.alignkit.rules.Validator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * P2: validating and rolling up whole organizations of 1k to 1M people, one trial (and fork) per
 * size, all with the same JVM flags so that the cost per person compares across sizes. The time
 * per operation divided by {@code people} is the cost per person.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
// Every size runs with the same fixed heap, touched up front: without AlwaysPreTouch the small
// sizes paid the kernel's first touch of each eden page they allocated into (1k people measured
// 29 ms an operation instead of 13.5), and P2's ratio compared page faults, not work.
@Fork(value = 1, jvmArgsAppend = {"-Xms16g", "-Xmx16g", "-XX:+AlwaysPreTouch"})
public class OrganizationBenchmark {
  /** The number of people. */
  @Param({"1000", "10000", "100000", "1000000"})
  public int people;

  private OrganizationSnapshot snapshot;

  /** Generates the organization; not timed. */
  @Setup(Level.Trial)
  public void setUp() {
    snapshot = OrganizationGenerator.organization(people, OrganizationGenerator.SEED);
  }

  /** The P2 operation: the default rules, then the full roll-up. */
  @Benchmark
  public void validateAndRollUp(Blackhole blackhole) {
    blackhole.consume(Validator.defaults().validate(snapshot, OrganizationGenerator.AS_OF));
    blackhole.consume(Rollup.of(snapshot, OrganizationGenerator.AS_OF));
  }

  /** Breakdown: the default rules alone. */
  @Benchmark
  public Report validate() {
    return Validator.defaults().validate(snapshot, OrganizationGenerator.AS_OF);
  }

  /**
   * The default rules with their findings streamed to a sink that only counts them per severity
   * (what an import that answers counts needs, as the HR service's does), against {@link #validate()},
   * which keeps every finding in a {@code Report}: what streaming saves.
   */
  @Benchmark
  public int[] validateIntoSink() {
    int[] perSeverity = new int[Severity.values().length];
    Validator.defaults().validate(snapshot, OrganizationGenerator.AS_OF,
        finding -> perSeverity[finding.severity().ordinal()]++);
    return perSeverity;
  }

  /** Breakdown: the full roll-up alone. */
  @Benchmark
  public Rollup rollUp() {
    return Rollup.of(snapshot, OrganizationGenerator.AS_OF);
  }
}
