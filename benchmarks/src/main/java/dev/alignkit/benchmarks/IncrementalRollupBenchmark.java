package dev.alignkit.benchmarks;

import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.policy.Policy;
import dev.alignkit.progress.Rollup;
import dev.alignkit.progress.RollupIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * P3: one new check-in through the incremental engine ({@link RollupIndex#checkIn}) against a full
 * roll-up ({@link Rollup#of}) of the same organization of about a million objectives. Both are
 * reported in microseconds per operation; their quotient is the P3 ratio.
 *
 * <p>Check-ins go to key results picked at random over the whole organization and are dated on the
 * as-of date, so each one changes its key result and every objective up to the root. The ring of
 * 2M check-ins over about 2M key results is not used up by the suite's short settings, so a key
 * result gains one or two check-ins over a run and a check-in costs what it costs on a key result
 * with one to three. (At about 25 us a check-in, a fork that runs this benchmark for more than
 * about 50 s goes round the ring again, and each key result in it gains one more check-in a round.)
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
public class IncrementalRollupBenchmark {
  /** People for about a million objectives: 4 personal objectives each plus 2 per team of 8. */
  static final int PEOPLE = 236_000;
  /** More check-ins than a short run makes, so a key result rarely gets more than one of them. */
  private static final int CHECK_INS = 1 << 21;

  /** The organization. */
  @State(Scope.Benchmark)
  public static class Organization {
    OrganizationSnapshot snapshot;

    /** Generates it and prints its size. */
    @Setup(Level.Trial)
    public void setUp() {
      snapshot = OrganizationGenerator.organization(PEOPLE, OrganizationGenerator.SEED);
      System.out.println("P3 organization: " + snapshot.objectives().size() + " objectives, "
          + snapshot.people().size() + " people");
    }
  }

  /** A fully rolled-up index and a ring of check-ins to feed it. */
  @State(Scope.Benchmark)
  public static class Index {
    RollupIndex index;
    String[] keyResultIds = new String[CHECK_INS];
    CheckIn[] checkIns = new CheckIn[CHECK_INS];
    int next;

    /** Builds the index (not timed) and draws the check-ins. */
    @Setup(Level.Trial)
    public void setUp(Organization organization) {
      index = RollupIndex.of(organization.snapshot, OrganizationGenerator.AS_OF, Policy.defaults());
      List<KeyResult> keyResults = new ArrayList<>();
      for (Objective objective : organization.snapshot.objectives()) {
        keyResults.addAll(objective.keyResults());
      }
      SplittableRandom random = new SplittableRandom(OrganizationGenerator.SEED);
      for (int i = 0; i < CHECK_INS; i++) {
        keyResultIds[i] = keyResults.get(random.nextInt(keyResults.size())).id();
        checkIns[i] = CheckIn.of(OrganizationGenerator.AS_OF, random.nextInt(120), (5 + random.nextInt(6)) / 10.0);
      }
    }
  }

  /** One check-in, recomputing its key result and the objectives above it. */
  @Benchmark
  public List<String> incrementalCheckIn(Index state) {
    int i = state.next;
    state.next = (i + 1) & (CHECK_INS - 1);
    return state.index.checkIn(state.keyResultIds[i], state.checkIns[i]);
  }

  /** A full roll-up of the same organization. */
  @Benchmark
  public Rollup fullRollup(Organization organization) {
    return Rollup.of(organization.snapshot, OrganizationGenerator.AS_OF);
  }
}
