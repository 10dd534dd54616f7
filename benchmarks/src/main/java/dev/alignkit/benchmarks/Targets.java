package dev.alignkit.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a JMH JSON result file ({@code -rf json}) and prints each target (docs/concepts.md, "Performance") as
 * a ratio of two scores of that same run, with met or missed. Targets whose benchmarks are not in
 * the file are reported as not measured. Run: {@code java -cp benchmarks.jar
 * dev.alignkit.benchmarks.Targets results.json}.
 */
public final class Targets {
  private final Map<String, Double> scores = new HashMap<>();
  private final Map<String, String> units = new HashMap<>();

  private Targets() {}

  /**
   * Prints the table.
   *
   * @param args the JMH JSON file
   */
  public static void main(String[] args) throws IOException {
    Targets targets = new Targets();
    for (JsonNode run : new ObjectMapper().readTree(Path.of(args[0]).toFile())) {
      String name = run.get("benchmark").asText().replace("dev.alignkit.benchmarks.", "");
      JsonNode people = run.path("params").path("people");
      String key = people.isMissingNode() ? name : name + "@" + people.asText();
      targets.scores.put(key, run.get("primaryMetric").get("score").asDouble());
      targets.units.put(key, run.get("primaryMetric").get("scoreUnit").asText());
      run.path("secondaryMetrics").fields().forEachRemaining(
          metric -> targets.scores.put(key + ":" + metric.getKey(), metric.getValue().get("score").asDouble()));
    }
    targets.print();
  }

  private void print() {
    System.out.println("target | measured | goal | verdict");
    System.out.println("---|---|---|---");
    Double alignkit = scores.get("PersonValidationBenchmark.alignkitValidate");
    Double beans = scores.get("PersonValidationBenchmark.hibernateValidator");
    row("P1 Alignkit / Hibernate Validator throughput", alignkit, beans, ">= 3", r -> r >= 3);

    Double small = perPerson("OrganizationBenchmark.validateAndRollUp", 1_000);
    Double large = perPerson("OrganizationBenchmark.validateAndRollUp", 1_000_000);
    row("P2 cost per person at 1M / at 1k", large, small, "<= 1.3", r -> r <= 1.3);
    Double walkSmall = walkPerPerson(1_000);
    Double walkLarge = walkPerPerson(1_000_000);
    if (walkSmall != null && walkLarge != null) {
      StringBuilder perSize = new StringBuilder();
      for (int people : new int[] {1_000, 10_000, 100_000, 1_000_000}) {
        Double walk = walkPerPerson(people);
        Double work = perPerson("OrganizationBenchmark.validateAndRollUp", people);
        if (walk != null && work != null) {
          perSize.append(String.format(Locale.ROOT, "%s%,d: %.2f us against %.2f us", perSize.length() == 0 ? "" : "; ",
              people, work * 1000, walk * 1000));
        }
      }
      System.out.println(String.format(Locale.ROOT, "P2 floor: the walk's cost per person at 1M / at 1k | %.2f | "
          + "(reported; validate + roll-up against the walk per person, %s) | -", walkLarge / walkSmall, perSize));
    }

    Double full = scores.get("IncrementalRollupBenchmark.fullRollup");
    Double incremental = scores.get("IncrementalRollupBenchmark.incrementalCheckIn");
    row("P3 full roll-up / one incremental check-in (time)", full, incremental, ">= 1000", r -> r >= 1000);

    Double read = scores.get("JsonBenchmark.readAndValidate");
    Double scan = scores.get("JsonBenchmark.tokenScan");
    row("P4 read + validate / token scan throughput", read, scan, ">= 0.5", r -> r >= 0.5);
    row("P4 on Jackson 3 (beside it; the goal is Jackson 2's)", scores.get("Jackson3JsonBenchmark.readAndValidate"),
        scores.get("Jackson3JsonBenchmark.tokenScan"), ">= 0.5", r -> r >= 0.5);

    for (int people : new int[] {1_000, 1_000_000}) {
      row(String.format(Locale.ROOT, "P5 validate + roll-up / the walk, per person, at %,d", people),
          perPerson("OrganizationBenchmark.validateAndRollUp", people), walkPerPerson(people), "<= 5", r -> r <= 5);
    }
    for (int people : new int[] {1_000, 1_000_000}) {
      floor("walk", people);
      floor("sum", people);
    }

    Double readiness = scores.get("ReadinessBenchmark.nextLevelReadiness@100000");
    if (readiness != null) {
      System.out.println(String.format(Locale.ROOT, "R1 people per second at 100k | %.0f | (reported) | -",
          100_000 / (readiness / 1000)));
    }
    row("R1 cost per person at 100k / at 1k", perPerson("ReadinessBenchmark.nextLevelReadiness", 100_000),
        perPerson("ReadinessBenchmark.nextLevelReadiness", 1_000), "<= 1.3", r -> r <= 1.3);
  }

  /** Milliseconds per person of an average-time benchmark at a size. */
  private Double perPerson(String benchmark, int people) {
    Double score = scores.get(benchmark + "@" + people);
    return score == null ? null : score / people;
  }

  /** Milliseconds per person of one walk of P5's floor, from its throughput. */
  private Double walkPerPerson(int people) {
    Double perSecond = scores.get("FloorBenchmark.walk@" + people);
    return perSecond == null ? null : 1000 / perSecond / people;
  }

  /** The rates of one of P5's floors, for the record: values and bytes a second. */
  private void floor(String benchmark, int people) {
    String key = "FloorBenchmark." + benchmark + "@" + people;
    Double values = scores.get(key + ":values");
    Double bytes = scores.get(key + ":bytes");
    if (values != null && bytes != null) {
      System.out.println(String.format(Locale.ROOT, "P5 floor: %s at %,d | %.0f M values/s, %.2f GB/s"
          + " (%.2f ns a value) | (reported) | -", benchmark, people, values / 1e6, bytes / 1e9, 1e9 / values));
    }
  }

  private interface Goal {
    boolean met(double ratio);
  }

  private static void row(String target, Double numerator, Double denominator, String goal, Goal met) {
    if (numerator == null || denominator == null) {
      System.out.println(target + " | not measured | " + goal + " | -");
      return;
    }
    double ratio = numerator / denominator;
    System.out.println(String.format(Locale.ROOT, ratio < 1 ? "%s | %.3f | %s | %s" : "%s | %.2f | %s | %s", target,
        ratio, goal, met.met(ratio) ? "met" : "missed"));
  }
}
