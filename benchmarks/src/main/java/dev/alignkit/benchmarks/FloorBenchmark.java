package dev.alignkit.benchmarks;

import dev.alignkit.org.OrganizationSnapshot;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * P5: the floor under validating and rolling up a whole organization, that is one
 * {@link SnapshotWalk} over the same generated snapshot that {@link OrganizationBenchmark} uses,
 * touching every value once; and beside it a plain {@code long[]} sum of as many values, which
 * shows what the machine's memory gives a loop that reads nothing but consecutive numbers.
 *
 * <p>Throughput, so that the secondary results read as rates: {@code values} is values touched a
 * second, {@code bytes} is bytes crossed a second. The walk's bytes are the heap its snapshot
 * retains (GC-settled heap difference, as {@link Footprint} measures it, index included), all of
 * which it passes through but not all of which it reads (it reads a string's length, not its
 * characters); the sum's are its array's 8 bytes per value. {@link Targets} divides P2's time per
 * operation by the walk's at the same size: P5.
 *
 * <p>Same JVM flags as {@link OrganizationBenchmark} (a fixed, pre-touched 16 GB heap), so that the
 * two compare. The sum's setup generates and walks the organization to learn how many values to
 * sum, then lets it go before it fills its array.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms16g", "-Xmx16g", "-XX:+AlwaysPreTouch"})
public class FloorBenchmark {
  /**
   * The number of people: P2's sizes, so that the walk's own cost per person from 1k to 1M (the
   * floor under P2) is recorded beside P2's.
   */
  @Param({"1000", "10000", "100000", "1000000"})
  public int people;

  private OrganizationSnapshot snapshot;
  /** The heap {@link #snapshot} retains, in bytes. */
  private long snapshotBytes;
  private long[] numbers;

  /** What one operation touched, as rates: JMH divides these sums by the iteration's time. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Touched {
    /** Values touched. */
    public long values;
    /** Bytes of heap crossed. */
    public long bytes;

    /** Starts each iteration at zero. */
    @Setup(Level.Iteration)
    public void reset() {
      values = 0;
      bytes = 0;
    }
  }

  /**
   * Generates the organization; for the walk, measures the heap it retains; for the sum, fills an
   * array of as many numbers as the walk touches values. Not timed.
   */
  @Setup(Level.Trial)
  public void setUp(BenchmarkParams params) throws InterruptedException {
    long before = Footprint.settledHeap();
    OrganizationSnapshot generated = OrganizationGenerator.organization(people, OrganizationGenerator.SEED);
    long values = SnapshotWalk.of(generated).values();
    System.out.println("P5 organization: " + people + " people, " + values + " values");
    if (params.getBenchmark().endsWith(".walk")) {
      snapshot = generated;
      snapshotBytes = Footprint.settledHeap() - before;
      System.out.println("P5 snapshot: " + snapshotBytes + " bytes of heap, " + snapshotBytes / people
          + " a person");
      return;
    }
    if (values > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("more values than an array holds: " + values);
    }
    generated = null;
    numbers = new long[(int) values];
    for (int i = 0; i < numbers.length; i++) {
      numbers[i] = i;
    }
  }

  /** The floor: one walk over the snapshot, every value once. */
  @Benchmark
  public long walk(Touched touched) {
    SnapshotWalk walk = SnapshotWalk.of(snapshot);
    touched.values += walk.values();
    touched.bytes += snapshotBytes;
    return walk.checksum();
  }

  /** The machine's side: a plain sum over an array of as many numbers as the walk touches values. */
  @Benchmark
  public long sum(Touched touched) {
    long[] array = numbers;
    long sum = 0;
    for (int i = 0; i < array.length; i++) {
      sum += array[i];
    }
    touched.values += array.length;
    touched.bytes += 8L * array.length;
    return sum;
  }
}
