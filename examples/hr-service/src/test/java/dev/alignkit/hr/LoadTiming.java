package dev.alignkit.hr;

import dev.alignkit.jackson.JsonLinesReader;
import dev.alignkit.json.ErrorMode;
import dev.alignkit.json.JsonLimits;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.policy.Policy;
import dev.alignkit.progress.RollupIndex;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Times how long the service takes to load an organization from PostgreSQL into a snapshot, as it
 * does for each stored organization when it starts: {@link OrganizationStore#load} (the query, the
 * JSON Lines read, the recorded check-ins added), then the roll-up index built on it. A program,
 * not a test: timings do not belong in tests. docs/embedding.md, "HR service", gives the command
 * and the numbers.
 *
 * <p>Arguments: a JSON Lines file (benchmarks' {@code WriteOrganization} writes one), and how many
 * check-ins to record before loading (default 1,000).
 */
public final class LoadTiming {
  private static final int RUNS = 10;

  private LoadTiming() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int checkIns = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
    OrganizationSnapshot snapshot = JsonLinesReader.readSnapshot(file, JsonLimits.defaults(), ErrorMode.STOP_AT_FIRST)
        .snapshot();
    LocalDate asOf = LocalDate.of(2026, 8, 15);
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      DataSource database = postgres.getPostgresDatabase();
      Flyway.configure().dataSource(database).load().migrate();
      OrganizationStore store = new OrganizationStore(JdbcClient.create(database), new JdbcTemplate(database));
      // The service loads in a read-only transaction, which lets the driver fetch lines in batches.
      TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(database));
      transaction.setReadOnly(true);
      Supplier<OrganizationSnapshot> load = () -> transaction.execute(status -> store.load("timing").orElseThrow());

      long start = System.nanoTime();
      store.replace("timing", snapshot, "timing", Instant.now());
      System.out.printf("stored %d people (%d objectives) in %.0f ms%n", snapshot.people().size(),
          snapshot.objectives().size(), (System.nanoTime() - start) / 1e6);
      List<String> keyResults = measuredKeyResults(snapshot);
      for (int i = 0; i < checkIns; i++) {
        store.addCheckIn("timing", keyResults.get(i % keyResults.size()),
            CheckIn.builder().date(asOf).value(i % 100).authorId("timing").build(), Instant.now());
      }

      double[] loads = new double[RUNS];
      double[] indexes = new double[RUNS];
      double[] reads = new double[RUNS];
      for (int warmUp = 0; warmUp < 3; warmUp++) {
        RollupIndex.of(load.get(), asOf, Policy.defaults());
      }
      for (int run = 0; run < RUNS; run++) {
        long loadStart = System.nanoTime();
        OrganizationSnapshot loaded = load.get();
        long indexStart = System.nanoTime();
        RollupIndex.of(loaded, asOf, Policy.defaults());
        long end = System.nanoTime();
        loads[run] = (indexStart - loadStart) / 1e6;
        indexes[run] = (end - indexStart) / 1e6;
        // The part of a load that is reading JSON Lines, without the database: the file itself.
        long readStart = System.nanoTime();
        JsonLinesReader.readSnapshot(file, JsonLimits.defaults(), ErrorMode.STOP_AT_FIRST);
        reads[run] = (System.nanoTime() - readStart) / 1e6;
      }
      Arrays.sort(reads);
      Arrays.sort(loads);
      Arrays.sort(indexes);
      System.out.printf("load with %d check-ins recorded: median %.0f ms (min %.0f, max %.0f); roll-up index: "
          + "median %.0f ms, over %d runs after 3 warm-ups; %d processors%n", checkIns, loads[RUNS / 2], loads[0],
          loads[RUNS - 1], indexes[RUNS / 2], RUNS, Runtime.getRuntime().availableProcessors());
      System.out.printf("reading the same JSON Lines from the file: median %.0f ms (min %.0f)%n", reads[RUNS / 2],
          reads[0]);
    }
  }

  private static List<String> measuredKeyResults(OrganizationSnapshot snapshot) {
    List<String> ids = new ArrayList<>();
    for (Objective objective : snapshot.objectives()) {
      for (KeyResult keyResult : objective.keyResults()) {
        if (!keyResult.isRollup()) {
          ids.add(keyResult.id());
        }
      }
    }
    return ids;
  }
}
