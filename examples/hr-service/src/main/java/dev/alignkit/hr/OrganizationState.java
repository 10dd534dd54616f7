package dev.alignkit.hr;

import dev.alignkit.hr.OrganizationRows.CheckInRow;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.policy.Policy;
import dev.alignkit.progress.Rollup;
import dev.alignkit.progress.RollupIndex;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * One organization in memory: its snapshot with every check-in recorded, and a {@link RollupIndex}
 * that takes each new check-in and recomputes only what it touches (docs/concepts.md, "Roll-up").
 *
 * <p>Thread-safe: every method holds the state's lock, so check-ins are stored and applied one at
 * a time, in the same order in the database and in memory; readers get immutable values.
 */
final class OrganizationState {
  private final Policy policy;
  // Guarded by this.
  private OrganizationSnapshot snapshot;
  private RollupIndex index;
  private LocalDate indexDate;
  private boolean replaced;

  OrganizationState(OrganizationSnapshot snapshot, Policy policy, LocalDate today) {
    this.policy = policy;
    this.snapshot = snapshot;
    this.index = RollupIndex.of(snapshot, today, policy);
    this.indexDate = today;
  }

  /** The organization with every check-in recorded so far. */
  synchronized OrganizationSnapshot snapshot() {
    return snapshot;
  }

  /**
   * The roll-up as of {@code asOf}: the index's results when it is the index's date, a full
   * roll-up of the current snapshot otherwise.
   */
  synchronized Rollup rollup(LocalDate asOf) {
    return asOf.equals(indexDate) ? index.toRollup() : Rollup.of(snapshot, asOf, policy);
  }

  /** Marks the state as replaced by an import: it takes no more check-ins. */
  synchronized void replaced() {
    replaced = true;
  }

  /**
   * Stores a check-in with {@code store}, then adds it to the snapshot and the index.
   *
   * @param today the date the index is to be as of; it is rebuilt when the day has changed
   * @param store stores the check-in; when it throws, nothing changes in memory
   * @return the ids whose roll-up changed, as {@link RollupIndex#checkIn} gives them
   * @throws ResponseStatusException 409 when an import replaced the organization meanwhile
   */
  synchronized List<String> checkIn(String keyResultId, CheckIn checkIn, LocalDate today, Runnable store) {
    if (replaced) {
      // An import replaced the organization while this check-in waited: it belongs to the old one.
      throw new ResponseStatusException(HttpStatus.CONFLICT,
          "the organization was replaced while the check-in waited; send it again if it still applies");
    }
    if (!today.equals(indexDate)) {
      index = RollupIndex.of(snapshot, today, policy);
      indexDate = today;
    }
    store.run();
    snapshot = OrganizationRows.withCheckIns(snapshot, List.of(new CheckInRow(keyResultId, checkIn)));
    return index.checkIn(keyResultId, checkIn);
  }
}
