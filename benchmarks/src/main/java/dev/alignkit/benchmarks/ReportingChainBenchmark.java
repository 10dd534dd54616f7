package dev.alignkit.benchmarks;

import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.GoalStatus;
import dev.alignkit.development.SupportActivity;
import dev.alignkit.development.SupportKind;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.rules.Report;
import dev.alignkit.rules.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
 * The deepest reporting line: {@code people} people in one manager chain, each below the top with
 * a plan whose one goal their direct manager agreed, so that {@code dev.plan.not-agreed} asks
 * {@link OrganizationSnapshot#mayAgree} once per person, each time at a different depth. Each
 * operation reads a fresh copy of the snapshot (made outside the timed part), so whatever the
 * snapshot computes once about its reporting lines is paid inside every operation. Not part of
 * {@code run.sh}'s suite; see docs/concepts.md, "Performance".
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class ReportingChainBenchmark {
  private static final LocalDate AS_OF = LocalDate.of(2026, 8, 15);
  private static final Cycle CYCLE = Cycle.of("c-1", "2026-Q3", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30));

  /** The number of people in the chain. */
  @Param({"4000", "40000"})
  public int people;

  private OrganizationSnapshot chain;
  private OrganizationSnapshot fresh;

  /** Builds the chain; not timed. */
  @Setup(Level.Trial)
  public void setUp() {
    chain = chain(people);
  }

  /** A copy of the chain that has computed nothing yet; not timed. */
  @Setup(Level.Invocation)
  public void copy() {
    fresh = OrganizationSnapshot.builder().from(chain).build();
  }

  /** The default rules over the chain. */
  @Benchmark
  public Report validate() {
    return Validator.defaults().validate(fresh, AS_OF);
  }

  /** Whether the top of the chain may agree a goal of each person; returns how many. */
  @Benchmark
  public int mayAgreeTopManager() {
    List<Person> everyone = fresh.people();
    String top = everyone.get(0).id();
    int agreed = 0;
    for (int i = 0; i < everyone.size(); i++) {
      if (fresh.mayAgree(top, everyone.get(i).id())) {
        agreed++;
      }
    }
    return agreed;
  }

  /**
   * People {@code p-0} (the top) to {@code p-<size - 1>}, each managed by the one before; each
   * person below the top has a plan in cycle {@code c-1} with one goal, with a measure and a
   * support activity, AGREED by their manager.
   */
  static OrganizationSnapshot chain(int size) {
    List<Person> people = new ArrayList<>(size);
    List<DevelopmentPlan> plans = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      Person.Builder person = Person.builder().id("p-" + i).name("Person " + i);
      if (i > 0) {
        String managerId = "p-" + (i - 1);
        person.managerId(managerId);
        DevelopmentGoal goal = DevelopmentGoal.builder().id("g-" + i).statement("Lead the weekly review " + i)
            .addMeasure(KeyResult.increase("m-" + i, "Reviews led", 0, 6, "reviews"))
            .addSupportActivity(SupportActivity.of(SupportKind.MENTORING, "Pairing with " + managerId))
            .status(GoalStatus.AGREED).proposedBy("p-" + i).agreedBy(managerId).agreedOn(CYCLE.startInclusive())
            .build();
        plans.add(DevelopmentPlan.builder().id("plan-" + i).personId("p-" + i).cycleId(CYCLE.id()).addGoal(goal)
            .build());
      }
      people.add(person.build());
    }
    return OrganizationSnapshot.builder().addCycle(CYCLE).people(people).plans(plans).build();
  }
}
