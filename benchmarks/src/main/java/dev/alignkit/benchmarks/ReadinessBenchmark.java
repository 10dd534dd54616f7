package dev.alignkit.benchmarks;

import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.policy.Policy;
import dev.alignkit.progress.CareerPaths;
import dev.alignkit.progress.RoleOption;
import java.util.List;
import java.util.Optional;
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

/**
 * R1: every person's readiness for their next level, through a fresh {@link CareerPaths} per
 * operation (so resolving the ladders is part of the cost). People per second is
 * {@code people / time per operation}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class ReadinessBenchmark {
  /** The number of people. */
  @Param({"1000", "100000"})
  public int people;

  private OrganizationSnapshot snapshot;

  /** Generates the organization; not timed. */
  @Setup(Level.Trial)
  public void setUp() {
    snapshot = OrganizationGenerator.organization(people, OrganizationGenerator.SEED);
  }

  /** Readiness of everyone for their next level; returns how many are ready. */
  @Benchmark
  public int nextLevelReadiness() {
    CareerPaths paths = CareerPaths.of(snapshot, OrganizationGenerator.AS_OF, Policy.defaults());
    List<Person> everyone = snapshot.people();
    int ready = 0;
    for (int i = 0; i < everyone.size(); i++) {
      Optional<RoleOption> next = paths.nextLevel(everyone.get(i).id());
      if (next.isPresent() && next.get().readiness().ready()) {
        ready++;
      }
    }
    return ready;
  }
}
